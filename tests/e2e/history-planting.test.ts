/**
 * A page that tries to plant coverage of itself in reading history, in Chromium. With
 * reading history on, `hostile-history.html` calls itself "Reuters" in its metadata and
 * shows a new version of its story at a new address with history.pushState, analysed
 * after each change. One page visit must store one history article at most, under its
 * site (not the claimed name), and what the site planted must never corroborate the
 * site's own quotations; another site quoting the same words counts the planted site as
 * one outlet, however many articles it left.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticlePage } from '../../src/shared/corpus-types';
import type { QuoteReport, Report } from '../../src/core/types';
import type { ChromiumSession, StaticServer } from './helpers';
import {
  askExtension,
  BRIDGE_REQUEST,
  launchChromium,
  PAGES_DIR,
  serveDir,
  waitFor,
} from './helpers';

const QUOTE = 'The people of Skarvik have paid for this road three times over';

let server: StaticServer;
let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  server = await serveDir(PAGES_DIR);
  session = await launchChromium(undefined, { closeWelcome: true });
  // Reading history on, as the options page's switch stores it.
  await session.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: any }).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
    await c.storage.sync.set({
      settings: { version: 3, rememberReading: true, welcomeSeen: true },
    });
  });
  options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The page on `host` (a *.test name mapped to 127.0.0.1) at `?v=<v>`. */
function pageUrl(host: string, v: number): string {
  return `http://${host}:${new URL(server.origin).port}/hostile-history.html?v=${v}`;
}

/** Analyse the page through the toolbar path and return the report. */
async function analyse(page: Page): Promise<Report> {
  const answer = (await page.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as {
    ok: boolean;
    value: { status: string; report?: Report };
  };
  expect(answer.value.status, JSON.stringify(answer).slice(0, 300)).toBe('done');
  return answer.value.report!;
}

function skarvikQuote(report: Report): QuoteReport {
  const q = report.quotes.find((x) => x.text.startsWith(QUOTE));
  if (!q) throw new Error(`no Skarvik quotation in ${JSON.stringify(report.quotes)}`);
  return q;
}

/** The reading-history articles, as the options page lists them. */
async function history(): Promise<ArticlePage['items']> {
  const page = await askExtension<ArticlePage>(options, 'bg/list-articles', {
    corpusId: 'history',
    offset: 0,
    limit: 100,
  }).catch(() => null);
  return page?.items ?? [];
}

/** Wait until history holds `n` articles, then make sure no more arrive. */
async function historySettlesAt(n: number): Promise<ArticlePage['items']> {
  await waitFor(`${n} history articles`, async () => (await history()).length >= n);
  await new Promise((ok) => setTimeout(ok, 1500));
  const items = await history();
  expect(items.map((i) => `${i.source} ${i.url}`)).toHaveLength(n);
  return items;
}

describe('Chromium: a page cannot plant coverage of itself in reading history', () => {
  it('one visit with five pushState addresses stores one article, under its site', async () => {
    const page = await session.context.newPage();
    await page.goto(pageUrl('planted.test', 0));
    await page.waitForFunction(() => document.documentElement.dataset.secondSourceTestBridge);
    const first = await analyse(page);
    expect(first.article.source).toBe('Reuters');
    expect(skarvikQuote(first).verdict).toBe('unverified');
    for (let v = 1; v <= 5; v++) {
      await page.evaluate((n) => (window as unknown as { plant(n: number): void }).plant(n), v);
      expect(page.url()).toBe(pageUrl('planted.test', v));
      const report = await analyse(page);
      const q = skarvikQuote(report);
      expect(q.verdict, `after pushState ${v}`).toBe('unverified');
      expect(q.outlets).toBe(0);
      expect(report.related.map((r) => r.source)).not.toContain('Reuters');
    }
    const items = await historySettlesAt(1);
    expect(items[0]!.source).toBe('planted.test');
    expect(items[0]!.url).toBe(pageUrl('planted.test', 0));
    await page.close();
  });

  it('on the next visit, what the site planted does not corroborate its own quotation', async () => {
    const page = await session.context.newPage();
    await page.goto(pageUrl('www.planted.test', 6));
    await page.waitForFunction(() => document.documentElement.dataset.secondSourceTestBridge);
    const report = await analyse(page);
    // The planted article is the same story with the same words, from the same site.
    const q = skarvikQuote(report);
    expect(q.verdict).toBe('unverified');
    expect(q.outlets).toBe(0);
    expect(q.matches).toEqual([]);
    const items = await historySettlesAt(2);
    expect(items.map((i) => i.source)).toEqual(['planted.test', 'planted.test']);
    await page.close();
  });

  it('another site quoting the same words counts the planted site once', async () => {
    const page = await session.context.newPage();
    await page.goto(pageUrl('skarvik-post.test', 7));
    await page.waitForFunction(() => document.documentElement.dataset.secondSourceTestBridge);
    const q = skarvikQuote(await analyse(page));
    expect(q.verdict).toBe('verbatim');
    expect(new Set(q.matches.map((m) => m.source))).toEqual(new Set(['planted.test']));
    expect(q.matches.length).toBeGreaterThanOrEqual(2);
    expect(q.outlets).toBe(1);
    await page.close();
  });
});
