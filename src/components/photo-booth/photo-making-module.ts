import { LazyModule } from '../../utils/lazy-module.js';

/** What turns a frame into a photo, loaded with the first photo or screenshot (booth and screen capture share it). */
export const photoMaking = new LazyModule(() => import('./photo-making.js'));
