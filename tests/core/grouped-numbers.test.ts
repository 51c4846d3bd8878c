import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';

// Invented reports of one statement: French groups thousands with a space, German with a
// point.
const german = makeArticle({
  url: 'https://bote.example/halvik-plan',
  title: 'Halvik verspricht Arbeitsplätze im Norden',
  source: 'Nordbote',
  published: '2026-05-04T10:00:00Z',
  language: 'de',
  text: [
    'Minister Teodor Halvik stellte am Montag in Larsberg seinen Plan für die Industrie im Norden vor.',
    '„Wir werden bis Ende des Jahres 15.000 Arbeitsplätze schaffen“, sagte Halvik vor den Arbeitern in Larsberg.',
    'Der Plan kostet 2,4 Milliarden.',
  ].join('\n\n'),
});
const french = (figure: string) =>
  makeArticle({
    url: 'https://courrier.example/halvik-plan',
    title: 'Halvik promet des emplois dans le nord',
    source: 'Courrier du Nord',
    published: '2026-05-04T08:00:00Z',
    language: 'fr',
    text: [
      'Le ministre Teodor Halvik a présenté lundi à Larsberg son plan pour l’industrie du nord.',
      `« Nous allons créer ${figure} emplois d’ici à la fin de l’année », a déclaré Halvik devant les ouvriers de Larsberg.`,
      'Le plan coûtera 2,4 milliards.',
    ].join('\n\n'),
  });
const verdict = (figure: string) =>
  analyze(french(figure), Corpus.fromArticles([german]), {
    background: loadBackground(),
    lexicon: loadLexicon(),
  }).quotes.find((q) => q.text.includes('emplois'))?.verdict;

describe('figures grouped in the way of each language', () => {
  it('do not make a faithful translation look altered', () => {
    // "15 000" with a plain, a no-break and a narrow no-break space, as French pages write it.
    for (const figure of ['15 000', '15\u00A0000', '15\u202F000'])
      expect(verdict(figure), JSON.stringify(figure)).toBe('variant');
  });

  it('still flag a changed figure', () => {
    expect(verdict('25 000')).toBe('altered');
  });
});
