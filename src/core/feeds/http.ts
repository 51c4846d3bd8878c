/**
 * Polite HTTP for feeds and their pages, shared by the background worker and the CLI.
 * Pure code over an injected `fetch`: no cookies or referrer sent, no HTTP cache used,
 * conditional requests, a deadline, a byte cap enforced while the body streams in, at
 * most MAX_REDIRECTS redirects followed by hand (so that a permanent move can be
 * reported and the feed's stored address updated), Retry-After honoured, one request
 * at a time per host.
 */
import { FeedError, formatBytes } from './errors';
import { httpUrl } from './url';

/** Redirects followed before giving up with FeedError 'redirects'. */
export const MAX_REDIRECTS = 5;

/** What feed requests accept, most specific first. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.7, */*;q=0.1';
/** What page requests accept. */
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

export interface FetchedResource {
  status: number;
  /** The final address, after redirects. */
  url: string;
  /** True on 304 Not Modified: `body` is null and the stored copy is current. */
  notModified: boolean;
  body: Uint8Array | null;
  contentType: string | null;
  /** Validators to send back on the next request (If-None-Match, If-Modified-Since). */
  etag: string | null;
  lastModified: string | null;
  /** Retry-After of the response in milliseconds from now, or null. */
  retryAfterMs: number | null;
  /**
   * The new address when every redirect on the way was permanent (301/308): the caller
   * should store it in place of the old one. Null when nothing moved, or when any step
   * was temporary or could not be seen (opaque redirects in browsers).
   */
  movedPermanentlyTo: string | null;
}

export interface FetchOptions {
  /** Deadline for the whole exchange, redirects and body included (ms). */
  timeoutMs: number;
  /** Largest body read (bytes); beyond it the download is aborted ('too-large'). */
  maxBytes: number;
  /** Validators from the previous response, for a conditional request. */
  etag?: string | null;
  lastModified?: string | null;
  /** Accept header; FEED_ACCEPT by default. */
  accept?: string;
  /** Cancels the request (e.g. the worker is shutting down); gives FeedError 'network'. */
  signal?: AbortSignal;
  /** Clock for Retry-After dates (ms since the epoch); Date.now by default. */
  now?: () => number;
  /**
   * Where a browser hides redirects from the request (an opaque response), the redirects
   * it followed as something else saw them (an extension's webRequest events): the status
   * and Location of the redirect answered for `url`, or null. With it, a permanent move
   * and a chain longer than MAX_REDIRECTS are told apart there too.
   */
  redirectSeen?: (url: string) => { status: number; location: string } | null;
}

/**
 * The redirects from `from` to `to` as `redirectSeen` reports them: how many, and whether
 * all were permanent. Null when the reports do not lead from one to the other.
 */
function seenChain(
  from: string,
  to: string,
  redirectSeen: FetchOptions['redirectSeen'],
): { hops: number; permanent: boolean } | null {
  if (!redirectSeen) return null;
  let at = from;
  let hops = 0;
  let permanent = true;
  // A loop or a longer chain than allowed stops the walk; the caller refuses it.
  while (at !== to && hops <= MAX_REDIRECTS) {
    const step = redirectSeen(at);
    if (!step) return null;
    hops++;
    if (!PERMANENT.has(step.status)) permanent = false;
    at = httpUrl(step.location, at) ?? '';
    if (!at) return null;
  }
  return { hops, permanent };
}

/**
 * Milliseconds to wait according to a Retry-After header: delta-seconds ("120") or an
 * HTTP date (RFC 9110 §10.2.3), counted from `nowMs`. A date in the past gives 0;
 * anything unreadable gives null.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) {
    const seconds = Number(v);
    return Number.isFinite(seconds) ? seconds * 1000 : null;
  }
  const at = httpDate(v);
  return at === null ? null : Math.max(0, at - nowMs);
}

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/**
 * An HTTP date in milliseconds since the epoch (RFC 9110 §5.6.7): the preferred form
 * "Sun, 06 Nov 1994 08:49:37 GMT", and the obsolete "Sunday, 06-Nov-94 08:49:37 GMT"
 * (a two-digit year more than 50 years ahead is in the past century) and "Sun Nov  6
 * 08:49:37 1994", all in GMT; null for anything else.
 */
export function httpDate(value: string): number | null {
  const m =
    /^[a-z]{3}, (\d\d) ([a-z]{3}) (\d{4}) (\d\d):(\d\d):(\d\d) gmt$/i.exec(value) ??
    /^[a-z]+, (\d\d)-([a-z]{3})-(\d\d) (\d\d):(\d\d):(\d\d) gmt$/i.exec(value);
  const a = m ? null : /^[a-z]{3} ([a-z]{3}) +(\d\d?) (\d\d):(\d\d):(\d\d) (\d{4})$/i.exec(value);
  const [day, mon, y, hh, mm, ss] = m ? m.slice(1) : a ? [a[2], a[1], a[6], a[3], a[4], a[5]] : [];
  const month = MONTHS.indexOf(mon?.toLowerCase() ?? '?') / 3;
  if (!Number.isInteger(month) || month < 0) return null;
  let year = Number(y);
  if (y!.length === 2) {
    const now = new Date().getUTCFullYear();
    year += 100 * Math.floor(now / 100);
    if (year > now + 50) year -= 100;
  }
  const at = Date.UTC(year, month, Number(day), Number(hh), Number(mm), Number(ss));
  return new Date(at).getUTCDate() === Number(day) ? at : null;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
const PERMANENT = new Set([301, 308]);

function discard(res: Response): void {
  // Free the connection; the body of a redirect or an error page is not wanted.
  res.body?.cancel().catch(() => undefined);
}

async function readCapped(
  res: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const abort = () => controller.abort();
  const tooLarge = () =>
    new FeedError(
      'too-large',
      `The response is larger than ${formatBytes(maxBytes)}, so it was not read.`,
    );
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(res);
    abort();
    throw tooLarge();
  }
  if (!res.body) {
    const buf = new Uint8Array(await res.arrayBuffer());
    if (buf.byteLength > maxBytes) throw tooLarge();
    return buf;
  }
  const reader = res.body.getReader();
  // A body that stalls must still end at the deadline: cancelling the reader settles a
  // pending read, and the check after it turns that into the abort it is.
  const onAbort = () => reader.cancel().catch(() => undefined);
  controller.signal.addEventListener('abort', onAbort);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      controller.signal.throwIfAborted();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => undefined);
        abort();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } finally {
    controller.signal.removeEventListener('abort', onAbort);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * GET `url` politely. Requests go out with `credentials: 'omit'`, `cache: 'no-store'`,
 * `referrerPolicy: 'no-referrer'` and `redirect: 'manual'`; up to MAX_REDIRECTS
 * redirects are followed by hand. A chain made only of 301/308 is reported in
 * `movedPermanentlyTo`.
 *
 * Browsers do not show a manual redirect to the page: they give an opaque response
 * (`type: 'opaqueredirect'`, status 0, no Location). Then the same address is fetched
 * once more with `redirect: 'follow'`, the browser follows the chain itself (its own
 * limit, 20), and the final `url` is reported as a temporary move (`movedPermanentlyTo`
 * null), since the kind of redirect cannot be seen. Node's fetch gives real 3xx
 * responses, so the CLI sees permanent moves.
 *
 * Resolves on 2xx (body read, at most `maxBytes`) and 304 (`notModified`, no body).
 * Throws FeedError: 'timeout' (over `timeoutMs` in all), 'network' (unreachable, not
 * an http(s) address, or cancelled), 'too-large', 'redirects' (more than MAX_REDIRECTS,
 * or a redirect without a usable Location), 'http' (status ≥ 400, or another status
 * that is not a success, with `status` and `retryAfterMs`).
 */
/** The error for a chain of redirects longer than `MAX_REDIRECTS`. */
const tooManyRedirects = () =>
  new FeedError(
    'redirects',
    `The address redirected more than ${MAX_REDIRECTS} times, so it was given up.`,
  );

export async function politeFetch(
  fetchImpl: typeof fetch,
  url: string,
  opts: FetchOptions,
): Promise<FetchedResource> {
  const start = httpUrl(url);
  if (!start) throw new FeedError('network', `"${url}" is not a web (http or https) address.`);
  const now = opts.now ?? Date.now;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (opts.signal?.aborted) controller.abort();
  opts.signal?.addEventListener('abort', onCallerAbort);
  const headers: [string, string][] = [['Accept', opts.accept ?? FEED_ACCEPT]];
  if (opts.etag) headers.push(['If-None-Match', opts.etag]);
  if (opts.lastModified) headers.push(['If-Modified-Since', opts.lastModified]);
  const init = (redirect: RequestRedirect): RequestInit => ({
    method: 'GET',
    headers,
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    redirect,
    signal: controller.signal,
  });
  let current = start;
  let hops = 0;
  let permanent = true;
  try {
    for (;;) {
      let res = await fetchImpl(current, init('manual'));
      if (res.type === 'opaqueredirect' || (res.status === 0 && res.type !== 'error')) {
        // The browser hides the redirect; let it follow the chain and tell us where it ended.
        res = await fetchImpl(current, init('follow'));
        const end = httpUrl(res.url) ?? current;
        const seen = res.redirected ? seenChain(current, end, opts.redirectSeen) : null;
        if (seen) {
          hops += seen.hops;
          if (!seen.permanent) permanent = false;
        } else {
          permanent = false;
          if (res.redirected) hops++;
        }
        if (hops > MAX_REDIRECTS) {
          discard(res);
          throw tooManyRedirects();
        }
        current = end;
      } else if (REDIRECT.has(res.status)) {
        discard(res);
        const next = httpUrl(res.headers.get('location'), current);
        if (!next)
          throw new FeedError(
            'redirects',
            `The server at ${hostOf(current)} redirected to an unusable address.`,
          );
        if (++hops > MAX_REDIRECTS) throw tooManyRedirects();
        if (!PERMANENT.has(res.status)) permanent = false;
        current = next;
        continue;
      }
      const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
      const base = {
        status: res.status,
        url: current,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        retryAfterMs,
        movedPermanentlyTo: hops > 0 && permanent ? current : null,
      };
      if (res.status === 304) {
        discard(res);
        // A 304 need not repeat the validators: keep the ones the request sent.
        return {
          ...base,
          notModified: true,
          body: null,
          etag: base.etag ?? opts.etag ?? null,
          lastModified: base.lastModified ?? opts.lastModified ?? null,
        };
      }
      if (res.status < 200 || res.status > 299) {
        discard(res);
        throw new FeedError(
          'http',
          `The server at ${hostOf(current)} answered with HTTP error ${res.status}.`,
          {
            status: res.status,
            retryAfterMs,
          },
        );
      }
      const body = await readCapped(res, opts.maxBytes, controller);
      return { ...base, notModified: false, body };
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    if (timedOut) {
      const seconds = Math.max(1, Math.round(opts.timeoutMs / 1000));
      throw new FeedError(
        'timeout',
        `The server at ${hostOf(current)} did not answer within ${seconds} second${seconds === 1 ? '' : 's'}.`,
      );
    }
    if (opts.signal?.aborted) throw new FeedError('network', 'The request was cancelled.');
    throw new FeedError('network', `The server at ${hostOf(current)} could not be reached.`);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Runs jobs keyed by the host of their URL: at most `perHost` at a time for one host
 * (default 1) and `overall` in all (default 4), each host's jobs in the order given,
 * hosts served in the order their jobs arrived.
 */
export class HostQueue {
  private readonly perHost: number;
  private readonly overall: number;
  private readonly active = new Map<string, number>();
  private running = 0;
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(opts: { perHost?: number; overall?: number } = {}) {
    this.perHost = Math.max(1, Math.floor(opts.perHost ?? 1));
    this.overall = Math.max(1, Math.floor(opts.overall ?? 4));
  }

  /** Jobs started and not yet settled. */
  get size(): number {
    return this.running;
  }

  run<T>(url: string, job: () => Promise<T>): Promise<T> {
    const host = hostOf(url).toLowerCase();
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        host,
        start: () => {
          let p: Promise<T>;
          try {
            p = job();
          } catch (e) {
            p = Promise.reject(e);
          }
          p.then(resolve, reject).finally(() => {
            this.running--;
            const n = (this.active.get(host) ?? 1) - 1;
            if (n > 0) this.active.set(host, n);
            else this.active.delete(host);
            this.pump();
          });
        },
      });
      this.pump();
    });
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.overall;) {
      const w = this.waiting[i]!;
      const n = this.active.get(w.host) ?? 0;
      if (n >= this.perHost) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.active.set(w.host, n + 1);
      this.running++;
      w.start();
    }
  }
}

const HOUR = 3_600_000;
/** Longest backoff after failures, unless the interval itself is longer. */
export const MAX_BACKOFF_MS = 24 * HOUR;
/** A Retry-After beyond this is read as this: a typo must not stop a feed for good. */
export const MAX_RETRY_AFTER_MS = 30 * 24 * HOUR;

/**
 * Milliseconds until the next check of a feed. After a success (`failures` 0): the
 * interval. After failures (429, 5xx, network errors; `failures` counts the consecutive
 * ones including this one): interval × 2^failures, at most 24 h (or the interval when
 * that is longer). Never earlier than the server's Retry-After (itself capped at 30 days).
 */
export function nextCheckDelay(opts: {
  intervalMs: number;
  failures: number;
  retryAfterMs: number | null;
}): number {
  const interval = Number.isFinite(opts.intervalMs) ? Math.max(0, opts.intervalMs) : HOUR;
  const failures = Number.isFinite(opts.failures) ? Math.max(0, Math.floor(opts.failures)) : 0;
  const delay =
    failures === 0
      ? interval
      : Math.min(interval * 2 ** Math.min(failures, 60), Math.max(MAX_BACKOFF_MS, interval));
  const retry =
    opts.retryAfterMs != null && opts.retryAfterMs > 0
      ? Math.min(opts.retryAfterMs, MAX_RETRY_AFTER_MS)
      : 0;
  return Math.max(delay, retry);
}
