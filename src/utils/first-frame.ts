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
 * Resolves at the next frame `video` presents (where the browser says so, else at the next paint),
 * or after 100 ms, whichever comes first; the other one is called off, so nothing stays scheduled
 * on a video that stopped or left the page.
 */
export const nextFrame = (video: HTMLVideoElement): Promise<void> => new Promise((resolve) => {
  const shown = () => {
    clearTimeout(timer);
    resolve();
  };
  let callOff: () => void;
  if ('requestVideoFrameCallback' in video) {
    const id = video.requestVideoFrameCallback(shown);
    callOff = () => video.cancelVideoFrameCallback(id);
  } else {
    const id = requestAnimationFrame(shown);
    callOff = () => cancelAnimationFrame(id);
  }
  const timer = setTimeout(() => {
    callOff();
    resolve();
  }, 100);
});
