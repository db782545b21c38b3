import { sendKeys } from '@web/test-runner-commands';
import { skipWithout } from './skip.js';

/** Every track getDisplayMedia gave in this page, to check none is left live. */
const shared: MediaStreamTrack[] = [];

export const liveDisplayTracks = (): MediaStreamTrack[] => shared.filter((track) => track.readyState === 'live');

/** `ask()` called in a click of a button pressed with a real key (Firefox and WebKit want a user gesture). */
function withGesture<T>(ask: () => Promise<T>): Promise<T> {
  const button = Object.assign(document.createElement('button'), { textContent: 'share' });
  document.body.append(button);
  const asked = new Promise<T>((resolve, reject) => button.addEventListener('click', () => void ask().then(resolve, reject), { once: true }));
  button.focus();
  void sendKeys({ press: 'Enter' }).finally(() => button.remove());
  return asked;
}

type Outcome = { stream: MediaStream } | { failure: string };

/** What `asking` gives within `timeout` ms; a stream given later is stopped at once. */
function within(asking: Promise<MediaStream>, timeout: number): Promise<Outcome> {
  let late = false;
  return Promise.race([
    asking.then((stream) => {
      if (late) stream.getTracks().forEach((track) => track.stop());
      return { stream };
    }, (error: Error) => ({ failure: `${error.name}: ${error.message}` })),
    new Promise<Outcome>((resolve) => setTimeout(() => {
      late = true;
      resolve({ failure: `no answer within ${timeout} ms` });
    }, timeout)),
  ]);
}

/**
 * A shared screen from getDisplayMedia (Chromium's fake monitor under --use-fake-ui-for-media-stream,
 * WebKit's mock screen after a key press). Skips the test, saying why, where the browser gives none
 * within 3 s (headless Firefox ESR: NotFoundError). Its tracks are the test's to stop.
 */
export async function shareScreen(context: Mocha.Context, constraints: DisplayMediaStreamOptions = { video: true }): Promise<MediaStream> {
  const ask = () => navigator.mediaDevices.getDisplayMedia(constraints);
  let outcome = await within(ask(), 3000);
  if ('failure' in outcome && outcome.failure.startsWith('InvalidStateError')) outcome = await within(withGesture(ask), 3000);
  if ('failure' in outcome) return skipWithout(context, `getDisplayMedia (${outcome.failure})`);
  shared.push(...outcome.stream.getTracks());
  return outcome.stream;
}
