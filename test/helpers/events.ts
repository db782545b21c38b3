import { oneEvent } from '@open-wc/testing';

/** The next `type` event from `target`, typed from the kit's event map. */
export const nextEvent = <K extends keyof HTMLElementEventMap>(target: EventTarget, type: K): Promise<HTMLElementEventMap[K]> =>
  oneEvent<HTMLElementEventMap[K]>(target, type);
