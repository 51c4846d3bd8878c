/**
 * Badges never cover the page's text, in Chromium, on three layouts: an ordinary news
 * page, a dense two-column page whose lines are closer together than its glyphs are tall,
 * and a right-to-left Arabic page. Each badge is measured against every word of the page
 * (`Range.getClientRects`) after the analysis, after the window is narrowed, after content
 * is inserted above the quotations and after the page's font changes (as when a web font
 * arrives late); each time it must cover no word but its own quotation's and sit right
 * after its quotation. Turning the marks off then gives back the page's markup exactly.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BODY_WITHOUT_BADGES,
  BRIDGE_REQUEST,
  chromiumOnTestPages,
  waitForBridge,
  READ_BADGES,
  badgeProblems as problems,
  waitFor,
  type BadgeReading,
  type ChromiumSession,
  type StaticServer,
} from './helpers';

const LAYOUTS = [
  { name: 'ordinary', page: 'harbour-ledger-eskeland.html', badges: 5 },
  { name: 'dense', page: 'layout-dense.html', badges: 5 },
  { name: 'right-to-left', page: 'layout-rtl.html', badges: 4 },
] as const;

let server: StaticServer;
let session: ChromiumSession;
let artifacts: string;

beforeAll(async () => {
  ({ server, session, artifacts } = await chromiumOnTestPages());
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: badges never cover the page’s text', () => {
  for (const layout of LAYOUTS) {
    it(`${layout.name} page: no badge covers a word, also after a resize, content inserted above and a font change`, async () => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.goto(`${server.origin}/${layout.page}`);
      const original = await page.evaluate(() => document.body.innerHTML);
      await waitForBridge(page);
      const answer = (await page.evaluate(BRIDGE_REQUEST, 'test/analyze-sender')) as {
        ok: boolean;
        value?: { status: string };
      };
      expect(answer.value?.status).toBe('done');
      const first = await waitFor('the badges', async () => {
        const b = (await page.evaluate(READ_BADGES)) as BadgeReading[];
        return b.length >= layout.badges ? b : null;
      });
      // Every badge belongs to a quotation, and the highlighting wraps no text.
      expect(first.filter((b) => b.quote === null)).toEqual([]);
      expect(await page.evaluate(BODY_WITHOUT_BADGES)).toBe(original);
      expect(await problems(page, 'drawn')).toEqual([]);
      await page.screenshot({
        path: join(artifacts, `chromium-badges-${layout.name}.png`),
        fullPage: true,
      });

      await page.setViewportSize({ width: 560, height: 800 });
      expect(await problems(page, 'narrow window')).toEqual([]);

      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent =
          'Update, 09:40: this paragraph was added above the article after it was marked, ' +
          'and pushes every line below it down and to new line breaks.';
        const target = document.querySelector('article p') ?? document.body.firstElementChild;
        target?.before(p);
        const heading = document.querySelector('h1');
        if (heading) heading.textContent += ' (updated)';
      });
      expect(await problems(page, 'content inserted above')).toEqual([]);

      // A late web font changes every glyph's width and height.
      await page.evaluate(() => {
        document.body.style.fontFamily = "'DejaVu Serif', serif";
        document.body.style.letterSpacing = '0.02em';
      });
      expect(await problems(page, 'font changed')).toEqual([]);
      await page.screenshot({
        path: join(artifacts, `chromium-badges-${layout.name}-reflowed.png`),
        fullPage: true,
      });

      // Turning the marks off gives back the page's markup exactly, as it is now.
      const now = await page.evaluate(BODY_WITHOUT_BADGES);
      const off = (await page.evaluate(BRIDGE_REQUEST, {
        type: 'test/command',
        payload: { name: 'toggle-marks' },
      })) as { ok: boolean };
      expect(off.ok).toBe(true);
      expect(
        await page.evaluate(() => document.querySelectorAll('second-source-badge').length),
      ).toBe(0);
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(now);
      await page.close();
    });
  }
});
