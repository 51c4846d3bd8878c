/**
 * Chromium in German and in Russian (--lang and LANGUAGE): the popup and the options page
 * speak the browser's language, their text fits its boxes, and screenshots of both are
 * saved to artifacts/i18n-chromium-<lang>-*.png for a look.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGLISH_UI_WORDS,
  LAYOUT_PROBLEMS,
  PAGES_DIR,
  UI_WORDS,
  ensureArtifacts,
  launchChromium,
  openPopupInTab,
  serveDir,
  type ChromiumSession,
  type StaticServer,
} from './helpers';

const PAGE = 'harbour-ledger-eskeland.html';

let server: StaticServer;
let artifacts: string;

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  server = await serveDir(PAGES_DIR);
});

afterAll(async () => {
  await server?.close();
});

async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

describe.each(['de', 'ru'] as const)('Chromium in %s', (lang) => {
  let session: ChromiumSession;

  beforeAll(async () => {
    session = await launchChromium(undefined, { closeWelcome: true, lang });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the popup in that language, with every word fitting its box', async () => {
    const news = await session.context.newPage();
    await news.goto(`${server.origin}/${PAGE}`);
    const popup = await openPopupInTab(session, news.url());
    await popup.waitForSelector('.article-title', { timeout: 60_000 });
    expect(await popup.getAttribute('html', 'lang')).toMatch(new RegExp(`^${lang}`));
    await popup.screenshot({ path: join(artifacts, `i18n-chromium-${lang}-popup.png`) });
    // The quotations with their sources open: the longest words of the popup.
    await popup.click('#tab-quotes');
    for (const button of await popup.$$('.quote button[aria-expanded="false"]')) {
      await button.click();
    }
    await popup.screenshot({
      path: join(artifacts, `i18n-chromium-${lang}-popup-quotes.png`),
      fullPage: true,
    });
    const text = await bodyText(popup);
    for (const word of UI_WORDS[lang].popup) expect(text).toContain(word);
    for (const word of ENGLISH_UI_WORDS) expect(text).not.toContain(word);
    expect(await popup.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
    await popup.close();
    await news.close();
  });

  it('shows the options page in that language, with every word fitting its box', async () => {
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="corpora"]', { timeout: 30_000 });
    // The browser reports the language it was started in to the extension.
    const ui = await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    expect(ui).toMatch(new RegExp(`^${lang}`, 'i'));
    expect(await options.getAttribute('html', 'lang')).toMatch(new RegExp(`^${lang}`));
    await options.screenshot({
      path: join(artifacts, `i18n-chromium-${lang}-options.png`),
      fullPage: true,
    });
    const text = await bodyText(options);
    for (const word of UI_WORDS[lang].options) expect(text).toContain(word);
    for (const word of ENGLISH_UI_WORDS) expect(text).not.toContain(word);
    expect(await options.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
    // A narrow window: the longest labels must wrap, not spill.
    await options.setViewportSize({ width: 420, height: 900 });
    expect(await options.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
    await options.screenshot({
      path: join(artifacts, `i18n-chromium-${lang}-options-narrow.png`),
      fullPage: true,
    });
    await options.close();
  });
});
