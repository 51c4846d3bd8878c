/**
 * The built extension in Chromium, driven as a reader would: open a news page, click the
 * toolbar button (the popup opens through `chrome.action.openPopup()`), read the
 * annotations in the page and the report in the popup, hover a quotation's badge, turn
 * the highlights off. Plus accessibility (axe-core) of the popup in both themes and a
 * check that nothing but the test server and the extension itself was contacted.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, centreOf, findAll, getDocument, hasClass, textOf } from './cdp-dom';
import {
  BODY_WITHOUT_BADGES,
  BRIDGE_REQUEST,
  EXPECTED_OUTLETS,
  EXPECTED_QUOTES,
  PAGES_DIR,
  READ_HIGHLIGHTS,
  axeViolations,
  ensureArtifacts,
  launchChromium,
  openChromiumPopup,
  openPopupInTab,
  serveDir,
  waitFor,
  type ChromiumSession,
  type StaticServer,
} from './helpers';

const PAGE = 'harbour-ledger-eskeland.html';

let server: StaticServer;
let session: ChromiumSession;
let page: Page;
let pageUrl: string;
let cdp: CDPSession;
let artifacts: string;
/** `document.body.innerHTML` before the extension touched the page. */
let bodyBefore: string;
let childrenBefore: number;
/** `document.body.textContent` before the extension touched the page. */
let textBefore: string;

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  server = await serveDir(PAGES_DIR);
  session = await launchChromium(undefined, { closeWelcome: true });
  page = await session.context.newPage();
  pageUrl = `${server.origin}/${PAGE}`;
  await page.goto(pageUrl);
  // Close the blank tab the browser starts with, so the page is the only candidate tab.
  for (const p of session.context.pages()) if (p !== page) await p.close();
  bodyBefore = await page.evaluate(() => document.body.innerHTML);
  textBefore = await page.evaluate(() => document.body.textContent ?? '');
  childrenBefore = await page.evaluate(() => document.documentElement.children.length);
  cdp = await session.context.newCDPSession(page);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Highlight names by quotation, found by the start of its text. */
function verdictOf(highlights: Record<string, string[]>, start: string): string | null {
  for (const [name, texts] of Object.entries(highlights)) {
    if (texts.some((t) => t.replace(/\s+/g, ' ').includes(start))) {
      return name.replace('second-source-', '');
    }
  }
  return null;
}

describe('Chromium: the Harbour Ledger page', () => {
  let popup: Page;

  it('clicking the toolbar button analyses the page and marks each quotation with its verdict', async () => {
    await openChromiumPopup(session, page);
    const highlights = await waitFor(
      'highlights in the page',
      async () => {
        const h = await page.evaluate(READ_HIGHLIGHTS);
        return Object.keys(h).length > 0 ? h : null;
      },
      60_000,
    );
    await page.screenshot({ path: join(artifacts, 'chromium-annotated-page.png'), fullPage: true });
    popup = await openPopupInTab(session, pageUrl);
    await popup.waitForSelector('.article-title', { timeout: 60_000 });
    await popup.screenshot({ path: join(artifacts, 'chromium-popup-coverage.png') });
    expect(await popup.textContent('.article-title')).toContain('Brandvold digs in');
    expect(await popup.textContent('.article-meta')).toContain('The Harbour Ledger');

    for (const q of EXPECTED_QUOTES) {
      expect.soft(verdictOf(highlights, q.start), q.start).toBe(q.verdict);
    }
    // A term in quotation marks is not a statement and is not marked as one.
    expect(verdictOf(highlights, 'green corridor')).toBeNull();
    // Highlighting wraps no text: the page's own markup is untouched but for the badges,
    // which add no text of their own.
    expect(await page.evaluate(BODY_WITHOUT_BADGES)).toBe(bodyBefore);
    expect(await page.evaluate(() => document.body.textContent)).toBe(textBefore);

    // The toolbar badge: an altered quotation outranks the count.
    const badge = await session.worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: any }).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [tab] = await c.tabs.query({ url });
      return {
        text: await c.action.getBadgeText({ tabId: tab.id }),
        title: await c.action.getTitle({ tabId: tab.id }),
      };
    }, pageUrl);
    expect(badge.text).toBe('!');
    expect(badge.title).toMatch(/3 of 5 quotations found in other outlets; 1 worded differently/);
  });

  it('the popup lists the same-story coverage, with the syndicated copy grouped', async () => {
    const sameStory = await popup.$$eval(
      'section[aria-labelledby="same-story-h"] .coverage-item',
      (items) =>
        items.map((li) => ({
          source: li.getAttribute('data-source'),
          strength: li.querySelector('.strength-text')?.textContent ?? '',
          copies: li.querySelector('.copies')?.textContent ?? '',
          link: li.querySelector('.item-title a')?.getAttribute('target'),
        })),
    );
    const sources = sameStory.map((s) => s.source);
    for (const outlet of EXPECTED_OUTLETS) expect(sources).toContain(outlet);
    // Valley Daily republishes Meridian Wire: it is a copy, not another outlet.
    expect(sources).not.toContain('Valley Daily');
    expect(sameStory.find((s) => s.source === 'Meridian Wire')?.copies).toContain('Valley Daily');
    for (const s of sameStory) {
      expect(s.strength).toMatch(/^\d{1,3}% match$/);
      expect(s.link).toBe('_blank');
    }
  });

  it('the popup lists each quotation with its verdict (arrow keys move between the tabs)', async () => {
    await popup.focus('#tab-coverage');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.getAttribute('#tab-quotes', 'aria-selected')).toBe('true');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('tab-quotes');

    const quotes = await popup.$$eval('.quote', (items) =>
      items.map((li) => ({
        verdict: li.getAttribute('data-verdict'),
        text: li.querySelector('.quote-text')?.textContent ?? '',
      })),
    );
    for (const q of EXPECTED_QUOTES) {
      const found = quotes.find((x) => x.text.includes(q.start));
      expect.soft(found?.verdict, q.start).toBe(q.verdict);
    }
    expect(quotes.find((x) => x.text.includes('green corridor'))?.verdict).toBe('term');
  });

  it('the altered quotation expands to name what differs, marking changed words for everyone', async () => {
    const altered = popup.locator('.quote[data-verdict="altered"]');
    const toggle = altered.getByRole('button', { name: /Show sources/ });
    await toggle.click();
    expect(
      await altered.getByRole('button', { name: /Hide sources/ }).getAttribute('aria-expanded'),
    ).toBe('true');
    await altered.locator('.sources').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(artifacts, 'chromium-popup-quotes.png') });
    const details = await altered.locator('.sources').innerText();
    expect(details).toMatch(/Number: this article has “21”, theirs has “12”/);
    // Changed words are marked for screen readers too, not only by colour.
    expect(await altered.locator('.diff del').first().textContent()).toMatch(/not in theirs/);
    expect(await altered.locator('.diff ins').first().textContent()).toMatch(/they write/);
  });

  it('hovering a quotation badge opens the popover listing the sources', async () => {
    const doc = await getDocument(cdp);
    const badges = findAll(doc, (n) => n.nodeName === 'BUTTON' && hasClass(n, 'badge'));
    expect(badges.length).toBeGreaterThanOrEqual(5);
    const variant = badges.find((b) => hasClass(b, 'v-variant'));
    expect(variant).toBeDefined();
    expect(attr(variant!, 'aria-label')).toMatch(/variant/i);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: variant!.backendNodeId });
    // Put the quotation in the upper third of the window so the popover fits below it.
    const before = await centreOf(cdp, variant!);
    await page.evaluate((dy) => window.scrollBy(0, dy), before.y - 220);
    const { x, y } = await centreOf(cdp, variant!);
    await page.mouse.move(x, y);
    const popoverText = await waitFor('the popover', async () => {
      const d = await getDocument(cdp);
      const box = findAll(d, (n) => hasClass(n, 'popover'))[0];
      const text = box ? textOf(box) : '';
      return text.includes('Northgate Post') ? text : null;
    });
    expect(popoverText).toMatch(/variant/i);
    expect(popoverText).toContain('Meridian Wire');
    await page.screenshot({ path: join(artifacts, 'chromium-popover.png') });
    await page.mouse.move(5, 5);
  });

  it('turning the highlights off restores the page exactly', async () => {
    const checkbox = popup.getByRole('checkbox', { name: 'Highlight quotations in the page' });
    expect(await checkbox.isChecked()).toBe(true);
    await checkbox.uncheck();
    await waitFor('highlights removed', async () =>
      Object.keys(await page.evaluate(READ_HIGHLIGHTS)).length === 0 ? true : null,
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    expect(await page.evaluate(() => document.documentElement.children.length)).toBe(
      childrenBefore,
    );
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const doc = await getDocument(cdp);
    expect(findAll(doc, (n) => attr(n, 'data-second-source') !== null)).toHaveLength(0);
    // And back on.
    await checkbox.check();
    await waitFor('highlights drawn again', async () =>
      Object.keys(await page.evaluate(READ_HIGHLIGHTS)).length > 0 ? true : null,
    );
    await popup.close();
  });

  it('the popup has no axe-core violations, in light and dark', async () => {
    const tab = await openPopupInTab(session, pageUrl);
    await tab.waitForSelector('.article-title', { timeout: 60_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      for (const which of ['coverage', 'quotes'] as const) {
        await tab.click(`#tab-${which}`);
        if (which === 'quotes') {
          const open = tab.locator('.quote[data-verdict="variant"] button[aria-expanded="false"]');
          if (await open.count()) await open.first().click();
        }
        const summary = await axeViolations((s) => tab.evaluate(s));
        expect(summary, `${scheme} ${which}`).toEqual([]);
        await tab.screenshot({
          path: join(artifacts, `chromium-popup-${which}-${scheme}.png`),
          fullPage: true,
        });
      }
    }
    await tab.close();
  });

  it('contacted nothing but the test server and the extension itself', async () => {
    const urls = session.requests.map((r) => r.url);
    await writeFile(join(artifacts, 'chromium-requests.txt'), urls.join('\n'));
    const allowed = (u: string) =>
      u.startsWith(`${server.origin}/`) ||
      u.startsWith(`chrome-extension://${session.extensionId}/`) ||
      u.startsWith('data:') ||
      u === 'about:blank';
    expect(urls.filter((u) => !allowed(u))).toEqual([]);
    // The recording covers the service worker: its corpus load is in it.
    expect(session.requests.some((r) => r.fromWorker && r.url.endsWith('/corpus/demo.ssidx'))).toBe(
      true,
    );
  });
});

describe('Chromium: checking a selected passage from the context menu', () => {
  it('shows the verdict of the selection at the top of the popup', async () => {
    const check = (await page.evaluate(BRIDGE_REQUEST, {
      type: 'test/context-menu',
      payload: { text: 'Exports of grain fell by 21 percent last year' },
    })) as { ok: boolean; value?: { report: { quotes: { verdict: string }[] } } };
    expect(check.ok).toBe(true);
    expect(check.value?.report.quotes.map((q) => q.verdict)).toEqual(['altered']);
    const popup = await openPopupInTab(session, pageUrl);
    await popup.waitForSelector('.passage .quote', { timeout: 30_000 });
    expect(await popup.getAttribute('.passage .quote', 'data-verdict')).toBe('altered');
    expect(await popup.textContent('.passage')).toContain('Exports of grain fell by 21 percent');
    await popup.screenshot({ path: join(artifacts, 'chromium-popup-passage.png') });
    await popup.getByRole('button', { name: 'Dismiss' }).click();
    // The panel goes once the background has forgotten the check (a message round trip).
    await popup.locator('.passage').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await popup.locator('.passage').count()).toBe(0);
    await popup.close();
  });
});

describe('Chromium: pages without an article', () => {
  it('a shop page gets “No article on this page” and the “–” badge', async () => {
    const shopUrl = `${server.origin}/harbour-ledger-shop.html`;
    const shop = await session.context.newPage();
    await shop.goto(shopUrl);
    const bodyBeforeShop = await shop.evaluate(() => document.body.innerHTML);
    const popup = await openPopupInTab(session, shopUrl);
    await popup.waitForSelector('.status h1', { timeout: 60_000 });
    expect(await popup.textContent('.status h1')).toBe('No article on this page');
    await popup.screenshot({ path: join(artifacts, 'chromium-popup-no-article.png') });
    const badge = await session.worker.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: any }).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [tab] = await c.tabs.query({ url });
      return c.action.getBadgeText({ tabId: tab.id });
    }, shopUrl);
    expect(badge).toBe('–');
    expect(await shop.evaluate(() => document.body.innerHTML)).toBe(bodyBeforeShop);
    await popup.close();
    await shop.close();
  });

  it('a browser page is explained, not analysed', async () => {
    const internal = await session.context.newPage();
    await internal.goto('chrome://version/');
    await internal.bringToFront();
    // The extension may not see a browser page's URL: take the active tab instead.
    const tabId = await session.worker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: any }).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id as number;
    });
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.status h1', { timeout: 30_000 });
    expect(await popup.textContent('.status h1')).toBe('This page can’t be checked');
    expect(await popup.textContent('.status p')).toMatch(/do not let extensions read/);
    await popup.close();
    await internal.close();
  });
});
