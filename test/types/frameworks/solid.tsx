/** @jsxImportSource solid-js */
// Solid: the kit's tags in JSX, declared as docs/editors.md shows.
import type { CustomElements } from 'capture-kit/types/solid';

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const Booth = (props: { keep: (blob: Blob) => void }) => (
  <capture-session audio>
    <photo-booth autostart countdown={3} on:capture-photo={(event) => props.keep(event.detail.blob)} />
    <camera-preview fit="cover" />
    <device-picker kind="audioinput" on:capture-device-change={(event) => event.detail.deviceId} />
  </capture-session>
);

// @ts-expect-error: a misspelt attribute
export const misspelt = <photo-booth countdwn={3} />;
// @ts-expect-error: a value outside the attribute's list
export const badValue = <camera-preview fit="stretch" />;
// @ts-expect-error: a photo's detail has no deviceId
export const wrongDetail = <photo-booth on:capture-photo={(event) => event.detail.deviceId} />;
