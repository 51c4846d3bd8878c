/**
 * The one place that imports the WebExtension API. Every context talks to the browser
 * through this module, so tests can replace it and Chrome and Firefox behave alike.
 */
import browser from 'webextension-polyfill';
import { errorMessage } from './errors';
import type { Envelope, MessageType, Request, Response, Result } from './messages';

export default browser;

function unwrap<T>(raw: unknown, type: string): Result<T> {
  if (typeof raw === 'object' && raw !== null && 'ok' in raw) return raw as Result<T>;
  // No listener answered (undefined) or something else replied: say so instead of guessing.
  return { ok: false, error: `No answer to ${type}` };
}

/**
 * Send a message to the background worker. Never throws: a closed port, a missing
 * receiver or a failing handler all come back as `{ ok: false, error }`.
 */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Result<Response<T>>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    return unwrap<Response<T>>(await browser.runtime.sendMessage(envelope), type);
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/**
 * Send a message to the content script in a tab (top frame only). Never throws; when no
 * content script listens, the error says "Receiving end does not exist" (Chrome) or
 * "Could not establish connection" (Firefox), see `isNoReceiver`.
 */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Request<T>,
): Promise<Result<Response<T>>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    return unwrap<Response<T>>(
      await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
      type,
    );
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
