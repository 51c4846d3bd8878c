/**
 * Keyboard commands in Chromium. The browser registers the four shortcuts of the manifest;
 * a headless browser does not deliver extension shortcuts (a key press through the
 * DevTools protocol reaches the page, not the browser's shortcut table), so each command
 * is fired the way the browser fires it: the background's `commands.onCommand` handler,
 * called with the tab, through the test bridge (test builds only). Then the page must show
 * what the reader would see: marks drawn and removed, the next or previous quotation
 * scrolled to, its badge focused and its popover open. The options page lists the shortcuts.
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, findAll, getDocument, hasClass, textOf } from './cdp-dom';
import {
  BRIDGE_REQUEST,
  chromiumOnTestPages,
  waitForBridge,
  EXPECTED_QUOTES,
  READ_BADGES,
  READ_HIGHLIGHTS,
  waitFor,
  type BadgeReading,
  type ChromiumSession,
  type StaticServer,
} from './helpers';

/** The shortcuts the manifest suggests, as Chromium on Linux names them. */
const SHORTCUTS = {
  _execute_action: 'Alt+Shift+Q',
  'toggle-marks': 'Alt+Shift+U',
  'next-quote': 'Alt+Shift+Down Arrow',
  'previous-quote': 'Alt+Shift+Up Arrow',
};

let server: StaticServer;
let session: ChromiumSession;
let page: Page;
let cdp: CDPSession;
let artifacts: string;
let bodyBefore: string;

beforeAll(async () => {
  ({ server, session, artifacts } = await chromiumOnTestPages());
  page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(`${server.origin}/harbour-ledger-eskeland.html`);
  for (const p of session.context.pages()) if (p !== page) await p.close();
  await waitForBridge(page);
  bodyBefore = await page.evaluate(() => document.body.innerHTML);
  cdp = await session.context.newCDPSession(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Press the shortcut of `name`, as the browser reports it to the extension. */
async function press(name: keyof typeof SHORTCUTS): Promise<void> {
  const answer = (await page.evaluate(BRIDGE_REQUEST, {
    type: 'test/command',
    payload: { name },
  })) as { ok: boolean; error?: string };
  expect(answer.ok, answer.error).toBe(true);
}

const highlightCount = async () => Object.keys(await page.evaluate(READ_HIGHLIGHTS)).length;

/** The badge that has focus, once there is one, with the text of the open popover. */
async function focusedBadge(): Promise<{ badge: BadgeReading; popover: string }> {
  return waitFor('a focused badge and its popover', async () => {
    const badge = ((await page.evaluate(READ_BADGES)) as BadgeReading[]).find((b) => b.focused);
    if (!badge) return null;
    const doc = await getDocument(cdp);
    const box = findAll(doc, (n) => hasClass(n, 'popover'))[0];
    if (!box || attr(box, 'hidden') !== null) return null;
    return { badge, popover: textOf(box) };
  });
}

/** Which of the page's quotations (index into EXPECTED_QUOTES) `quote` is. */
const which = (quote: string | null) =>
  EXPECTED_QUOTES.findIndex((q) => quote?.replace(/\s+/g, ' ').includes(q.start));

describe('Chromium: keyboard commands', () => {
  it('the browser gives every command its suggested shortcut', async () => {
    const commands = (await session.worker.evaluate(async () =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };
        }
      ).chrome.commands.getAll(),
    )) as { name: string; shortcut: string }[];
    expect(Object.fromEntries(commands.map((c) => [c.name, c.shortcut]))).toEqual(SHORTCUTS);
  });

  it('the marks shortcut analyses a fresh page and marks it, then removes every mark', async () => {
    await press('toggle-marks');
    await waitFor('marks in the page', async () => ((await highlightCount()) > 0 ? true : null));
    expect(await page.evaluate(() => document.querySelectorAll('second-source-badge').length)).toBe(
      EXPECTED_QUOTES.length,
    );
    await press('toggle-marks');
    await waitFor('marks removed', async () => ((await highlightCount()) === 0 ? true : null));
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    await press('toggle-marks');
    await waitFor('marks back', async () => ((await highlightCount()) > 0 ? true : null));
  });

  it('next and previous move between quotations: scrolled to, badge focused, popover open', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await press('next-quote');
    const first = await focusedBadge();
    expect(which(first.badge.quote)).toBe(0);
    expect(first.popover).toMatch(/Quotation: variant/i);

    await press('next-quote');
    const second = await waitFor('the second quotation', async () => {
      const f = await focusedBadge();
      return which(f.badge.quote) === 1 ? f : null;
    });
    expect(second.popover).toMatch(/Quotation: verbatim/i);

    for (let i = 2; i < EXPECTED_QUOTES.length; i++) await press('next-quote');
    const last = await waitFor('the last quotation', async () => {
      const f = await focusedBadge();
      return which(f.badge.quote) === EXPECTED_QUOTES.length - 1 ? f : null;
    });
    // Scrolled into the window.
    const height = await page.evaluate(() => window.innerHeight);
    expect(last.badge.box.top).toBeGreaterThanOrEqual(0);
    expect(last.badge.box.bottom).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'chromium-command-next.png') });

    // Past the last one, next wraps to the first; previous from the first goes to the last.
    await press('next-quote');
    await waitFor('back at the first', async () =>
      which((await focusedBadge()).badge.quote) === 0 ? true : null,
    );
    await press('previous-quote');
    await waitFor('the last again', async () =>
      which((await focusedBadge()).badge.quote) === EXPECTED_QUOTES.length - 1 ? true : null,
    );
    await press('previous-quote');
    const back = await waitFor('one back', async () => {
      const f = await focusedBadge();
      return which(f.badge.quote) === EXPECTED_QUOTES.length - 2 ? f : null;
    });
    expect(back.popover).toMatch(/Quotation: altered/i);
  });

  it('the popover of a focused badge works from the keyboard: Enter goes in, Escape back', async () => {
    // Enter on the focused badge moves focus into its popover; Tab stays inside it.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-second-source')),
    ).toBe('annotations');
    await page.keyboard.press('Escape');
    const badges = (await page.evaluate(READ_BADGES)) as BadgeReading[];
    const focused = badges.find((b) => b.focused);
    expect(which(focused?.quote ?? null)).toBe(EXPECTED_QUOTES.length - 2);
    const doc = await getDocument(cdp);
    const box = findAll(doc, (n) => hasClass(n, 'popover'))[0];
    expect(box && attr(box, 'hidden')).toBe('');
  });

  it('the options page lists the shortcuts and how to change them', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html#keyboard`);
    await options.waitForSelector('#keyboard tr[data-command]');
    const rows = await options.$$eval('#keyboard tr[data-command]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-command'), tr.querySelector('kbd')?.textContent]),
    );
    expect(Object.fromEntries(rows)).toEqual(SHORTCUTS);
    const text = await options.textContent('#keyboard');
    expect(text).toContain('chrome://extensions/shortcuts');
    expect(text).toContain('Manage Extension Shortcuts');
    await options.locator('#keyboard').screenshot({
      path: join(artifacts, 'chromium-options-keyboard.png'),
    });
    await options.close();
  });
});
