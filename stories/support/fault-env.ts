import type { CaptureEnv } from '../../src/core/index.js';

/**
 * A media env whose camera always fails with the DOMException `name`: error states render the
 * same every time, with or without a real camera.
 */
export function faultEnv(name: string, message = 'Simulated failure'): Partial<CaptureEnv> {
  const mediaDevices = Object.assign(new EventTarget(), {
    getUserMedia: () => Promise.reject(new DOMException(message, name)),
    enumerateDevices: () => Promise.resolve([]),
    getSupportedConstraints: () => ({}),
  });
  return { mediaDevices: mediaDevices as unknown as MediaDevices, permissions: undefined };
}
