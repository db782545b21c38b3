import type { CaptureStore } from '../../src/core/index.js';
import { captureWarnings } from './console.js';
import { expectNoLiveTracks, recordAcquiredTracks } from './tracks.js';

export interface ElementSuite {
  /** What the kit said with console.warn during the current test. */
  warnings: () => string;
  /** Stores a test created itself: destroyed after the test. */
  stores: CaptureStore[];
}

/**
 * The hooks every element suite shares: warnings collected, the elements matching `selector`
 * removed after each test, the test's own stores destroyed, and then the check that no track
 * the kit acquired is still live.
 */
export function elementSuite(selector: string): ElementSuite {
  const suite: ElementSuite = { warnings: () => '', stores: [] };
  let restore = () => {};
  before(recordAcquiredTracks);
  beforeEach(() => {
    const captured = captureWarnings();
    suite.warnings = captured.messages;
    restore = captured.restore;
    suite.stores = [];
  });
  afterEach(async () => {
    restore();
    document.querySelectorAll(selector).forEach((el) => el.remove());
    suite.stores.forEach((store) => store.destroy());
    await Promise.resolve(); // an element lets go of its camera once it is sure it was not just moved
    expectNoLiveTracks();
  });
  return suite;
}
