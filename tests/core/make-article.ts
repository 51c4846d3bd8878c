import { makeArticle } from '../../src/core/article';
import type { Article } from '../../src/core/types';

/** An invented article of 8 May 2026, its paragraphs given one by one. */
export const article = (url: string, language: string, title: string, text: string[]): Article =>
  makeArticle({
    url,
    title,
    source: new URL(url).hostname,
    published: '2026-05-08T09:00:00Z',
    language,
    text: text.join('\n\n'),
  });
