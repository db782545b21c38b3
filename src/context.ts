import { createContext } from '@lit/context';
import type { CaptureStore } from './core/index.js';

/** The key under which `<capture-session>` provides its store to the elements inside it. */
export const captureStoreContext = createContext<CaptureStore>(Symbol.for('capture-kit/store'));
