import { describe, expect, it } from 'vitest';
import {
  FeedError,
  HostQueue,
  MAX_BACKOFF_MS,
  discoverFeeds,
  fetchFeed,
  nextCheckDelay,
  parseRetryAfter,
  politeFetch,
  type FetchOptions,
} from '../../src/core/feeds';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake fetch over a table of handlers; records every call. */
function fakeFetch(routes: Record<string, Handler>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init: init ?? {} });
    const handler = routes[url];
    if (!handler) throw new TypeError(`fetch failed: no route for ${url}`);
    return handler(url, init ?? {});
  }) as typeof fetch;
  return { impl, calls };
}

const OPTS: FetchOptions = { timeoutMs: 2000, maxBytes: 1024 };
const ok =
  (body: string, headers: Record<string, string> = {}) =>
  () =>
    new Response(body, { status: 200, headers });
const redirect = (status: number, location: string) => () =>
  new Response(null, { status, headers: { location } });

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

/** A hop chain a0 → a1 → … → aN (200) with the given redirect status at each hop. */
function chain(statuses: number[]) {
  const routes: Record<string, Handler> = {};
  statuses.forEach((s, i) => {
    routes[`https://hop.example/a${i}`] = redirect(s, `/a${i + 1}`);
  });
  routes[`https://hop.example/a${statuses.length}`] = ok('<rss/>');
  return fakeFetch(routes);
}

/** What a browser gives for `redirect: 'manual'`: an opaque response that hides the redirect. */
const opaque = () =>
  ({
    type: 'opaqueredirect',
    status: 0,
    headers: new Headers(),
    body: null,
    url: '',
    redirected: false,
  }) as unknown as Response;

describe('politeFetch', () => {
  it('sends a private, uncached request and returns body and validators', async () => {
    const f = fakeFetch({
      'https://feeds.example/rss': ok('<rss/>', {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT',
      }),
    });
    const r = await politeFetch(f.impl, 'https://feeds.example/rss', OPTS);
    expect(r).toMatchObject({
      status: 200,
      url: 'https://feeds.example/rss',
      notModified: false,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT',
      retryAfterMs: null,
      movedPermanentlyTo: null,
    });
    expect(new TextDecoder().decode(r.body!)).toBe('<rss/>');
    const init = f.calls[0]!.init;
    expect(init).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
    });
    const headers = new Headers(init.headers);
    expect(headers.get('Accept')).toMatch(/application\/rss\+xml/);
    expect(headers.get('If-None-Match')).toBeNull();
  });

  it('sends the validators back and handles 304', async () => {
    const f = fakeFetch({
      'https://feeds.example/rss': (_, init) => {
        const h = new Headers(init.headers);
        return h.get('If-None-Match') === 'W/"abc"' &&
          h.get('If-Modified-Since') === 'Tue, 03 Mar 2026 10:00:00 GMT'
          ? new Response(null, { status: 304 })
          : new Response('<rss/>', { status: 200 });
      },
    });
    const r = await politeFetch(f.impl, 'https://feeds.example/rss', {
      ...OPTS,
      etag: 'W/"abc"',
      lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT',
    });
    expect(r.notModified).toBe(true);
    expect(r.body).toBeNull();
    expect(r.status).toBe(304);
    expect(r.etag).toBe('W/"abc"');
    expect(r.lastModified).toBe('Tue, 03 Mar 2026 10:00:00 GMT');
  });

  it.each([
    [429, '120', 120_000],
    [503, 'Tue, 03 Mar 2026 10:05:00 GMT', 300_000],
    [500, 'soon', null],
    [404, null, null],
  ])('HTTP %i with Retry-After %s', async (status, retryAfter, expected) => {
    const headers: Record<string, string> = retryAfter ? { 'retry-after': retryAfter } : {};
    const f = fakeFetch({
      'https://busy.example/feed': () => new Response('busy', { status, headers }),
    });
    const e = await failure(
      politeFetch(f.impl, 'https://busy.example/feed', {
        ...OPTS,
        now: () => Date.parse('2026-03-03T10:00:00Z'),
      }),
    );
    expect(e.code).toBe('http');
    expect(e.status).toBe(status);
    expect(e.retryAfterMs).toBe(expected);
    expect(e.message).toBe(`The server at busy.example answered with HTTP error ${status}.`);
  });

  it('times out a server that never answers', async () => {
    const f = fakeFetch({
      'https://slow.example/feed': (_, init) =>
        new Promise<Response>((_, reject) =>
          init.signal!.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    });
    const started = Date.now();
    const e = await failure(
      politeFetch(f.impl, 'https://slow.example/feed', { ...OPTS, timeoutMs: 50 }),
    );
    expect(e.code).toBe('timeout');
    expect(e.message).toBe('The server at slow.example did not answer within 1 second.');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a body that stalls half-way', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('<rss>'));
      },
    });
    const f = fakeFetch({ 'https://slow.example/body': () => new Response(stalled) });
    const e = await failure(
      politeFetch(f.impl, 'https://slow.example/body', { ...OPTS, timeoutMs: 50 }),
    );
    expect(e.code).toBe('timeout');
  });

  it('stops reading past the size cap', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(256));
      },
      cancel() {
        cancelled = true;
      },
    });
    const f = fakeFetch({ 'https://big.example/feed': () => new Response(endless) });
    const e = await failure(politeFetch(f.impl, 'https://big.example/feed', OPTS));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('The response is larger than 1 KB, so it was not read.');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const f = fakeFetch({
      'https://big.example/feed': ok('x', { 'content-length': '999999' }),
    });
    expect((await failure(politeFetch(f.impl, 'https://big.example/feed', OPTS))).code).toBe(
      'too-large',
    );
  });

  it('accepts a body of exactly the cap', async () => {
    const f = fakeFetch({ 'https://exact.example/feed': ok('x'.repeat(1024)) });
    const r = await politeFetch(f.impl, 'https://exact.example/feed', OPTS);
    expect(r.body!.byteLength).toBe(1024);
  });

  it('follows one permanent redirect and reports the new address', async () => {
    const f = chain([301]);
    const r = await politeFetch(f.impl, 'https://hop.example/a0', OPTS);
    expect(r.url).toBe('https://hop.example/a1');
    expect(r.movedPermanentlyTo).toBe('https://hop.example/a1');
    expect(f.calls.map((c) => c.init.redirect)).toEqual(['manual', 'manual']);
  });

  it('follows five redirects; all 301/308 is a permanent move', async () => {
    const f = chain([301, 308, 301, 308, 301]);
    const r = await politeFetch(f.impl, 'https://hop.example/a0', OPTS);
    expect(r.url).toBe('https://hop.example/a5');
    expect(r.movedPermanentlyTo).toBe('https://hop.example/a5');
    expect(f.calls).toHaveLength(6);
  });

  it('reports a chain with one temporary hop as not permanent', async () => {
    const f = chain([301, 302, 308]);
    const r = await politeFetch(f.impl, 'https://hop.example/a0', OPTS);
    expect(r.url).toBe('https://hop.example/a3');
    expect(r.movedPermanentlyTo).toBeNull();
  });

  it('gives up after five redirects', async () => {
    const f = chain([301, 301, 301, 301, 301, 301]);
    const e = await failure(politeFetch(f.impl, 'https://hop.example/a0', OPTS));
    expect(e.code).toBe('redirects');
    expect(f.calls).toHaveLength(6);
  });

  it('refuses a redirect to somewhere that is not the web', async () => {
    const f = fakeFetch({ 'https://hop.example/x': redirect(302, 'file:///etc/passwd') });
    expect((await failure(politeFetch(f.impl, 'https://hop.example/x', OPTS))).code).toBe(
      'redirects',
    );
  });

  it('falls back to redirect: follow on an opaque redirect (browsers)', async () => {
    const f = fakeFetch({
      'https://moved.example/feed': (_, init) => {
        if (init.redirect === 'manual') return opaque();
        const res = new Response('<rss/>', { status: 200 });
        Object.defineProperty(res, 'url', { value: 'https://new.example/feed' });
        Object.defineProperty(res, 'redirected', { value: true });
        return res;
      },
    });
    const r = await politeFetch(f.impl, 'https://moved.example/feed', OPTS);
    expect(f.calls.map((c) => c.init.redirect)).toEqual(['manual', 'follow']);
    expect(r.url).toBe('https://new.example/feed');
    expect(r.movedPermanentlyTo).toBeNull();
    expect(new TextDecoder().decode(r.body!)).toBe('<rss/>');
  });

  it('tells a permanent move and a long chain apart behind an opaque redirect, from what was seen', async () => {
    const followTo = (end: string) => (_: string, init: RequestInit) => {
      if (init.redirect === 'manual') return opaque();
      const res = new Response('<rss/>', { status: 200 });
      Object.defineProperty(res, 'url', { value: end });
      Object.defineProperty(res, 'redirected', { value: true });
      return res;
    };
    const chain = (steps: [string, number, string][]) => (url: string) => {
      const step = steps.find(([from]) => from === url);
      return step ? { status: step[1], location: step[2] } : null;
    };
    // Two permanent steps: the feed moved for good.
    const f = fakeFetch({ 'https://a.example/feed': followTo('https://c.example/feed') });
    const moved = await politeFetch(f.impl, 'https://a.example/feed', {
      ...OPTS,
      redirectSeen: chain([
        ['https://a.example/feed', 301, 'https://b.example/feed'],
        ['https://b.example/feed', 308, 'https://c.example/feed'],
      ]),
    });
    expect(moved.movedPermanentlyTo).toBe('https://c.example/feed');
    // One temporary step on the way: not a move.
    const temp = await politeFetch(f.impl, 'https://a.example/feed', {
      ...OPTS,
      redirectSeen: chain([
        ['https://a.example/feed', 302, 'https://b.example/feed'],
        ['https://b.example/feed', 301, 'https://c.example/feed'],
      ]),
    });
    expect(temp.movedPermanentlyTo).toBeNull();
    // Six hops: refused, as a visible chain would be.
    const hops = Array.from({ length: 6 }, (_, i): [string, number, string] => [
      `https://h${i}.example/feed`,
      301,
      `https://h${i + 1}.example/feed`,
    ]);
    const g = fakeFetch({ 'https://h0.example/feed': followTo('https://h6.example/feed') });
    const long = await failure(
      politeFetch(g.impl, 'https://h0.example/feed', { ...OPTS, redirectSeen: chain(hops) }),
    );
    expect(long.code).toBe('redirects');
  });

  it('reports unreachable servers, bad addresses and cancellation as network errors', async () => {
    const f = fakeFetch({});
    const down = await failure(politeFetch(f.impl, 'https://down.example/feed', OPTS));
    expect(down.code).toBe('network');
    expect(down.message).toBe('The server at down.example could not be reached.');
    expect((await failure(politeFetch(f.impl, 'ftp://x.example/feed', OPTS))).code).toBe('network');
    const controller = new AbortController();
    controller.abort();
    const g = fakeFetch({
      'https://x.example/': (_, init) => {
        init.signal!.throwIfAborted();
        return new Response('');
      },
    });
    const cancelled = await failure(
      politeFetch(g.impl, 'https://x.example/', { ...OPTS, signal: controller.signal }),
    );
    expect(cancelled.code).toBe('network');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-03T10:00:00Z');
  it.each([
    ['0', 0],
    ['120', 120_000],
    [' 30 ', 30_000],
    ['Tue, 03 Mar 2026 10:01:00 GMT', 60_000],
    ['Tuesday, 03-Mar-26 10:01:00 GMT', 60_000],
    ['Tue Mar  3 10:01:00 2026', 60_000],
    ['tue, 03 mar 2026 10:01:00 gmt', 60_000],
    ['Tue, 31 Feb 2026 10:01:00 GMT', null],
    ['Tue, 03 Foo 2026 10:01:00 GMT', null],
    ['Tue, 03 Mar 2026 09:00:00 GMT', 0],
    ['-5', null],
    ['1.5', null],
    ['later', null],
    ['', null],
    [null, null],
  ])('%s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('HostQueue', () => {
  /** A job that resolves when told to, logging its start and end. */
  function gate(log: string[], name: string) {
    let open!: () => void;
    const done = new Promise<void>((r) => (open = r));
    return {
      open: () => open(),
      job: async () => {
        log.push(`start ${name}`);
        await done;
        log.push(`end ${name}`);
        return name;
      },
    };
  }
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('runs one request at a time per host, in order, other hosts alongside', async () => {
    const q = new HostQueue();
    const log: string[] = [];
    const a1 = gate(log, 'a1');
    const a2 = gate(log, 'a2');
    const b1 = gate(log, 'b1');
    const results = [
      q.run('https://a.example/1', a1.job),
      q.run('https://A.example/2', a2.job),
      q.run('https://b.example/1', b1.job),
    ];
    await tick();
    expect(log).toEqual(['start a1', 'start b1']);
    a1.open();
    await tick();
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2']);
    a2.open();
    b1.open();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
  });

  it('keeps to the overall limit', async () => {
    const q = new HostQueue({ overall: 2 });
    const log: string[] = [];
    const gates = ['a', 'b', 'c', 'd'].map((h) => gate(log, h));
    const runs = gates.map((g, i) => q.run(`https://${'abcd'[i]}.example/`, g.job));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(q.size).toBe(2);
    gates[1]!.open();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    for (const g of gates) g.open();
    await Promise.all(runs);
    expect(q.size).toBe(0);
  });

  it('goes on after a job fails or throws', async () => {
    const q = new HostQueue();
    const failed = q.run('https://a.example/', async () => {
      throw new Error('boom');
    });
    const threw = q.run('https://a.example/', () => {
      throw new Error('sync');
    });
    const next = q.run('https://a.example/', async () => 'fine');
    await expect(failed).rejects.toThrow('boom');
    await expect(threw).rejects.toThrow('sync');
    expect(await next).toBe('fine');
  });

  it('allows more per host when asked', async () => {
    const q = new HostQueue({ perHost: 2 });
    const log: string[] = [];
    const gates = [1, 2, 3].map((n) => gate(log, `a${n}`));
    const runs = gates.map((g) => q.run('https://a.example/', g.job));
    await tick();
    expect(log).toEqual(['start a1', 'start a2']);
    for (const g of gates) g.open();
    await Promise.all(runs);
  });
});

describe('nextCheckDelay', () => {
  const HOUR = 3_600_000;
  it.each([
    ['success', { intervalMs: HOUR, failures: 0, retryAfterMs: null }, HOUR],
    ['first failure', { intervalMs: HOUR, failures: 1, retryAfterMs: null }, 2 * HOUR],
    ['third failure', { intervalMs: HOUR, failures: 3, retryAfterMs: null }, 8 * HOUR],
    ['capped at a day', { intervalMs: HOUR, failures: 10, retryAfterMs: null }, MAX_BACKOFF_MS],
    ['huge failure count', { intervalMs: HOUR, failures: 5000, retryAfterMs: null }, 24 * HOUR],
    [
      'a weekly feed keeps its week',
      { intervalMs: 168 * HOUR, failures: 2, retryAfterMs: null },
      168 * HOUR,
    ],
    ['Retry-After later wins', { intervalMs: HOUR, failures: 1, retryAfterMs: 5 * HOUR }, 5 * HOUR],
    [
      'Retry-After earlier loses',
      { intervalMs: HOUR, failures: 2, retryAfterMs: 60_000 },
      4 * HOUR,
    ],
    [
      'Retry-After after success',
      { intervalMs: HOUR, failures: 0, retryAfterMs: 3 * HOUR },
      3 * HOUR,
    ],
    [
      'absurd Retry-After capped',
      { intervalMs: HOUR, failures: 1, retryAfterMs: 1e15 },
      720 * HOUR,
    ],
  ])('%s', (_, opts, expected) => {
    expect(nextCheckDelay(opts)).toBe(expected);
  });
});

describe('fetchFeed', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Moved</title>
    <entry><title>One</title><link href="one.html"/><updated>2026-03-01T00:00:00Z</updated></entry></feed>`;

  it('parses against the final address and passes the exchange on', async () => {
    const f = fakeFetch({
      'https://old.example/feed': redirect(308, 'https://new.example/blog/atom.xml'),
      'https://new.example/blog/atom.xml': ok(atom, { etag: '"e1"' }),
    });
    const { resource, feed } = await fetchFeed(f.impl, 'https://old.example/feed', {
      timeoutMs: 1000,
    });
    expect(resource.movedPermanentlyTo).toBe('https://new.example/blog/atom.xml');
    expect(resource.etag).toBe('"e1"');
    expect(feed!.items[0]!.url).toBe('https://new.example/blog/one.html');
  });

  it('gives no feed on 304', async () => {
    const f = fakeFetch({ 'https://a.example/feed': () => new Response(null, { status: 304 }) });
    const r = await fetchFeed(f.impl, 'https://a.example/feed', { timeoutMs: 1000, etag: '"x"' });
    expect(r.feed).toBeNull();
    expect(r.resource.notModified).toBe(true);
  });
});

describe('discoverFeeds', () => {
  const rss = '<rss version="2.0"><channel><title>Found at a usual path</title></channel></rss>';

  it('takes the links a page announces without fetching them', async () => {
    const f = fakeFetch({
      'https://site.example/story': ok(
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml" title="All"></head></html>',
        { 'content-type': 'text/html' },
      ),
    });
    expect(await discoverFeeds(f.impl, 'https://site.example/story', { timeoutMs: 1000 })).toEqual([
      { url: 'https://site.example/rss.xml', title: 'All', type: 'rss' },
    ]);
    expect(f.calls).toHaveLength(1);
    expect(new Headers(f.calls[0]!.init.headers).get('Accept')).toMatch(/^text\/html/);
  });

  it('tries the usual paths in order and stops at the first feed', async () => {
    const f = fakeFetch({
      'https://site.example/story': ok('<html><body>No links</body></html>'),
      'https://site.example/feed': () => new Response('gone', { status: 404 }),
      'https://site.example/rss': ok('<!doctype html><html><body>A page</body></html>'),
      'https://site.example/atom.xml': ok(rss),
      'https://site.example/index.xml': ok(rss),
    });
    expect(await discoverFeeds(f.impl, 'https://site.example/story', { timeoutMs: 1000 })).toEqual([
      { url: 'https://site.example/atom.xml', title: 'Found at a usual path', type: 'rss' },
    ]);
    expect(f.calls.map((c) => c.url)).toEqual([
      'https://site.example/story',
      'https://site.example/feed',
      'https://site.example/rss',
      'https://site.example/atom.xml',
    ]);
  });

  it('gives [] when nothing is found', async () => {
    const f = fakeFetch({ 'https://site.example/': ok('<p>nothing</p>') });
    expect(await discoverFeeds(f.impl, 'https://site.example/', { timeoutMs: 1000 })).toEqual([]);
    expect(f.calls).toHaveLength(5);
  });
});
