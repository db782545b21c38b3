/** The element in `host`'s shadow root that has `name` among its parts, or null. */
export const partOf = (host: Element, name: string): HTMLElement | null =>
  host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
