export * from './core/index.js';
export { captureStoreContext } from './context.js';
export { StoreController } from './controllers/store-controller.js';
export { CaptureSession, defaultPersistKey } from './components/capture-session/capture-session.js';
export { defaultStrings, formatString, getStrings, setStrings } from './i18n/strings.js';
export type { CaptureStrings } from './i18n/strings.js';
