import { fixture, html } from '@open-wc/testing';
import '../../src/components/device-check/define.js';
import type { DeviceCheck } from '../../src/components/device-check/device-check.js';
import type { CheckDetail } from '../../src/events.js';
import { partOf } from './parts.js';
import { until } from './tracks.js';

/** A `<device-check>` watching for 3 s, started with its button; resolves once camera and microphone have verdicts. */
export async function ranCheck(): Promise<{ el: DeviceCheck; told: CheckDetail[] }> {
  const el = await fixture<DeviceCheck>(html`<device-check check-seconds="3"></device-check>`);
  const told: CheckDetail[] = [];
  el.addEventListener('capture-check', (event) => told.push(event.detail));
  partOf(el, 'start-button')!.click();
  await until(() => ['camera', 'microphone'].every((check) => told.some((t) => t.check === check)), 'verdicts on the camera and the microphone', 10000);
  await el.updateComplete;
  return { el, told };
}

/** The words shown for one check. */
export const checkText = (el: DeviceCheck, check: string): string =>
  el.shadowRoot!.querySelector(`[data-check="${check}"] p`)?.textContent ?? '';
