/**
 * De-duplicated logging: the same problem reported from a loop or on every message is
 * written to the console once per context, so a broken page never floods the console.
 */
import { errorMessage, isContextInvalidated, isExpected } from './errors';

/** Most distinct messages remembered; past this the oldest are forgotten. */
const MAX_REMEMBERED = 200;
const seen = new Set<string>();

function firstTime(key: string): boolean {
  if (seen.has(key)) return false;
  if (seen.size >= MAX_REMEMBERED) {
    const oldest = seen.values().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
  seen.add(key);
  return true;
}

/**
 * Log `error` once under `where`. Expected failures go to `console.info`, an invalidated
 * extension context is not logged at all, anything else is a `console.error`.
 */
export function logOnce(where: string, error: unknown): void {
  if (isContextInvalidated(error)) return;
  const message = errorMessage(error);
  if (!firstTime(`${where}\u0000${message}`)) return;
  if (isExpected(error)) console.info(`[Second Source] ${where}: ${message}`);
  else console.error(`[Second Source] ${where}:`, error);
}

/** Forget what was logged (tests). */
export function resetLog(): void {
  seen.clear();
}
