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

/**
 * A camera and microphone that work but deliver what a broken pair would: a `black` or still
 * (`frozen`) picture, and silence; `moving` and a tone otherwise. Each verdict of `<device-check>`
 * can be shown with them, with or without real devices.
 */
export function deviceEnv({ picture = 'moving', sound = 'tone' }: { picture?: 'moving' | 'black' | 'frozen'; sound?: 'tone' | 'silence' }): Partial<CaptureEnv> {
  return devices(() => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 640, height: 480 });
    const paint = canvas.getContext('2d')!;
    let frame = 0;
    const draw = () => {
      paint.fillStyle = picture === 'black' ? '#000' : '#64748b';
      paint.fillRect(0, 0, 640, 480);
      if (picture === 'moving') {
        paint.fillStyle = '#f59e0b';
        paint.fillRect((frame++ * 8) % 640, 200, 80, 80);
      }
    };
    draw();
    const timer = setInterval(draw, 33);
    const stream = canvas.captureStream(30);
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    volume.gain.value = sound === 'tone' ? 0.3 : 0;
    const out = audio.createMediaStreamDestination();
    tone.connect(volume).connect(out);
    tone.start();
    const tracks = [...stream.getVideoTracks(), ...out.stream.getAudioTracks()];
    tracks[0].addEventListener('ended', () => {
      clearInterval(timer);
      void audio.close();
    });
    return Promise.resolve(new MediaStream(tracks));
  });
}

/** A display env whose picker always fails with the DOMException `name` and `message`. */
export function displayFaultEnv(name: string, message: string): Partial<DisplayEnv> {
  return { mediaDevices: { getDisplayMedia: () => Promise.reject(new DOMException(message, name)) } };
}
