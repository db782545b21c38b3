import { PhotoBooth } from './photo-booth.js';

if (!customElements.get('photo-booth')) customElements.define('photo-booth', PhotoBooth);

export { PhotoBooth };
