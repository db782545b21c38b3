import type { CaptureState, DeviceKind } from './types.js';

type Selection = CaptureState['selected'];
export const deviceKinds: readonly DeviceKind[] = ['videoinput', 'audioinput', 'audiooutput'];

/**
 * The chosen devices that are no longer in `devices`. A kind whose entries all have an empty
 * deviceId (no permission yet) tells nothing, so its choice is kept.
 */
export function missingSelections(selected: Selection, devices: readonly MediaDeviceInfo[]): DeviceKind[] {
  return deviceKinds.filter((kind) => {
    const id = selected[kind];
    if (!id) return false;
    const known = devices.filter((d) => d.kind === kind && d.deviceId);
    return known.length > 0 && !known.some((d) => d.deviceId === id);
  });
}

/** Whether `deviceId` can be chosen for `kind`: listed, or the list cannot tell yet. */
export function isKnownDevice(devices: readonly MediaDeviceInfo[], kind: DeviceKind, deviceId: string): boolean {
  return missingSelections({ [kind]: deviceId }, devices).length === 0;
}

/** Two device lists hold the same devices, in the same order, with the same labels. */
export function sameDevices(a: readonly MediaDeviceInfo[], b: readonly MediaDeviceInfo[]): boolean {
  return a.length === b.length && a.every((d, i) =>
    d.deviceId === b[i].deviceId && d.kind === b[i].kind && d.label === b[i].label && d.groupId === b[i].groupId);
}

/** `selected` with `deviceId` chosen for `kind` (`undefined` or `''`: the browser's default). */
export function withDevice(selected: Selection, kind: DeviceKind, deviceId: string | undefined): Selection {
  const next: Record<string, string> = { ...selected };
  if (deviceId) next[kind] = deviceId;
  else delete next[kind];
  return Object.freeze(next);
}

/** Two selections choose the same devices. */
export const sameSelection = (a: Selection, b: Selection): boolean => deviceKinds.every((kind) => a[kind] === b[kind]);
