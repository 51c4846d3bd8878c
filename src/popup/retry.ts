/**
 * The MV3 background worker can be stopped by the browser at any time, also while it
 * analyses a page. The popup then gets the browser's own words for a closed channel,
 * which mean nothing to a reader. One automatic retry usually finds a fresh worker;
 * otherwise the popup says what happened in plain words.
 */
import { t } from '../shared/i18n';
import type { Result } from '../shared/messages';

/**
 * What the browsers say when the background stopped before answering: Chrome's "A
 * listener indicated an asynchronous response by returning true, but the message channel
 * closed before a response was received" and "The message port closed before a response
 * was received", a missing receiver in Chrome and Firefox, and Firefox's "Message
 * manager disconnected". webextension-polyfill turns a port closed before the answer into
 * no answer at all, which `sendToBackground` reports as "No answer to <type>".
 */
const WORKER_STOPPED =
  /message channel closed|message port closed|receiving end does not exist|could not establish connection|message manager disconnected|^no answer to /i;

/** Shown when the background stopped twice in a row. */
export function workerStoppedText(): string {
  return t('popup_worker_stopped');
}

/** True for a browser error that means the background stopped before answering. */
export function isWorkerStopped(error: string): boolean {
  return WORKER_STOPPED.test(error);
}

/**
 * `send()`, and once more when the background stopped mid-way; when it stops again, a
 * plain explanation instead of the browser's message.
 */
export async function withOneRetry<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  const first = await send();
  if (first.ok || !isWorkerStopped(first.error)) return first;
  const second = await send();
  if (second.ok || !isWorkerStopped(second.error)) return second;
  return { ok: false, error: workerStoppedText() };
}
