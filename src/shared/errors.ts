/**
 * Failures the extension expects (a page it may not read, no content script, a corpus
 * that is gone, a full store) are `ExpectedError`s, so they are shown to the user in
 * words and logged quietly; anything else is a bug and is logged as one. A subclass
 * exists only where a caller needs to tell one such failure from the others.
 */
import type { Result } from './messages';

/** Base class of expected failures: their message is written for the user. */
export class ExpectedError extends Error {
  override name = 'ExpectedError';
}

/** True for failures we expect and explain to the user. */
export function isExpected(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}

/**
 * True when the extension was reloaded or removed under a still-running script; every
 * browser API call then throws and the right thing is to stop quietly.
 */
export function isContextInvalidated(error: unknown): boolean {
  return /Extension context invalidated/i.test(errorMessage(error));
}

/** True when a message found nobody listening (no content script in the tab). */
export function isNoReceiver(error: unknown): boolean {
  return /Receiving end does not exist|Could not establish connection/i.test(errorMessage(error));
}

/** True when the browser refused script injection because the page is off limits. */
export function isRestrictedInjection(error: unknown): boolean {
  return /Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|extensions gallery|about:|not allowed/i.test(
    errorMessage(error),
  );
}

/** A readable message from anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/** Wrap a handler's outcome as the result union that crosses the message boundary. */
export async function toResult<T>(work: () => Promise<T> | T): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
