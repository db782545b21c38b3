// What a page with server-rendered kit elements loads (check-ssr.mjs bundles it as an app would):
// Lit's hydration support first, as it must be in place before Lit's LitElement loads, then the tags.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'capture-kit/define';
