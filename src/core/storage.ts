import { deviceKinds } from './devices.js';
import type { CaptureEnv } from './env.js';
import type { CaptureState, DeviceKind } from './types.js';

type Selection = CaptureState['selected'];

/** The device choice saved under `key`; anything unreadable counts as no choice. */
export function loadSelection(storage: CaptureEnv['storage'], key: string): Selection {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
    const selection: Partial<Record<DeviceKind, string>> = {};
    for (const kind of deviceKinds) {
      const id = (saved as Record<string, unknown> | null)?.[kind];
      if (typeof id === 'string' && id) selection[kind] = id;
    }
    return selection;
  } catch (error) {
    console.warn(`capture-kit: could not read the saved device choice under "${key}"; using the defaults.`, error);
    return {};
  }
}

/** Saves the device choice; a full or disabled storage only costs the memory of it. */
export function saveSelection(storage: CaptureEnv['storage'], key: string, selection: Selection): void {
  try {
    storage?.setItem(key, JSON.stringify(selection));
  } catch (error) {
    console.warn(`capture-kit: could not save the device choice under "${key}"; it will not be remembered.`, error);
  }
}
