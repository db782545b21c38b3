/**
 * Moves `el` into a new section at the end of the page, as a framework moves an element when
 * it reorders: disconnected and connected again in the same task. Returns the section, for the
 * test to remove.
 */
export function moveElsewhere(el: Element): HTMLElement {
  const elsewhere = document.createElement('section');
  document.body.append(elsewhere);
  elsewhere.append(el);
  return elsewhere;
}
