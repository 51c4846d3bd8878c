import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus';
import { loadBackground } from '../../src/cli/background';
import { makeArticle } from '../../src/core/article';
import type { BackgroundStats } from '../../src/core/background';
import { Corpus } from '../../src/core/corpus';
import { findRelated, UNANCHORED_CAP } from '../../src/core/related';
import type { Article, Relation } from '../../src/core/types';

// Invented stories: a summit and a football match in one city on one day, and a second
// outlet's report of the same summit.
const P = (p: string[]) => p.join('\n\n');
const summit = makeArticle({
  url: 'https://northgate.example/larsberg-summit',
  title: 'Leaders meet in Larsberg to settle the Corran Strait fishing dispute',
  source: 'Northgate Post',
  published: '2026-06-04T08:00:00Z',
  language: 'en',
  text: P([
    'Foreign ministers of Eskeland and Veltmark met in Larsberg on Thursday for a summit meant to end the long dispute over fishing rights in the Corran Strait.',
    'Eskeland Foreign Minister Odile Varnhagen said the talks had been frank. “We have come to Larsberg to close this quarrel, not to prolong it,” Varnhagen told reporters at the city hall.',
    'Veltmark’s delegation, led by Minister Teodor Halvik, proposed shared patrols and a quota of 18,400 tonnes for each fleet.',
    'Diplomats in Larsberg expect a joint statement by Friday evening.',
  ]),
});
const summitElsewhere = makeArticle({
  url: 'https://meridian.example/corran-talks',
  title: 'Eskeland and Veltmark open fishing talks',
  source: 'Meridian Wire',
  published: '2026-06-04T12:00:00Z',
  language: 'en',
  text: P([
    'Ministers Odile Varnhagen and Teodor Halvik began talks on Thursday over fishing in the Corran Strait.',
    'Halvik offered joint patrols and a quota of 18,400 tonnes a year for each country’s boats.',
    '“We have come to Larsberg to close this quarrel,” Varnhagen said.',
  ]),
});
const football = makeArticle({
  url: 'https://sportsdesk.example/larsberg-derby',
  title: 'Larsberg Rovers win the derby in Larsberg on Thursday',
  source: 'Sports Desk',
  published: '2026-06-04T21:30:00Z',
  language: 'en',
  text: P([
    'Larsberg Rovers beat their city rivals 3-1 in Larsberg on Thursday night in front of a sold-out stadium.',
    'Two late goals settled a derby that had been level for most of the evening, and fans celebrated in the streets of Larsberg until after midnight.',
    'The win lifts the Rovers to second place in the league with four matches left.',
  ]),
});

const relationOf = (
  query: Article,
  other: Article,
  corpus: Corpus,
  background: BackgroundStats | null,
): { relation: Relation | null; score: number } => {
  const { scored } = findRelated(query, corpus, { background });
  const hit = scored.find((s) => corpus.meta(s.doc).url === other.url);
  return { relation: hit?.relation ?? null, score: hit?.score ?? 0 };
};

describe.each([
  ['with the shipped background statistics', loadBackground()],
  ['without background statistics', null],
])('same story needs specific shared evidence (%s)', (_, background) => {
  it('never calls a sports article and a summit in one city on one day the same story', () => {
    const corpus = Corpus.fromArticles([summit, football]);
    for (const [q, o] of [
      [summit, football],
      [football, summit],
    ] as const) {
      const r = relationOf(q, o, corpus, background);
      expect(r.relation).not.toBe('same-story');
      expect(r.score).toBeLessThanOrEqual(UNANCHORED_CAP);
    }
  });

  it('still finds two reports of the summit in a two-article corpus', () => {
    const corpus = Corpus.fromArticles([summit, summitElsewhere]);
    expect(relationOf(summit, summitElsewhere, corpus, background).relation).toBe('same-story');
    expect(relationOf(summitElsewhere, summit, corpus, background).relation).toBe('same-story');
  });
});

describe('same-story scores do not depend on corpus size', () => {
  const background = loadBackground();
  // Other news from the same city and countries, so that the corpus's own word and name
  // counts would move if the score read them.
  const local = Array.from({ length: 60 }, (_, i) =>
    makeArticle({
      url: `https://citydesk.example/larsberg-${i}`,
      title: `Larsberg council notes, item ${i + 1}`,
      source: 'City Desk',
      published: `2026-0${1 + (i % 9)}-1${i % 10}T09:00:00Z`,
      language: 'en',
      text: `The Larsberg city council discussed item ${i + 1} on Thursday. Eskeland and Veltmark officials attended the meeting in Larsberg, where ministers and fishing groups spoke about talks and quotas.`,
    }),
  );
  const filler = [...generateCorpus({ articles: 300, seed: 7 }).articles, ...local];
  const pairs: [Article, Article][] = [
    [summit, summitElsewhere],
    [summitElsewhere, summit],
    [summit, football],
    [football, summit],
  ];
  const small = Corpus.fromArticles([summit, summitElsewhere, football]);
  const large = Corpus.fromArticles([...filler, summit, summitElsewhere, football]);
  it.each(pairs.map(([a, b]) => [a.url, b.url, a, b] as const))(
    '%s → %s: same verdict and score in 3 and 363 articles',
    (_q, _o, a, b) => {
      const inSmall = relationOf(a, b, small, background);
      const inLarge = relationOf(a, b, large, background);
      // A weakly related article may be crowded out of the candidates of a large corpus;
      // whether a pair is the same story, and its score when found, may not change.
      expect(inLarge.relation === 'same-story').toBe(inSmall.relation === 'same-story');
      if (inLarge.relation !== null)
        expect(Math.abs(inLarge.score - inSmall.score)).toBeLessThanOrEqual(0.1);
    },
  );
});
