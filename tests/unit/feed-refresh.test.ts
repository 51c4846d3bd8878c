// @vitest-environment jsdom
/**
 * Reading followed feeds in the background, over fake-indexeddb and a fake network: what
 * is stored, what is asked of the servers, and what happens when the worker is stopped in
 * the middle of a read (the next alarm resumes; nothing is stored twice or lost).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const sync: Record<string, unknown> = {};
/** Origins whose permission the user took back. */
const revoked = new Set<string>();
vi.mock('../../src/shared/browser', async () => ({
  default: {
    i18n: (await import('../fixtures/i18n')).fakeI18n('en'),
    runtime: {
      id: 'test',
      sendMessage: () => Promise.resolve(),
      getURL: (p: string) => `chrome-extension://test/${p}`,
      getManifest: () => ({ version: '0.0.0' }),
    },
    permissions: {
      contains: (p: { origins?: string[] }) =>
        Promise.resolve(
          !(p.origins ?? []).some((o) => revoked.has(new URL(o.replace('*', 'x')).host)),
        ),
    },
    alarms: {
      get: () => Promise.resolve(undefined),
      create: () => undefined,
      clear: () => Promise.resolve(true),
    },
    storage: {
      sync: {
        get: (k: string) => Promise.resolve(k in sync ? { [k]: sync[k] } : {}),
        set: (items: Record<string, unknown>) => {
          Object.assign(sync, structuredClone(items));
          return Promise.resolve();
        },
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  sendToBackground: () => Promise.resolve({ ok: false, error: 'no background in tests' }),
}));

const SITE = 'https://dockside.example';
const FEED = `${SITE}/rss.xml`;
const ITEMS = 12;

function body(i: number): string {
  return [
    `The harbour council of Dockside voted on item number ${i} of its agenda on Tuesday evening, after a debate that lasted well past midnight and drew a crowd of residents to the town hall.`,
    `Councillors argued about the cost of repairs to quay ${i}, which has been closed to boats since a storm damaged its wooden piles in the spring, and about who should pay for them.`,
    `The mayor said the work would start before the winter and that the quay would open again next summer. Fishermen who moor there welcomed the decision but asked for a firm date.`,
  ].join('\n\n');
}

function rss(): string {
  const items = Array.from({ length: ITEMS }, (_, k) => {
    const i = k + 1;
    return `<item><title>Dockside council decision ${i}</title><link>${SITE}/news/${i}.html</link>
      <pubDate>${new Date(Date.UTC(2026, 10, 20, i)).toUTCString()}</pubDate>
      <description>Short summary of decision ${i}.</description></item>`;
  }).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Dockside Weekly</title>
    <link>${SITE}/</link><language>en</language>${items}</channel></rss>`;
}

function page(i: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Decision ${i}</title>
    <meta property="og:site_name" content="Dockside Weekly"></head><body><article>
    <h1>Dockside council decision ${i}</h1>${body(i)
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
}

/** What the fake network was asked, and a switch to make one page hang for ever. */
const net = {
  requests: [] as { url: string; ifNoneMatch: string | null }[],
  hangOn: null as string | null,
};

function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = String(input);
  const headers = new Headers(init?.headers);
  net.requests.push({ url, ifNoneMatch: headers.get('if-none-match') });
  if (url === net.hangOn) return new Promise<Response>(() => undefined);
  if (url === FEED) {
    if (headers.get('if-none-match') === '"v1"')
      return Promise.resolve(new Response(null, { status: 304 }));
    return Promise.resolve(
      new Response(rss(), {
        status: 200,
        headers: { 'content-type': 'application/rss+xml', etag: '"v1"' },
      }),
    );
  }
  const m = /\/news\/(\d+)\.html$/.exec(url);
  if (m) {
    return Promise.resolve(
      new Response(page(Number(m[1])), { status: 200, headers: { 'content-type': 'text/html' } }),
    );
  }
  return Promise.resolve(new Response('not found', { status: 404 }));
}

/** The background modules as a freshly started worker loads them. */
async function freshWorker() {
  vi.resetModules();
  const handlers = await import('../../src/background/feeds/handlers');
  const refresh = await import('../../src/background/feeds/refresh');
  const live = await import('../../src/background/store-live');
  // This test's DOM (jsdom) does the reader's work, as Firefox's event page does.
  const { useFeedReader } = await import('../../src/background/feeds/reader');
  const { localFeedReader } = await import('../../src/background/feeds/reader-impl');
  useFeedReader(localFeedReader);
  return { handlers, refresh, live };
}

beforeEach(() => {
  vi.stubGlobal('fetch', fakeFetch);
  net.requests = [];
  net.hangOn = null;
});

describe('reading followed feeds', () => {
  it('resumes a read stopped half way: nothing stored twice, nothing lost', async () => {
    let worker = await freshWorker();
    // The first worker follows the feed and dies while reading page 11.
    net.hangOn = `${SITE}/news/11.html`;
    const follow = await worker.handlers.feedHandlers['bg/follow-feeds']({
      feeds: [{ url: FEED, outlet: null }],
    });
    expect(follow.results[0]!.error).toBeNull();
    const feedId = follow.results[0]!.feed!.id;
    await vi.waitFor(
      async () => {
        const { feeds } = await worker.handlers.feedHandlers['bg/list-feeds']({});
        expect(feeds[0]!.articles).toBe(10);
      },
      { timeout: 5000 },
    );
    const stalled = (await (await worker.live.getStore()).getFeed(feedId))!;
    // Its validators were not written: the feed is still due and will be read again whole.
    expect(stalled.etag).toBeNull();
    expect(stalled.lastSuccess).toBeNull();

    // A new worker: the next alarm reads the due feed again.
    net.hangOn = null;
    const before = net.requests.length;
    worker = await freshWorker();
    await worker.refresh.refreshDue();
    const again = net.requests.slice(before).map((r) => r.url);
    // Pages 1–10 were stored already and are not fetched again; 11 and 12 are.
    expect(again.filter((u) => u.includes('/news/')).sort()).toEqual([
      `${SITE}/news/11.html`,
      `${SITE}/news/12.html`,
    ]);
    const store = await worker.live.getStore();
    const feed = (await store.getFeed(feedId))!;
    const { articles } = await store.readArticles(feed.corpusId);
    expect(articles).toHaveLength(ITEMS);
    expect(new Set(articles.map((a) => a.url)).size).toBe(ITEMS);
    // Whole articles from the pages, under the feed's own title as outlet.
    expect(
      articles.every(
        (a) => a.text.includes('The mayor said the work would start') && !a.summaryOnly,
      ),
    ).toBe(true);
    expect(articles[0]!.source).toBe('Dockside Weekly');
    expect(feed.etag).toBe('"v1"');
    expect(feed.lastError).toBeNull();
    // The live index has them all once.
    const index = await worker.live.getLiveIndex();
    expect(index.urlsOf(feed.corpusId)).toHaveLength(ITEMS);

    // The next read asks conditionally and gets 304: nothing changes.
    await store.putFeed({ ...feed, nextCheck: 0 });
    const n = net.requests.length;
    await worker.refresh.refreshDue();
    expect(net.requests.slice(n)).toEqual([{ url: FEED, ifNoneMatch: '"v1"' }]);
    expect((await store.readArticles(feed.corpusId)).articles).toHaveLength(ITEMS);

    // Removing the feed but keeping its articles leaves them as a corpus of their own.
    await worker.handlers.feedHandlers['bg/remove-feed']({ feedId, keepArticles: true });
    expect(await store.getFeed(feedId)).toBeNull();
    const kept = await store.getCorpus(feed.corpusId);
    expect(kept?.kind).toBe('pack');
    expect(kept?.count).toBe(ITEMS);
  });

  it('keeps title and summary when the article page cannot be read', async () => {
    const worker = await freshWorker();
    const broken = 'https://other.example/rss.xml';
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url === broken) {
        return Promise.resolve(
          new Response(rss().replaceAll(SITE, 'https://other.example'), {
            status: 200,
            headers: { 'content-type': 'application/rss+xml' },
          }),
        );
      }
      if (url.startsWith('https://other.example/news/')) {
        return Promise.resolve(new Response('gone', { status: 410 }));
      }
      return fakeFetch(input, init);
    });
    const { results } = await worker.handlers.feedHandlers['bg/follow-feeds']({
      feeds: [{ url: broken, outlet: 'Other Weekly' }],
    });
    const feedId = results[0]!.feed!.id;
    await worker.refresh.refreshFeed(feedId);
    const store = await worker.live.getStore();
    const feed = (await store.getFeed(feedId))!;
    const { articles } = await store.readArticles(feed.corpusId);
    expect(articles).toHaveLength(ITEMS);
    expect(articles.every((a) => a.summaryOnly === true)).toBe(true);
    expect(articles[0]!.text).toMatch(/Short summary of decision/);
    expect(feed.summaryOnly).toBe(ITEMS);
    expect(feed.outlet).toBe('Other Weekly');
  });

  it('records a failing feed with its error and backs off', async () => {
    const worker = await freshWorker();
    const failing = 'https://busy.example/rss.xml';
    vi.stubGlobal('fetch', (input: RequestInfo | URL) =>
      Promise.resolve(
        String(input) === failing
          ? new Response('busy', { status: 429, headers: { 'retry-after': '3600' } })
          : new Response('no', { status: 404 }),
      ),
    );
    const { results } = await worker.handlers.feedHandlers['bg/follow-feeds']({
      feeds: [{ url: failing, outlet: 'Busy Times' }],
    });
    const feedId = results[0]!.feed!.id;
    const t0 = Date.now();
    const after = (await worker.refresh.refreshFeed(feedId, undefined, t0))!;
    expect(after.failures).toBe(1);
    expect(after.lastError).toMatch(/429/);
    // Retry-After (an hour) wins over the doubled 30-minute interval.
    expect(after.nextCheck - t0).toBe(3_600_000);
  });

  it('says so, without asking the server, when the permission to read a feed’s site was taken back', async () => {
    const worker = await freshWorker();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
      fetched.push(String(input));
      return Promise.resolve(new Response('no', { status: 404 }));
    });
    const { results } = await worker.handlers.feedHandlers['bg/follow-feeds']({
      feeds: [{ url: 'https://revoked.example/rss.xml', outlet: 'Revoked Post' }],
    });
    revoked.add('revoked.example');
    try {
      const after = (await worker.refresh.refreshFeed(
        results[0]!.feed!.id,
        undefined,
        Date.now(),
      ))!;
      expect(after.lastError).toBe(
        'Second Source may not read revoked.example any more. Follow the feed again to allow it.',
      );
      expect(fetched).toEqual([]);
    } finally {
      revoked.delete('revoked.example');
    }
  });
});
