import { ConstraintPanel } from './constraint-panel.js';
import { defineOnce } from '../../utils/define-element.js';

defineOnce('constraint-panel', ConstraintPanel);

export { ConstraintPanel };
