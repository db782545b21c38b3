import { waitOrAbort } from '../../utils/wait-or-abort.js';
import type { CameraReport } from './check-report.js';

/** The thumbnail the picture is judged on: enough to tell black, still and moving apart. */
const thumb = { width: 16, height: 12 };
const sampleEveryMs = 200;
/** The brightest pixel of a black picture (0–255 luma), sensor noise included. */
const blackLuma = 24;
/** The mean difference per pixel (0–255) below which two thumbnails are the same picture. */
const stillDifference = 0.5;

export type CameraFigures = Omit<CameraReport, 'status' | 'code' | 'device'>;

/**
 * Watches `track` for `ms`: counts the frames presented (requestVideoFrameCallback, else the
 * changes of the picture), and compares small thumbnails of the picture to tell a black or a
 * frozen camera. Resolves early, with what was seen, when `signal` aborts.
 */
export async function measureCamera(track: MediaStreamTrack, ms: number, signal: AbortSignal): Promise<CameraFigures> {
  const video: HTMLVideoElement = Object.assign(document.createElement('video'), { muted: true, playsInline: true, srcObject: new MediaStream([track]) });
  const canvas = Object.assign(document.createElement('canvas'), thumb);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  let frames = 0;
  let request = 0;
  /** When the first and the last frame were presented: the rate is theirs, not the start-up's. */
  let firstAt = 0;
  let lastAt = 0;
  const counting = 'requestVideoFrameCallback' in video;
  const onFrame = (now: number) => {
    frames++;
    firstAt ||= now;
    lastAt = now;
    request = video.requestVideoFrameCallback(onFrame);
  };
  let brightest = 0;
  let moved = false;
  let samples = 0;
  let previous: Uint8ClampedArray | undefined;
  const sample = () => {
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
    context.clearRect(0, 0, thumb.width, thumb.height);
    context.drawImage(video, 0, 0, thumb.width, thumb.height);
    const { data } = context.getImageData(0, 0, thumb.width, thumb.height);
    // WebKit at times draws a playing video as nothing (not even black): no picture to judge.
    if (data[3] === 0) return;
    let difference = 0;
    for (let i = 0; i < data.length; i += 4) {
      brightest = Math.max(brightest, 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2]);
      if (previous) difference += Math.abs(data[i] - previous[i]) + Math.abs(data[i + 1] - previous[i + 1]) + Math.abs(data[i + 2] - previous[i + 2]);
    }
    if (previous && difference / ((data.length / 4) * 3) > stillDifference) {
      moved = true;
      if (!counting) frames++;
    }
    previous = data;
    samples++;
  };
  const startedAt = performance.now();
  try {
    await video.play().catch(() => undefined);
    if (counting) request = video.requestVideoFrameCallback(onFrame);
    const sampler = setInterval(sample, sampleEveryMs);
    await waitOrAbort(ms, signal);
    clearInterval(sampler);
    sample();
  } finally {
    if (counting) video.cancelVideoFrameCallback(request);
    video.srcObject = null; // let go of the track first (WebKit)
  }
  const seconds = counting && frames > 1 ? (lastAt - firstAt) / 1000 : (performance.now() - startedAt) / 1000;
  const rate = counting && frames > 1 ? (frames - 1) / seconds : frames / seconds;
  const { width, height } = track.getSettings();
  return {
    width: video.videoWidth || width,
    height: video.videoHeight || height,
    frames,
    frameRate: Math.round(rate * 10) / 10,
    black: samples > 0 && brightest < blackLuma,
    frozen: samples > 2 && !moved,
  };
}

/** The verdict on what the camera delivered. */
export function cameraVerdict(figures: CameraFigures): Pick<CameraReport, 'status' | 'code'> {
  if (figures.frames === 0) return { status: 'fail', code: 'no-frames' };
  if (figures.black) return { status: 'fail', code: 'black' };
  if (figures.frozen) return { status: 'fail', code: 'frozen' };
  if ((figures.frameRate ?? 0) < 10) return { status: 'warning', code: 'low-frame-rate' };
  if ((figures.width ?? 0) < 640) return { status: 'warning', code: 'low-resolution' };
  return { status: 'ok', code: 'ok' };
}
