/**
 * Following outlets' feeds in Chromium, as a reader would: from a page's feed link in the
 * popup, from the options page by a feed's or a site's address, from an OPML file; then
 * scheduled reads (the test fires the alarm), a 304, a 500 and a 429 with their backoff
 * shown, a malformed and an oversized feed shown as errors while the others keep working,
 * a summary-only feed read through its pages, retention, and finally a news page on a
 * story three of the feeds carried, which finds them and corroborates its quotations.
 *
 * Twelve fictional outlets in three languages play on 127.0.0.1 (tests/e2e/feed-server.ts).
 * Every request the extension makes is recorded: none may go to a host not followed.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_QUOTES, startFeedWorld, type FeedWorld, type Outlet } from './feed-server';
import {
  BRIDGE_REQUEST,
  askExtension,
  axeViolations,
  ensureArtifacts,
  launchChromium,
  openChromiumPopup,
  openPopupInTab,
  optionsOnInstall,
  waitFor,
  type ChromiumSession,
} from './helpers';

let world: FeedWorld;
let session: ChromiumSession;
let options: Page;
let bridge: Page;
let artifacts: string;

const FEED_ALARM = 'second-source-feeds';

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  world = await startFeedWorld();
  session = await launchChromium();
  options = await optionsOnInstall(session);
  await options.getByRole('heading', { name: 'Feeds', exact: true }).waitFor();
  await options.getByRole('button', { name: 'No thanks' }).click();
  for (const p of session.context.pages()) if (p !== options) await p.close();
  // A page of the reader's own (no feed) carries the test bridge used to fire alarms.
  bridge = await session.context.newPage();
  await bridge.goto(world.readerUrl);
  await bridge.waitForFunction(() => document.documentElement.dataset.secondSourceTestBridge);
});

afterAll(async () => {
  await session?.close();
  await world?.close();
});

/** Run the feed alarm as the browser would, every feed made due first. */
async function fireAlarm(): Promise<void> {
  await bridge.evaluate(BRIDGE_REQUEST, {
    type: 'test/fire-alarm',
    payload: { name: FEED_ALARM, due: true },
  });
}

const card = (o: Outlet) => options.locator(`li.feed[data-feed-url="${o.feedUrl}"]`);

async function articlesKept(o: Outlet): Promise<number> {
  return Number((await card(o).getByTestId('feed-articles').textContent()) ?? 'NaN');
}

/** Wait until the options page shows `o` followed with at least `min` articles. */
async function waitForArticles(o: Outlet, min = 1): Promise<number> {
  await options.bringToFront();
  return waitFor(
    `${o.spec.name} with ${min}+ articles`,
    async () => {
      if ((await card(o).count()) === 0) return null;
      const n = await articlesKept(o);
      return n >= min ? n : null;
    },
    30_000,
  );
}

async function followByAddress(address: string): Promise<void> {
  await options.bringToFront();
  await options.fill('#feed-address', address);
  await options.getByRole('button', { name: 'Find and follow' }).click();
}

/** Ask the background from the options page (its `runtime.sendMessage`). */
const ask = <T>(type: string, payload: object) => askExtension<T>(options, type, payload);

describe('Chromium: following outlets’ feeds', () => {
  it('requests nothing before the reader follows a feed', () => {
    for (const o of world.outlets) expect(o.log, o.spec.name).toEqual([]);
  });

  it('follows an outlet from the feed link of its page, in the popup', async () => {
    const A = world.get('A');
    const page = await session.context.newPage();
    const url = `${A.origin}/a/valmora-dock-strike.html`;
    await page.goto(url);
    await openChromiumPopup(session, page);
    const popup = await openPopupInTab(session, url);
    await popup.waitForSelector('.article-title', { timeout: 60_000 });
    // Reading the page's links cost nothing: the feed itself was not asked for.
    expect(A.feedRequests()).toEqual([]);
    await popup.getByRole('button', { name: 'Follow Harbour Chronicle' }).click();
    await popup.getByText('Following Harbour Chronicle').waitFor();
    await popup.screenshot({ path: join(artifacts, 'feeds-popup-follow.png') });
    expect(await waitForArticles(A, 6)).toBeGreaterThanOrEqual(6);
    expect(A.feedRequests()[0]?.hasCookie).toBe(false);
    await popup.close();
    await page.close();
  });

  it('follows from the options page by a feed’s address and by a site’s address', async () => {
    const B = world.get('B');
    await followByAddress(B.feedUrl);
    await waitForArticles(B, 5);

    // A site whose home page announces its feed.
    const C = world.get('C');
    await followByAddress(`${C.origin}/`);
    await options.getByRole('button', { name: /^Follow Nordküsten Zeitung/ }).click();
    await waitForArticles(C, 5);

    // A site that announces nothing: its feed is found at a usual path (/feed).
    const D = world.get('D');
    await followByAddress(D.origin);
    await options.getByRole('button', { name: /^Follow La Gazette du Delta/ }).click();
    await waitForArticles(D, 5);
    expect(D.log.map((r) => r.path)).toContain('/feed');
  });

  it('follows the feeds of an OPML file and exports the followed ones as OPML', async () => {
    const keys = ['E', 'F', 'G', 'H', 'I', 'J'];
    const outline = (k: string) => {
      const o = world.get(k);
      return `<outline type="rss" text="${o.spec.name}" xmlUrl="${o.feedUrl}" htmlUrl="${o.origin}/"/>`;
    };
    const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My reading list</title></head><body>
<outline text="English">${outline('E')}${outline('H')}</outline>
<outline text="Deutsch">${outline('F')}<outline text="Regional">${outline('I')}</outline></outline>
<outline text="Français">${outline('G')}${outline('J')}</outline>
</body></opml>`;
    const dir = await mkdtemp(join(tmpdir(), 'second-source-opml-'));
    const file = join(dir, 'reading-list.opml');
    await writeFile(file, opml);
    await options.setInputFiles('#opml-file', file);
    await options.getByTestId('opml-found').waitFor();
    await options.getByRole('button', { name: 'Follow 6 feeds' }).click();
    for (const k of keys) await waitForArticles(world.get(k), 5);
    expect(await options.locator('li.feed').count()).toBe(10);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export as OPML' }).click();
    const exported = await readFile((await (await download).path())!, 'utf8');
    for (const k of ['A', 'B', 'C', 'D', ...keys]) {
      expect(exported).toContain(`xmlUrl="${world.get(k).feedUrl}"`);
    }
    await options.screenshot({ path: join(artifacts, 'feeds-options.png'), fullPage: true });
  });

  it('reads the pages of a summary-only feed to keep whole articles', async () => {
    const E = world.get('E');
    expect(E.log.some((r) => r.path === '/a/valmora-dock-strike.html')).toBe(true);
    const { feeds } = await ask<{ feeds: { url: string; corpusId: string }[] }>(
      'bg/list-feeds',
      {},
    );
    const corpusId = feeds.find((f) => f.url === E.feedUrl)!.corpusId;
    const out = await ask<{ text: string }>('bg/export-corpus', { corpusId });
    const story = out.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { url: string; text: string; summaryOnly?: boolean })
      .find((a) => a.url.endsWith('/a/valmora-dock-strike.html'))!;
    // The fourth paragraph is only on the page, never in the feed's summary.
    expect(story.text).toContain('Harbour master Ines Calder said the stoppage was expensive');
    expect(story.summaryOnly).toBeUndefined();
  });

  it('a scheduled read gets 304 for unchanged feeds and new items once there are some', async () => {
    const A = world.get('A');
    const before = await articlesKept(A);
    const requestsBefore = A.feedRequests().length;
    await fireAlarm();
    const answered = A.feedRequests().slice(requestsBefore);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered[0]!.ifNoneMatch).not.toBeNull();
    expect(answered[0]!.status).toBe(304);
    expect(await articlesKept(A)).toBe(before);

    world.day = 6;
    await fireAlarm();
    expect(await waitForArticles(A, before + 1)).toBe(before + 1);
  });

  it('shows a 500, a 429 with its Retry-After and a malformed feed, while the others keep working', async () => {
    const [B, H, I, J] = ['B', 'H', 'I', 'J'].map((k) => world.get(k));
    H!.behaviour = 'error500';
    I!.behaviour = 'throttle429';
    J!.behaviour = 'malformed';
    const bBefore = await articlesKept(B!);
    world.day = 7;
    await fireAlarm();
    await options.bringToFront();
    await waitFor('the errors on the options page', async () =>
      (await card(J!).getByTestId('feed-error').count()) > 0 ? true : null,
    );
    expect(await card(H!).getByTestId('feed-error').textContent()).toMatch(/500/);
    expect(await card(I!).getByTestId('feed-error').textContent()).toMatch(/429|slow|wait/i);
    // The server asked for 7,200 seconds: the next check honours it.
    expect(await card(I!).getByTestId('feed-next').textContent()).toBe('in 2 hours');
    // A 500 backs off past the 30-minute interval.
    expect(await card(H!).getByTestId('feed-next').textContent()).toBe('in 1 hour');
    expect(await card(J!).getByTestId('feed-error').textContent()).toBeTruthy();
    expect(await waitForArticles(B!, bBefore + 1)).toBe(bBefore + 1);
    await options.locator('#feeds').screenshot({ path: join(artifacts, 'feeds-errors.png') });
    // The feed cards, their errors and the directory pass axe-core in light and dark.
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations((s) => options.evaluate(s)), scheme).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('stores the new address of a feed that moved for good (301)', async () => {
    const G = world.get('G');
    G.movedPath = '/feeds/atom.xml';
    await options.bringToFront();
    const moved = options.locator(`li.feed[data-feed-url="${G.origin}/feeds/atom.xml"]`);
    // An alarm during a scheduled read joins it, and that read may have fetched the feed
    // before it moved: fire again until a read begun after the move ran.
    await waitFor(
      'the moved feed kept under its new address',
      async () => {
        await fireAlarm();
        return moved.waitFor({ timeout: 8_000 }).then(
          () => true,
          () => null,
        );
      },
      40_000,
    );
    expect(await moved.getByTestId('feed-state').textContent()).toBe('OK');
    expect(G.log.some((r) => r.path === '/feeds/atom.xml')).toBe(true);
  });

  it('refuses an oversized feed with a clear error', async () => {
    const K = world.get('K');
    await followByAddress(K.feedUrl);
    await waitForArticles(K, 5);
    K.behaviour = 'oversized';
    await fireAlarm();
    const error = await waitFor('the oversized feed refused', async () => {
      const shown = card(K).getByTestId('feed-error');
      return (await shown.count()) > 0 ? shown.textContent() : null;
    });
    expect(error).toMatch(/5 MB/);
  });

  it('drops articles past the retention period', async () => {
    const A = world.get('A');
    const before = await articlesKept(A);
    await options.fill('#feed-retention', '3');
    await options.locator('#feed-retention').dispatchEvent('change');
    await options.getByTestId('status').getByText('Saved.').waitFor();
    await fireAlarm();
    const after = await waitFor('older articles dropped', async () => {
      const n = await articlesKept(A);
      return n < before ? n : null;
    });
    // Days 5, 6 and 7 are within three days (the Valmora story among them); 1 to 4 are not.
    expect(after).toBe(4);
  });

  it('a news page on the story finds three feeds’ articles and corroborates its quotations', async () => {
    const page = await session.context.newPage();
    await page.goto(world.readerUrl);
    await openChromiumPopup(session, page);
    const popup = await openPopupInTab(session, world.readerUrl);
    await popup.waitForSelector('.article-title', { timeout: 60_000 });
    const sources = await popup.$$eval('.coverage-item', (items) =>
      items.map((li) => li.getAttribute('data-source')),
    );
    for (const outlet of ['Harbour Chronicle', 'Coastline Courier', 'Nordküsten Zeitung']) {
      expect(sources).toContain(outlet);
    }
    expect(await popup.getByTestId('feed-status').textContent()).toMatch(
      /Feeds refreshed .* · [\d,]+ articles from \d+ outlets · 4 feeds failing/,
    );
    await popup.screenshot({ path: join(artifacts, 'feeds-coverage-popup.png') });
    await popup.getByRole('tab', { name: /Quotations/ }).click();
    const verdicts = await popup.$$eval('li.quote', (items) =>
      items.map((li) => [
        li.querySelector('.quote-text')?.textContent ?? '',
        li.getAttribute('data-verdict'),
      ]),
    );
    for (const quote of Object.values(STORY_QUOTES)) {
      const found = verdicts.find(([text]) => text!.includes(quote.slice(0, 30)));
      expect(found?.[1], quote).toBe('verbatim');
    }
    await popup.close();
    await page.close();
  });

  it('never contacted a host it was not told to follow, and sent no cookies', () => {
    const followed = new Set(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'].map(
        (k) => new URL(world.get(k).origin).host,
      ),
    );
    const fromWorker = session.requests.filter((r) => r.fromWorker && /^https?:/.test(r.url));
    expect(fromWorker.length).toBeGreaterThan(0);
    for (const r of fromWorker) expect(followed.has(new URL(r.url).host), r.url).toBe(true);
    expect(world.get('L').log).toEqual([]);
    for (const o of world.outlets) for (const r of o.log) expect(r.hasCookie).toBe(false);
  });
});
