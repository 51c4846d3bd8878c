import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import {
  analyzePrepared,
  boundArticle,
  prepareArticle,
  finishPrepare,
  startPrepare,
  withRelatedStart,
} from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { parsePack } from '../../src/core/pack';
import { checkQuotes } from '../../src/core/quote-check';
import { extractQuotes } from '../../src/core/quotes';

const demo = parsePack(
  readFileSync(join(__dirname, '../../src/corpus/demo.jsonl'), 'utf8'),
).articles;

/** What crosses from the page: a structured clone, here its JSON equivalent. */
const cloned = <T>(v: T): unknown => JSON.parse(JSON.stringify(v));

describe('quotations found in the page, checked by the worker', () => {
  it('takes the finder’s own answer back unchanged, for every demo article', () => {
    let nested = 0;
    for (const a of demo) {
      const { article } = boundArticle(a);
      const found = extractQuotes(article);
      nested += found.filter((q) => q.inner).length;
      expect(checkQuotes(cloned(found), article), a.url).toEqual(found);
    }
    // The demo corpus has nested quotations, so `inner` is checked too.
    expect(nested).toBeGreaterThan(0);
  });

  it('gives the same report as finding the quotations in the worker', () => {
    const corpus = Corpus.fromArticles(demo.slice(10));
    const options = { background: loadBackground(), lexicon: loadLexicon() };
    for (const a of demo.slice(0, 6)) {
      const bound = boundArticle(a);
      const checked = checkQuotes(cloned(extractQuotes(bound.article)), bound.article)!;
      expect(analyzePrepared(finishPrepare(startPrepare(bound), checked), corpus, options)).toEqual(
        analyzePrepared(prepareArticle(a), corpus, options),
      );
    }
  });

  it('refuses anything that is not this article’s quotations', () => {
    const article = makeArticle({
      url: 'https://news.example/a',
      title: 'Ferry',
      source: 'Ledger',
      published: null,
      language: 'en',
      paragraphs: [
        '“We will not raise the fares,” said Ilse Brandvold. “Never,” she added.',
        'Critics called it a “green corridor” for tourists.',
      ],
    });
    const good = extractQuotes(article);
    expect(good.length).toBeGreaterThanOrEqual(3);
    expect(checkQuotes(cloned(good), article)).toEqual(good);
    const broken = (change: (q: Record<string, unknown>[]) => void) => {
      const copy = cloned(good) as Record<string, unknown>[];
      change(copy);
      return checkQuotes(copy, article);
    };
    expect(checkQuotes(null, article)).toBeNull();
    expect(checkQuotes({ length: 1 }, article)).toBeNull();
    expect(broken((q) => (q[0]!.text = 'We will raise the fares,'))).toBeNull();
    expect(broken((q) => (q[0]!.end = article.text.length + 5))).toBeNull();
    expect(broken((q) => (q[0]!.start = -1))).toBeNull();
    expect(broken((q) => (q[1]!.start = q[0]!.start))).toBeNull();
    expect(broken((q) => q.reverse())).toBeNull();
    expect(broken((q) => (q[0]!.kind = 'rumour'))).toBeNull();
    expect(broken((q) => (q[0]!.speaker = 'x'.repeat(301)))).toBeNull();
    expect(broken((q) => (q[0]!.speakerMethod = 'guessed'))).toBeNull();
    expect(broken((q) => (q[0]!.paragraph = 7))).toBeNull();
    expect(broken((q) => (q[0]!.marks = ['“']))).toBeNull();
    expect(broken((q) => (q[0]!.inner = [{ start: 0, end: 1 }]))).toBeNull();
    expect(broken((q) => (q[0]!.inner = []))).toBeNull();
    expect(broken((q) => q.push({ text: '“x”' }))).toBeNull();
  });
});

/*
 * The related-coverage search is started too while the quotations are being found (its
 * candidates and the article's profile). The report must be the one an analysis in one go
 * gives, and a start read before the corpus changed must not be used.
 */
const options = { background: loadBackground(), lexicon: loadLexicon() };

describe('the related search started before the quotations are known', () => {
  it('gives the report an analysis in one go gives', () => {
    const corpus = Corpus.fromArticles(demo.slice(10));
    let related = 0;
    for (const a of demo.slice(0, 8)) {
      const early = withRelatedStart(startPrepare(boundArticle(a)), corpus, options);
      const report = analyzePrepared(finishPrepare(early), corpus, options);
      expect(report, a.url).toEqual(analyzePrepared(prepareArticle(a), corpus, options));
      related += report.related.length;
    }
    expect(related).toBeGreaterThan(0);
  });

  it('is not used once the corpus has changed, nor with other options', () => {
    const corpus = Corpus.fromArticles(demo.slice(10));
    const query = demo[5]!;
    const early = withRelatedStart(startPrepare(boundArticle(query)), corpus, options);
    // Another outlet's copy of the same article, its quotations unmarked (so only the
    // search's start can propose it), arrives meanwhile (a feed, an import).
    const copy = makeArticle({
      ...query,
      url: 'https://copy.example/same-story',
      source: 'Copy Desk',
      paragraphs: query.paragraphs.map((p) => p.replace(/[“”"«»„]/g, '')),
    });
    corpus.add([copy]);
    const report = analyzePrepared(finishPrepare(early), corpus, options);
    expect(report.related.map((r) => r.url)).toContain(copy.url);
    expect(report).toEqual(analyzePrepared(prepareArticle(query), corpus, options));
    // Read without the background statistics, it does not stand for a search with them.
    const plain = withRelatedStart(startPrepare(boundArticle(query)), corpus, {
      lexicon: options.lexicon,
    });
    expect(analyzePrepared(finishPrepare(plain), corpus, options)).toEqual(report);
  });
});
