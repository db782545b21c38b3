/** The element in `host`'s shadow root that has `name` among its parts, or null. */
export const partOf = (host: Element, name: string): HTMLElement | null =>
  host.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** What `host` announces to screen readers now: the text of its `role="status"` region. */
export const announcementOf = (host: Element): string =>
  host.shadowRoot!.querySelector('[role="status"]')!.textContent;
