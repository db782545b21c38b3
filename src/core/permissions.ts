import type { PermissionValue } from './types.js';

export type PermissionName = 'camera' | 'microphone';
type PermissionsLike = Pick<Permissions, 'query'>;

/**
 * Each permission's status, queried once per `permissions` object and shared by every store:
 * Chromium keeps every PermissionStatus it hands out until the page goes away, so a query per
 * store would grow the page's memory with each element mounted.
 */
const statuses = new WeakMap<PermissionsLike, Partial<Record<PermissionName, Promise<PermissionStatus>>>>();

function statusOf(permissions: PermissionsLike, name: PermissionName): Promise<PermissionStatus> | undefined {
  const byName = statuses.get(permissions) ?? {};
  statuses.set(permissions, byName);
  try {
    return (byName[name] ??= permissions.query({ name }));
  } catch {
    return undefined; // a browser that does not know the name; the value stays unknown
  }
}

/**
 * Reads a permission and follows its `change` event (`changed` true). Browsers without the
 * Permissions API, or without these names in it, never call `onValue`: the value stays `unknown`.
 * Returns the function that stops following.
 */
export function watchPermission(
  permissions: PermissionsLike | undefined,
  name: PermissionName,
  onValue: (value: PermissionValue, changed: boolean) => void,
): () => void {
  let status: PermissionStatus | undefined;
  let stopped = false;
  const changed = () => status && onValue(status.state, true);
  const query = permissions ? statusOf(permissions, name) : undefined;
  query?.then(
    (result) => {
      if (stopped) return;
      status = result;
      status.addEventListener('change', changed);
      onValue(status.state, false);
    },
    () => undefined, // the value stays unknown
  );
  return () => {
    stopped = true;
    status?.removeEventListener('change', changed);
  };
}
