/**
 * Limits and the one error type of the feed code. A `FeedError` is an expected failure
 * (a feed that is too big, broken, or unreachable): callers log it quietly and show its
 * message, which is one sentence a reader understands.
 */

/** Largest feed document read, in bytes (UTF-8 bytes when given a string). */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
/** Largest article page read, in bytes. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** At most this many items are taken from one feed, in feed order. */
export const MAX_FEED_ITEMS = 500;

export type FeedErrorCode =
  | 'too-large'
  | 'entities'
  | 'not-a-feed'
  | 'malformed'
  | 'timeout'
  | 'http'
  | 'network'
  | 'redirects'
  /** The extension lost its permission to read the site (never raised by the command line). */
  | 'permission';

export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** HTTP status, for code 'http'. */
  readonly status?: number;
  /** Milliseconds the server asked us to wait (Retry-After), for code 'http'. */
  readonly retryAfterMs?: number | null;

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    extra: { status?: number; retryAfterMs?: number | null } = {},
  ) {
    super(message);
    if (extra.status !== undefined) this.status = extra.status;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }
}

/** "5 MB" for 5 × 1024 × 1024, "512 KB" below a megabyte. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** True when `text` takes more than `limit` bytes in UTF-8; counts no further than needed. */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  // Every UTF-16 unit takes one to three bytes (a surrogate pair four for two units).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (two units) is four bytes.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    if (n > limit) return true;
  }
  return false;
}
