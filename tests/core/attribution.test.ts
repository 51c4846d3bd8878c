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
      // The only person named in the two paragraphs before.
      paras: ['Anna Sokolova arrived late.', 'Nobody was surprised.', `“${Q},” she said.`],
      quote: `${Q},`,
      speaker: 'Anna Sokolova',
      method: 'pronoun',
    },
    {
      // Three paragraphs back is too far.
      paras: [
        'Anna Sokolova arrived late.',
        'Nobody was surprised.',
        'It rained.',
        `“${Q},” she said.`,
      ],
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
      // Two people, but the surnames mark their gender and "он" is masculine.
      paras: ['Иван Петров и Анна Смоленская осмотрели плотину.', `«${R}», — сказал он.`],
      quote: R,
      speaker: 'Иван Петров',
      method: 'pronoun',
    },
    {
      paras: ['Иван Петров и Анна Соколова осмотрели плотину.', `«${R}», — сказала она.`],
      quote: R,
      speaker: 'Анна Соколова',
      method: 'pronoun',
    },
    {
      // Two men: "он" cannot tell them apart.
      paras: ['Иван Петров встретил Олега Смирнова.', `«${R}», — сказал он.`],
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

describe('attribution: roles and descriptions before the name', () => {
  const D = 'Der Damm hält der Flut stand';
  const cases: Case[] = [
    {
      lang: 'de',
      paras: [`„${D}“, sagte Anwohnerin Greta Olsberg, deren Laden am Hafen liegt.`],
      quote: D,
      speaker: 'Greta Olsberg',
      method: 'verb-name',
    },
    {
      lang: 'de',
      paras: [`Die Statikerin Malin Torvik vom Institut für Wasserbau erklärte: „${D}.“`],
      quote: `${D}.`,
      speaker: 'Malin Torvik',
      method: 'name-verb',
    },
    {
      lang: 'de',
      paras: [
        `Laut der Versicherungsanalystin Britt Haugen ist der Schaden „kleiner als befürchtet“.`,
      ],
      quote: 'kleiner als befürchtet',
      speaker: 'Britt Haugen',
      method: 'according-to',
    },
    {
      lang: 'de',
      paras: [`„${D}“, sagte Schichtleiter Jonas Brekke, der die Nacht am Deich verbrachte.`],
      quote: D,
      speaker: 'Jonas Brekke',
      method: 'verb-name',
    },
    {
      lang: 'de',
      paras: [`„${D}“, erklärte Vizedirektor Arne Solum.`],
      quote: D,
      speaker: 'Arne Solum',
      method: 'verb-name',
    },
    {
      paras: [`Commander Lise Tveit of the harbour police praised the crews, saying “${Q}”.`],
      quote: Q,
      speaker: 'Lise Tveit',
      method: 'name-verb',
    },
    {
      paras: [`“${Q},” said Varnholm coach Tobias Eide, who blamed the pitch.`],
      quote: `${Q},`,
      speaker: 'Tobias Eide',
      method: 'verb-name',
    },
    {
      paras: [`“${Q},” said the Ministry of Culture's Hedda Moe.`],
      quote: `${Q},`,
      speaker: 'Hedda Moe',
      method: 'verb-name',
    },
    {
      lang: 'fr',
      paras: [
        `« Le barrage tiendra malgré la crue », a déclaré la ministre de la Culture, Odile Ferrand, qui a visité le site.`,
      ],
      quote: 'Le barrage tiendra malgré la crue',
      speaker: 'Odile Ferrand',
      method: 'verb-name',
    },
    {
      lang: 'fr',
      paras: [
        `« Le barrage tiendra malgré la crue », a déclaré le ministre des Transports, Gaspard Liénard.`,
      ],
      quote: 'Le barrage tiendra malgré la crue',
      speaker: 'Gaspard Liénard',
      method: 'verb-name',
    },
    {
      lang: 'es',
      paras: [
        `«La presa resistirá la crecida», dijo el ministro de Economía, Iñaki Berrondo, durante la visita.`,
      ],
      quote: 'La presa resistirá la crecida',
      speaker: 'Iñaki Berrondo',
      method: 'verb-name',
    },
    {
      lang: 'es',
      paras: [
        `«La presa resistirá la crecida», dijo el entrenador del Deportivo Almenar, Ramiro Solís.`,
      ],
      quote: 'La presa resistirá la crecida',
      speaker: 'Ramiro Solís',
      method: 'verb-name',
    },
    {
      lang: 'ru',
      paras: [
        `Пенсионерка Алевтина Шубина провела ночь в школе. «Плотина выдержит весенний паводок», — сказала она.`,
      ],
      quote: 'Плотина выдержит весенний паводок',
      speaker: 'Алевтина Шубина',
      method: 'pronoun',
    },
    {
      lang: 'ru',
      paras: [
        `«Плотина выдержит весенний паводок», — заявила директор компании «Лесной двор» Дарья Ковалёва.`,
      ],
      quote: 'Плотина выдержит весенний паводок',
      speaker: 'Дарья Ковалёва',
      method: 'verb-name',
    },
    {
      lang: 'ru',
      paras: [
        `«Плотина выдержит весенний паводок», — рассказывает «Вестнику» гендиректор компании Аркадий Лыков.`,
      ],
      quote: 'Плотина выдержит весенний паводок',
      speaker: 'Аркадий Лыков',
      method: 'verb-name',
    },
    {
      lang: 'de',
      paras: [`„${D}“, sagte der Minister für Verkehr, Jonas Brekke, am Montag.`],
      quote: D,
      speaker: 'Jonas Brekke',
      method: 'verb-name',
    },
  ];
  for (const c of cases) it(`${c.lang ?? 'en'}: ${c.paras.join(' / ')}`, () => check(c));
});

describe('attribution: a place or organisation in front of the name', () => {
  const R = 'Плотина выдержит весенний паводок';
  const cases: Case[] = [
    {
      lang: 'ru',
      paras: [`«${R}», — сказал мэр Белозерска Тимофей Гаврилов на заседании штаба.`],
      quote: R,
      speaker: 'Тимофей Гаврилов',
      method: 'verb-name',
    },
    {
      lang: 'ru',
      paras: [`«${R}», — сказала жительница улицы Садовой Нина Ершова.`],
      quote: R,
      speaker: 'Нина Ершова',
      method: 'verb-name',
    },
    {
      // With a patronymic, three words are one name.
      lang: 'ru',
      paras: [`«${R}», — сказал Тимофей Ильич Гаврилов.`],
      quote: R,
      speaker: 'Тимофей Ильич Гаврилов',
      method: 'verb-name',
    },
    {
      // The complement of a role is never the speaker.
      paras: [`“${Q},” said the mayor of Larsberg.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
    {
      lang: 'fr',
      paras: [`« Le barrage tiendra malgré la crue », a déclaré le maire de Port-Sauvin.`],
      quote: 'Le barrage tiendra malgré la crue',
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(`${c.lang ?? 'en'}: ${c.paras.join(' / ')}`, () => check(c));
});

describe('attribution: declined Russian names take the nominative full form', () => {
  const R = 'плотина выдержит весенний паводок';
  const cases: Case[] = [
    {
      paras: [`На дамбе работает министр Лидия Корнеева. По словам Корнеевой, «${R}».`],
      quote: R,
      speaker: 'Лидия Корнеева',
      method: 'according-to',
    },
    {
      paras: ['Мэр Степан Громов провёл ночь в штабе.', `По словам Громова, «${R}».`],
      quote: R,
      speaker: 'Степан Громов',
      method: 'according-to',
    },
    {
      paras: ['Директор агентства Инес Альмейда провела брифинг.', `По словам Альмейды, «${R}».`],
      quote: R,
      speaker: 'Инес Альмейда',
      method: 'according-to',
    },
    {
      paras: ['Глава банка Томас Эрквист выступил утром.', `По словам Эрквиста, «${R}».`],
      quote: R,
      speaker: 'Томас Эрквист',
      method: 'according-to',
    },
    {
      paras: ['Мэр Степан Громов провёл ночь в штабе.', `По словам Степана Громова, «${R}».`],
      quote: R,
      speaker: 'Степан Громов',
      method: 'according-to',
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check({ ...c, lang: 'ru' }));
});

describe('attribution: more reporting patterns', () => {
  const cases: Case[] = [
    {
      lang: 'fr',
      paras: [`« J'ai cru que la digue allait céder », a raconté Clémence Aubry.`],
      quote: "J'ai cru que la digue allait céder",
      speaker: 'Clémence Aubry',
      method: 'verb-name',
    },
    {
      lang: 'fr',
      paras: [
        `Selon Honorine Vasseur, « la grève durera tout l'hiver ». La secrétaire générale du syndicat assure que les grévistes tiendront « aussi longtemps qu'il le faudra ».`,
      ],
      quote: "aussi longtemps qu'il le faudra",
      speaker: 'Honorine Vasseur',
      method: 'pronoun',
    },
    {
      lang: 'es',
      paras: [`«Pensé que el dique no aguantaría la noche», contó Amparo Lezama.`],
      quote: 'Pensé que el dique no aguantaría la noche',
      speaker: 'Amparo Lezama',
      method: 'verb-name',
    },
    {
      lang: 'de',
      paras: [`„So etwas habe ich hier noch nie erlebt“, erzählte Henrike Dalen.`],
      quote: 'So etwas habe ich hier noch nie erlebt',
      speaker: 'Henrike Dalen',
      method: 'verb-name',
    },
    {
      lang: 'ru',
      paras: [`«Дамбу укрепят до конца лета», — пообещал Аркадий Лыков.`],
      quote: 'Дамбу укрепят до конца лета',
      speaker: 'Аркадий Лыков',
      method: 'verb-name',
    },
    {
      paras: [
        'Minister Ilse Brandvold met the engineers.',
        `Brandvold's statement, released an hour later, struck a similar tone: “${Q}.”`,
      ],
      quote: `${Q}.`,
      speaker: 'Ilse Brandvold',
      method: 'possessive',
    },
    {
      paras: [`Harbour master Eirik Sand's statement, issued on Sunday, read: “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'Eirik Sand',
      method: 'possessive',
    },
    {
      paras: [
        `A ferry captain, Sigrun Holm, said her crew had started sailing to “any harbour that will take us, whatever the weather”.`,
      ],
      quote: 'any harbour that will take us, whatever the weather',
      speaker: 'Sigrun Holm',
      method: 'name-verb',
    },
    {
      // A quotation that ends a sentence ends it for the next one too.
      paras: [
        `Olav Dahl called the plan “a gift to speculators.” Her deputy, Kari Lunde, suggested that the vote was “rushed and careless”.`,
      ],
      quote: 'rushed and careless',
      speaker: 'Kari Lunde',
      method: 'name-verb',
    },
  ];
  for (const c of cases) it(`${c.lang ?? 'en'}: ${c.paras.join(' / ')}`, () => check(c));
});

describe('attribution: words that look like a subject but are not', () => {
  const cases: Case[] = [
    {
      // A name that qualifies a noun is not the subject.
      paras: [`In opposing the Lunde request, the agency wrote in a filing that it was “${Q}”.`],
      quote: Q,
      speaker: null,
      method: null,
    },
    {
      // The campaign spoke, not the person it belongs to.
      paras: [`Dahl's campaign said in a statement that “${Q}”.`],
      quote: Q,
      speaker: null,
      method: null,
    },
    {
      // A spokesman after a named minister is somebody else.
      paras: [`Minister Ilse Brandvold toured the dam. “${Q},” the spokesman said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
    {
      // A German pronoun inside an English word is not a pronoun.
      paras: [`A ferry owner, Per Haug, said the harbour was “${Q}”.`],
      quote: Q,
      speaker: 'Per Haug',
      method: 'name-verb',
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check(c));
});

describe('names: roles, places and declension', () => {
  it('drops German role nouns before a given name and a surname, in German only', () => {
    expect(cleanName('Ökonomin Petra Lund', 'de')?.tokens).toEqual(['Petra', 'Lund']);
    expect(cleanName('Anwohner Bernd Sørli', 'de')?.tokens).toEqual(['Bernd', 'Sørli']);
    expect(cleanName('Sicherheitsforscherin Aiko Tamura', 'de')?.tokens).toEqual([
      'Aiko',
      'Tamura',
    ]);
    // Two words are a given name and a surname, even when the first looks like a role.
    expect(cleanName('Walter Brandt', 'de')?.tokens).toEqual(['Walter', 'Brandt']);
    expect(cleanName('Walter Scott Brandt', 'en')?.tokens).toEqual(['Walter', 'Scott', 'Brandt']);
  });

  it('keeps a title-like surname and drops an abbreviated title at the end', () => {
    expect(cleanName('Martin Luther King')?.tokens).toEqual(['Martin', 'Luther', 'King']);
    expect(cleanName('Prime Minister John Major')?.tokens).toEqual(['John', 'Major']);
    expect(cleanName('Pennsylvania Gov.')).toBeNull();
    expect(cleanName('Vice President')).toBeNull();
  });

  it('reads the name after a possessive inside the run', () => {
    expect(cleanName("Culture's Hedda Moe")?.tokens).toEqual(['Hedda', 'Moe']);
    expect(cleanName("CNN's Fault Ted Brook")?.tokens).toEqual(['Ted', 'Brook']);
  });

  it('drops a Russian place or descriptor before a two-word name', () => {
    expect(cleanName('Белозерска Тимофей Гаврилов')?.tokens).toEqual(['Тимофей', 'Гаврилов']);
    expect(cleanName('Тимофей Ильич Гаврилов')?.tokens).toEqual(['Тимофей', 'Ильич', 'Гаврилов']);
  });

  it('expands declined Russian surnames to the nominative full form', () => {
    const text = 'Министр Лидия Корнеева приехала. Мэр Степан Громов ждал. Ивана Зотова не было.';
    const index = new NameIndex(text, 'ru');
    expect(index.fullest(['Корнеевой'], text.length)).toEqual(['Лидия', 'Корнеева']);
    expect(index.fullest(['Громова'], text.length)).toEqual(['Степан', 'Громов']);
    expect(index.fullest(['Степана', 'Громова'], text.length)).toEqual(['Степан', 'Громов']);
    expect(index.isKnownSurname('Громовым')).toBe(true);
    // Without a nominative form in the article the name stays as written.
    expect(index.fullest(['Зотова'], text.length)).toEqual(['Ивана', 'Зотова']);
    expect(index.fullest(['Лапиной'], text.length)).toEqual(['Лапиной']);
  });
});

describe('attribution: subjects with asides, domains and places', () => {
  const cases: Case[] = [
    {
      paras: [
        `On Monday, the director of the Harbour Safety Bureau, Kari M. Lunde, said the gates were “${Q}”.`,
      ],
      quote: Q,
      speaker: 'Kari M. Lunde',
      method: 'name-verb',
    },
    {
      paras: [`Minister of Fisheries Olav Dahl said the new dam was “${Q}”.`],
      quote: Q,
      speaker: 'Olav Dahl',
      method: 'name-verb',
    },
    {
      paras: [`Senator Ilse Brandvold of Nordmark lamented the “${Q}” rhetoric.`],
      quote: Q,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      paras: [`Just last week, J.K. Sand, editor of The Harbour Ledger, wrote, “${Q}.”`],
      quote: `${Q}.`,
      speaker: 'J.K. Sand',
      method: 'name-verb',
    },
    {
      paras: [
        `The trouble with the dam, says Per Haug, an engineer at the port, is that it was “${Q}”.`,
      ],
      quote: Q,
      speaker: 'Per Haug',
      method: 'name-verb',
    },
    {
      // Places are set off by commas too.
      paras: [`Ilse Brandvold, speaking in Larsberg, Nordmark, said the dam was “${Q}”.`],
      quote: Q,
      speaker: 'Ilse Brandvold',
      method: 'name-verb',
    },
    {
      // The name after "says" is the subject of what was said, not the speaker.
      paras: [`A ferry owner from Vardo says Brandvold will “${Q}”.`],
      quote: Q,
      speaker: null,
      method: null,
    },
    {
      // An organisation named with "the … of …" is not a person.
      paras: [
        `Per Haug, president of the Federation of Harbour Pilots, which represents harbour pilots, said he hoped the strike sends a message that “${Q}”.`,
      ],
      quote: Q,
      speaker: 'Per Haug',
      method: 'name-verb',
    },
  ];
  for (const c of cases) it(c.paras.join(' / '), () => check(c));
});

describe('attribution: a definite role stands for the person named before it', () => {
  const cases: Case[] = [
    {
      lang: 'de',
      paras: [
        'Die Ministerin Petra Lund besuchte den Deich.',
        '„Der Damm hält der Flut stand“, sagte die Ministerin.',
      ],
      quote: 'Der Damm hält der Flut stand',
      speaker: 'Petra Lund',
      method: 'pronoun',
    },
    {
      // A spokesman is someone else.
      lang: 'de',
      paras: [
        'Petra Lund besuchte den Deich. „Der Damm hält der Flut stand“, sagte der Regierungssprecher.',
      ],
      quote: 'Der Damm hält der Flut stand',
      speaker: null,
      method: null,
    },
    {
      lang: 'ru',
      paras: [
        'Губернатор Ольга Сизова осмотрела дамбу. «Дамбу укрепят до конца лета», — пообещала губернатор.',
      ],
      quote: 'Дамбу укрепят до конца лета',
      speaker: 'Ольга Сизова',
      method: 'pronoun',
    },
    {
      lang: 'es',
      paras: [
        'El alcalde Tomás Ezcurra visitó la presa. «La presa resistirá la crecida», aseguró el alcalde.',
      ],
      quote: 'La presa resistirá la crecida',
      speaker: 'Tomás Ezcurra',
      method: 'pronoun',
    },
    {
      paras: [`Senator Olav Dahl toured the dam on Monday. “${Q},” the senator said.`],
      quote: `${Q},`,
      speaker: 'Olav Dahl',
      method: 'pronoun',
    },
    {
      // Two people named before: the role picks the one who holds it.
      paras: [`Senator Olav Dahl met Governor Kari Lunde. “${Q},” the senator said.`],
      quote: `${Q},`,
      speaker: 'Olav Dahl',
      method: 'pronoun',
    },
    {
      // Nobody named before holds the role: no speaker rather than a guess.
      paras: [`Olav Dahl met Kari Lunde. “${Q},” the senator said.`],
      quote: `${Q},`,
      speaker: null,
      method: null,
    },
  ];
  for (const c of cases) it(`${c.lang ?? 'en'}: ${c.paras.join(' / ')}`, () => check(c));
});

describe('attribution: the person after a role and its place', () => {
  const cases: Case[] = [
    {
      lang: 'de',
      paras: [
        '„Der Damm hält der Flut stand“, sagte die Bürgermeisterin von Kesselbach, Anke Rohde.',
      ],
      quote: 'Der Damm hält der Flut stand',
      speaker: 'Anke Rohde',
      method: 'verb-name',
    },
    {
      lang: 'es',
      paras: ['Según el portavoz del Gobierno, Tomás Ezcurra, «la presa resistirá la crecida».'],
      quote: 'la presa resistirá la crecida',
      speaker: 'Tomás Ezcurra',
      method: 'according-to',
    },
    {
      lang: 'es',
      paras: ['«La presa resistirá la crecida», afirmó la alcaldesa de Villaseca, Rosa Iriarte.'],
      quote: 'La presa resistirá la crecida',
      speaker: 'Rosa Iriarte',
      method: 'verb-name',
    },
    {
      lang: 'fr',
      paras: [
        'Selon la porte-parole de la préfecture, Inès Moreau, « la digue tiendra jusqu’au printemps ».',
      ],
      quote: 'la digue tiendra jusqu’au printemps',
      speaker: 'Inès Moreau',
      method: 'according-to',
    },
    {
      lang: 'ru',
      paras: [
        '«Плотина выдержит весенний паводок», — сообщила пресс-секретарь губернатора Ольга Сизова.',
      ],
      quote: 'Плотина выдержит весенний паводок',
      speaker: 'Ольга Сизова',
      method: 'verb-name',
    },
  ];
  for (const c of cases) it(`${c.lang}: ${c.paras.join(' / ')}`, () => check(c));
});
