// The booth shows a <camera-preview>: registering the booth registers the preview too.
import '../camera-preview/define.js';
import { PhotoBooth } from './photo-booth.js';

if (!customElements.get('photo-booth')) customElements.define('photo-booth', PhotoBooth);

export { PhotoBooth };
