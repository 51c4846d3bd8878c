/**
 * The WebExtension API as Manifest V3 extensions get it from the browser itself: Firefox's
 * `browser` and Chrome's `chrome` both answer with promises there. The background
 * worker, the popup and the content script are built with this module in place of
 * `webextension-polyfill` (see scripts/build.ts). The polyfill's one service beyond that,
 * letting a message listener answer with a returned promise, none of them needs: the
 * popup listens to no message, and the worker and the content script answer through
 * `sendResponse`. This keeps about 10 KB of polyfill out of the bundles that every
 * toolbar click loads, and out of every worker start.
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as { browser?: typeof Browser; chrome?: typeof Browser };

const api: typeof Browser = scope.browser ?? scope.chrome!;

export default api;
