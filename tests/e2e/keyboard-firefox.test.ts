/**
 * Keyboard commands and badge placement in Firefox ESR. As in Chromium, a headless browser
 * does not deliver extension shortcuts, so each command is fired the way the browser
 * fires it: the background's `commands.onCommand` handler with the tab, through the test
 * bridge. On the three test layouts (ordinary, dense, right-to-left) the marks shortcut
 * marks the page, no badge covers a word of it, even in a narrow window, and next and
 * previous move between quotations; the options page lists the shortcuts Firefox gave.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BRIDGE_REQUEST,
  EXPECTED_QUOTES,
  PAGES_DIR,
  READ_BADGES,
  badgeProblems,
  launchFirefoxWith,
  openFirefoxOptions,
  serveDir,
  waitFor,
  waitForBridge,
  type FirefoxSession,
  type StaticServer,
} from './helpers';

let server: StaticServer;
let session: FirefoxSession;

beforeAll(async () => {
  server = await serveDir(PAGES_DIR);
  // The first page a new Firefox loads is the one a headless start has been seen to hang
  // on: it is loaded in the bounded setup, made again in a new browser if need be.
  ({ session } = await launchFirefoxWith(async (s) => {
    const first = await s.browser.newPage();
    await first.goto(`${server.origin}/layout-dense.html`, { timeout: 20_000 });
    await waitForBridge(first);
    await first.close();
  }));
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(name: string, width = 1100): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${server.origin}/${name}`);
  await waitForBridge(page);
  return page;
}

async function press(page: Page, name: string): Promise<void> {
  const answer = (await page.evaluate(BRIDGE_REQUEST, {
    type: 'test/command',
    payload: { name },
  })) as { ok: boolean; error?: string };
  expect(answer.ok, answer.error).toBe(true);
}

/** The quotation (index into EXPECTED_QUOTES) whose badge has focus, once one has. */
async function focusedQuote(page: Page, expected: number): Promise<number> {
  return waitFor(`the badge of quotation ${expected + 1} focused`, async () => {
    const focused = (await page.evaluate(READ_BADGES)).find((b) => b.focused);
    const at = EXPECTED_QUOTES.findIndex((q) =>
      focused?.quote?.replace(/\s+/g, ' ').includes(q.start),
    );
    return at === expected ? at + 1 : null;
  }).then((n) => n - 1);
}

describe('Firefox: keyboard commands and badges', () => {
  for (const layout of [
    { page: 'layout-dense.html', badges: 5 },
    { page: 'layout-rtl.html', badges: 4 },
  ]) {
    it(`${layout.page}: the marks shortcut marks it, and no badge covers a word`, async () => {
      const page = await open(layout.page);
      await press(page, 'toggle-marks');
      await waitFor('the badges', async () =>
        (await page.evaluate(READ_BADGES)).length >= layout.badges ? true : null,
      );
      expect(await badgeProblems(page, 'drawn')).toEqual([]);
      await page.setViewport({ width: 560, height: 800 });
      expect(await badgeProblems(page, 'narrow window')).toEqual([]);
      await page.close();
    });
  }

  it('on the news page: marks on and off, next and previous quotation', async () => {
    const page = await open('harbour-ledger-eskeland.html', 1000);
    const before = await page.evaluate(() => document.body.innerHTML);
    await press(page, 'toggle-marks');
    await waitFor('the badges', async () =>
      (await page.evaluate(READ_BADGES)).length === EXPECTED_QUOTES.length ? true : null,
    );
    expect(await badgeProblems(page, 'drawn')).toEqual([]);

    await press(page, 'next-quote');
    await focusedQuote(page, 0);
    await press(page, 'next-quote');
    await focusedQuote(page, 1);
    await press(page, 'previous-quote');
    await focusedQuote(page, 0);
    await press(page, 'previous-quote');
    await focusedQuote(page, EXPECTED_QUOTES.length - 1);
    const box = (await page.evaluate(READ_BADGES)).find((b) => b.focused)!.box;
    expect(box.bottom).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight));
    expect(box.top).toBeGreaterThanOrEqual(0);

    await press(page, 'toggle-marks');
    await waitFor('the marks removed', async () =>
      (await page.evaluate(READ_BADGES)).length === 0 ? true : null,
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

    const options = await openFirefoxOptions(session, page, '#keyboard tr[data-command]');
    const rows = await options.$$eval('#keyboard tr[data-command]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-command'), tr.querySelector('kbd')?.textContent]),
    );
    expect(Object.fromEntries(rows)).toEqual({
      _execute_action: 'Alt+Shift+Q',
      'toggle-marks': 'Alt+Shift+U',
      'next-quote': 'Alt+Shift+Down',
      'previous-quote': 'Alt+Shift+Up',
    });
  });
});
