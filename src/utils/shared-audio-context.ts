/**
 * One AudioContext for every meter on the page (browsers limit how many may run), closed as
 * soon as the last user lets go of it.
 */
let context: AudioContext | undefined;
let users = 0;

export function acquireAudioContext(): AudioContext {
  users++;
  context ??= new AudioContext();
  if (context.state === 'suspended') context.resume().catch(() => undefined);
  return context;
}

export function releaseAudioContext(): void {
  users = Math.max(0, users - 1);
  if (users > 0 || !context) return;
  context.close().catch(() => undefined);
  context = undefined;
}
