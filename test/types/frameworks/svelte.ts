// Svelte 5: the kit's tags in markup, typed once the app references the types (docs/editors.md).
// svelte-check loads Svelte's own element types and checks `<photo-booth countdown={3}>` as the
// `svelteHTML.createElement('photo-booth', { countdown: 3 })` below.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- Svelte ships this file outside its exports
/// <reference path="../../../node_modules/svelte/svelte-html.d.ts" />
import type {} from 'capture-kit/types/svelte';

const keep = (blob: Blob) => blob.size;

svelteHTML.createElement('photo-booth', { autostart: true, countdown: 3, 'oncapture-photo': (event) => keep(event.detail.blob) });
svelteHTML.createElement('camera-preview', { fit: 'cover' });
svelteHTML.createElement('device-picker', { kind: 'audioinput', 'oncapture-device-change': (event) => event.detail.deviceId });
svelteHTML.createElement('audio-meter', { 'on:capture-error': (event) => event.detail.code }); // Svelte 4's on:name

// @ts-expect-error: a misspelt attribute
svelteHTML.createElement('photo-booth', { countdwn: 3 });
// @ts-expect-error: a value outside the attribute's list
svelteHTML.createElement('camera-preview', { fit: 'stretch' });
// @ts-expect-error: a photo's detail has no deviceId
svelteHTML.createElement('photo-booth', { 'oncapture-photo': (event) => event.detail.deviceId });
