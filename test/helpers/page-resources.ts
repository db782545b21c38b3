/**
 * Counts what a page keeps running: AudioContexts not closed, animation frames and video frame
 * callbacks requested and still waiting, object URLs not revoked. Installed before the elements
 * are created; the browser's own objects do the work.
 */
const contexts: AudioContext[] = [];
let frameRequests = 0;
let installed = false;
/** Animation frame requests that have neither run nor been cancelled. */
const waitingFrames = new Set<number>();
/** Video frame callbacks that have neither run nor been cancelled, per video (a removed video is not kept). */
const waitingVideoFrames = new WeakMap<HTMLVideoElement, Set<number>>();
let waitingVideoFrameCount = 0;
const openUrls = new Set<string>();

export function watchPageResources(): void {
  if (installed) return;
  installed = true;
  const NativeAudioContext = window.AudioContext;
  window.AudioContext = class extends NativeAudioContext {
    constructor(options?: AudioContextOptions) {
      super(options);
      contexts.push(this);
    }
  };
  const requestFrame = window.requestAnimationFrame.bind(window);
  const cancelFrame = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    frameRequests++;
    const id = requestFrame((time) => {
      waitingFrames.delete(id);
      callback(time);
    });
    waitingFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    waitingFrames.delete(id);
    cancelFrame(id);
  };
  const video = HTMLVideoElement.prototype;
  if ('requestVideoFrameCallback' in video) {
    const requestVideoFrame = video.requestVideoFrameCallback;
    const cancelVideoFrame = video.cancelVideoFrameCallback;
    const waiting = (el: HTMLVideoElement) => waitingVideoFrames.get(el) ?? waitingVideoFrames.set(el, new Set()).get(el)!;
    const done = (el: HTMLVideoElement, id: number) => waiting(el).delete(id) && waitingVideoFrameCount--;
    video.requestVideoFrameCallback = function (this: HTMLVideoElement, callback) {
      const id = requestVideoFrame.call(this, (now, metadata) => {
        done(this, id);
        callback(now, metadata);
      });
      waiting(this).add(id);
      waitingVideoFrameCount++;
      return id;
    };
    video.cancelVideoFrameCallback = function (this: HTMLVideoElement, id) {
      done(this, id);
      cancelVideoFrame.call(this, id);
    };
  }
  const createUrl = URL.createObjectURL.bind(URL);
  const revokeUrl = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createUrl(object);
    openUrls.add(url);
    return url;
  };
  URL.revokeObjectURL = (url) => {
    openUrls.delete(url);
    revokeUrl(url);
  };
}

/** Animation loops still scheduled: frame requests and video frame callbacks waiting to run. */
export const waitingFrameCallbacks = (): number => waitingFrames.size + waitingVideoFrameCount;
export const openObjectUrls = (): number => openUrls.size;

export const openAudioContexts = (): number => contexts.filter((c) => c.state !== 'closed').length;
export const frameRequestCount = (): number => frameRequests;

/** Whether Web Audio runs here (Firefox without a sound server keeps contexts suspended). */
export async function audioRuns(): Promise<boolean> {
  const context = new AudioContext();
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000));
  const running = await Promise.race([context.resume().then(() => context.state === 'running'), timeout]);
  await context.close();
  return running;
}
