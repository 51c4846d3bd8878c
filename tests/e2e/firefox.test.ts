/**
 * The built extension in Firefox ESR (puppeteer-core over WebDriver BiDi). A test cannot
 * click the toolbar button or open an extension page itself in Firefox, so it asks the
 * background through the test bridge (test builds only) to analyse the page's tab and to
 * open the popup page for it in a new tab. Then it checks the annotations in the page and
 * the verdicts in the popup.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BODY_WITHOUT_BADGES,
  BRIDGE_REQUEST,
  DEEP_SNAPSHOT,
  EXPECTED_OUTLETS,
  EXPECTED_QUOTES,
  PAGES_DIR,
  READ_DEEP,
  READ_HIGHLIGHTS,
  axeViolations,
  ensureArtifacts,
  launchFirefoxWith,
  serveDir,
  waitFor,
  type FirefoxSession,
  type StaticServer,
} from './helpers';

const PAGE = 'harbour-ledger-eskeland.html';

let server: StaticServer;
let session: FirefoxSession;
let page: Page;
let artifacts: string;
let bodyBefore: string;
/**
 * Every request of the news page's tab, where the content script runs (WebDriver BiDi does
 * not report extension pages' requests; the worker's are checked in Chromium).
 */
const requests: string[] = [];

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  server = await serveDir(PAGES_DIR);
  ({ session } = await launchFirefoxWith(async (s) => {
    requests.length = 0;
    page = await s.browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(`${server.origin}/${PAGE}`, { timeout: 20_000 });
    await waitFor('the test bridge', () =>
      page.evaluate(() => document.documentElement.dataset.secondSourceTestBridge === 'ready'),
    );
    bodyBefore = await page.evaluate(() => document.body.innerHTML);
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

type Answer =
  { ok: true; value: { status: string } & Record<string, unknown> } | { ok: false; error: string };

describe('Firefox: the Harbour Ledger page', () => {
  let popup: Page;

  it('analyses the page and marks each quotation with its verdict', async () => {
    const answer = (await page.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as Answer;
    expect(answer.ok ? answer.value.status : answer.error).toBe('done');
    const highlights = await waitFor('highlights in the page', async () => {
      const h = await page.evaluate(READ_HIGHLIGHTS);
      return Object.keys(h).length > 0 ? h : null;
    });
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.screenshot({ path: join(artifacts, 'firefox-annotated-page.png') });
    for (const q of EXPECTED_QUOTES) {
      const name = Object.entries(highlights).find(([, texts]) =>
        texts.some((t) => t.replace(/\s+/g, ' ').includes(q.start)),
      )?.[0];
      expect.soft(name, q.start).toBe(`second-source-${q.verdict}`);
    }
    expect(await page.evaluate(BODY_WITHOUT_BADGES)).toBe(bodyBefore);
  });

  it('the popup opened for the tab shows the coverage and the verdicts', async () => {
    const answer = (await page.evaluate(BRIDGE_REQUEST, 'test/open-popup')) as
      { ok: true; value: { popupTabId: number } } | { ok: false; error: string };
    expect(answer.ok).toBe(true);
    popup = await waitFor('the popup tab', async () => {
      // The tab's URL is not always reported for extension pages; ask the page itself.
      for (const p of await session.browser.pages()) {
        if (p === page) continue;
        const href = await p.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${session.base}/popup.html`)) return p;
      }
      return null;
    });
    await popup.setViewport({ width: 400, height: 760 });
    await popup.waitForSelector('.article-title', { timeout: 60_000 });
    await popup.screenshot({ path: join(artifacts, 'firefox-popup-coverage.png') });
    await popup.click('#tab-quotes');
    await popup.screenshot({ path: join(artifacts, 'firefox-popup-quotes.png') });
    await popup.click('#tab-coverage');
    const sources = await popup.$$eval(
      'section[aria-labelledby="same-story-h"] .coverage-item',
      (items) => items.map((li) => li.getAttribute('data-source')),
    );
    for (const outlet of EXPECTED_OUTLETS) expect(sources).toContain(outlet);

    await popup.click('#tab-quotes');
    const quotes = await popup.$$eval('.quote', (items) =>
      items.map((li) => ({
        verdict: li.getAttribute('data-verdict'),
        text: li.querySelector('.quote-text')?.textContent ?? '',
      })),
    );
    for (const q of EXPECTED_QUOTES) {
      expect.soft(quotes.find((x) => x.text.includes(q.start))?.verdict, q.start).toBe(q.verdict);
    }
  });

  it('the popup has no axe-core violations', async () => {
    for (const which of ['coverage', 'quotes'] as const) {
      await popup.click(`#tab-${which}`);
      const summary = await axeViolations((s) => popup.evaluate(s));
      expect(summary, which).toEqual([]);
    }
  });

  it('turning the highlights off in the popup restores the page exactly', async () => {
    await popup.click('.switch input[type="checkbox"]');
    await waitFor('highlights removed', async () =>
      Object.keys(await page.evaluate(READ_HIGHLIGHTS)).length === 0 ? true : null,
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    expect(
      await page.evaluate(() => document.querySelectorAll('[data-second-source]').length),
    ).toBe(0);
  });
});

describe('Firefox: an article in a shadow root or a frame', () => {
  for (const [file, inside, quote] of [
    ['hostile-shadow.html', 'shadow', 'This line took eleven years to build'],
    ['hostile-iframe.html', 'frame', 'There is no safe way to do this work'],
  ] as const) {
    it(`${file}: the quotation is marked in its ${inside}, and the page restored`, async () => {
      const tab = await session.browser.newPage();
      tab.on('request', (r) => void requests.push(r.url()));
      await tab.goto(`${server.origin}/${file}`);
      await waitFor('the test bridge', () =>
        tab.evaluate(() => document.documentElement.dataset.secondSourceTestBridge === 'ready'),
      );
      const before = await tab.evaluate(DEEP_SNAPSHOT);
      const answer = (await tab.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as Answer;
      expect(answer.ok ? answer.value.status : answer.error).toBe('done');
      const mark = await waitFor('the quotation marked', async () =>
        (await tab.evaluate(READ_DEEP)).find((m) => m.text.includes(quote)),
      );
      expect(mark.where).toBe(inside);
      expect(mark.styled).toBe(true);
      expect(mark.badges).toBe(1);
      await tab.screenshot({ path: join(artifacts, `firefox-${file}.png`) });
      // The marks shortcut hides them: every tree as it was.
      const hide = (await tab.evaluate(BRIDGE_REQUEST, {
        type: 'test/command',
        payload: { name: 'toggle-marks' },
      })) as Answer;
      expect(hide.ok).toBe(true);
      await waitFor('the page restored', async () =>
        (await tab.evaluate(DEEP_SNAPSHOT)) === before ? true : null,
      );
      await tab.close();
    });
  }
});

describe('Firefox: network', () => {
  it('the news page contacted nothing but the test server and the extension', async () => {
    await writeFile(join(artifacts, 'firefox-requests.txt'), requests.join('\n'));
    expect(requests.some((u) => u.startsWith(`${server.origin}/`))).toBe(true);
    const allowed = (u: string) =>
      u.startsWith(`${server.origin}/`) ||
      u.startsWith(`${session.base}/`) ||
      u.startsWith('data:') ||
      u === 'about:blank';
    expect(requests.filter((u) => !allowed(u))).toEqual([]);
  });
});
