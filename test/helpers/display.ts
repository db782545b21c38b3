import { sendMouse } from '@web/test-runner-commands';
import { skipWithout } from './skip.js';
import { watchStreams } from './tracks.js';

const shared: MediaStreamTrack[] = [];

/** Records every track the page gets from getDisplayMedia, so a test can prove none is left live. */
export function recordSharedTracks(): void {
  watchStreams('getDisplayMedia', (stream) => shared.push(...stream.getTracks()));
}

/** The shared tracks still live, as `kind: label`. */
export const liveSharedTracks = (): string[] =>
  shared.filter((track) => track.readyState === 'live').map((track) => `${track.kind}: ${track.label}`);

/** Stops every shared track still live (a test that shared directly stops what it shared). */
export const stopSharedTracks = (): void => shared.forEach((track) => track.stop());

/**
 * Runs `action` in the handler of a real click (the test runner moves the mouse and presses):
 * Firefox and WebKit open the picker only from a person's gesture.
 */
export async function fromClick<T>(action: () => Promise<T>): Promise<T> {
  const button = Object.assign(document.createElement('button'), { textContent: 'share' });
  button.style.cssText = 'position: fixed; left: 0; top: 0; width: 60px; height: 30px; z-index: 2147483647';
  document.body.append(button);
  try {
    // Wrapped, so that the action's own promise is not adopted (and awaited) by this one.
    const result = new Promise<{ call: Promise<T> }>((resolve) => button.addEventListener('click', () => resolve({ call: action() }), { once: true }));
    await sendMouse({ type: 'click', position: [30, 15] });
    return await (await result).call;
  } finally {
    button.remove();
  }
}

let answers: Promise<boolean> | undefined;

/**
 * Whether getDisplayMedia shares something here without a person, from a click (Chromium with its
 * fake picker, WebKit with mock screens); headless Firefox has no screen to share.
 */
export function screenCanBeShared(): Promise<boolean> {
  answers ??= (async () => {
    if (typeof navigator.mediaDevices?.getDisplayMedia !== 'function') return false;
    const call = fromClick(() => navigator.mediaDevices.getDisplayMedia({ video: true }));
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000));
    const stream = await Promise.race([call.catch(() => null), late]);
    void call.then((s) => s.getTracks().forEach((t) => t.stop()), () => undefined); // also an answer after the wait
    stream?.getTracks().forEach((t) => t.stop());
    return stream !== null;
  })();
  return answers;
}

/** Clicks `element` as a person would (the test runner moves the mouse over it and presses). */
export async function clickLikeAPerson(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/**
 * A shared screen from getDisplayMedia, asked from a click (Chromium's fake monitor, WebKit's
 * mock screen). Skips the test, saying why, where the browser gives none (headless Firefox ESR
 * has no screen: NotFoundError). Its tracks are the test's to stop.
 */
export async function shareScreen(context: Mocha.Context, options: DisplayMediaStreamOptions = { video: true }): Promise<MediaStream> {
  recordSharedTracks();
  const asking = fromClick(() => navigator.mediaDevices.getDisplayMedia(options));
  const late = new Promise<string>((resolve) => setTimeout(() => resolve('no answer within 3 s'), 3000));
  const outcome = await Promise.race([asking.catch((error: Error) => `${error.name}: ${error.message}`), late]);
  void asking.then((stream) => typeof outcome === 'string' && stream.getTracks().forEach((t) => t.stop()), () => undefined);
  if (typeof outcome === 'string') return skipWithout(context, `getDisplayMedia (${outcome})`);
  return outcome;
}
