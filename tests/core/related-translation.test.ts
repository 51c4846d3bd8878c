import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';

// Invented reports, each with its translation by another outlet.
const report = (
  url: string,
  language: string,
  published: string | null,
  title: string,
  text: string,
): Article => makeArticle({ url, title, source: new URL(url).hostname, published, language, text });

const pairOf = (a: Article, b: Article, lexicon = true) => {
  const { scored } = findRelated(a, Corpus.fromArticles([a, b]), {
    background: loadBackground(),
    lexicon: lexicon ? loadLexicon() : null,
  });
  return scored[0];
};

describe('same story across languages', () => {
  // One name is shared, a newspaper's, too common a word to tie two reports to one event,
  // and the date: the stored evidence alone makes the pair look like one story, yet only
  // the wording can show that it is one event and not two.
  const en = report(
    'https://northgate.example/housing',
    'en',
    '2026-06-04T08:00:00Z',
    'The mayor could only shake his head',
    'The mayor could only shake his head. The newspaper "Die Woche" first asked the housing cooperative about its dubious transactions, the hydraulic dam and the risk of insolvency in July, and the cooperative did not answer.',
  );
  const es = report(
    'https://diario.example/viviendas',
    'es',
    '2026-06-04T11:00:00Z',
    'El alcalde sólo pudo negar con la cabeza',
    'El alcalde sólo pudo negar con la cabeza. El periódico "Die Woche" preguntó primero a la cooperativa de viviendas por sus dudosas transacciones, la presa hidráulica y el riesgo de insolvencia en julio, y la cooperativa no respondió.',
  );

  it('reads the texts of a translation whose only shared name is not specific, and finds it one story', () => {
    const s = pairOf(en, es)!;
    expect(s.facets.lexical).toBeGreaterThan(0);
    expect(s.anchored).toBe(true);
    expect(s.relation).toBe('same-story');
  });

  // No name, figure or date: a translation shares only words the lexicon links.
  const enPlain = report(
    'https://northgate.example/hospitals',
    'en',
    null,
    'Hospitals need more nurses, doctors say',
    'Doctors warned on the radio on Monday that hospitals need more nurses before the winter, because many patients wait too long, children and old people are sick, and the government has not paid for new beds. The minister said the money will come next year.',
  );
  const dePlain = report(
    'https://zeitung.example/kliniken',
    'de',
    null,
    'Krankenhäuser brauchen mehr Pflegekräfte, sagen Ärzte',
    'Ärzte warnten am Montag im Radio, dass Krankenhäuser vor dem Winter mehr Krankenschwestern brauchen, weil viele Patienten zu lange warten, Kinder und alte Menschen krank sind und die Regierung keine neuen Betten bezahlt hat. Der Minister sagte, das Geld komme nächstes Jahr.',
  );

  // Such a pair shares no specific actor, figure or date: it is listed as a related topic,
  // no more (the same story needs evidence of one event).
  it('takes words the lexicon links across languages as evidence of a translation', () => {
    const withLexicon = pairOf(enPlain, dePlain)!;
    const without = pairOf(enPlain, dePlain, false);
    expect(withLexicon.facets.cross).toBeGreaterThan(without?.facets.cross ?? 0);
    expect(withLexicon.relation).toBe('related');
    expect(without?.relation ?? null).toBeNull();
  });

  it('keeps two stories on one topic in two languages apart', () => {
    const other = report(
      'https://zeitung.example/schulen',
      'de',
      null,
      'Schulen brauchen mehr Lehrer, sagen Eltern',
      'Eltern forderten in der Zeitung mehr Lehrer für die Schulen im Herbst, weil die Klassen zu groß sind und die Stadt keine neuen Räume gebaut hat.',
    );
    expect(pairOf(enPlain, other)?.relation ?? null).not.toBe('same-story');
  });
});
