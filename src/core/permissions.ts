import type { PermissionValue } from './types.js';

export type PermissionName = 'camera' | 'microphone';

/**
 * Reads a permission and follows its `change` event. Browsers without the Permissions API,
 * or without these names in it, never call `onValue`: the value stays `unknown`.
 * Returns the function that stops following.
 */
export function watchPermission(
  permissions: Pick<Permissions, 'query'> | undefined,
  name: PermissionName,
  onValue: (value: PermissionValue) => void,
): () => void {
  let status: PermissionStatus | undefined;
  let stopped = false;
  const changed = () => status && onValue(status.state);
  let query: Promise<PermissionStatus> | undefined;
  try {
    query = permissions?.query({ name });
  } catch {
    query = undefined; // a browser that does not know the name; the value stays unknown
  }
  query?.then(
    (result) => {
      if (stopped) return;
      status = result;
      status.addEventListener('change', changed);
      onValue(status.state);
    },
    () => !stopped && onValue('unknown'),
  );
  return () => {
    stopped = true;
    status?.removeEventListener('change', changed);
  };
}
