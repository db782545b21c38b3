import type { CaptureState } from '../../core/index.js';
import { notChecked, type PermissionsReport } from './check-report.js';

interface PolicyApi {
  allowsFeature(feature: string): boolean;
}

/** What the permissions policy of the embedding page allows this one (null where the browser cannot say). */
function policy(feature: 'camera' | 'microphone'): boolean | null {
  const doc = document as Document & { permissionsPolicy?: PolicyApi; featurePolicy?: PolicyApi };
  const api = doc.permissionsPolicy ?? doc.featurePolicy;
  try {
    return api ? api.allowsFeature(feature) : null;
  } catch {
    return null;
  }
}

function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent cannot even be compared
  }
}

/**
 * The camera and microphone permissions as the store tracks them, and whether the page is in a
 * frame its embedding page does not allow them to (a permissions policy: no prompt can help).
 */
export function checkPermissions(state: CaptureState): PermissionsReport {
  const { camera, microphone } = state.permission;
  const allowed = { camera: policy('camera'), microphone: policy('microphone') };
  const framed = inFrame();
  const base = { camera, microphone, framed, policy: allowed };
  if (allowed.camera === false || allowed.microphone === false) return { ...base, status: 'fail', code: 'blocked-by-embedding-page' };
  // Refused in a frame where the browser cannot read the policy: the embedding page may be why.
  if (state.error?.code === 'permission-denied' && framed && allowed.camera === null) return { ...base, status: 'fail', code: 'denied-in-frame' };
  if (camera === 'denied' || microphone === 'denied' || state.error?.code === 'permission-denied') return { ...base, status: 'fail', code: 'denied' };
  if (camera === 'granted' && microphone === 'granted') return { ...base, status: 'ok', code: 'ok' };
  if (state.status === 'live') return { ...base, status: 'ok', code: 'ok' }; // allowed for this visit (Firefox remembers nothing)
  return { ...base, status: 'warning', code: 'not-asked' };
}

/** The permissions where they cannot be read (on a server). */
export const permissionsNotChecked: PermissionsReport = {
  ...notChecked, camera: 'unknown', microphone: 'unknown', framed: false, policy: { camera: null, microphone: null },
};
