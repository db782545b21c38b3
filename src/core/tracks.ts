import type { MediaKind, TrackInfo } from './types.js';

/** A frozen snapshot of a track; `capabilities` is `{}` where the browser has none. */
export function trackInfo(track: MediaStreamTrack): TrackInfo {
  return Object.freeze({
    id: track.id,
    kind: track.kind as MediaKind,
    label: track.label,
    readyState: track.readyState,
    muted: track.muted,
    enabled: track.enabled,
    settings: Object.freeze({ ...track.getSettings() }),
    capabilities: Object.freeze(typeof track.getCapabilities === 'function' ? { ...track.getCapabilities() } : {}),
    constraints: Object.freeze({ ...track.getConstraints() }),
  });
}

export interface TrackHandlers {
  /** The track ended by itself (unplugged, permission withdrawn); `stop()` fires no `ended`. */
  onEnded(track: MediaStreamTrack): void;
  /** `mute` or `unmute`: frames stopped or started flowing. */
  onChange(track: MediaStreamTrack): void;
}

/** Listens to a track's events; returns the function that removes the listeners. */
export function watchTrack(track: MediaStreamTrack, handlers: TrackHandlers): () => void {
  const ended = () => handlers.onEnded(track);
  const changed = () => handlers.onChange(track);
  track.addEventListener('ended', ended);
  track.addEventListener('mute', changed);
  track.addEventListener('unmute', changed);
  return () => {
    track.removeEventListener('ended', ended);
    track.removeEventListener('mute', changed);
    track.removeEventListener('unmute', changed);
  };
}

/** Listens to a stream's track set changing (made by the browser, not by the page). */
export function watchStream(stream: MediaStream, onChange: () => void): () => void {
  stream.addEventListener('addtrack', onChange);
  stream.addEventListener('removetrack', onChange);
  return () => {
    stream.removeEventListener('addtrack', onChange);
    stream.removeEventListener('removetrack', onChange);
  };
}

/** The stream's live track of `kind`, if any. */
export function liveTrack(stream: MediaStream | null | undefined, kind: MediaKind): MediaStreamTrack | undefined {
  const tracks = kind === 'video' ? stream?.getVideoTracks() : stream?.getAudioTracks();
  return tracks?.find((t) => t.readyState === 'live');
}
