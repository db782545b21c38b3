/** @jsxImportSource react */
// React 19: the kit's tags in JSX, declared as docs/editors.md shows.
import type { CustomElements } from 'capture-kit/types/react';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const Booth = ({ keep }: { keep: (blob: Blob) => void }) => (
  <capture-session audio>
    <photo-booth autostart countdown={3} oncapture-photo={(event) => keep(event.detail.blob)} />
    <camera-preview fit="cover" />
    <device-picker kind="audioinput" oncapture-device-change={(event) => event.detail.deviceId} />
  </capture-session>
);

// @ts-expect-error: a misspelt attribute
export const misspelt = <photo-booth countdwn={3} />;
// @ts-expect-error: a value outside the attribute's list
export const badValue = <camera-preview fit="stretch" />;
// @ts-expect-error: a photo's detail has no deviceId
export const wrongDetail = <photo-booth oncapture-photo={(event) => event.detail.deviceId} />;
