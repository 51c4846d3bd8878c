/**
 * Following feeds in Firefox (puppeteer-core over WebDriver BiDi): follow three outlets
 * from the options page (one of them publishes summaries only, so its article pages are
 * read in the background page's own DOM), let a scheduled read bring the next day's items,
 * then check a news page on a story all three carried: it finds them as coverage and
 * corroborates its quotations. Each outlet's server records what it was asked for: the
 * outlets not followed are never contacted.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_QUOTES, startFeedWorld, type FeedWorld, type Outlet } from './feed-server';
import {
  BRIDGE_REQUEST,
  ensureArtifacts,
  launchFirefoxWith,
  openFirefoxOptions,
  openFirefoxPopupTab,
  waitFor,
  type FirefoxSession,
} from './helpers';

let world: FeedWorld;
let session: FirefoxSession;
let news: Page;
let options: Page;
let artifacts: string;

const openPopupTab = () => openFirefoxPopupTab(session, news);

/** Articles kept from `o`, as its card on the options page says. */
async function articlesKept(o: Outlet): Promise<number> {
  const sel = `li.feed[data-feed-url="${o.feedUrl}"] [data-testid="feed-articles"]`;
  return Number(await options.$eval(sel, (el) => el.textContent ?? '').catch(() => 'NaN'));
}

async function follow(o: Outlet, min: number): Promise<void> {
  await options.bringToFront();
  await options.$eval('#feed-address', (el) => ((el as HTMLInputElement).value = ''));
  await options.type('#feed-address', o.feedUrl);
  await options.click('.add-feed button[type="submit"]');
  await waitFor(
    `${o.spec.name} followed`,
    async () => ((await articlesKept(o)) >= min ? true : null),
    30_000,
  );
}

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  world = await startFeedWorld();
  ({ session } = await launchFirefoxWith(async (s) => {
    news = await s.browser.newPage();
    await news.goto(world.readerUrl, { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await news.waitForFunction(
      () => document.documentElement.dataset.secondSourceTestBridge === 'ready',
      { timeout: 15_000 },
    );
    options = await openFirefoxOptions(s, news, '#feed-address');
  }));
});

afterAll(async () => {
  await session?.close();
  await world?.close();
});

describe('Firefox: following outlets’ feeds', () => {
  it('follows three outlets, one of them read through its article pages', async () => {
    await follow(world.get('A'), 6);
    await follow(world.get('C'), 6);
    await follow(world.get('E'), 6);
    const E = world.get('E');
    expect(E.log.some((r) => r.path === '/a/valmora-dock-strike.html')).toBe(true);
    await options.screenshot({
      path: join(artifacts, 'firefox-feeds-options.png'),
      fullPage: true,
    });
  });

  it('a scheduled read brings the next day’s items', async () => {
    const A = world.get('A');
    const before = await articlesKept(A);
    world.day = 6;
    await news.bringToFront();
    await news.evaluate(BRIDGE_REQUEST, {
      type: 'test/fire-alarm',
      payload: { name: 'second-source-feeds', due: true },
    });
    await options.bringToFront();
    await waitFor(
      'the new item',
      async () => ((await articlesKept(A)) > before ? true : null),
      30_000,
    );
  });

  it('stores the new address of a feed that moved for good (301)', async () => {
    const C = world.get('C');
    C.movedPath = '/v2/feed.json';
    const moved = `li.feed[data-feed-url="${C.origin}/v2/feed.json"]`;
    // The test before waits only for outlet A's items: a scheduled read may still be
    // under way, and an alarm then joins it instead of starting another, while that read
    // may have fetched C before it moved. Fire again until a read begun after the move ran.
    await waitFor(
      'the moved feed kept under its new address',
      async () => {
        await news.bringToFront();
        await news.evaluate(BRIDGE_REQUEST, {
          type: 'test/fire-alarm',
          payload: { name: 'second-source-feeds', due: true },
        });
        await options.bringToFront();
        return options.waitForSelector(moved, { timeout: 8_000 }).then(
          () => true,
          () => null,
        );
      },
      40_000,
    );
  });

  it('a news page on the story finds the three feeds’ articles and corroborates its quotations', async () => {
    await news.bringToFront();
    const state = (await news.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as {
      ok: boolean;
      value?: {
        status: string;
        report?: { related: { source: string }[]; quotes: { text: string; verdict: string }[] };
      };
    };
    expect(state.ok && state.value?.status).toBe('done');
    const related = state.value!.report!.related.map((r) => r.source);
    for (const outlet of ['Harbour Chronicle', 'Nordküsten Zeitung', 'Coastline Courier']) {
      expect(related).toContain(outlet);
    }
    for (const quote of Object.values(STORY_QUOTES)) {
      const q = state.value!.report!.quotes.find((x) => x.text.includes(quote.slice(0, 30)));
      expect(q?.verdict, quote).toBe('verbatim');
    }
    const popup = await openPopupTab();
    await popup.waitForSelector('[data-testid="feed-status"]', { timeout: 30_000 });
    expect(await popup.$eval('[data-testid="feed-status"]', (el) => el.textContent)).toMatch(
      /Feeds refreshed .* · [\d,]+ articles from 3 outlets/,
    );
    await popup.screenshot({ path: join(artifacts, 'firefox-feeds-popup.png') });
  });

  it('contacted only the outlets it follows', () => {
    for (const o of world.outlets) {
      if (['A', 'C', 'E'].includes(o.spec.key)) expect(o.log.length).toBeGreaterThan(0);
      else expect(o.log, o.spec.name).toEqual([]);
    }
  });
});
