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

  // Such a pair shares no specific actor, figure or date: only the words the lexicon
  // links show that one text translates the other, and that is evidence of one event.
  it('takes words the lexicon links across languages as evidence of a translation', () => {
    const withLexicon = pairOf(enPlain, dePlain)!;
    const without = pairOf(enPlain, dePlain, false);
    expect(withLexicon.facets.cross).toBeGreaterThan(without?.facets.cross ?? 0);
    expect(withLexicon.anchored).toBe(true);
    expect(withLexicon.relation).toBe('same-story');
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

/** The relation of a pair with each article as the query. */
const bothWays = (a: Article, b: Article) =>
  [a, b].map((q) => pairOf(q, q === a ? b : a)?.relation ?? null);

describe('same story between Arabic and languages in Latin letters', () => {
  // Arabic has no capitals: every word gives a consonant skeleton, and the names of a
  // translation are found among them. No date, figure or word in common.
  const en = report(
    'https://northgate.example/bridge',
    'en',
    null,
    'Minister Karlo Brentano opens the Stalbrook bridge',
    'Minister Karlo Brentano opened the new Stalbrook bridge over the river on Tuesday. Brentano said the bridge would shorten the journey to the port for thousands of drivers.',
  );
  const ar = report(
    'https://akhbar.example/jisr',
    'ar',
    null,
    'الوزير كارلو برينتانو يفتتح جسر ستالبروك',
    'افتتح الوزير كارلو برينتانو جسر ستالبروك الجديد فوق النهر يوم الثلاثاء. وقال برينتانو إن الجسر سيختصر الطريق إلى الميناء لآلاف السائقين.',
  );
  // Another story that names the same minister once.
  const arSchool = report(
    'https://akhbar.example/madrasa',
    'ar',
    null,
    'زيارة إلى مدرسة القرية',
    'زار برينتانو مدرسة في القرية وتحدث مع الأطفال عن الكتب والقراءة والمكتبة الجديدة.',
  );

  it('finds an Arabic translation that shares only transliterated names the same story', () => {
    expect(bothWays(en, ar)).toEqual(['same-story', 'same-story']);
  });

  it('counts a figure given only in the titles as shared evidence', () => {
    // One name and one figure, the figure in the headline only (the index keeps the body's).
    const enPort = report(
      'https://northgate.example/port',
      'en',
      null,
      'Port of Velmora to handle 4,500 ships a year',
      'The new harbour at Velmora opened on Tuesday after five years of building, and the first ships arrived in the evening.',
    );
    const arPort = report(
      'https://akhbar.example/mina',
      'ar',
      null,
      'ميناء فيلمورا سيستقبل 4500 سفينة سنويا',
      'افتتح الميناء الجديد في فيلمورا يوم الثلاثاء بعد خمس سنوات من البناء، ووصلت السفن الأولى في المساء.',
    );
    expect(bothWays(enPort, arPort)).toEqual(['same-story', 'same-story']);
  });

  it('does not call an Arabic article sharing one name with it the same story', () => {
    expect(bothWays(en, arSchool)).not.toContain('same-story');
  });
});

describe('one shared name between two undated articles', () => {
  // A well-known name, and nothing else in common: a basketball game and a book.
  const game = report(
    'https://northgate.example/game',
    'en',
    null,
    'Late three-pointer settles the derby',
    'A late three-pointer settled the derby in front of a full arena, where Obama watched from the front row as the home side came back from twelve points down in the last quarter.',
  );
  const book = report(
    'https://diario.example/libro',
    'es',
    null,
    'Un libro de recetas de la abuela',
    'La editorial publica un libro de recetas de cocina de una abuela de Oaxaca, con un prólogo en el que cuenta que Obama probó su sopa de frijoles durante un viaje.',
  );

  it('is not the same story, in either direction', () => {
    expect(bothWays(game, book)).not.toContain('same-story');
  });
});

describe('cognates spelled differently across scripts', () => {
  // A common place name is all the stored evidence; the rest is words whose cognates are
  // spelled apart: "police" and "полиция" (ц for c), "annexed" and "аннексировало" (x as
  // ks), "centre" and "центр", "peninsula" and "полуостров" (not a cognate at all).
  const [en, ru] = (
    [
      [
        'https://northgate.example/peninsula',
        'en',
        'Shops stay shut',
        'In Paris the police sealed off the centre on Sunday after the assembly annexed the peninsula, and many shops stayed shut while the police waited.',
      ],
      [
        'https://gazeta.example/poluostrov',
        'ru',
        'Магазины закрыты',
        'В Париже в воскресенье полиция оцепила центр после того, как собрание аннексировало полуостров, и многие магазины остались закрытыми, пока полиция ждала.',
      ],
    ] as const
  ).map(([url, language, title, text]) => report(url, language, null, title, text)) as [
    Article,
    Article,
  ];

  it('finds a translation by them the same story', () => {
    expect(bothWays(en, ru)).toEqual(['same-story', 'same-story']);
    expect(pairOf(en, ru, false)?.relation).toBe('same-story');
  });
});
