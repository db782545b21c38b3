interface UrlState {
  url?: string;
  revoked: boolean;
}

const states = new WeakMap<object, UrlState>();

/**
 * Gives a photo or clip its `url`, an object URL of its blob made the first time `url` is read.
 * Whoever keeps the item owns that URL: the booth's gallery revokes it (`revokeObjectUrl`) when
 * the item leaves; a page that kept the item (`capture-photo` prevented) revokes it itself, and
 * one that only uploads the blob never makes one. The booth keeps no reference to an item it
 * does not keep, so nothing it holds grows with the photos a page takes away.
 */
export function withObjectUrl<T extends { blob: Blob }>(fields: T): T & { readonly url: string } {
  const state: UrlState = { revoked: false };
  const item = Object.defineProperty(fields, 'url', {
    enumerable: true,
    get: () => {
      if (state.url === undefined) {
        state.url = URL.createObjectURL(fields.blob);
        // Read after its owner let it go: the URL is dead at once, as it would have been.
        if (state.revoked) URL.revokeObjectURL(state.url);
      }
      return state.url;
    },
  }) as T & { readonly url: string };
  states.set(item, state);
  return item;
}

/** The owner lets `item` go: its URL, if one was made, is revoked, and one read later is dead too. */
export function revokeObjectUrl(item: object): void {
  const state = states.get(item);
  if (!state || state.revoked) return;
  state.revoked = true;
  if (state.url !== undefined) URL.revokeObjectURL(state.url);
}
