/**
 * The interface's words in the reader's language: plural forms by Intl.PluralRules,
 * numbers and dates by Intl in the interface's locale, English when the browser's
 * language has no catalogue, and page text put in exactly as it came.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeI18n } from '../fixtures/i18n';

const current = { i18n: fakeI18n('en') };
vi.mock('../../src/shared/browser', () => ({
  default: {
    i18n: {
      getMessage: (key: string, values?: string | string[]) => current.i18n.getMessage(key, values),
      getUILanguage: () => current.i18n.getUILanguage(),
    },
  },
}));

const { formatDate, formatDateRange, languageName, resetLocale, t, tn, uiLocale } =
  await import('../../src/shared/i18n');
const { noArticleReason } = await import('../../src/background/reasons');
const { badgeFor } = await import('../../src/background/badge');
const { feedErrorText } = await import('../../src/background/feeds/feed-error-text');
const { FeedError } = await import('../../src/core/feeds/errors');
const { opmlProblem } = await import('../../src/options/opml-problem');
const { StoreQuotaError } = await import('../../src/background/store');
const { quoteLabel } = await import('../../src/content/verdict-style');
const { TOO_DEEP_REASON, tooLargeReason, tooLongReason } =
  await import('../../src/content/extract');

/** The browser in `ui`, whose catalogue (or English) is `lang`. */
function speak(lang: string, ui = lang): void {
  current.i18n = fakeI18n(lang, ui);
  resetLocale();
}

afterEach(() => speak('en', 'en-US'));

describe('the interface in the reader’s language', () => {
  it('chooses Russian plural forms by Intl.PluralRules: 1 статья, 3 статьи, 5 статей, 21 статья', () => {
    speak('ru');
    expect([1, 3, 5, 11, 21, 22].map((n) => tn('count_articles', n))).toEqual([
      '1 статья',
      '3 статьи',
      '5 статей',
      '11 статей',
      '21 статья',
      '22 статьи',
    ]);
  });

  it('writes numbers and dates as the locale does', () => {
    speak('de', 'de-DE');
    expect(t('popup_too_long', 10_000, 1_729_875)).toBe(
      'Artikel zu lang: geprüft wurden die ersten 10.000 von 1.729.875 Wörtern.',
    );
    expect(formatDate('2026-03-12')).toBe('12.03.2026');
    expect(formatDateRange('2026-01-19', '2026-12-02')).toBe('19.01.\u2009–\u200902.12.2026');
    expect(languageName('ru')).toBe('Russisch');
    speak('fr', 'fr-FR');
    expect(tn('count_articles', 1234)).toBe('1\u202f234 articles');
    speak('ru');
    expect(languageName('de')).toBe('Немецкий');
  });

  it('falls back to English, dates included, when the browser’s language has no catalogue', () => {
    // An Italian browser: Chrome and Firefox give the default locale's messages.
    current.i18n = { ...fakeI18n('en'), getUILanguage: () => 'it-IT' };
    resetLocale();
    expect(uiLocale()).toBe('en');
    expect(t('popup_settings')).toBe('Settings');
    expect(formatDate('2026-03-12')).toBe('Mar 12, 2026');
  });

  it('keeps the regional variant of a language it speaks', () => {
    speak('en', 'en-GB');
    expect(uiLocale()).toBe('en-GB');
    expect(formatDate('2026-03-12')).toBe('12 Mar 2026');
  });

  it('puts page text in exactly as it came, whatever $ signs it holds', () => {
    speak('de');
    const outlet = 'Cash $1 & $$ Co. $outlet$';
    expect(t('popup_follow_outlet', outlet)).toBe(`${outlet} folgen`);
    expect(t('quote_in_marks', 'Wir sagen „nein“')).toBe('„Wir sagen „nein““');
  });

  it('words the verdicts for readers, not word for word', () => {
    speak('ru');
    expect(quoteLabel('variant', 3)).toBe('Цитата: Близко к тексту, 3 издания');
    expect(quoteLabel('unverified', 0)).toBe('Цитата: Не найдено, ни одно другое издание');
    speak('fr');
    expect(quoteLabel('verbatim', 1)).toBe('Citation : Mot pour mot, 1 média');
  });

  it('gives the extractor’s reasons in the reader’s language, with its figures', () => {
    speak('de', 'de-DE');
    expect(noArticleReason(undefined)).toBe('Auf dieser Seite wurde kein Artikel gefunden');
    expect(noArticleReason(tooLargeReason(250_000))).toMatch(
      /^Diese Seite ist zu groß für eine Prüfung \(250\.000 Elemente; die Grenze liegt bei [\d.]+\)\.$/,
    );
    expect(noArticleReason(tooLongReason(3_500_000, 3_000_000))).toBe(
      'Der Artikel ist zu lang für eine Prüfung (3.500.000 Zeichen; die Grenze liegt bei 3.000.000).',
    );
    expect(noArticleReason(TOO_DEEP_REASON)).toMatch(/^Diese Seite ist zu tief verschachtelt/);
    expect(noArticleReason('Something else entirely')).toBe('Something else entirely');
  });

  it('says why a feed failed in the reader’s language, naming the server and its status', () => {
    speak('de', 'de-DE');
    const http = new FeedError('http', 'The server answered with HTTP error 503.', { status: 503 });
    expect(feedErrorText(http, 'https://news.example/feed')).toBe(
      'Der Server news.example hat mit dem HTTP-Fehler 503 geantwortet.',
    );
    speak('en', 'en-US');
    const big = new FeedError('too-large', 'too large');
    expect(feedErrorText(big, 'https://news.example/feed')).toBe(
      'The feed is larger than 5 MB, so it was not read.',
    );
  });

  it('says why an OPML file, a stored change or a feed could not be used, in the reader’s language', () => {
    speak('de', 'de-DE');
    expect(opmlProblem(new FeedError('malformed', 'not OPML'))).toBe(
      'Das ist keine lesbare OPML-Abonnementliste.',
    );
    expect(opmlProblem(new FeedError('too-large', 'too large'))).toBe(
      'Die Datei ist größer als 5 MB.',
    );
    expect(
      feedErrorText(new FeedError('permission', 'no permission'), 'https://news.example/feed'),
    ).toBe(
      'Second Source darf news.example nicht mehr lesen. Folgen Sie dem Feed erneut, um es zu erlauben.',
    );
    speak('fr', 'fr-FR');
    expect(new StoreQuotaError().message).toMatch(/^Votre navigateur n’a plus de place/);
  });

  it('says the toolbar tooltip in the reader’s language', () => {
    speak('ru');
    const badge = badgeFor({ status: 'no-article', url: null, reason: t('page_no_article') });
    expect(badge.title).toBe('Second Source: На этой странице не найдено статьи');
    expect(badge.text).toBe('–');
  });
});
