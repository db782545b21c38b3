import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';

// Autodocs (attributes, properties, events, slots, parts, custom properties) come from the
// manifest that `cem analyze` builds from the classes' JSDoc.
setCustomElementsManifest(customElements);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true }, a11y: { test: 'error' } },
};
export default preview;
