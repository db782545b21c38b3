import type { ConstraintPanel } from '../../src/components/constraint-panel/constraint-panel.js';
import type { CaptureErrorEvent, ConstraintsChangeDetail } from '../../src/events.js';

/** The first element matching `selector` in `el`'s shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Types `value` in the number field beside a range control and leaves it (`change`). */
export function setNumber(el: ConstraintPanel, name: string, value: number): void {
  const field = $<HTMLInputElement>(el, `#control-${name} + input[type="number"]`)!;
  field.value = String(value);
  field.dispatchEvent(new Event('change'));
}

/** Flips a switch (`change`), as a click would; returns the value it asks for. */
export function flip(el: ConstraintPanel, name: string): boolean {
  const control = $<HTMLInputElement>(el, `#control-${name}`)!;
  control.checked = !control.checked;
  control.dispatchEvent(new Event('change'));
  return control.checked;
}

/** The `capture-constraints-change` details and `capture-error` events the panel dispatches from now on. */
export function record(el: ConstraintPanel) {
  const changes: ConstraintsChangeDetail[] = [];
  const errors: CaptureErrorEvent[] = [];
  el.addEventListener('capture-constraints-change', (event) => changes.push(event.detail));
  el.addEventListener('capture-error', (event) => errors.push(event));
  return { changes, errors };
}
