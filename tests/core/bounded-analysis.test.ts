import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  analyzePrepared,
  MAX_ANALYZED_QUOTES,
  prepareArticle,
} from '../../src/core/analyze';
import {
  countWords,
  makeArticle,
  MAX_ANALYZED_WORDS,
  truncateArticle,
} from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { parsePack } from '../../src/core/pack';
import { MAX_WINDOW_CHARS, toArticleOffset, windowArticle } from '../../src/core/windows';

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
    // Cut at 10,000 words or before the quotation past the most analysed, if sooner.
    expect(report.article.checkedWords).toBeLessThanOrEqual(MAX_ANALYZED_WORDS);
    expect(report.article.checkedWords).toBeGreaterThan(8000);
    expect(report.quotes.length).toBeLessThanOrEqual(MAX_ANALYZED_QUOTES);
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

/**
 * CPU time of `work` in ms (the machine may be shared: wall time says less). The bounds
 * below guard against an analysis that reads the whole text; they are no speed targets
 * (those are `npm run bench`'s). Bounded, these take 1.2–2.3 s of CPU on two cores shared
 * with other work.
 */
const GUARD_MS = 4000;

function cpuMs(work: () => void): number {
  const t = process.cpuUsage();
  work();
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1000;
}

function onePage(text: string, language = 'en') {
  return makeArticle({
    url: 'https://wall.example/a',
    title: 'A wall of text',
    source: 'Wall Post',
    published: '2026-03-12',
    language,
    paragraphs: [text],
  });
}

describe('bounded analysis of one huge paragraph', () => {
  it('analyses 10 MB in one paragraph, a quotation every few words, in seconds', () => {
    // Each "he said" sends attribution looking back through the paragraph for a name.
    const article = onePage('“Yes, we go,” he said. '.repeat(450_000).trim());
    expect(article.text.length).toBeGreaterThan(10_000_000);
    let report!: ReturnType<typeof analyze>;
    expect(cpuMs(() => (report = analyze(article, corpus)))).toBeLessThan(GUARD_MS);
    expect(report.quotes).toHaveLength(MAX_ANALYZED_QUOTES);
    expect(report.article.checkedWords).toBeLessThan(MAX_ANALYZED_WORDS);
    for (const q of report.quotes) {
      expect(q.text).toBe('Yes, we go,');
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
      expect(q.paragraph).toBe(0);
      expect(q.prefix).toBe(article.text.slice(Math.max(0, q.start - 40), q.start));
      expect(article.text.slice(q.end, q.end + 40).startsWith(q.suffix)).toBe(true);
    }
  });

  it('cuts text without spaces between words at a length, not a word count', () => {
    const article = onePage('港町の図書館が開館し町の子どもたちが本を読んだ'.repeat(400_000), 'ja');
    let report!: ReturnType<typeof analyze>;
    expect(cpuMs(() => (report = analyze(article, corpus)))).toBeLessThan(GUARD_MS);
    expect(report.article.words).toBe(1);
    expect(report.article.checkedWords).toBe(1);
  });

  it('finds the same quotations with the same offsets in a long paragraph as in short ones', () => {
    const sentences = [];
    for (let i = 0; i < 60; i++)
      sentences.push(
        `The council met for the ${i + 1}th time. “We will keep the ferry running,” said Anna Berg, “whatever the cost.” She left at noon.`,
      );
    const long = onePage(sentences.join(' '));
    const short = makeArticle({ ...long, paragraphs: sentences });
    const a = analyze(long, corpus).quotes;
    const b = analyze(short, corpus).quotes;
    expect(long.text.length).toBeGreaterThan(2 * MAX_WINDOW_CHARS);
    expect(a).toHaveLength(120);
    expect(a.map((q) => [q.text, q.speaker])).toEqual(b.map((q) => [q.text, q.speaker]));
    for (const q of a) expect(long.text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('text windows', () => {
  it('splits a long paragraph at sentence ends outside quotation marks', () => {
    const text =
      'A first sentence that runs on for a while. “A quoted sentence. And its second one,” she said. '.repeat(
        30,
      );
    const w = windowArticle(onePage(text.trim()), 400)!;
    expect(w.article.paragraphs.length).toBeGreaterThan(5);
    for (const [k, p] of w.article.paragraphs.entries()) {
      expect(p.length).toBeLessThanOrEqual(400);
      if (k < w.article.paragraphs.length - 1) expect(p.endsWith('she said.')).toBe(true);
      // Every window is the article's own text at the mapped offset.
      const at = toArticleOffset(w, w.windowStarts[k]!);
      expect(text.slice(at, at + p.length)).toBe(p);
    }
    expect(windowArticle(onePage('Short.'), 400)).toBeNull();
  });

  it('cuts text without spaces or sentence ends at the limit, never inside a surrogate pair', () => {
    const text = '𝒜'.repeat(1000);
    const w = windowArticle(onePage(text), 301)!;
    expect(w.article.paragraphs.join('')).toBe(text);
    for (const p of w.article.paragraphs) expect(p.length % 2).toBe(0);
  });
});

describe('analysis in two steps', () => {
  it('prepares the article before the corpus is at hand and reports what one call reports', () => {
    const demo = parsePack(readFileSync(join(__dirname, '../../src/corpus/demo.jsonl'), 'utf8'));
    const others = Corpus.fromArticles(demo.articles.slice(1));
    const page = demo.articles[0]!;
    const prepared = prepareArticle(page);
    // Speakers and quotations are found from the page alone.
    expect(prepared.features.quotes.length).toBeGreaterThan(0);
    const report = analyzePrepared(prepared, others);
    expect(report.related.length).toBeGreaterThan(0);
    expect(report).toEqual(analyze(page, others));
  });

  it('applies the word limit when preparing, windows and offsets included', () => {
    const article = longArticle(60_000, false);
    const report = analyzePrepared(prepareArticle(article, 500), corpus);
    expect(report.article.checkedWords).toBeLessThanOrEqual(500);
    expect(report).toEqual(analyze(article, corpus, { maxWords: 500 }));
    for (const q of report.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });
});
