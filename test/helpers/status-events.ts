import type { CaptureError } from '../../src/core/index.js';

const statusTypes = ['capture-start', 'capture-stop', 'capture-error'] as const;
type StatusType = (typeof statusTypes)[number];

/** One status event as a listener on `document` saw it. */
export interface SeenEvent {
  type: StatusType;
  /** The element the event came from, as seen from the document (the shadow host for an element inside one). */
  target: EventTarget | null;
  /** Its tag. */
  from: string;
  /** `event.operation`: which kind of work failed ('capture', 'constraints', 'photo', 'recording'). */
  operation: string | undefined;
  /** The CaptureError's code, for `capture-error`. */
  code: string | undefined;
  detail: unknown;
}

export interface StatusEvents {
  /** Every status event seen since the last `reset()`, in order. */
  readonly seen: readonly SeenEvent[];
  /** How many of each status event were seen. */
  counts(): Record<StatusType, number>;
  /** The `capture-error` events seen, each as `{ from, operation, code }`. */
  errors(): { from: string; operation: string | undefined; code: string | undefined }[];
  /** What was seen, for an assertion's message. */
  describe(): string;
  reset(): void;
  stop(): void;
}

/**
 * Records `capture-start`, `capture-stop` and `capture-error` as a listener on `document` sees
 * them (they bubble and are composed), with the element each came from and its `operation`.
 */
export function recordStatusEvents(target: EventTarget = document): StatusEvents {
  const seen: SeenEvent[] = [];
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    seen.push({
      type: event.type as StatusType,
      target: event.target,
      from: (event.target as Element).localName,
      operation: (event as Event & { operation?: string }).operation,
      code: event.type === 'capture-error' ? (detail as CaptureError | null)?.code : undefined,
      detail,
    });
  };
  statusTypes.forEach((type) => target.addEventListener(type, listener));
  return {
    seen,
    counts: () => Object.fromEntries(statusTypes.map((type) => [type, seen.filter((e) => e.type === type).length])) as Record<StatusType, number>,
    errors: () => seen.filter((e) => e.type === 'capture-error').map(({ from, operation, code }) => ({ from, operation, code })),
    describe: () => `seen: ${seen.map((e) => `${e.type}${e.operation ? `(${e.operation})` : ''}${e.code ? ` ${e.code}` : ''} from <${e.from}>`).join(', ') || 'nothing'}`,
    reset: () => void seen.splice(0),
    stop: () => statusTypes.forEach((type) => target.removeEventListener(type, listener)),
  };
}

/** Lets a late duplicate arrive: two animation frames (or 200 ms on a page that draws none), then a short timeout. */
export async function settle(): Promise<void> {
  const frames = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.race([frames, new Promise((resolve) => setTimeout(resolve, 200))]);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
