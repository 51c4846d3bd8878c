/**
 * Language detection for articles that declare none. Kept apart from article.ts so
 * the content script, which only reads the page's declaration, does not carry the
 * detector's language models.
 */
import { franc } from 'franc-min';
import type { Article } from './types';

/** franc's ISO 639-3 codes for the languages we read, mapped to their 639-1 subtags. */
const ISO3_TO_1 = new Map<string, string>(
  Object.entries({
    eng: 'en',
    deu: 'de',
    fra: 'fr',
    spa: 'es',
    rus: 'ru',
    ita: 'it',
    por: 'pt',
    nld: 'nl',
    pol: 'pl',
    ukr: 'uk',
    ces: 'cs',
    swe: 'sv',
    dan: 'da',
    nob: 'no',
    fin: 'fi',
    tur: 'tr',
    jpn: 'ja',
    cmn: 'zh',
    kor: 'ko',
    ara: 'ar',
  }),
);

/**
 * Primary language subtag of `text` ("en", "de", …), or "und" when the text is too
 * short or too mixed to tell. Looks at the first 2,000 characters only.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  if (sample.replace(/\s+/g, '').length < 20) return 'und';
  const code = franc(sample, { minLength: 20 });
  return ISO3_TO_1.get(code) ?? 'und';
}

/** The article itself when its language is known, else a copy with it detected. */
export function withLanguage(article: Article): Article {
  if (article.language && article.language !== 'und') return article;
  return { ...article, language: detectLanguage(`${article.title}\n${article.text}`) };
}
