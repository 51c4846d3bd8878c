/**
 * Content-script entry, built as a classic script (IIFE) and injected into the page by
 * the background (`scripting.executeScript`) or, with automatic annotation, on load.
 * Injection can happen more than once in the same page (every toolbar click injects
 * unless the script answers), so a marker on the isolated world's global object keeps
 * a second copy from starting.
 */
import browser from '../shared/browser';
import { logOnce } from '../shared/log';
import { startContentScript, type ContentBrowser } from './main';

/** Set on the content script's global object once the script runs in a page. */
const STARTED = Symbol.for('second-source.content-script');

const scope = globalThis as typeof globalThis & { [STARTED]?: true };
if (!scope[STARTED]) {
  scope[STARTED] = true;
  try {
    startContentScript({ browser: browser as unknown as ContentBrowser });
  } catch (error) {
    // Never break the host page: a failure here only disables Second Source in it.
    logOnce('content: start', error);
  }
}
