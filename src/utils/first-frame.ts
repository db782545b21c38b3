/** How long a photo or a recording waits for the camera's first frame. */
export const firstFrameTimeoutMs = 5000;

/**
 * Resolves once `video` has a decoded frame to draw; rejects after `timeout` ms, so a photo is
 * never taken of nothing.
 */
export function firstFrame(video: HTMLVideoElement, timeout: number): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      if (video.videoWidth === 0) return;
      clearTimeout(timer);
      video.removeEventListener('loadeddata', done);
      video.removeEventListener('resize', done);
      resolve();
    };
    const timer = setTimeout(() => {
      video.removeEventListener('loadeddata', done);
      video.removeEventListener('resize', done);
      reject(new Error(`no frame within ${timeout} ms`));
    }, timeout);
    video.addEventListener('loadeddata', done);
    video.addEventListener('resize', done);
  });
}

/**
 * How long after a source starts playing a photo waits for a frame that is not black before it
 * takes a dark scene as it is. WebKit's black frames last 100–300 ms on an idle machine and over
 * a second on a busy one.
 */
export const darkFrameWaitMs = 3000;

let sampler: CanvasRenderingContext2D | null | undefined;

/** Whether the frame `video` shows has any light in it, judged on a 16×12 thumbnail. */
function showsLight(video: HTMLVideoElement): boolean {
  sampler ??= Object.assign(document.createElement('canvas'), { width: 16, height: 12 })
    .getContext('2d', { willReadFrequently: true });
  if (!sampler) return true;
  sampler.drawImage(video, 0, 0, 16, 12);
  const { data } = sampler.getImageData(0, 0, 16, 12);
  for (let i = 0; i < data.length; i += 4) if (data[i] > 24 || data[i + 1] > 24 || data[i + 2] > 24) return true;
  return false;
}

/** The next frame `video` presents (where the browser says so), else the next paint. */
const nextFrame = (video: HTMLVideoElement) => new Promise<void>((resolve) => {
  if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve());
  else requestAnimationFrame(() => resolve());
});

/**
 * The source each video is past its black frames of (it showed light, or stayed dark for the whole
 * wait), since it last loaded or paused.
 */
const settledVideos = new WeakMap<HTMLVideoElement, MediaProvider>();
/** One function for every video, so adding it again to the same video adds nothing. */
const forgetSettled = (event: Event) => settledVideos.delete(event.currentTarget as HTMLVideoElement);

/**
 * Resolves once `video` shows a frame with light in it: WebKit decodes black frames for a few
 * hundred milliseconds after play(), and a photo of them would be blank. A scene that stays
 * dark for `darkWait` ms is taken as it is, and the next photos of the same source do not wait.
 */
export async function firstLitFrame(video: HTMLVideoElement, timeout: number, darkWait = darkFrameWaitMs): Promise<void> {
  await firstFrame(video, timeout);
  // The black frames come only after a new source or play(): once this video is past them, the
  // next photos skip the thumbnail, whose read back from the GPU costs each photo milliseconds.
  const source = video.srcObject;
  if (source && settledVideos.get(video) === source) return;
  // The black frames come first: a video that has played for `darkWait` already shows the scene as it is.
  const end = performance.now() + Math.max(0, darkWait - video.currentTime * 1000);
  let lit = showsLight(video);
  while (!lit && performance.now() < end) {
    await Promise.race([nextFrame(video), new Promise((resolve) => setTimeout(resolve, 100))]);
    lit = showsLight(video);
  }
  // A source changed or paused meanwhile has its black frames still to come.
  if (!source || video.srcObject !== source || video.paused) return;
  settledVideos.set(video, source);
  // `emptied` comes a task after the element loads again (a new source, even the same one).
  for (const type of ['emptied', 'pause']) video.addEventListener(type, forgetSettled, { once: true });
}
