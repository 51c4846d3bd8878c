/**
 * Web addresses in feeds: kept apart from the HTML code so that the HTTP layer needs
 * nothing else (the background worker loads it on every start).
 */

/** `url` resolved against `base` when it is an http(s) address, else null. */
export function httpUrl(url: unknown, base?: string | null): string | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    const u = base ? new URL(url.trim(), base) : new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
