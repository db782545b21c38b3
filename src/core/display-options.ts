import type { DisplayOptions } from './display-types.js';

/** Every option `DisplayOptions` names, with the values each may take (undefined: any). */
const known: Record<keyof DisplayOptions, readonly unknown[] | undefined> = {
  video: undefined,
  audio: undefined,
  displaySurface: ['monitor', 'window', 'browser'],
  systemAudio: ['include', 'exclude'],
  windowAudio: ['exclude', 'window', 'system'],
  surfaceSwitching: ['include', 'exclude'],
  selfBrowserSurface: ['include', 'exclude'],
  preferCurrentTab: [true, false],
  monitorTypeSurfaces: ['include', 'exclude'],
  focus: ['focus-captured-surface', 'no-focus-change'],
};

/**
 * The options with every unknown name or value left out, and each left out warned about: a
 * browser may reject a call with a value it does not know, and a typo should not stop sharing.
 */
export function checkedDisplayOptions(options: Readonly<Record<string, unknown>>): DisplayOptions {
  const checked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!(name in known)) {
      console.warn(`capture-kit: unknown screen-sharing option "${name}"; ignored. Known: ${Object.keys(known).join(', ')}.`);
      continue;
    }
    const values = known[name as keyof DisplayOptions];
    if (values && !values.includes(value)) {
      console.warn(`capture-kit: screen-sharing option ${name}=${JSON.stringify(value)} is not one of ${values.map((v) => JSON.stringify(v)).join(', ')}; ignored.`);
      continue;
    }
    checked[name] = value;
  }
  return checked;
}

/** The argument of `getDisplayMedia()` for `options` (and the controller, where there is one). */
export function displayMediaRequest(options: DisplayOptions, controller: object | undefined): DisplayMediaStreamOptions {
  const { video = true, audio = false, displaySurface, ...rest } = options;
  delete rest.focus; // set on the controller once the picker answered
  const videoRequest = displaySurface ? { ...(video === true ? {} : video), displaySurface } : video;
  return { video: videoRequest, audio, ...rest, ...(controller ? { controller } : {}) };
}
