/**
 * Redirects of the extension's own feed requests, as the browser reports them through
 * `webRequest.onBeforeRedirect`. A fetch cannot see the redirects the browser follows for
 * it (a manual redirect gives an opaque response), so this is how a feed that moved for
 * good (301, 308) gets its new address stored, and how a chain longer than five hops is
 * refused. Events come only for hosts the extension may read: the followed feeds' own.
 */
import browser from '../../shared/browser';

/** Most redirects remembered at once (a read makes a handful). */
const MAX_SEEN = 500;

/** Time given to the browser to start reporting after the listener is added (ms). */
const LISTEN_DELAY_MS = 100;

const seen = new Map<string, { status: number; location: string }>();
let users = 0;

function onBeforeRedirect(details: {
  url: string;
  statusCode: number;
  redirectUrl: string;
  tabId: number;
}): void {
  // Requests of pages in tabs are none of ours.
  if (details.tabId !== -1) return;
  if (seen.size >= MAX_SEEN) seen.clear();
  seen.set(details.url, { status: details.statusCode, location: details.redirectUrl });
}

/** The redirect the browser reported for `url`, or null. */
export function redirectSeen(url: string): { status: number; location: string } | null {
  return seen.get(url) ?? null;
}

/**
 * Watch redirects while `work` runs (reads may overlap; the listener stays while any
 * runs). Without the webRequest API, `work` runs all the same.
 */
export async function watchingRedirects<T>(work: () => Promise<T>): Promise<T> {
  const events = browser.webRequest?.onBeforeRedirect;
  if (!events) return work();
  if (users++ === 0) {
    events.addListener(onBeforeRedirect, { urls: ['http://*/*', 'https://*/*'], tabId: -1 });
    // Firefox registers the listener with its network process asynchronously: a request
    // sent at once could pass unseen.
    await new Promise((resolve) => setTimeout(resolve, LISTEN_DELAY_MS));
  }
  try {
    return await work();
  } finally {
    if (--users === 0) {
      events.removeListener(onBeforeRedirect);
      seen.clear();
    }
  }
}
