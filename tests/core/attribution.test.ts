import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { cleanName, NameIndex } from '../../src/core/names';
import type { Article, AttributionMethod } from '../../src/core/types';

function article(paragraphs: string[], language = 'en'): Article {
  return {
    url: 'https://example.test/story',
    title: 'Test story',
    source: 'The Harbour Ledger',
    published: null,
    language,
    byline: null,
    paragraphs,
    text: paragraphs.join('\n\n'),
  };
}

interface Case {
  paras: string[];
  lang?: string;
  /** The quotation whose speaker is checked (its exact text). */
  quote: string;
  speaker: string | null;
  method: AttributionMethod | null;
}

function check(c: Case): void {
  const a = article(c.paras, c.lang);
  const quotes = extractQuotes(a);
  const q = quotes.find((x) => x.text === c.quote);
  expect(
    q,
    `quotation «${c.quote}» not found in ${JSON.stringify(quotes.map((x) => x.text))}`,
  ).toBeDefined();
  expect(q!.kind).toBe('statement');
  expect(a.text.slice(q!.start, q!.end)).toBe(q!.text);
  expect({ speaker: q!.speaker, method: q!.speakerMethod }).toEqual({
    speaker: c.speaker,
    method: c.method,
  });
}

const Q = 'The dam will hold through the spring floods';

describe('attribution: English patterns', () => {
  const cases: Case[] = [
    {
      paras: [`“${Q},” Ilse Brandvold said.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`“${Q},” said Ilse Brandvold.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'verb-name',
    },
    {
      paras: [`Ilse Brandvold says: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`“${Q},” according to Ilse Brandvold.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'according-to',
    },
    {
      paras: [`According to Ilse Brandvold, “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'according-to',
    },
    {
      paras: [`Ilse Brandvold told reporters: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'told',
    },
    {
      paras: [`“${Q},” Ilse Brandvold told reporters on Monday.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'told',
    },
    {
      paras: [`Ilse Brandvold’s statement read: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'possessive',
    },
    {
      paras: [`In Ilse Brandvold's words, “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'possessive',
    },
    {
      paras: [`Ilse Brandvold: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'colon',
    },
    {
      paras: [`“${Q},” Ilse Brandvold, the agriculture minister, said on Tuesday.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`Olav Dahl, who runs the ferry, called the decision “a gift to speculators”.`],
      quote: 'a gift to speculators',
      speaker: 'Olav Dahl',
      method: 'name-verb',
    },
  ];
  for (const c of cases) it(c.paras[0]!, () => check(c));

  const verbs = [
    'added',
    'noted',
    'warned',
    'insisted',
    'explained',
    'stated',
    'declared',
    'announced',
    'wrote',
    'argued',
    'replied',
    'asked',
    'claimed',
  ];
  for (const v of verbs) {
    it(`verb "${v}" both ways`, () => {
      check({
        paras: [`“${Q},” Olav Dahl ${v}.`],
        quote: `${Q},`,
        speaker: 'Olav Dahl',
        method: 'name-verb',
      });
      check({
        paras: [`“${Q},” ${v} Olav Dahl.`],
        quote: `${Q},`,
        speaker: 'Olav Dahl',
        method: 'verb-name',
      });
    });
  }
});

describe('attribution: titles and the fullest name', () => {
  const cases: Case[] = [
    {
      paras: [`“${Q},” Agriculture Minister Ilse Brandvold said.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`“${Q},” said Prime Minister Olav Dahl.`],
      quote: `${Q},`,
      speaker: 'Olav Dahl',
      method: 'verb-name',
    },
    {
      paras: [`Dr. Kari Lunde said: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Kari Lunde',
      method: 'name-verb',
    },
    {
      paras: ['Olav Dahl runs the ferry.', `“${Q},” Mr. Dahl said.`],
      quote: `${Q},`,
      speaker: 'Olav Dahl',
      method: 'name-verb',
    },
    {
      paras: [
        'Agriculture Minister Ilse Brandvold opened the fair in Larsberg.',
        `“${Q},” Brandvold said.`,
      ],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`“${Q},” Ms. Lunde said.`, 'Kari Lunde has led the agency since spring.'],
      quote: `${Q},`,
      speaker: 'Kari Lunde',
      method: 'name-verb',
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check(c));
});

describe('attribution: pronouns', () => {
  const cases: Case[] = [
    {
      paras: [`Ilse Brandvold visited the dam. “${Q},” she said.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'pronoun',
    },
    {
      paras: ['Ilse Brandvold visited the dam on Monday.', `“${Q},” she said.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'pronoun',
    },
    {
      // A later mention by surname is the same person.
      paras: ['Ilse Brandvold visited the dam.', `Brandvold walked the crest. “${Q},” she said.`],
      quote: `${Q},`,
      speaker: 'Ilse Brandvold',
      method: 'pronoun',
    },
    {
      paras: [`Ilse Brandvold met Olav Dahl at the dam. “${Q},” she said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
    {
      paras: ['Ilse Brandvold spoke first.', `Olav Dahl and Kari Lunde listened. “${Q},” he said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
    { paras: [`“${Q},” he said.`], quote: `${Q},`, speaker: null, method: null },
    {
      paras: ['Anna Sokolova arrived late.', 'Nobody was surprised.', `“${Q},” she said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check(c));
});

describe('attribution: organisations and anonymous subjects give no speaker', () => {
  const cases: Case[] = [
    { paras: [`“${Q},” the ministry said.`], quote: `${Q},`, speaker: null, method: null },
    {
      paras: [`“${Q},” the Ministry of Agriculture said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
    {
      paras: [`The Larsberg Port Authority said: “${Q}.”`],
      quote: `${Q}.`,
      speaker: null,
      method: null,
    },
    { paras: [`“${Q},” Reuters reported.`], quote: `${Q},`, speaker: null, method: null },
    { paras: [`“${Q},” officials said.`], quote: `${Q},`, speaker: null, method: null },
    { paras: [`“${Q},” a spokesman told reporters.`], quote: `${Q},`, speaker: null, method: null },
    {
      // Olav Dahl is named nearby, but the ministry said the words.
      paras: [`Olav Dahl read the note. “${Q},” the ministry said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check(c));
});

describe('attribution: German', () => {
  const D = 'Der Damm hält der Flut stand';
  const cases: Case[] = [
    {
      paras: [`„${D}“, sagte Ilse Brandvold.`],
      quote: D,
      speaker: 'Ilse Brandvold',
      method: 'verb-name',
    },
    {
      paras: [`Ilse Brandvold sagte: „${D}.“`],
      quote: `${D}.`,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`„${D}“, erklärte Agrarministerin Ilse Brandvold.`],
      quote: D,
      speaker: 'Ilse Brandvold',
      method: 'verb-name',
    },
    { paras: [`„${D}“, betonte Olav Dahl.`], quote: D, speaker: 'Olav Dahl', method: 'verb-name' },
    { paras: [`„${D}“, meinte Olav Dahl.`], quote: D, speaker: 'Olav Dahl', method: 'verb-name' },
    {
      paras: [`Olav Dahl sagt: „${D}.“`],
      quote: `${D}.`,
      speaker: 'Olav Dahl',
      method: 'name-verb',
    },
    {
      paras: [`„${D}“, fügte Olav Dahl hinzu.`],
      quote: D,
      speaker: 'Olav Dahl',
      method: 'verb-name',
    },
    { paras: [`„${D}“, so Olav Dahl.`], quote: D, speaker: 'Olav Dahl', method: 'according-to' },
    {
      paras: [`Laut Olav Dahl ist die Lage „ernst, aber beherrschbar“.`],
      quote: 'ernst, aber beherrschbar',
      speaker: 'Olav Dahl',
      method: 'according-to',
    },
    {
      paras: ['Ilse Brandvold besuchte den Damm.', `„${D}“, sagte sie.`],
      quote: D,
      speaker: 'Ilse Brandvold',
      method: 'pronoun',
    },
    {
      paras: ['Ilse Brandvold traf Olav Dahl am Damm.', `„${D}“, sagte er.`],
      quote: D,
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check({ ...c, lang: 'de' }));
});

describe('attribution: French', () => {
  const F = 'Le barrage tiendra malgré la crue';
  const cases: Case[] = [
    {
      paras: [`« ${F} », a déclaré Marie Dubois.`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'verb-name',
    },
    {
      paras: [`Marie Dubois a dit : « ${F}. »`],
      quote: `${F}.`,
      speaker: 'Marie Dubois',
      method: 'name-verb',
    },
    {
      paras: [`« ${F} », a affirmé la ministre Marie Dubois.`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'verb-name',
    },
    {
      paras: [`« ${F} », a expliqué Marie Dubois.`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'verb-name',
    },
    {
      paras: [`« ${F} », estime Marie Dubois.`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'verb-name',
    },
    {
      paras: [`Marie Dubois déclare : « ${F}. »`],
      quote: `${F}.`,
      speaker: 'Marie Dubois',
      method: 'name-verb',
    },
    {
      paras: [`Selon Marie Dubois, « ${F} ».`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'according-to',
    },
    {
      paras: ['Marie Dubois a visité le barrage.', `« ${F} », a-t-elle dit.`],
      quote: F,
      speaker: 'Marie Dubois',
      method: 'pronoun',
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check({ ...c, lang: 'fr' }));
});

describe('attribution: Spanish', () => {
  const S = 'La presa resistirá la crecida';
  const verbs = ['dijo', 'afirmó', 'declaró', 'aseguró', 'explicó', 'señaló', 'añadió'];
  for (const v of verbs) {
    it(`«…», ${v} Juan Ortega`, () =>
      check({
        paras: [`«${S}», ${v} Juan Ortega.`],
        lang: 'es',
        quote: S,
        speaker: 'Juan Ortega',
        method: 'verb-name',
      }));
  }
  it('según', () =>
    check({
      paras: [`Según Juan Ortega, «${S}».`],
      lang: 'es',
      quote: S,
      speaker: 'Juan Ortega',
      method: 'according-to',
    }));
  it('name before the verb', () =>
    check({
      paras: [`Juan Ortega dijo: «${S}».`],
      lang: 'es',
      quote: S,
      speaker: 'Juan Ortega',
      method: 'name-verb',
    }));
  it('dijo ella', () =>
    check({
      paras: ['Lucía Herrera visitó la presa.', `«${S}», dijo ella.`],
      lang: 'es',
      quote: S,
      speaker: 'Lucía Herrera',
      method: 'pronoun',
    }));
});

describe('attribution: Russian', () => {
  const R = 'Плотина выдержит весенний паводок';
  const cases: Case[] = [
    {
      paras: [`«${R}», — сказал Иван Петров.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — сказала Анна Соколова.`],
      quote: R,
      speaker: 'Анна Соколова',
      method: 'verb-name',
    },
    {
      paras: [`Иван Петров заявил: «${R}».`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'name-verb',
    },
    {
      paras: [`«${R}», — заявила Анна Соколова.`],
      quote: R,
      speaker: 'Анна Соколова',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — отметил Иван Петров.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — подчеркнула Анна Соколова.`],
      quote: R,
      speaker: 'Анна Соколова',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — добавил Иван Петров.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — считает Иван Петров.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'verb-name',
    },
    {
      paras: [`«${R}», — пояснила Анна Соколова.`],
      quote: R,
      speaker: 'Анна Соколова',
      method: 'verb-name',
    },
    // Inflected names are returned as written.
    {
      paras: [`По словам Ивана Петрова, «${R.toLowerCase()}».`],
      quote: R.toLowerCase(),
      speaker: 'Ивана Петрова',
      method: 'according-to',
    },
    {
      paras: ['Иван Петров осмотрел плотину.', `«${R}», — сказал он.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'pronoun',
    },
    {
      paras: ['Иван Петров встретил Анну Соколову.', `«${R}», — сказал он.`],
      quote: R,
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check({ ...c, lang: 'ru' }));
});

describe('attribution: quotations that continue a speaker', () => {
  it('a second quotation right after an attributed one keeps its speaker', () => {
    const a = article([`“${Q},” Ilse Brandvold said on Monday. “We built it well.”`]);
    const quotes = extractQuotes(a);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      [`${Q},`, 'Ilse Brandvold'],
      ['We built it well.', 'Ilse Brandvold'],
    ]);
  });

  it('does not lend the previous speaker to a quotation with its own reporting clause', () => {
    const a = article([`“${Q},” Ilse Brandvold said. “It will not,” the ministry said.`]);
    const quotes = extractQuotes(a);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      [`${Q},`, 'Ilse Brandvold'],
      ['It will not,', null],
    ]);
  });

  it('carries the speaker into a paragraph that is only a quotation', () => {
    const a = article([`“${Q},” Olav Dahl said.`, '“The engineers checked every gate.”']);
    const quotes = extractQuotes(a);
    expect(quotes[1]!.text).toBe('The engineers checked every gate.');
    expect(quotes[1]!.paragraph).toBe(1);
    expect(quotes[1]!.speaker).toBe('Olav Dahl');
  });

  it('does not carry a speaker past a sentence about someone else', () => {
    const a = article([`“${Q},” Ilse Brandvold said. Olav Dahl disagreed. “It will not.”`]);
    const quotes = extractQuotes(a);
    expect(quotes[1]!.text).toBe('It will not.');
    expect(quotes[1]!.speaker).toBeNull();
  });
});

describe('names', () => {
  it('strips titles and leading words', () => {
    expect(cleanName('Agriculture Minister Ilse Brandvold')?.tokens).toEqual(['Ilse', 'Brandvold']);
    expect(cleanName('But Prime Minister Olav Dahl')?.tokens).toEqual(['Olav', 'Dahl']);
    expect(cleanName('Dr. Kari Lunde')).toEqual({ tokens: ['Kari', 'Lunde'], titled: true });
    expect(cleanName('Brandvold’s')?.tokens).toEqual(['Brandvold']);
  });

  it('rejects organisations, pronouns and dates', () => {
    expect(cleanName('The Ministry of Agriculture')).toBeNull();
    expect(cleanName('Reuters')).toBeNull();
    expect(cleanName('NATO')).toBeNull();
    expect(cleanName('He')).toBeNull();
    expect(cleanName('Tuesday')).toBeNull();
  });

  it('expands a surname to the fullest form, and the nearest one when two people share it', () => {
    const text =
      'Ilse Brandvold spoke. Later Ilse Marit Brandvold and Per Haug met. Eva Haug came. Haug left.';
    const index = new NameIndex(text);
    expect(index.fullest(['Brandvold'], text.length)).toEqual(['Ilse', 'Marit', 'Brandvold']);
    expect(index.fullest(['Haug'], text.indexOf('Haug left'))).toEqual(['Eva', 'Haug']);
    expect(index.fullest(['Haug'], text.indexOf('Eva Haug'))).toEqual(['Per', 'Haug']);
    expect(index.fullest(['Lunde'], 0)).toEqual(['Lunde']);
  });
});
