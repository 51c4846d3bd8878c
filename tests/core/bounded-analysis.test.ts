import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import {
  countWords,
  makeArticle,
  MAX_ANALYZED_WORDS,
  truncateArticle,
} from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { parsePack } from '../../src/core/pack';

const corpus = Corpus.fromArticles(
  parsePack(readFileSync(join(__dirname, '../../src/corpus/demo.jsonl'), 'utf8')).articles,
);
const SENTENCE =
  '“We will not accept any deal that harms our farmers,” Brandvold said in Larsberg on Tuesday, as 4,000 farmers protested. ';

function longArticle(chars: number, paragraphs: boolean) {
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    parts.push(SENTENCE.repeat(5));
    size += SENTENCE.length * 5;
  }
  return makeArticle({
    url: 'https://long.example/a',
    title: 'A very long page',
    source: 'Long Post',
    published: '2026-03-12',
    language: 'en',
    text: parts.join(paragraphs ? '\n\n' : ' '),
  });
}

describe('bounded analysis', () => {
  it.each([true, false])('checks only the first words of a 3 MB article (paragraphs: %s)', (p) => {
    const article = longArticle(3_000_000, p);
    const t = performance.now();
    const report = analyze(article, corpus);
    expect(performance.now() - t).toBeLessThan(6000);
    expect(report.article.checkedWords).toBe(MAX_ANALYZED_WORDS);
    expect(report.article.words).toBe(countWords(article.text));
    expect(report.quotes.length).toBeGreaterThan(100);
    for (const q of report.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    expect(report.quotes.at(-1)!.end).toBeLessThan(article.text.length / 10);
  });

  it('says nothing about length for an ordinary article', () => {
    const report = analyze(longArticle(5000, true), corpus);
    expect('checkedWords' in report.article).toBe(false);
  });

  it('cuts at a word, keeping a prefix of the text', () => {
    const article = longArticle(20_000, true);
    const cut = truncateArticle(article, 100)!;
    expect(countWords(cut.text)).toBe(100);
    expect(article.text.startsWith(cut.text)).toBe(true);
    expect(truncateArticle(article, 1_000_000)).toBeNull();
  });

  it('counts words in any script the way a Unicode pattern does', () => {
    for (const text of [
      'Brandvold said: “No.” 4,000 farmers',
      'Крупнейший завод 𝒜lpha 中文 ٣٤ café naïve',
      '',
      '—— … !!',
    ])
      expect(countWords(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length);
  });
});
