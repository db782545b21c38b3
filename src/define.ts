// Registers every tag of the kit.
import './components/capture-session/define.js';
