/**
 * One AudioContext for every meter on the page (browsers limit how many may run), closed as
 * soon as the last user lets go of it.
 */
let context: AudioContext | undefined;
let users = 0;

export function acquireAudioContext(): AudioContext {
  users++;
  if (!context) {
    context = new AudioContext();
    resumeOnInteraction(context);
  }
  return context;
}

/** A context made before any click stays suspended under the autoplay policy: resume it at the first one. */
function resumeOnInteraction(created: AudioContext): void {
  const resume = () => {
    if (created.state === 'suspended') created.resume().catch(() => undefined);
    if (created.state !== 'suspended') {
      document.removeEventListener('pointerdown', resume, true);
      document.removeEventListener('keydown', resume, true);
    }
  };
  resume();
  document.addEventListener('pointerdown', resume, true);
  document.addEventListener('keydown', resume, true);
  created.addEventListener('statechange', resume);
}

export function releaseAudioContext(): void {
  users = Math.max(0, users - 1);
  if (users > 0 || !context) return;
  context.close().catch(() => undefined);
  context = undefined;
}

/**
 * Resolves once the shared context runs (resumed: a recording asked for by a click may), or
 * after `timeout` ms. The caller holds a reference (`acquireAudioContext()`).
 */
export function audioContextRunning(timeout = 1000): Promise<void> {
  const current = context;
  if (!current || current.state !== 'suspended') return Promise.resolve();
  const resumed = current.resume().catch(() => undefined);
  return Promise.race([resumed, new Promise((resolve) => setTimeout(resolve, timeout))]).then(() => undefined);
}
