import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import { hasBackground, nameRarity, wordRarity } from '../../src/core/background';
import { Corpus } from '../../src/core/corpus';
import { entityKeys, nameKey } from '../../src/core/features';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';
import { article } from './make-article';

const bg = loadBackground();
/** The index key of a name, as the engine looks it up (features.ts). */
const keyOf = (name: string) => name.toLowerCase().split(' ').map(nameKey).join(' ');
/** Rarity from which a shared name ties two articles to one event (related.ts). */
const SPECIFIC = 0.7;

const lexicon = loadLexicon();

/** What the engine makes of `other` as coverage of `query`, in a corpus of the articles given. */
function scoredAs(query: Article, other: Article, ...rest: Article[]) {
  const corpus = Corpus.fromArticles([query, other, ...rest]);
  return findRelated(query, corpus, { background: bg, lexicon }).scored.find(
    (s) => corpus.meta(s.doc).url === other.url,
  );
}

describe('how rare a name is, whatever key or form it comes in', () => {
  it('gives a surname cut to its first letters the rarity of the surname', () => {
    // "Hillary Clinton" is indexed as "hilari clinton" and "clinto" (see entityKeys).
    const keys = entityKeys({
      text: 'Hillary Clinton',
      key: keyOf('Hillary Clinton'),
      type: 'name',
    });
    expect(keys).toContain('clinto');
    expect(nameRarity(bg, 'clinto')).toBeLessThan(SPECIFIC);
    expect(nameRarity(bg, 'clinto')).toBeCloseTo(nameRarity(bg, 'clinton'), 1);
    // A cut name nobody else has stays as rare as the whole one.
    expect(nameRarity(bg, 'brandv')).toBe(1);
  });

  it('knows the names the news repeats in their declined and Cyrillic forms', () => {
    for (const name of ['Трампа', 'Трамп', 'Клинтон', 'Обамы', 'Trumpa', 'Putina', 'Макрона'])
      expect(nameRarity(bg, keyOf(name), true), name).toBeLessThan(SPECIFIC);
    // Only for articles in a language that declines names: elsewhere "Trumpa" is a name
    // of its own, and an unknown name stays rare in any form.
    expect(nameRarity(bg, keyOf('Trumpa'))).toBe(1);
    for (const name of ['Dossa', 'Брандвольда'])
      expect(nameRarity(bg, keyOf(name), true), name).toBe(1);
  });

  it('reads Turkish words against Turkish text', () => {
    expect(hasBackground(bg, 'tr')).toBe(true);
    for (const word of ['ve', 'bir', 'için'])
      expect(wordRarity(bg, 'tr', word), word).toBeLessThan(0.3);
    expect(wordRarity(bg, 'tr', 'brandvold')).toBe(1);
  });
});

describe('related coverage on one common name', () => {
  // Invented stories of one day, in Russian: a court ruling and a trade talk, both
  // naming the American president in the genitive.
  const court = article('https://a.example/sud', 'ru', 'Суд в Казани отклонил иск против завода', [
    'Суд в Казани отклонил иск жителей против химического завода, сообщила судья Марина Гладкова.',
    'Жители жаловались на запах, а представители завода ссылались на проверку, проведённую при администрации Трампа.',
  ]);
  const trade = article(
    'https://b.example/torg',
    'ru',
    'Переговоры о пошлинах на сталь продолжатся',
    [
      'Переговоры о пошлинах на сталь продолжатся в июне, заявил министр Олег Ветров.',
      'Пошлины были введены по решению Трампа, напомнил Ветров.',
    ],
  );
  const tradeElsewhere = article(
    'https://c.example/stal',
    'ru',
    'Ветров: переговоры по стали продолжатся в июне',
    ['Министр Олег Ветров заявил, что переговоры о пошлинах на сталь продолжатся в июне.'],
  );

  it('does not make two Russian stories one on the president they both name', () => {
    // The name alone is no evidence of one event: the pair's score stays capped.
    expect(scoredAs(court, trade, tradeElsewhere)?.anchored).toBe(false);
    expect(scoredAs(trade, court, tradeElsewhere)?.anchored).toBe(false);
    expect(scoredAs(court, trade, tradeElsewhere)?.relation).not.toBe('same-story');
    expect(scoredAs(trade, court, tradeElsewhere)?.relation).not.toBe('same-story');
    // The minister only the two trade reports name still makes them one story.
    expect(scoredAs(trade, tradeElsewhere, court)?.relation).toBe('same-story');
  });

  it('counts a long name once, not once for each of its keys', () => {
    // Two stories that share one rare name and nothing else: a name of seven letters or
    // more has a second key (its first six letters), which must not double its weight.
    const long = (url: string, title: string, line: string) =>
      article(url, 'en', title, [line, 'Nothing else in the two reports is the same.']);
    const a = long(
      'https://d.example/a',
      'Harbour works begin',
      'Harbour works began at Vraskholm on Monday.',
    );
    const b = long(
      'https://e.example/b',
      'Choir wins a prize',
      'A choir from Vraskholm won a national prize.',
    );
    const c = long(
      'https://f.example/c',
      'Harbour works begin',
      'Harbour works began at Vrask on Monday.',
    );
    const d = long(
      'https://g.example/d',
      'Choir wins a prize',
      'A choir from Vrask won a national prize.',
    );
    const longFacet = scoredAs(a, b)!.facets.entities;
    const shortFacet = scoredAs(c, d)!.facets.entities;
    expect(longFacet).toBeLessThan(1);
    expect(longFacet).toBeCloseTo(shortFacet, 2);
  });

  it('takes no capitalised news word for an actor of one story', () => {
    // Invented stories of one day that share only "the Senate" and "Americans": the
    // lexicon lists both as news vocabulary, so neither ties them to one event.
    const [farm, judge] = (
      [
        [
          'farm',
          'Senate passes the farm bill',
          'The Senate passed the farm bill on Tuesday after a long debate, said Harriet Quellby.',
          'Americans will see the new subsidies from the autumn.',
        ],
        [
          'judge',
          'Judge confirmed after hearing',
          'The Senate confirmed Osric Venmoor as a federal judge on Tuesday.',
          'Americans had followed the hearing closely, a pollster said.',
        ],
      ] as const
    ).map(([slug, title, ...text]) =>
      article(`https://${slug}.example/news`, 'en', title, [...text]),
    );
    if (!farm || !judge) throw new Error('two articles expected');
    expect(scoredAs(farm, judge)?.anchored).toBe(false);
    expect(scoredAs(judge, farm)?.anchored).toBe(false);
  });
});
