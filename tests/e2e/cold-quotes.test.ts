/**
 * A worker just started has the page's tab find the article's quotations (in the
 * extension's isolated world, background/page-quotes.ts) while it loads its index, then
 * readies its own finder. In Chromium: a click after the worker was stopped gets its
 * quotations from the page, the next one from the worker, and both give the same
 * quotations, speakers and verdicts; the page itself never sees the finder.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession, StaticServer } from './helpers';
import { askExtension, chromiumOnNewsPage } from './helpers';

const PAGE = 'harbour-ledger-eskeland.html';

interface State {
  status: string;
  report?: { quotes: { text: string; speaker: string | null; verdict?: string }[] };
  timings?: { quotesInPage?: boolean; firstInWorker?: boolean };
}

let server: StaticServer;
let session: ChromiumSession;
let news: Page;
let control: Page;
let tabId: number;

beforeAll(async () => {
  ({ server, session, news, tabId, control } = await chromiumOnNewsPage(PAGE));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const quotesOf = (s: State) =>
  (s.report?.quotes ?? []).map((q) => ({ text: q.text, speaker: q.speaker, verdict: q.verdict }));

describe('Chromium: a cold click’s quotations found in the page', () => {
  it('gives the same quotations, speakers and verdicts as the worker’s own finder', async () => {
    const cdp = await session.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    const cold = await askExtension<State>(control, 'bg/analyze-tab', { tabId, force: true });
    expect(cold.status).toBe('done');
    expect(cold.timings).toMatchObject({ firstInWorker: true, quotesInPage: true });
    expect(quotesOf(cold).length).toBeGreaterThan(3);
    expect(quotesOf(cold).some((q) => q.speaker !== null)).toBe(true);

    // The worker readies its own finder shortly after its first answer.
    await new Promise((ok) => setTimeout(ok, 1000));
    const warm = await askExtension<State>(control, 'bg/analyze-tab', { tabId, force: true });
    expect(warm.timings).toMatchObject({ firstInWorker: false, quotesInPage: false });
    expect(quotesOf(warm)).toEqual(quotesOf(cold));

    // The finder lives in the extension's isolated world, out of the page's reach.
    expect(await news.evaluate(() => 'secondSourceFindQuotes' in globalThis)).toBe(false);
  });
});
