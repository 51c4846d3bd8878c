/**
 * Firefox ESR in German and in Russian (`intl.locale.requested`): the popup and the
 * options page speak the browser's language, their text fits its boxes, and screenshots
 * are saved to artifacts/i18n-firefox-<lang>-*.png.
 *
 * Firefox changes its language only to one it has a language pack for; Debian ships them
 * as firefox-esr-l10n-<lang>. Without the pack the language's tests are skipped, saying so.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGLISH_UI_WORDS,
  FIREFOX_PATH,
  LAYOUT_PROBLEMS,
  PAGES_DIR,
  UI_WORDS,
  ensureArtifacts,
  launchFirefoxWith,
  openFirefoxOptions,
  openFirefoxPopupTab,
  serveDir,
  waitFor,
  type FirefoxSession,
  type StaticServer,
} from './helpers';

const PAGE = 'harbour-ledger-eskeland.html';

/** The language pack Firefox ESR needs to speak `lang`. */
function languagePack(lang: string): string {
  const app = existsSync(FIREFOX_PATH) ? dirname(realpathSync(FIREFOX_PATH)) : '';
  return join(app, 'browser', 'extensions', `langpack-${lang}@firefox-esr.mozilla.org.xpi`);
}

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

describe.each(['de', 'ru'] as const)('Firefox in %s', (lang) => {
  const hasPack = existsSync(languagePack(lang));
  if (!hasPack) {
    console.warn(
      `Firefox has no ${lang} language pack (${languagePack(lang)}): install firefox-esr-l10n-${lang} to test it.`,
    );
  }
  let session: FirefoxSession;
  let news: Page;

  beforeAll(async () => {
    if (!hasPack) return;
    ({ session } = await launchFirefoxWith(
      async (s) => {
        news = await s.browser.newPage();
        await news.goto(`${server.origin}/${PAGE}`, {
          waitUntil: 'domcontentloaded',
          timeout: 20_000,
        });
        await waitFor('the test bridge', () =>
          news.evaluate(() => document.documentElement.dataset.secondSourceTestBridge === 'ready'),
        );
      },
      { lang },
    ));
  });

  afterAll(async () => {
    await session?.close();
  });

  it.skipIf(!hasPack)(
    'shows the popup in that language, with every word fitting its box',
    async () => {
      const popup = await openFirefoxPopupTab(session, news);
      await popup.setViewport({ width: 400, height: 760 });
      await popup.waitForSelector('.article-title', { timeout: 60_000 });
      expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(
        new RegExp(`^${lang}`),
      );
      await popup.screenshot({ path: join(artifacts, `i18n-firefox-${lang}-popup.png`) });
      await popup.click('#tab-quotes');
      for (const button of await popup.$$('.quote button[aria-expanded="false"]')) {
        await button.click();
      }
      await popup.screenshot({ path: join(artifacts, `i18n-firefox-${lang}-popup-quotes.png`) });
      const text = await bodyText(popup);
      for (const word of UI_WORDS[lang].popup) expect(text).toContain(word);
      for (const word of ENGLISH_UI_WORDS) expect(text).not.toContain(word);
      expect(await popup.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
      await popup.close();
    },
  );

  it.skipIf(!hasPack)(
    'shows the options page in that language, with every word fitting its box',
    async () => {
      const options = await openFirefoxOptions(session, news, '[data-testid="corpora"]');
      await options.setViewport({ width: 900, height: 900 });
      expect(await options.evaluate(() => document.documentElement.lang)).toMatch(
        new RegExp(`^${lang}`),
      );
      await options.screenshot({
        path: join(artifacts, `i18n-firefox-${lang}-options.png`),
        fullPage: true,
      });
      const text = await bodyText(options);
      for (const word of UI_WORDS[lang].options) expect(text).toContain(word);
      for (const word of ENGLISH_UI_WORDS) expect(text).not.toContain(word);
      expect(await options.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
      await options.setViewport({ width: 420, height: 900 });
      expect(await options.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
      await options.close();
    },
  );
});
