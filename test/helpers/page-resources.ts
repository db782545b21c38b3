/**
 * Counts what a page keeps running: AudioContexts not closed and animation frames requested.
 * Installed before the elements are created; the browser's own objects do the work.
 */
const contexts: AudioContext[] = [];
let frameRequests = 0;
let installed = false;

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
  window.requestAnimationFrame = (callback) => {
    frameRequests++;
    return requestFrame(callback);
  };
}

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
