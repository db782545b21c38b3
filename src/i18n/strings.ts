import type { CaptureStrings } from './default-strings.js';

export type { CaptureStrings };

// Every text a person reads, in one table. A page localises the kit by passing its own texts to
// `setStrings()`; `{name}` placeholders are filled in by `formatString()`. The words for the
// store's error codes and notices live here (the store itself carries codes, never these texts);
// each element brings its own defaults (`<element>.strings.ts`), so a page that loads one
// element does not download the texts of the others. Elements read the texts when they render.

/** The words for the store's errors and notices, and the buttons several elements share. */
export const coreStrings = {
  camera: 'camera',
  microphone: 'microphone',
  cameraAndMicrophone: 'camera and microphone',
  // buttons several elements show
  startCamera: 'Turn on camera',
  startMicrophone: 'Turn on microphone',

  errorPermissionDenied:
    'Access to the {device} was blocked. Allow it in the browser’s site settings, then try again.',
  errorNotFound: 'No {device} was found. Connect one, then try again.',
  errorDeviceInUse:
    'The {device} could not be started. Another app or tab may be using it: close it, then try again.',
  errorOverconstrained:
    'The {device} cannot provide the requested “{constraint}”. Choose another value or device.',
  errorInsecureContext:
    'The {device} is only available on a secure page (https:// or localhost).',
  errorUnsupported: 'This browser cannot use a {device}.',
  errorAborted: 'Starting the {device} was interrupted. Try again.',
  errorTrackEnded:
    'The {device} stopped: it may have been unplugged or its permission withdrawn. Reconnect it, then try again.',
  errorInvalidArgument: 'Invalid input: {detail}',
  errorNotLive: 'The {device} is off: turn it on first.',
  errorUnknownDevice: 'That {device} is no longer connected. Choose another one.',
  errorNotLoaded: 'Part of this page could not be loaded ({detail}). Check the connection and try again.',
  errorUnknown: 'The {device} failed unexpectedly ({detail}). Try again.',
  errorCancelled: 'Cancelled.',
  errorBlockedByPolicy: 'This page may not use the {device} here: the site that embeds it must allow it.',

  noticeDeviceGone: 'The chosen device “{label}” is no longer available; using the default one.',
} satisfies Record<string, string>;

/** A table's keys, each a text a page may replace. */
export type Texts<T> = { -readonly [K in keyof T]: string };

/** The defaults of the parts of the kit that are loaded. */
const defaults: Record<string, string> = { ...coreStrings };
let overrides: Partial<CaptureStrings> = {};
let strings = { ...defaults } as CaptureStrings;
const listeners = new Set<() => void>();

/** The texts in force: those of the loaded parts of the kit, with the page's own on top. */
export const getStrings = (): Readonly<CaptureStrings> => strings;

/** Replaces some or all texts (the rest keep their value); elements on the page show them at once. */
export function setStrings(next: Partial<CaptureStrings>): void {
  if (typeof next !== 'object' || next === null || Array.isArray(next)) {
    console.warn('capture-kit: setStrings() needs an object of texts, such as { startCamera: "…" }; ignored', next);
    return;
  }
  overrides = { ...overrides, ...next };
  strings = { ...defaults, ...overrides } as CaptureStrings;
  listeners.forEach((listener) => listener());
}

/**
 * Adds a part's default texts (texts the page already set keep precedence) and returns the
 * getter of the texts in force, typed with that part's keys and the shared ones.
 */
export function textsWith<T extends Record<string, string>>(table: T): () => Readonly<Texts<T & typeof coreStrings>> {
  Object.assign(defaults, table);
  strings = { ...defaults, ...overrides } as CaptureStrings;
  return () => strings as unknown as Texts<T & typeof coreStrings>;
}

/** Calls `listener` after every `setStrings()`; returns the function that stops it. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills `{name}` placeholders of a text; unknown names are left as they are. */
export function formatString(text: string, values: Record<string, string | number | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}
