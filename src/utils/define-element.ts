/**
 * Marks a class that capture-kit registered, with the tag it registered it under. A global
 * symbol, so that another copy of the kit on the same page (the one-file bundle beside the
 * per-element entries, two versions in one app) recognises it: its class objects differ.
 */
const kitTag = Symbol.for('capture-kit.tag');

type KitClass = CustomElementConstructor & { [kitTag]?: string };

/** Whether `registered`, found under `tag`, is the kit's element: this copy's, a subclass of it, or another copy's. */
function isKitElement(tag: string, registered: KitClass, element: CustomElementConstructor): boolean {
  return registered === element || registered.prototype instanceof element || registered[kitTag] === tag;
}

/**
 * Registers `element` as `tag` unless the tag is taken. When it is taken by something else than
 * the kit's element (another library's class under the same name), warns that the kit's element
 * is not used; stays silent when the kit itself registered it (this copy or another).
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  const registered: KitClass | undefined = customElements.get(tag);
  if (!registered) {
    Object.defineProperty(element, kitTag, { value: tag });
    customElements.define(tag, element);
  } else if (!isKitElement(tag, registered, element)) {
    console.warn(`capture-kit: <${tag}> is already registered by another class (${registered.name || 'anonymous'}); `
      + `the kit's <${tag}> is not used on this page.`);
  }
}
