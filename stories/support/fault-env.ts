import type { CaptureEnv, DisplayEnv } from '../../src/core/index.js';

function devices(getUserMedia: () => Promise<MediaStream>): Partial<CaptureEnv> {
  const mediaDevices = Object.assign(new EventTarget(), {
    getUserMedia,
    enumerateDevices: () => Promise.resolve([]),
    getSupportedConstraints: () => ({}),
  });
  return { mediaDevices: mediaDevices as unknown as MediaDevices, permissions: undefined };
}

/**
 * A media env whose camera always fails with the DOMException `name` (and, for
 * OverconstrainedError, the `constraint`): error states render the same every time, with or
 * without a real camera.
 */
export function faultEnv(name: string, constraint?: string): Partial<CaptureEnv> {
  const error = Object.assign(new DOMException('Simulated failure', name), constraint ? { constraint } : {});
  return devices(() => Promise.reject(error));
}

/** A camera (a painted canvas) that goes away by itself after `ms`, as when it is unplugged. */
export function unpluggedAfter(ms: number): Partial<CaptureEnv> {
  return devices(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const paint = canvas.getContext('2d')!;
    paint.fillStyle = '#3b82f6';
    paint.fillRect(0, 0, 640, 480);
    const stream = canvas.captureStream(30);
    const [track] = stream.getVideoTracks();
    setTimeout(() => {
      track.stop();
      track.dispatchEvent(new Event('ended'));
    }, ms);
    return Promise.resolve(stream);
  });
}

/** A display env whose picker always fails with the DOMException `name` and `message`. */
export function displayFaultEnv(name: string, message: string): Partial<DisplayEnv> {
  return { mediaDevices: { getDisplayMedia: () => Promise.reject(new DOMException(message, name)) } };
}
