// What check-ssr.mjs installs in each page before the page's own scripts (page.evaluateOnNewDocument):
// it runs in the browser, so it uses nothing from this module's scope.

/**
 * Installs `window.ssrCheck`: getUserMedia calls counted, lookups through shadow roots, a
 * serialisation of what the elements show, and `before`: what the server HTML showed once parsed,
 * before the page's module scripts ran (document.readyState turns `interactive` before deferred
 * scripts run). `idle` lists [path, text] that must be visible then; `tags` are the kit's tags.
 */
export function installProbe({ idle, tags }) {
  const check = { getUserMediaCalls: 0 };
  window.ssrCheck = check;
  // Lit's development build, without its notice that it is one (every other warning stays).
  window.litIssuedWarnings = new Set(['dev-mode']);

  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = function countedGetUserMedia(...args) {
    check.getUserMediaCalls++;
    return getUserMedia.apply(this, args);
  };

  /** The element at `path`: each selector after the first is looked up in the shadow root of the one before. */
  check.deep = (path) => path.reduce((scope, selector) => (scope?.shadowRoot ?? scope)?.querySelector(selector), document);

  /** Whether the video in the element at `path` shows frames. */
  check.plays = (path) => (check.deep([...path, 'video'])?.videoWidth ?? 0) > 0;

  /** Every kit element on the page, also inside shadow roots. */
  check.kitElements = (root = document) => [...root.querySelectorAll('*')].flatMap((element) => [
    ...(tags.includes(element.localName) ? [element] : []),
    ...(element.shadowRoot ? check.kitElements(element.shadowRoot) : []),
  ]);

  /**
   * What a person gets from the elements: elements with their attributes (sorted: hydrated and
   * client-rendered nodes set them in different orders), shadow roots and text. Comments (Lit's
   * markers) and <style> (server HTML carries the styles inline, the browser adopts them) are left out.
   */
  check.serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim();
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return [...node.childNodes].map(check.serialize).filter(Boolean).join('');
    if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style' || node.localName === 'script') return '';
    // The server writes a `.muted=${true}` binding as muted="true"; the browser's boolean attribute is muted="".
    const value = (a) => (a.name === 'muted' ? '' : a.value);
    const attributes = [...node.attributes].map((a) => ` ${a.name}="${value(a)}"`).sort().join('');
    const shadow = node.shadowRoot ? `#shadow(${check.serialize(node.shadowRoot)})` : '';
    return `<${node.localName}${attributes}>${shadow}${[...node.childNodes].map(check.serialize).join('')}</${node.localName}>`;
  };

  /**
   * Comments in the elements' shadow roots that are not Lit's markers: text Lit wrote into a
   * marker instead of the page (it does so, unseen, where hydration met an empty text).
   */
  check.textInMarkers = () => check.kitElements().flatMap((element) => {
    const comments = document.createTreeWalker(element.shadowRoot ?? element, NodeFilter.SHOW_COMMENT);
    const found = [];
    while (comments.nextNode()) {
      const { data } = comments.currentNode;
      // Server markers (lit-part, lit-node) and those of the browser's own renders (?lit$…$, empty).
      if (!/^(lit-part( \S+)?|\/lit-part|lit-node \d+|\?(lit\$\d+\$)?)?$/.test(data)) found.push(`<${element.localName}>: "${data}" written into a marker`);
    }
    return found;
  });

  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const elements = check.kitElements();
    check.before = {
      defined: tags.filter((tag) => customElements.get(tag)),
      elements: elements.length,
      withoutShadowRoot: elements.filter((element) => !element.shadowRoot).map((element) => element.localName),
      idle: idle.map(([path, text]) => {
        const element = check.deep(path);
        const shown = element?.textContent.includes(text) && element.checkVisibility();
        return shown ? null : `${path.join(' > ')}: "${text}" is ${element ? 'not shown' : 'missing'}`;
      }).filter(Boolean),
    };
    // The server's nodes: hydration keeps them, rendering again would replace them.
    check.serverStyles = elements.map((element) => element.shadowRoot?.querySelector('style')).filter(Boolean);
  });
}
