import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { corroborateQuotes } from '../../src/core/corroborate';
import { extractQuotes } from '../../src/core/quotes';
import { findRelated } from '../../src/core/related';
import type { Article, QuoteReport } from '../../src/core/types';

// An invented flood story told by several outlets on the same day.
const flood = (url: string, source: string, paragraphs: string[]): Article =>
  makeArticle({
    url,
    title: 'Emergency declared in Dunmere after flooding',
    source,
    published: '2026-03-14T09:00:00Z',
    language: 'en',
    paragraphs,
  });

const find = (quotes: QuoteReport[], words: string): QuoteReport => {
  const q = quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quotation with "${words}"`);
  return q;
};

describe('altered quotations in syndicated copies', () => {
  // Wire copy printed by two outlets: the same paragraphs, one figure changed in ours.
  const body = (minutes: string) => [
    'The Dunmere Emergency Service declared an emergency on Saturday after the river Lenne broke its banks overnight and flooded the lower town.',
    'About 1,800 residents of the lower town were moved to the sports hall on Castle Road, and the Orrin bridge stays closed to traffic.',
    `“The water came up so fast that we had ${minutes} minutes to get out of the house, and the service knows it,” said Marina Eskovic, who lives by the bridge.`,
    'Insurers said the claims would be counted next week, once the water has receded from the streets near the old mill.',
  ];
  const ours = flood('https://page.example/dunmere', 'Page Herald', body('6'));
  const copy = flood('https://wire-reprint.example/dunmere', 'Velcliff Ledger', body('5'));

  it('calls a quotation altered when a copy of our text by another outlet has another figure in it', () => {
    const report = analyze(ours, Corpus.fromArticles([copy]));
    expect(report.related[0]?.url).toBe(copy.url);
    const q = find(report.quotes, 'minutes to get out');
    expect(q.verdict).toBe('altered');
    const m = q.matches.find((x) => x.kind === 'altered')!;
    expect(m.source).toBe('Velcliff Ledger');
    expect(m.differences).toContainEqual({ type: 'number', ours: '6', theirs: '5' });
  });

  it('still never counts a copy of our text as corroboration', () => {
    const same = flood('https://wire-reprint.example/dunmere', 'Velcliff Ledger', body('6'));
    const q = find(analyze(ours, Corpus.fromArticles([same])).quotes, 'minutes to get out');
    expect(q.verdict).toBe('unverified');
    expect(q.outlets).toBe(0);
  });
});

describe('quotations of two speakers that share a sentence', () => {
  // Our page quotes the mayor and the fire chief; the chief's longer statement repeats
  // the mayor's warning. Another outlet carries only the chief's statement, as spoken.
  const mayor = 'In Dunmere, people should not return to their homes until we say it is safe';
  const chief =
    'The defences held in most places, but not everywhere, and we need to find out why. People should not return to their homes until we say it is safe, here in Dunmere';
  const ours = flood('https://page.example/dunmere-warning', 'Page Herald', [
    'The river Lenne broke its banks overnight in Dunmere, and the Dunmere Emergency Service declared an emergency on Saturday morning.',
    `“${mayor},” said Mayor Vikra Morwell.`,
    `“${chief},” said fire chief Beline Pellfield.`,
    'About 1,800 residents of the lower town spent the night in the sports hall on Castle Road.',
  ]);
  const other = flood('https://observer.example/dunmere', 'Millberg Observer', [
    'Flooding forced about 1,800 people from their homes in Dunmere, where Mayor Vikra Morwell and the Dunmere Emergency Service declared an emergency on Saturday.',
    `“${chief},” fire chief Beline Pellfield told reporters at the sports hall on Castle Road.`,
    'The river Lenne broke its banks overnight after three days of rain.',
  ]);

  it('does not take the other speaker’s statement, which our page also quotes, for a misattribution', () => {
    const report = analyze(ours, Corpus.fromArticles([other]));
    expect(report.related[0]?.relation).toBe('same-story');
    expect(find(report.quotes, 'The defences held').verdict).toBe('verbatim');
    const q = find(report.quotes, 'In Dunmere, people should not');
    expect(q.verdict).not.toBe('altered');
    expect(q.matches.some((m) => m.kind === 'altered')).toBe(false);
  });

  it('gives the same verdict when that quotation is corroborated alone', () => {
    const corpus = Corpus.fromArticles([other]);
    const { scored } = findRelated(ours, corpus);
    const mine = extractQuotes(ours).filter((x) =>
      x.text.includes('In Dunmere, people should not'),
    );
    expect(mine).toHaveLength(1);
    const [q] = corroborateQuotes(ours, mine, corpus, scored);
    expect(q!.verdict).not.toBe('altered');
    // The same when the caller passes the article's quotations it has found already.
    expect(corroborateQuotes(ours, mine, corpus, scored, {}, extractQuotes(ours))).toEqual([q]);
  });

  it('still calls the words altered when our page does not quote the other speaker saying them', () => {
    const alone = flood('https://page.example/dunmere-warning', 'Page Herald', [
      'The river Lenne broke its banks overnight in Dunmere, and the Dunmere Emergency Service declared an emergency on Saturday morning.',
      `“${chief},” said Mayor Vikra Morwell.`,
      'About 1,800 residents of the lower town spent the night in the sports hall on Castle Road.',
    ]);
    const q = find(analyze(alone, Corpus.fromArticles([other])).quotes, 'The defences held');
    expect(q.verdict).toBe('altered');
    expect(q.matches[0]?.differences).toContainEqual({
      type: 'speaker',
      ours: 'Vikra Morwell',
      theirs: 'Beline Pellfield',
    });
  });
});
