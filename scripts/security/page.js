// Instruments the page before the kit loads, for scripts/check-security.mjs to read from
// window.security: policy violations, network API calls, getUserMedia calls and their tracks,
// and the storage as it was before anything ran.
const security = {
  violations: [],
  network: { fetch: 0, 'XMLHttpRequest.open': 0, sendBeacon: 0, WebSocket: 0, EventSource: 0 },
  getUserMediaCalls: 0,
  tracks: [],
};
window.security = security;

// Registered first, so a violation while the bundle is evaluated is caught too.
// The event is composed: its path starts at the element inside a shadow root, named with its host.
document.addEventListener('securitypolicyviolation', (event) => {
  const [target] = event.composedPath();
  const host = target.getRootNode?.().host;
  const element = target instanceof Element
    ? ` on ${host ? `<${host.localName}> ` : ''}${target.outerHTML.slice(0, target.outerHTML.indexOf('>') + 1)}` : '';
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
  security.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${element}${where} ${event.sample}`.trim());
});

// Every way a script could reach the network, counted (and still working).
const count = (name) => security.network[name]++;
const { fetch } = window;
window.fetch = function (...args) {
  count('fetch');
  return fetch.apply(this, args);
};
const { open } = XMLHttpRequest.prototype;
XMLHttpRequest.prototype.open = function (...args) {
  count('XMLHttpRequest.open');
  return open.apply(this, args);
};
const { sendBeacon } = navigator;
navigator.sendBeacon = function (...args) {
  count('sendBeacon');
  return sendBeacon.apply(this, args);
};
for (const name of ['WebSocket', 'EventSource']) {
  window[name] = new Proxy(window[name], {
    construct(target, args, newTarget) {
      count(name);
      return Reflect.construct(target, args, newTarget);
    },
  });
}

// The store calls navigator.mediaDevices.getUserMedia at the time it captures, so this sees every call.
const media = navigator.mediaDevices;
const getUserMedia = media.getUserMedia.bind(media);
media.getUserMedia = async (constraints) => {
  security.getUserMediaCalls++;
  const stream = await getUserMedia(constraints);
  security.tracks.push(...stream.getTracks());
  return stream;
};

security.storage = async () => ({
  localStorage: Object.keys(localStorage).sort(),
  sessionStorage: Object.keys(sessionStorage).sort(),
  cookie: document.cookie,
  indexedDB: (await indexedDB.databases()).map((db) => db.name).sort(),
});
security.storageBefore = await security.storage();

/** Builds an element without markup strings: Trusted Types forbid innerHTML with a string. */
security.el = (tag, attributes = {}, ...children) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

// Imported only now: a static import would run the kit before the wrappers above exist.
security.kit = await import('/dist/capture-kit.bundle.js');
window.securityReady = true;
