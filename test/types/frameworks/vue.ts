// Vue: importing the types registers the kit's tags as global components; a template's props are
// checked against each one's `$props`, as vue-tsc does.
import type { GlobalComponents } from 'vue';
import type {} from 'capture-kit/types/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
const keep = (blob: Blob) => blob.size;

export const booth: Props<'photo-booth'> = { autostart: true, countdown: 3, 'oncapture-photo': (event) => keep(event.detail.blob) };
export const preview: Props<'camera-preview'> = { fit: 'cover' };
export const picker: Props<'device-picker'> = { kind: 'audioinput', 'oncapture-device-change': (event) => event.detail.deviceId };

// @ts-expect-error: a misspelt attribute
export const misspelt: Props<'photo-booth'> = { countdwn: 3 };
// @ts-expect-error: a value outside the attribute's list
export const badValue: Props<'camera-preview'> = { fit: 'stretch' };
// @ts-expect-error: a photo's detail has no deviceId
export const wrongDetail: Props<'photo-booth'> = { 'oncapture-photo': (event) => event.detail.deviceId };
