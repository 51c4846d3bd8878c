/**
 * The one place that imports the WebExtension API. Every context talks to the browser
 * through this module, so tests can replace it and Chrome and Firefox behave alike.
 */
import browser from 'webextension-polyfill';

export default browser;
