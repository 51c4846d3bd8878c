/**
 * The import path of the options page in Firefox (puppeteer-core over WebDriver BiDi):
 * choose a pack in the file picker, see its counts, and find its articles as coverage of
 * a news page on the same story. A malformed pack is refused with line numbers.
 *
 * Firefox will not let a test navigate a tab to an extension page, so the test asks the
 * extension (through the test bridge of test builds) to open its popup in a tab, and that
 * extension page goes on to the options page as a link inside the extension would.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIDGE_REQUEST,
  PAGES_DIR,
  ROOT,
  ensureArtifacts,
  launchFirefoxWith,
  openFirefoxOptions,
  openFirefoxPopupTab,
  serveDir,
  waitFor,
  type FirefoxSession,
  type StaticServer,
} from './helpers';

const PACKS = join(ROOT, 'tests/e2e/packs');
const PAGE = 'options-korvessa-herald.html';
const PACK_OUTLETS = ['Korvessa Courier', 'The Island Gazette', 'Strand Tribune'];

let server: StaticServer;
let session: FirefoxSession;
let news: Page;
let options: Page;
let artifacts: string;

/** Open the popup for the news tab through the test bridge and return its page. */
const openPopupTab = () => openFirefoxPopupTab(session, news);

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  server = await serveDir(PAGES_DIR);
  ({ session } = await launchFirefoxWith(async (s) => {
    news = await s.browser.newPage();
    await news.goto(`${server.origin}/${PAGE}`, {
      waitUntil: 'domcontentloaded',
      timeout: 20_000,
    });
    await news.waitForFunction(
      () => document.documentElement.dataset.secondSourceTestBridge === 'ready',
      { timeout: 15_000 },
    );
    options = await openFirefoxOptions(s, news, '#import-file');
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Firefox: importing a pack on the options page', () => {
  it('imports a pack through the file picker and shows its counts', async () => {
    const input = await options.$('#import-file');
    if (!input) throw new Error('no file input');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(
      join(PACKS, 'korvessa-ferries.jsonl'),
    );
    await options.waitForSelector('[data-testid="import-done"]', { timeout: 30_000 });
    expect(await textOf(options, '[data-testid="import-done"]')).toContain(
      '3 articles from 3 outlets',
    );
    const card = 'li.corpus[data-kind="pack"]';
    await options.waitForSelector(card);
    expect(await textOf(options, `${card} [data-testid="article-count"]`)).toBe('3');
    const outlets = await textOf(options, `${card} [data-testid="outlets"]`);
    for (const outlet of PACK_OUTLETS) expect(outlets).toContain(outlet);
    await options.screenshot({
      path: join(artifacts, 'firefox-options-imported.png'),
      fullPage: true,
    });
  });

  it('refuses a malformed pack with line numbers and stores nothing', async () => {
    const before = await options.$$eval('li.corpus', (items) => items.length);
    const input = await options.$('#import-file');
    if (!input) throw new Error('no file input');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(
      join(PACKS, 'malformed.jsonl'),
    );
    await options.waitForSelector('[data-testid="import-errors"]', { timeout: 30_000 });
    const text = await textOf(options, '[data-testid="import-errors"]');
    expect(text).toMatch(/line 2: not valid JSON/);
    expect(text).toMatch(/line 4, field "published"/);
    expect(text).toMatch(/line 5, field "published"/);
    expect(await options.$$eval('li.corpus', (items) => items.length)).toBe(before);
  });

  it('the news page then finds the imported articles as coverage', async () => {
    // What a click on the toolbar button does: analyse the tab, then show the popup.
    await news.bringToFront();
    const state = (await news.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as {
      ok: boolean;
      value?: { status: string; report?: { related: { source: string }[] } };
    };
    expect(state.ok && state.value?.status).toBe('done');
    for (const outlet of PACK_OUTLETS) {
      expect(state.value?.report?.related.map((r) => r.source)).toContain(outlet);
    }
    const popup = await openPopupTab();
    const sources = await waitFor(
      'coverage in the popup',
      async () => {
        const s = await popup.$$eval('.coverage-item', (items) =>
          items.map((li) => li.getAttribute('data-source') ?? ''),
        );
        return s.length >= 3 ? s : null;
      },
      60_000,
    );
    for (const outlet of PACK_OUTLETS) expect(sources).toContain(outlet);
    await popup.screenshot({ path: join(artifacts, 'firefox-options-coverage-popup.png') });
  });
});
