import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus';
import { loadBackground } from '../../src/cli/background';
import { readFileSync } from 'node:fs';
import { LEXICON_FILE, loadLexicon } from '../../src/cli/lexicon';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { featurize } from '../../src/core/features';
import { conceptsOf, parseLexicon } from '../../src/core/lexicon';
import { compileLexicon } from '../../src/core/lexicon-compile';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';

// Invented reports: an Arabic one and its English translation. They name no one, give no
// figure and share no letters: only the words the concept lexicon lists say that one
// translates the other.
const report = (url: string, language: string, title: string, text: string): Article =>
  makeArticle({ url, title, source: new URL(url).hostname, published: null, language, text });

const [arReform, enReform] = [
  [
    'https://akhbar.example/islah',
    'ar',
    'الحكومة تقترح إصلاح قانون الانتخابات',
    'اقترحت الحكومة إصلاح قانون الانتخابات، وقالت المعارضة إن البرلمان يجب أن يصوت على المشروع قبل الانتخابات.',
  ],
  [
    'https://northgate.example/election-reform',
    'en',
    'Government proposes reform of election law',
    'The government proposed a reform of the election law, and the opposition said parliament must vote on the bill before the election.',
  ],
].map(([url, language, title, text]) => report(url!, language!, title!, text!)) as [
  Article,
  Article,
];
const options = () => ({ background: loadBackground(), lexicon: loadLexicon() });
const found = (query: Article, other: Article, corpus: Corpus) =>
  findRelated(query, corpus, options()).scored.find((s) => corpus.meta(s.doc).url === other.url);

describe('candidates through shared lexicon concepts', () => {
  it('finds a translation that shares no name, figure or letter with the query', () => {
    const corpus = Corpus.fromArticles([arReform, enReform]);
    expect(found(arReform, enReform, corpus)?.relation).toBe('same-story');
    expect(found(enReform, arReform, corpus)?.relation).toBe('same-story');
  });

  it('finds it without the lexicon only through its concepts: no lexicon, no candidate', () => {
    const corpus = Corpus.fromArticles([arReform, enReform]);
    const bare = findRelated(arReform, corpus, { background: loadBackground(), lexicon: null });
    expect(bare.scored.map((s) => corpus.meta(s.doc).url)).not.toContain(enReform.url);
  });

  it(
    'finds it among hundreds of other articles, with the score it has alone',
    { timeout: 60_000 },
    () => {
      const alone = found(arReform, enReform, Corpus.fromArticles([arReform, enReform]))!;
      const filler = generateCorpus({ articles: 300, seed: 3 }).articles;
      const corpus = Corpus.fromArticles([...filler, enReform, arReform]);
      const among = found(arReform, enReform, corpus);
      expect(among?.score).toBe(alone.score);
      expect(among?.relation).toBe('same-story');
      expect(found(enReform, arReform, corpus)?.relation).toBe('same-story');
    },
  );

  it('does not propose a same-language article through its concepts alone', () => {
    // An English story on another matter with the same everyday words: the wording finds
    // it or nothing does; the concepts propose articles in other languages only.
    const other = report(
      'https://southgate.example/budget-vote',
      'en',
      'Parliament to vote on the budget bill',
      'Parliament will vote on the budget bill next month.',
    );
    const corpus = Corpus.fromArticles([enReform, other]);
    const withLexicon = findRelated(enReform, corpus, options()).scored.map((s) => s.doc);
    const without = findRelated(enReform, corpus, {
      background: loadBackground(),
      lexicon: null,
    }).scored.map((s) => s.doc);
    expect(withLexicon).toEqual(without);
  });

  it('reads a lexicon file without the keys (an older build) as proposing nothing', () => {
    const file = compileLexicon(readFileSync(LEXICON_FILE, 'utf8'));
    delete file.terms;
    const lexicon = parseLexicon(JSON.parse(JSON.stringify(file)));
    const corpus = Corpus.fromArticles([arReform, enReform]);
    const urls = findRelated(arReform, corpus, { background: loadBackground(), lexicon }).scored;
    expect(urls.map((s) => corpus.meta(s.doc).url)).not.toContain(enReform.url);
  });

  it('compiles for each concept the index keys its words have in every language', () => {
    const lexicon = loadLexicon();
    const [government] = conceptsOf(lexicon, 'government', 'en');
    const keys = new Set(`${(lexicon.terms as string[])[government!]}`.split(' '));
    // Each word as an article uses it, as the index stores it.
    for (const [language, word] of [
      ['en', 'governments'],
      ['de', 'Regierung'],
      ['ru', 'правительство'],
      ['tr', 'hükümeti'],
      ['pl', 'rząd'],
      ['ar', 'الحكومة'],
      ['ar', 'حكومة'],
    ] as const) {
      const terms = featurize(report('https://x.example/a', language, word, word)).terms;
      expect(
        [...terms.keys()].some((k) => keys.has(k)),
        `${language} ${word}`,
      ).toBe(true);
    }
  });

  it('writes the Arabic words as texts do: ة, hamza and the article', () => {
    const lexicon = parseLexicon(
      compileLexicon('reform*|reform*|réform*|reform*|реформ*|reform*|reform*|اصلاح*'),
    );
    const keys = `${(lexicon.terms as string[])[0]}`.split(' ');
    for (const word of ['إصلاح', 'الإصلاح', 'اصلاح', 'الاصلاحات']) expect(keys).toContain(word);
  });

  it('finds an Arabic translation whose words all carry joined conjunctions and prepositions', () => {
    // "Calls to the government for reform, and to parliament to vote on its bill for the
    // elections; the opposition has its view": every word the lexicon knows is written
    // with و, ب or ل joined to it, which the index keeps as part of the word.
    const joined = report(
      'https://akhbar.example/daawat',
      'ar',
      'دعوات للحكومة بالإصلاح',
      'دعوات للحكومة بالإصلاح وللبرلمان بالتصويت على مشروعها للانتخابات، وللمعارضة رأيها.',
    );
    const corpus = Corpus.fromArticles([enReform, joined]);
    expect(found(enReform, joined, corpus)?.relation).toBe('same-story');
    // Added to an index that held no Arabic yet, as an import or a feed adds it.
    const later = Corpus.fromArticles([enReform]);
    later.add([joined]);
    expect(found(enReform, joined, later)?.relation).toBe('same-story');
  });
});
