// The one-file build for a plain <script type="module">: everything, every tag registered.
export * from './index.js';
import './define.js';
