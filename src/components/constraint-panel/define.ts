import { ConstraintPanel } from './constraint-panel.js';

if (!customElements.get('constraint-panel')) customElements.define('constraint-panel', ConstraintPanel);

export { ConstraintPanel };
