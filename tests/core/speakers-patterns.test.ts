/**
 * Speakers named as journalists name them (issue 10): one table per pattern, in
 * each language where the pattern occurs. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { makeArticle } from '../../src/core/article';
import type { ExtractedQuote } from '../../src/core/types';

function quotesOf(paragraphs: string[], language: string): ExtractedQuote[] {
  const url = 'https://example.test/story';
  return extractQuotes(
    makeArticle({ url, title: 'Story', source: 'Ledger', published: null, language, paragraphs }),
  );
}

interface Case {
  lang: string;
  paras: string[];
  /** The speaker of the last quotation (null: none), and its kind when it matters. */
  speaker: string | null;
  kind?: 'statement' | 'term';
}

function run(cases: Case[]): void {
  for (const c of cases)
    it(`${c.lang}: ${c.paras.join(' / ')}`, () => {
      const quotes = quotesOf(c.paras, c.lang);
      const q = quotes[quotes.length - 1]!;
      expect(q.speaker).toBe(c.speaker);
      if (c.kind) expect(q.kind).toBe(c.kind);
    });
}

describe('speakers: a follow-on quotation in the next paragraph', () => {
  run([
    {
      // A paragraph of quoted words after one whose last sentence reports speech.
      lang: 'en',
      paras: [
        'Ann Moor and Olav Dahl spoke on Monday.',
        '“The tide is rising,” Moor said.',
        'Moor went on to warn about the tides.',
        '“We have never seen water this high.”',
      ],
      speaker: 'Ann Moor',
    },
    {
      lang: 'de',
      paras: [
        'Anna Berg und Karl Holm sprachen am Montag.',
        '„Das Wasser steigt“, sagte Berg.',
        'Berg warnte anschließend vor der Flut.',
        '„So hoch stand das Wasser noch nie.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      // Quoted words that end their sentence do not take the next sentence's
      // reporting clause, whose pronoun nothing resolves.
      lang: 'en',
      paras: [
        'Ann Moor and Eva Dahl spoke on Monday.',
        'Moor says that “the tide is rising fast.” She added that the harbour “will flood by Friday.”',
      ],
      speaker: 'Ann Moor',
    },
    {
      // A colon after a sentence that names one person.
      lang: 'en',
      paras: [
        'Ann Moor gestured to the crowd as if to stop the noise, then leaned in and boomed: “We will finish this bridge.”',
      ],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: [
        '“The bridge will open in May,” said Ann Moor, the city engineer.',
        'Crews worked through the night on Tuesday.',
        '“We are ahead of schedule,” she said.',
      ],
      speaker: 'Ann Moor',
    },
    {
      // Mr. and Mrs. tell the two people apart.
      lang: 'en',
      paras: [
        'Mrs. Ann Moor and Mr. Olav Dahl inspected the bridge.',
        '“We are ahead of schedule,” she said.',
      ],
      speaker: 'Ann Moor',
    },
    {
      // Nothing tells the two apart: no speaker rather than a guess.
      lang: 'en',
      paras: [
        'Ann Moor and Olav Dahl inspected the bridge.',
        '“We are ahead of schedule,” she said.',
      ],
      speaker: null,
    },
    {
      lang: 'de',
      paras: [
        'Bürgermeisterin Anna Berg und Stadtrat Karl Holm besichtigten die Brücke.',
        '„Wir liegen gut im Zeitplan“, sagte sie.',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'fr',
      paras: [
        'Mme Claire Vasseur et M. Paul Girard ont visité le chantier.',
        '« Nous sommes dans les temps », a-t-elle assuré.',
      ],
      speaker: 'Claire Vasseur',
    },
    {
      lang: 'es',
      paras: [
        'La alcaldesa Marta Ruiz y el concejal Pedro Gil visitaron el puente.',
        '«Vamos adelantados», dijo ella.',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'ru',
      paras: [
        'Иван Петров и Анна Смоленская осмотрели мост.',
        '«Мы опережаем график», — сказала она.',
      ],
      speaker: 'Анна Смоленская',
    },
    {
      // A paragraph that is only a quotation continues the speaker before it.
      lang: 'en',
      paras: [
        'Ann Moor went on to warn that the winter would be hard:',
        '“We have no money left for the roads after this.”',
      ],
      speaker: 'Ann Moor',
    },
  ]);
});

describe('speakers: a role noun stands for the person named with it', () => {
  run([
    {
      lang: 'en',
      paras: [
        'Chinese Premier Li Wen met Governor Kari Lunde on Monday.',
        '“We are very pleased with the outcome,” the Chinese Premier said.',
      ],
      speaker: 'Li Wen',
    },
    {
      lang: 'en',
      paras: [
        'Sen. Tom Carr (D-Ohio) and Rep. Jane Hill (R-Texas) debated the bill.',
        '“This bill is a disaster for workers,” the Ohio Democrat said.',
      ],
      speaker: 'Tom Carr',
    },
    {
      lang: 'de',
      paras: [
        'Innenministerin Anna Berg traf am Montag Bürgermeister Karl Holm.',
        'Die Ministerin sagte: „Wir werden das Gesetz ändern müssen.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'fr',
      paras: [
        'La ministre Claire Vasseur a rencontré le maire Paul Girard.',
        '« Nous allons reconstruire le pont », a déclaré la ministre.',
      ],
      speaker: 'Claire Vasseur',
    },
    {
      lang: 'es',
      paras: [
        'El ministro Pedro Gil se reunió con la alcaldesa Marta Ruiz.',
        '«Vamos a reconstruir el puente», afirmó la alcaldesa.',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      // Nobody named before holds the role.
      lang: 'en',
      paras: ['Ann Moor met Olav Dahl.', '“The bridge will hold,” the premier said.'],
      speaker: null,
    },
  ]);
});

describe('speakers: a place, outlet or role before a name is not the name', () => {
  run([
    {
      lang: 'en',
      paras: ['“We will build the bridge this year,” says Leeds councillor Ann Moor.'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: ['“We will build the bridge this year,” said Ann Moor, the Leeds councillor.'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: ['Ann Moor, the Leeds councillor, said: “We will build the bridge this year.”'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'de',
      paras: ['„Wir bauen die Brücke noch in diesem Jahr“, sagte Kasseler Stadträtin Anna Berg.'],
      speaker: 'Anna Berg',
    },
    {
      lang: 'fr',
      paras: [
        '« Nous construirons le pont cette année », a déclaré la maire de Lorval, Claire Vasseur.',
      ],
      speaker: 'Claire Vasseur',
    },
    {
      lang: 'es',
      paras: ['«Construiremos el puente este año», dijo la alcaldesa de Villaseca, Marta Ruiz.'],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'ru',
      paras: ['«Мы построим мост в этом году», — заявил мэр Белозерска Тимофей Гаврилов.'],
      speaker: 'Тимофей Гаврилов',
    },
  ]);
});

describe('speakers: German verb-second order and cue frames', () => {
  run([
    {
      // A colon after a sentence naming one person, set off after an
      // organisation's role noun.
      lang: 'de',
      paras: [
        'Die WHO zeigte sich besorgt. Der Leiter des Influenza-Programms der WHO, Klaus Stöhr, sagte: „Man muss sich jetzt schon darauf vorbereiten.“',
      ],
      speaker: 'Klaus Stöhr',
    },
    {
      // "der Nachrichtenagentur" is no second person.
      lang: 'de',
      paras: [
        'Gegenüber der Nachrichtenagentur „Fjord Press“ sagte Honoré Durand, der Geschäftsführer des Unternehmens: „Ich wurde alarmiert, aber als ich ankam, war alles weg.“',
      ],
      speaker: 'Honoré Durand',
    },
    {
      // Reported speech goes on in the subjunctive, then quotes again.
      lang: 'de',
      paras: [
        '„Man muss sich vorbereiten“, sagte Klaus Stöhr. Die Gefahr einer Pandemie sei real. Aktuell bestehe diese Gefahr noch nicht, weil das Virus nicht von Mensch zu Mensch übertragbar sei. „Aber das Virus kann sich verändern.“',
      ],
      speaker: 'Klaus Stöhr',
    },
    {
      // …but not past another person named in between.
      lang: 'de',
      paras: [
        '„Man muss sich vorbereiten“, sagte Klaus Stöhr. Die Gefahr sei nach Ansicht von Anna Berg real. „Aber das Virus kann sich verändern.“',
      ],
      speaker: null,
    },
    {
      // "laut" takes a surname the article gave in full before.
      lang: 'de',
      paras: [
        'Reinhold Gall ist Innenminister.',
        '„Das Problem bleibt“ laut Gall „auch in Zukunft bestehen“.',
      ],
      speaker: 'Reinhold Gall',
    },
    {
      // "so Gall" as an aside anywhere in the sentence.
      lang: 'de',
      paras: [
        'Die Kritik wuchs. Der Einsatz solle sich, so Gall, „nur auf schwere Fälle“ beschränken.',
      ],
      speaker: 'Gall',
    },
    {
      lang: 'de',
      paras: ['Der Iran müsse „die Anreicherung von Uran“ beenden, so Außenministerin Rice.'],
      speaker: 'Rice',
    },
    {
      // Words ending in their own full stop end the sentence: the next one's
      // "laut" does not belong to them, and they continue Berg's words.
      lang: 'de',
      paras: [
        'Anna Berg äußerte sich am Montag. „Der Bär ist gefährlich geworden“, so Berg. „Er wird geschossen.“ Der Abschuss soll laut Polizei am Dienstag erfolgen.',
      ],
      speaker: 'Anna Berg',
    },
    {
      // The one person a reporting sentence names; "von der Fjordbank" is where
      // the person works, not part of the name.
      lang: 'de',
      paras: [
        'Marktanalyst Robert Halver von der Fjordbank kommentierte „Die Märkte sind erleichtert“.',
      ],
      speaker: 'Robert Halver',
    },
    {
      lang: 'de',
      paras: ['Ursula von der Leyen sagte: „Wir sind bereit.“'],
      speaker: 'Ursula von der Leyen',
    },
    {
      // After "vor dem" a capitalised run is an object, not the subject.
      lang: 'de',
      paras: [
        'In einem Interview vor dem Düsseldorfer Konzert sagte Jon Bovi, Gründer der Band: „Wir spielen weiter.“',
      ],
      speaker: 'Jon Bovi',
    },
    {
      // A copula before a noun makes no speaker of it ("Mittel"); the subjunctive
      // reports the words of the person the sentence before reports.
      lang: 'de',
      paras: [
        'Anna Berg kritisierte den Haushalt. Hier seien die vorgesehenen Mittel „völlig unzureichend“.',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: [
        'Nach der Sitzung sagte Innenministerin Berg: „Wir werden das Gesetz ändern müssen.“',
      ],
      speaker: 'Berg',
    },
    {
      lang: 'de',
      paras: ['Im Landtag warb Anna Berg mit den Worten: „Wir müssen jetzt handeln.“'],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: [
        'Innenministerin Anna Berg äußerte sich am Montag zufrieden: „Wir haben viel erreicht.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: ['Anna Berg stellte fest: „Die Brücke ist marode und muss ersetzt werden.“'],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: ['Berg begründete den Schritt mit den Worten: „Wir können nicht länger warten.“'],
      speaker: 'Berg',
    },
    {
      lang: 'de',
      paras: ['„Die Brücke muss ersetzt werden“, so Innenministerin Anna Berg am Montag.'],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: ['„Wir werden das Gesetz ändern müssen“, zeigte sich Anna Berg überzeugt.'],
      speaker: 'Anna Berg',
    },
    {
      // A fragment in reported speech (subjunctive) is someone's words.
      lang: 'de',
      paras: ['Anna Berg sagte, die Lage sei „völlig unübersichtlich“.'],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Nach Auffassung des Fraktionsvorsitzenden Karl Holm sei die Lage „völlig offen“.'],
      speaker: 'Karl Holm',
    },
    {
      // A noun phrase with an article inside is no name.
      lang: 'de',
      paras: ['Nach Meinung der Landespartei sei die Lage „völlig offen“.'],
      speaker: null,
      kind: 'statement',
    },
    {
      // A preposition's object is never the subject.
      lang: 'de',
      paras: ['Über Karl Holm sagte Anna Berg: „Er hat mein volles Vertrauen.“'],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: the same frames in French, Spanish and Russian', () => {
  run([
    {
      lang: 'fr',
      paras: [
        'Après la réunion, la ministre Claire Vasseur a déclaré : « Nous reconstruirons le pont. »',
      ],
      speaker: 'Claire Vasseur',
    },
    {
      lang: 'fr',
      paras: ['Claire Vasseur s’est exprimée devant la presse : « Nous reconstruirons le pont. »'],
      speaker: 'Claire Vasseur',
    },
    {
      lang: 'es',
      paras: ['Tras la reunión, la ministra Marta Ruiz afirmó: «Vamos a reconstruir el puente».'],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'es',
      paras: ['«Vamos a reconstruir el puente», según Marta Ruiz.'],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'ru',
      paras: ['После заседания министр Ольга Петрова заявила: «Мы восстановим мост в этом году».'],
      speaker: 'Ольга Петрова',
    },
    {
      lang: 'en',
      paras: ['Said Ann Moor, “It was a very hard winter for all of us here.”'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: ['Ms. Moor gloated: “I told you the bridge would open on time.”'],
      speaker: 'Moor',
    },
    {
      // The name after "told" is the listener, not the speaker.
      lang: 'en',
      paras: ['Ann Moor told the Harbour Ledger, “I am not quite there yet.”'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: ['“We must act now, before the winter comes” - Ann Moor.'],
      speaker: 'Ann Moor',
    },
  ]);
});

describe('speakers: names of publications and works are terms', () => {
  run([
    {
      lang: 'de',
      paras: ['Die Wochenzeitung „Die Zeit“ berichtete am Donnerstag ausführlich über den Fall.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Anna Berg sagte der „Kasseler Rundschau“, sie werde nicht zurücktreten.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Laut „Kasseler Rundschau“ soll die Brücke im Mai öffnen.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Die Partei „Neue Mitte für alle Bürger“ (NMB) trat zur Wahl an.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'en',
      paras: ['Ann Moor appeared on “Face the Harbour” on Sunday.'],
      speaker: null,
      kind: 'term',
    },
    {
      // A show after an outlet's possessive, its final stop inside the marks.
      lang: 'en',
      paras: ['Ann Moor said as much on NBC’s “Meet the Harbour.”'],
      speaker: null,
      kind: 'term',
    },
    {
      // A title-case phrase with only the sentence's subject for a speaker.
      lang: 'en',
      paras: ['Ann Moor sang “Harbour Lights Over Larsberg” at the fair.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'fr',
      paras: ['Le quotidien « Le Matin de Lorval » a publié l’entretien lundi.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'es',
      paras: ['El diario «La Voz de Villaseca» publicó la entrevista el lunes.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'ru',
      paras: ['Газета «Утро Белозерска» опубликовала интервью в понедельник.'],
      speaker: null,
      kind: 'term',
    },
  ]);
});

describe('quotation spans: German names, scare quotes and partial quotes', () => {
  run([
    {
      // A name right after the noun for the thing it names.
      lang: 'de',
      paras: [
        'Den Rekord hielt bisher, wie Anna Berg sagte, die britische Rockband „Hafenlicht am Fjord“ mit 300 Millionen Euro.',
      ],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: [
        'Wie Anna Berg sagte, ist nach Angaben des Internetdienstes „Larsberg heute“ der Minister zurückgetreten.',
      ],
      speaker: null,
      kind: 'term',
    },
    {
      // Brand and product shapes: digits in a word, a capital inside a word.
      lang: 'de',
      paras: ['Die Behörden sperrten den Zugang zu „FjordTube“, sagte Anna Berg.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Die Agentur hob das Rating auf „Baa3“ an.'],
      speaker: null,
      kind: 'term',
    },
    {
      // A lone lower-case word that nobody is reported to have said.
      lang: 'de',
      paras: ['Die Hessen müssen „nur“ noch in Haarlem gewinnen.'],
      speaker: null,
      kind: 'term',
    },
    {
      // …but a frame ("als … zurückgewiesen") makes it someone's word.
      lang: 'de',
      paras: ['Die Regierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.'],
      speaker: null,
      kind: 'statement',
    },
    {
      // …and so does a second quotation paired with it.
      lang: 'de',
      paras: ['Viele finden, die Demokratie funktioniere „weniger gut“ oder „schlecht“.'],
      speaker: null,
      kind: 'statement',
    },
    {
      // Items of one list share their kind with a name next to them.
      lang: 'de',
      paras: ['Sie spielte in „Der stille Hafen“ oder „Jeder geht für sich allein“.'],
      speaker: null,
      kind: 'term',
    },
    {
      // Verbs of naming.
      lang: 'de',
      paras: ['Die Junta, die sich selbst „Rat für Ordnung und Frieden“ nennt, regiert seit Mai.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: [
        'Die Erdferne (auch „das ferne Aphel“ genannt) ist im Juli erreicht, sagte Anna Berg.',
      ],
      speaker: null,
      kind: 'term',
    },
    {
      // "heißt es" after a quotation reports words: no name.
      lang: 'de',
      paras: ['„Die Straftaten werden nicht verfolgt“, heißt es in der Erklärung.'],
      speaker: null,
      kind: 'statement',
    },
    {
      // A quotation the article uses as a name elsewhere is a name again.
      lang: 'de',
      paras: [
        'Die Kartoffelsorte „Amflora“ wurde in Bütow angebaut.',
        'Die Grünen forderten einen Anbaustopp für „Amflora“.',
      ],
      speaker: null,
      kind: 'term',
    },
  ]);
});

describe('speakers: a quotation between two others', () => {
  run([
    {
      // Words that open a sentence right after one closing with a reporting clause.
      lang: 'en',
      paras: [
        'Adam Schiff spoke on Monday. The administration may be reluctant to act while John Kerry negotiates, Schiff said. “We need to act now.”',
      ],
      speaker: 'Adam Schiff',
    },
    {
      lang: 'de',
      paras: [
        'Anna Berg sprach am Montag. Die Regierung zögere noch, sagte Berg. „Wir müssen jetzt handeln.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      // The next quotation's clause ("Olav Dahl said") is not the middle one's:
      // it continues Ann Moor's words.
      lang: 'en',
      paras: [
        '“The bridge will open,” Ann Moor said. “It is on schedule.” “That is not true,” Olav Dahl said.',
      ],
      speaker: 'Olav Dahl',
    },
    {
      lang: 'en',
      paras: ['“The bridge will open,” Ann Moor said. “It is on schedule.” “That is not true.”'],
      speaker: 'Ann Moor',
    },
    {
      lang: 'en',
      paras: [
        'Howard Viguerie spoke on Monday.',
        '“Cruz could win in a landslide,” Viguerie concludes.',
      ],
      speaker: 'Howard Viguerie',
    },
  ]);
});

describe('speakers: a company name in marks inside the reporting clause', () => {
  it('does not cut the clause, and is itself a name', () => {
    const quotes = quotesOf(
      [
        '«Для нас это хорошая новость», — заявила директор компании «Северный кедр» Людмила Кравцова.',
      ],
      'ru',
    );
    expect(quotes.map((q) => [q.kind, q.speaker])).toEqual([
      ['statement', 'Людмила Кравцова'],
      ['term', null],
    ]);
  });
});

describe('speakers: text-derived keys never break attribution', () => {
  it('copes with names such as "Constructor" and "__proto__"', () => {
    const quotes = quotesOf(
      ['Constructor Proto met __proto__ Hasown.', '“We will build it,” said Constructor Proto.'],
      'en',
    );
    expect(quotes[0]!.speaker).toBe('Constructor Proto');
  });

  it('stays linear on a long article full of pronouns and roles', () => {
    const paras: string[] = [];
    // Surnames Moorab, Moorac, …: letters only, each one different.
    const suffix = (i: number): string =>
      String.fromCharCode(97 + (Math.floor(i / 26) % 26)) + String.fromCharCode(97 + (i % 26));
    for (let i = 0; i < 1500; i++)
      paras.push(
        `Minister Ann Moor${suffix(i)} spoke.`,
        `“We are ready number ${i},” the minister said.`,
      );
    const t0 = performance.now();
    const quotes = quotesOf(paras, 'en');
    expect(quotes.length).toBe(1500);
    expect(quotes[1499]!.speaker).toBe(`Ann Moor${suffix(1499)}`);
    expect(performance.now() - t0).toBeLessThan(15000);
  });
});

describe('speakers: quoted words later in the paragraph of an attributed quotation', () => {
  run([
    {
      lang: 'en',
      paras: [
        'The tour stopped in two small harbour towns.',
        '“Those are some very small towns,” Ann Moor said. They also lie far from any airport. “That is a tough area for a campaign.”',
      ],
      speaker: 'Ann Moor',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Die Tour hielt in zwei kleinen Hafenstädten.',
        '„Das sind sehr kleine Orte“, sagte Anna Berg. Die Orte liegen weit vom nächsten Flughafen entfernt. „Das ist eine schwierige Gegend für den Wahlkampf.“',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: [
        'La tournée s’est arrêtée dans deux petits ports.',
        '« Ce sont de très petites villes », a déclaré Anne Morel. Les deux ports sont loin de tout aéroport. « C’est une région difficile pour une campagne. »',
      ],
      speaker: 'Anne Morel',
      kind: 'statement',
    },
    {
      lang: 'es',
      paras: [
        'La gira se detuvo en dos pequeños puertos.',
        '«Son pueblos muy pequeños», dijo Ana Morales. Los dos puertos están lejos de cualquier aeropuerto. «Es una zona difícil para una campaña.»',
      ],
      speaker: 'Ana Morales',
      kind: 'statement',
    },
    {
      lang: 'ru',
      paras: [
        'Тур остановился в двух маленьких портах.',
        '«Это очень маленькие города», — сказала Анна Морозова. Оба порта далеко от аэропорта. «Это трудный район для кампании».',
      ],
      speaker: 'Анна Морозова',
      kind: 'statement',
    },
  ]);
});

describe('speakers: another person named in between keeps the continuation unknown', () => {
  run([
    {
      lang: 'en',
      paras: [
        '“Those are some very small towns,” Ann Moor said. Olav Dahl disagreed with the plan for the tour. “That is a tough area for a campaign.”',
      ],
      speaker: null,
      kind: 'statement',
    },
    {
      // A pronoun of the other gender in between may be someone else.
      lang: 'en',
      paras: [
        'Ann Moor and her aide Olav Dahl toured the harbour.',
        '“Those are some very small towns,” Moor said. He shook his head at the plan. “That is a tough area for a campaign.”',
      ],
      speaker: null,
      kind: 'statement',
    },
  ]);
});

describe('speakers: a place or organisation and a role before the name', () => {
  run([
    {
      lang: 'en',
      paras: ['“Turnout will decide it,” said Larsberg University political scientist Ola Brandt.'],
      speaker: 'Ola Brandt',
      kind: 'statement',
    },
    {
      lang: 'en',
      paras: ['“We made mistakes, and I apologise,” Nordmark County Recorder Helen Vik said.'],
      speaker: 'Helen Vik',
      kind: 'statement',
    },
    {
      lang: 'en',
      paras: ['“I do not know what it will take,” said Senate Minority Whip Per Haug (D-Nord.).'],
      speaker: 'Per Haug',
      kind: 'statement',
    },
    {
      lang: 'en',
      paras: ['“The flap will fade,” said Harbour Party boss Tobias Eide.'],
      speaker: 'Tobias Eide',
      kind: 'statement',
    },
  ]);
});

describe('speakers: a view credited with "für", "pour", "para"', () => {
  run([
    {
      lang: 'de',
      paras: ['Für den Theologen Hans Küng sei der Rücktritt „aus vielen Gründen verständlich“.'],
      speaker: 'Hans Küng',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Für den brasilianischen Gesundheitsminister José Tavares ist die Lage in Rio de Janeiro „völlig außer Kontrolle“.',
      ],
      speaker: 'José Tavares',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: ['Pour la ministre Anne Morel, « c’est une erreur grave que nous allons corriger ».'],
      speaker: 'Anne Morel',
      kind: 'statement',
    },
    {
      lang: 'es',
      paras: ['Para Ana Morales, «es un error grave y no lo vamos a aceptar».'],
      speaker: 'Ana Morales',
      kind: 'statement',
    },
    {
      // A group is no speaker.
      lang: 'de',
      paras: ['Für Familien mit Kindern ist die Reform „ein großer Fortschritt für alle“.'],
      speaker: null,
    },
  ]);
});

describe('speakers: quoted words after a sentence that opens with its speaker and reports speech', () => {
  run([
    {
      lang: 'en',
      paras: [
        'Sadiq Moor, one of the members who signed the letter, condemned the government’s policy on the region. “It is seen as unfair by almost everyone I talk to.”',
      ],
      speaker: 'Sadiq Moor',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Sadiq Moor, eines der Parlamentsmitglieder, verurteilte die Haltung der Regierung. „Die Politik wird von fast jedem als unfair angesehen.“',
      ],
      speaker: 'Sadiq Moor',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: [
        'Anne Morel a critiqué la politique du gouvernement dans la région. « Presque tout le monde la trouve injuste. »',
      ],
      speaker: 'Anne Morel',
      kind: 'statement',
    },
  ]);
});

describe('speakers: German verb-second order with a fronted adverb or clause', () => {
  run([
    {
      // The fronted adverb is no speaker; the role's holder set off by commas is.
      lang: 'de',
      paras: [
        'Deshalb kritisierte der Hauptgeschäftsführer des Brauer-Bundes, Peter Hahn, die Politik in einem Brief: „Das ist eine Gefahr für das Trinkwasser.“',
      ],
      speaker: 'Peter Hahn',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Da Brauereien auf sauberes Trinkwasser angewiesen sind, warnte der Hauptgeschäftsführer des Brauer-Bundes, Peter Hahn, die Politik in einem Brief: „Das ist eine Gefahr für das Trinkwasser.“',
      ],
      speaker: 'Peter Hahn',
      kind: 'statement',
    },
    {
      // A fronted clause before a verb that does not report speech names no speaker.
      lang: 'de',
      paras: [
        'Weil die Prüfung verweigert wurde, sei ihre Person „nicht auskunftsberechtigt“ gewesen.',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: German reported speech in the subjunctive', () => {
  run([
    {
      // Any verb in -e after "es", "er", "man" reports speech.
      lang: 'de',
      paras: [
        'Renate Künast sagte, es müsse nun Schluss sein mit „gegenseitigen Schuldzuweisungen und Blockaden“. Es drohe „ein Stillstand bis zum Herbst“.',
      ],
      speaker: 'Renate Künast',
      kind: 'statement',
    },
    {
      // "Er" with a subjunctive verb: the person the pronoun stands for.
      lang: 'de',
      paras: [
        'Boris Johnson sprach am Mittwoch vor dem Parlament.',
        'Er werde „einen neuen Deal, einen besseren Deal“ aushandeln.',
      ],
      speaker: 'Boris Johnson',
      kind: 'statement',
    },
  ]);
});

describe('speakers: a title with its domain before the name opens the sentence', () => {
  run([
    {
      lang: 'en',
      paras: [
        'Former Secretary of State Kari Lunde recently urged voters to back Ann Moor, saying, “There is a special place for people who help each other.”',
      ],
      speaker: 'Kari Lunde',
      kind: 'statement',
    },
  ]);
});

describe('speakers: the reporting clause closes the sentence after words that follow the quotation', () => {
  run([
    {
      lang: 'en',
      paras: [
        'Ann Moor spoke at the harbour.',
        '“This will be a challenge” for the council, said Moor.',
      ],
      speaker: 'Ann Moor',
      kind: 'statement',
    },
    {
      lang: 'en',
      paras: [
        '“If there had not been that intervention” by the harbour board and its partners, Olav Dahl said at a town hall on Monday.',
      ],
      speaker: 'Olav Dahl',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Die Reform sei „eine große Herausforderung“ für den Stadtrat und die Verwaltung, sagte Anna Berg am Montag in Kiel.',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: ['« Ce sera un défi » pour le conseil municipal, a déclaré Anne Morel.'],
      speaker: 'Anne Morel',
      kind: 'statement',
    },
  ]);
});

describe('speakers: more verbs that report speech', () => {
  run([
    {
      lang: 'en',
      paras: ['“Would it be negotiable about the eleven million?” Per Haug pressed.'],
      speaker: 'Per Haug',
      kind: 'statement',
    },
    {
      lang: 'en',
      paras: ['“Is the council profiling anyone here?” reacted Ann Moor.'],
      speaker: 'Ann Moor',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Der 84-jährige Hans Küng, der als Kritiker gilt, hofft aber, „dass der Nachfolger die Kirche öffnen wird“.',
      ],
      speaker: 'Hans Küng',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Die Daten stünden damit, wie sich Jörg Tauss ausdrückte, unter einem „Generalverdacht der ganzen Bevölkerung“.',
      ],
      speaker: 'Jörg Tauss',
      kind: 'statement',
    },
  ]);
});

describe('speakers: the one person a German colon frame names', () => {
  run([
    {
      // "nach fünf Jahren Gemeinschaftsschule" names nobody; "Fazit von" is no name.
      lang: 'de',
      paras: [
        'Die Zahl der Schulen ist gestiegen. Das Fazit von Sandra Boser nach fünf Jahren Gemeinschaftsschule überrascht daher nicht: „Die Schule ist ein Erfolg für das ganze Land.“',
      ],
      speaker: 'Sandra Boser',
      kind: 'statement',
    },
    {
      // A nobiliary "von" stays inside the name.
      lang: 'de',
      paras: ['Karl von Habsburg sprach in Wien: „Das ist ein guter Tag für Europa.“'],
      speaker: 'Karl von Habsburg',
      kind: 'statement',
    },
  ]);
});

describe('speakers: a German quotation in the fronted phrase, the speaker after the verb', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Daten wurden im Mai veröffentlicht. Als „sensationellen Fund“ bezeichnet die Archäologin Montserrat Sanz den Schädel.',
      ],
      speaker: 'Montserrat Sanz',
      kind: 'statement',
    },
    {
      // The object after the name is not part of it.
      lang: 'de',
      paras: [
        'Am Montag lobte die Ministerin Anna Berg den Entwurf als „großen Fortschritt für alle“.',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
  ]);
});

describe('speakers: German reported speech after a sentence that reports one person', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Wahl ist vorbei. Am Mittwoch erklärte Boris Johnson, die Rechte von Arbeitnehmern schützen zu wollen. Es gebe „keinen Grund zur Sorge für die Arbeitnehmer“.',
      ],
      speaker: 'Boris Johnson',
      kind: 'statement',
    },
    {
      // Two people in the reporting sentence: either may be meant.
      lang: 'de',
      paras: [
        'Die Wahl ist vorbei. Boris Johnson erklärte, Angela Merkel habe zugestimmt. Es gebe „keinen Grund zur Sorge für die Arbeitnehmer“.',
      ],
      speaker: null,
    },
    {
      // One spoken with, after a preposition, is no second speaker.
      lang: 'de',
      paras: [
        'Die Wahl ist vorbei. Boris Johnson erklärte, er habe mit Angela Merkel gesprochen. Es gebe „keinen Grund zur Sorge für die Arbeitnehmer“.',
      ],
      speaker: 'Boris Johnson',
      kind: 'statement',
    },
  ]);
});

describe('speakers: the speaker named in the sentence after the words, pointing back at them', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Ministerin Anna Berg besuchte am Montag die Werft.',
        '„Wir sichern die Arbeitsplätze, und zwar alle.“ Das sagte Berg am Nachmittag vor Journalisten.',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      // "Mit diesen Worten" points back whatever the verb.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        '„Wir sichern die Arbeitsplätze, und zwar alle.“ Mit diesen Worten wandte sich Innenministerin Anna Berg an die Belegschaft.',
      ],
      speaker: 'Anna Berg',
    },
    {
      // A reporting verb at the end of its clause; "zu Beginn" is no part of the name.
      lang: 'de',
      paras: [
        'Der Haushalt steht. Später lobte Holm die Ausschüsse.',
        '„Ja, es wird teurer.“ Das musste Finanzminister Jens Holm zu Beginn der langen Debatte einräumen.',
      ],
      speaker: 'Jens Holm',
    },
    {
      // The sentence after reports nothing.
      lang: 'de',
      paras: [
        'Die Werft schließt. Anna Berg kam zu spät.',
        '„Wir sichern die Arbeitsplätze, und zwar alle.“ Das ist die Botschaft der Gewerkschaft.',
      ],
      speaker: null,
    },
    {
      // Two people: either may be meant.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        '„Wir sichern die Arbeitsplätze, und zwar alle.“ Das sagten Anna Berg und Karl Holm am Montag.',
      ],
      speaker: null,
    },
    {
      lang: 'fr',
      paras: [
        'La ministre Anne Morel a visité le port.',
        "« Nous sauverons tous les emplois, sans exception. » C'est ce qu'a déclaré Anne Morel lundi à Brest.",
      ],
      speaker: 'Anne Morel',
    },
    {
      lang: 'fr',
      paras: [
        'Le port ferme. Anne Morel est arrivée en retard.',
        "« Nous sauverons tous les emplois, sans exception. » C'est ce que pensent beaucoup d'ouvriers.",
      ],
      speaker: null,
    },
    {
      lang: 'es',
      paras: [
        'El puerto cierra.',
        '«Salvaremos todos los empleos, sin excepción». Así lo afirmó la ministra Marta Ruiz el lunes en Vigo.',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'es',
      paras: [
        'El puerto cierra.',
        '«Salvaremos todos los empleos, sin excepción». Con estas palabras se dirigió la ministra Marta Ruiz a los obreros.',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'ru',
      paras: [
        'Порт закрывается.',
        '«Мы сохраним все рабочие места, без исключения». Об этом заявила министр Анна Смоленская в понедельник.',
      ],
      speaker: 'Анна Смоленская',
    },
    {
      lang: 'ru',
      paras: [
        'Порт закрывается. Анна Смоленская опоздала.',
        '«Мы сохраним все рабочие места, без исключения». Это главное требование рабочих.',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: German reported speech goes on past a title in marks and names no place', () => {
  run([
    {
      // The newspaper's title between the attributed words and the subjunctive ones.
      lang: 'de',
      paras: [
        'Ministerin Anna Berg hat die Schließung verteidigt. „Ich halte das für richtig“, sagte Berg dem „Kieler Kurier“. Die Pläne stärkten die Region, und so würden sie auch von den meisten Bürgern gesehen. Die Studie zeige in Wahrheit, „dass die Werft keine Zukunft hat“.',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      // Over a subjunctive sentence that names nobody, back to the reporting one.
      lang: 'de',
      paras: [
        'Die Werft schließt. Innenministerin Anna Berg kritisierte die Pläne am Montag scharf. Die Werft habe jahrelang Gewinne gemacht. Deshalb müsse „jetzt das Land eingreifen, bevor es zu spät ist“.',
      ],
      speaker: 'Anna Berg',
    },
    {
      // A person named on the way: no guess.
      lang: 'de',
      paras: [
        'Die Werft schließt. Innenministerin Anna Berg kritisierte die Pläne am Montag scharf. Der Eigner Karl Holm habe jahrelang Gewinne gemacht. Deshalb müsse „jetzt das Land eingreifen, bevor es zu spät ist“.',
      ],
      speaker: null,
    },
    {
      // "Am Rande" and "in Kiel" are no people.
      lang: 'de',
      paras: [
        'Am Rande einer Sitzung in Kiel äußerte sich auch Jens Berg zu der Frage. Die Lage sei „sehr ernst“.',
      ],
      speaker: 'Jens Berg',
    },
    {
      // Nor is the land in a genitive complement.
      lang: 'de',
      paras: [
        'Am Rande einer Sitzung äußerte sich auch der Ministerpräsident des Landes Holstein, Jens Berg (SPD), zu der Frage. Jeder Arbeiter könne „seinen Platz behalten, oder er kann gehen“.',
      ],
      speaker: 'Jens Berg',
    },
  ]);
});

describe('speakers: a "wie", "como", "comme", "как" clause names who reports', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Wie Innenministerin Anna Berg am Montag mitteilte, werde man „die Arbeitsplätze sichern, und zwar alle“.',
      ],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      // The newspaper she spoke to is no part of her name.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Wie Anna Berg der Zeitung sagte, werde man „die Arbeitsplätze sichern, und zwar alle“.',
      ],
      speaker: 'Anna Berg',
    },
    {
      // Nobody named: no speaker.
      lang: 'de',
      paras: [
        'Die Werft schließt. Anna Berg kam zu spät.',
        'Wie die Polizei mitteilte, sei die Lage „ruhig, aber angespannt“.',
      ],
      speaker: null,
    },
    {
      // The conjunction is no name.
      lang: 'es',
      paras: [
        'El puerto cierra.',
        'Como explicó la ministra Marta Ruiz el lunes, el Gobierno va a «salvar todos los empleos, sin excepción».',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'es',
      paras: [
        'El puerto cierra.',
        'Como dijo Marta Ruiz, el Gobierno va a «salvar todos los empleos, sin excepción».',
      ],
      speaker: 'Marta Ruiz',
    },
    {
      lang: 'fr',
      paras: [
        'Le port ferme.',
        "Comme l'a dit Anne Morel, le gouvernement va « sauver tous les emplois, sans exception ».",
      ],
      speaker: 'Anne Morel',
    },
    {
      lang: 'ru',
      paras: [
        'Порт закрывается.',
        'Как сообщила Анна Смоленская, правительство «сохранит все рабочие места, без исключения».',
      ],
      speaker: 'Анна Смоленская',
    },
  ]);
});

describe('speakers: a German possessive before a colon', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Werft schließt. Ministerin Anna Berg war vor Ort.',
        'Ihr Fazit: „Wir sichern die Arbeitsplätze, und zwar alle.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: [
        'Die Werft schließt. Minister Karl Holm und Ministerin Anna Berg waren vor Ort.',
        'Sein Fazit: „Wir sichern die Arbeitsplätze, und zwar alle.“',
      ],
      speaker: 'Karl Holm',
    },
    {
      // "Ihr" with only a man named: not "Ihr Fazit", and no guess.
      lang: 'de',
      paras: [
        'Die Werft schließt. Minister Karl Holm war vor Ort.',
        'Ihr Fazit: „Wir sichern die Arbeitsplätze, und zwar alle.“',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: the agent of a German passive that reports words', () => {
  run([
    {
      // Not the subject: the one who calls him that.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Karl Holm wurde von Anna Berg als „Verräter an der ganzen Belegschaft“ bezeichnet.',
      ],
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: [
        'Die Werft schließt. Karl Holm legte einen Plan vor.',
        'Der Plan von Holm wurde von Innenministerin Anna Berg als „schwerer Fehler mit Folgen“ kritisiert.',
      ],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: a German person noun after an article describes someone named before', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Werft schließt. Der Gewerkschafter Karl Holm war vor Ort.',
        '„Wir sichern die Arbeitsplätze, und zwar alle“, sagte der Gewerkschafter.',
      ],
      speaker: 'Karl Holm',
    },
    {
      lang: 'de',
      paras: [
        'Die Werft schließt. Der SPD-Politiker Karl Holm war vor Ort.',
        '„Wir sichern die Arbeitsplätze, und zwar alle“, sagte der SPD-Politiker.',
      ],
      speaker: 'Karl Holm',
    },
    {
      // Read like "er": the one man named before.
      lang: 'de',
      paras: [
        'Die Werft schließt. Karl Holm (SPD) war vor Ort.',
        '„Wir sichern die Arbeitsplätze, und zwar alle“, sagte der Sozialdemokrat.',
      ],
      speaker: 'Karl Holm',
    },
    {
      // Only a woman named before: never the noun itself, and no guess.
      lang: 'de',
      paras: [
        'Die Richterin Ute Falk sprach das Urteil.',
        '„Es tut mir leid, und ich schäme mich dafür“, sagte der Student auf der Anklagebank.',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: the subject of German reported speech after a reporting clause is spoken of', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Am Dienstag erklärte Anna Berg, Karl Holm habe „die Werft ruiniert, und zwar vollständig“.',
      ],
      speaker: 'Anna Berg',
    },
    {
      // A body speaks of him: no speaker, never Holm.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Am Dienstag erklärte der Betriebsrat, Karl Holm habe „die Werft ruiniert, und zwar vollständig“.',
      ],
      speaker: null,
    },
    {
      // An apposition set off by commas is the speaker.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Am Dienstag erklärte der Vorsitzende des Betriebsrats, Karl Holm, man werde „die Werft retten, und zwar vollständig“.',
      ],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: a regnal number does not end the sentence', () => {
  run([
    {
      // The name after the comma is spoken of; its "XVI." is no full stop.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Später sagte Bundeskanzlerin Anna Berg vor der Presse, Benedikt XVI. „ist und bleibt einer der bedeutendsten Denker“.',
      ],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: "laut" and an outlet next to a German reporting verb and its subject', () => {
  run([
    {
      // The outlet cites; the subject of "sagte" speaks.
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        '„Wir sichern die Arbeitsplätze, und zwar alle“, sagte Berg laut Spiegel Online.',
      ],
      speaker: 'Berg',
    },
    {
      lang: 'de',
      paras: [
        'Die Werft schließt.',
        'Laut Spiegel Online sagte Berg: „Wir sichern die Arbeitsplätze, und zwar alle.“',
      ],
      speaker: 'Berg',
    },
    {
      // "Laut" and a person with no other speaker: still that person.
      lang: 'de',
      paras: [
        'Die Werft schließt. Anna Berg kam.',
        'Laut Berg ist die Lage „nicht mehr zu retten, egal was passiert“.',
      ],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: a German sentence after words closed by „…“ starts after the mark', () => {
  run([
    {
      // The closing “ ends the sentence before: the subject of the next is found.
      lang: 'de',
      paras: [
        'Dabei griff sie auch direkt den Präsidenten Karl Holm an: „Ein Präsident, der das leugnet, kann nicht erwarten, dass wir das dulden.“ Auch der US-amerikanische Außenminister Jens Brandt attackierte den Iran als den „führenden Förderer von Terrorismus“.',
      ],
      speaker: 'Jens Brandt',
    },
    {
      // "Und:" is no subject: the words go on.
      lang: 'de',
      paras: [
        'Der Bericht wurde Generalsekretär Karl Holm überreicht. Er äußerte sich mit den Worten: „Die Nachricht kann nicht einfacher sein.“ Und: „Die Gefahren sind real und können bekämpft werden.“',
      ],
      speaker: 'Karl Holm',
    },
    {
      // A noun after the article that opens the sentence is no name, even when the
      // article once wrote it capitalised after a preposition.
      lang: 'de',
      paras: [
        'Zum Rücktritt sagte Kardinal Karl Holm: „Das ist ein Donnerschlag aus heiterem Himmel.“',
        'Der Bruder des Papstes war seit langem eingeweiht. „Mein Bruder wünscht sich Ruhe.“ Der Rücktritt sei ein „natürlicher Vorgang“.',
      ],
      speaker: null,
    },
    {
      // A lone word after a preposition is an object.
      lang: 'de',
      paras: [
        'Beim Kieler Konzert spielte die Band lange. Die Halle war voll. Auf dem Konzert am Abend wurde auch die neue CD der Gruppe vorgestellt: „Have a nice day“.',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: a German person in the accusative or dative before a colon is spoken of', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Die Kanzlerin sprach lange. Dabei griff sie auch direkt den iranischen Präsidenten Karl Holm an: „Ein Präsident, der das leugnet, kann nicht erwarten, dass wir das dulden.“',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: a fronted German phrase with an article is no subject', () => {
  run([
    {
      // "Gegenüber der Zeitung" gave the speaker "der Zeitung".
      lang: 'de',
      paras: ['Gegenüber der Zeitung sagte Karl Holm, der Plan sei „nicht finanzierbar“.'],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: a role with its complement, then its holder set off by commas', () => {
  run([
    {
      // The person of the first clause is not the subject of the second.
      lang: 'de',
      paras: [
        'Ministerin Eva Lund (CDU) wies den Vorwurf zurück, die bildungspolitische Sprecherin der größten Fraktion, Anna Berg (Grüne), erklärte: „Das ist falsch.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      // A capitalised adjective in the complement ("des Obersten Gerichts").
      lang: 'de',
      paras: [
        'Die Häftlinge sollen laut dem Chefankläger des Obersten Gerichts, Karl Holm, Folter „systematisch“ erlitten haben.',
      ],
      speaker: 'Karl Holm',
    },
    {
      lang: 'fr',
      paras: [
        'Selon le procureur de la Cour suprême, Jean Dupont, les détenus auraient été « systématiquement torturés ».',
      ],
      speaker: 'Jean Dupont',
    },
    {
      lang: 'es',
      paras: [
        'Según el fiscal del Tribunal Supremo, Juan Pérez, los presos fueron «torturados sistemáticamente».',
      ],
      speaker: 'Juan Pérez',
    },
  ]);
});

describe('speakers: a German role resolved to the person named with it', () => {
  run([
    {
      // "Bürgermeisterin der Stadt" made "Stadt" the mayor.
      lang: 'de',
      paras: [
        'Anna Berg, die Bürgermeisterin der Stadt, eröffnete die Brücke. Karl Holm war auch da.',
        'Die Bürgermeisterin sagte: „Wir helfen.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      // The role as the predicate of "ist" or "war".
      lang: 'de',
      paras: [
        'Anna Berg ist seit 2010 Bürgermeisterin der Stadt. Karl Holm widersprach ihr.',
        'Die Bürgermeisterin sagte: „Wir helfen.“',
      ],
      speaker: 'Anna Berg',
    },
    {
      // A role with its complement before the name set off by commas, and an
      // adjective before the role when it comes back.
      lang: 'de',
      paras: [
        'Der Präsident des Vereins, Karl Holm, trat zurück. Anna Berg übernahm.',
        '„Ich gehe mit Wehmut“, sagte der scheidende Präsident.',
      ],
      speaker: 'Karl Holm',
    },
    {
      // A role in an aside after the name, then the role alone.
      lang: 'de',
      paras: [
        'Karl Holm, Trainer des FC Nord, war zufrieden. Anna Berg jubelte.',
        '„Wir haben gut gespielt“, sagte der Trainer.',
      ],
      speaker: 'Karl Holm',
    },
    {
      lang: 'de',
      paras: [
        'Die Bürgermeisterin Anna Berg und Minister Karl Holm eröffneten die Brücke.',
        'Viele Bürger kamen. „Ein großer Tag“, so die Bürgermeisterin.',
      ],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: "der" before a German feminine role is no subject', () => {
  run([
    {
      lang: 'de',
      paras: ['Karl Holm antwortete der Ministerin Anna Berg: „Das sehe ich anders.“'],
      speaker: 'Karl Holm',
    },
    {
      // The minister is spoken to; the role that opens the sentence is the subject,
      // the person written with it before.
      lang: 'de',
      paras: [
        'Bundeskanzlerin Eva Lund besuchte Kiel.',
        'Die Kanzlerin dankte der Ministerin Anna Berg: „Das war gut.“',
      ],
      speaker: 'Eva Lund',
    },
    {
      lang: 'de',
      paras: ['Dazu sagte der Minister Karl Holm: „Das war gut.“'],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: German phrases that are no subject and name no source', () => {
  run([
    {
      // A separable verb's participle is no finite verb: "System" was the speaker.
      lang: 'de',
      paras: [
        'Karl Holm sprach zuerst. Allerdings sei das derzeitige, aus dieser Idee abgeleitete System „völlig veraltet“.',
      ],
      speaker: 'Karl Holm',
    },
    {
      // A name after "nach" in a colon frame is no speaker.
      lang: 'de',
      paras: [
        'Die Regierung sei Nordland wegen seiner Hilfe nach Sturm Tessa Lund zu Dank verpflichtet: „Wir vergessen das nicht.“',
      ],
      speaker: null,
    },
  ]);
});

describe('speakers: German words that open the sentence before their reporting verb', () => {
  run([
    {
      // One capitalised word, a comma and a reporting verb: someone's word.
      lang: 'de',
      paras: ['Anna Berg hatte geklagt. Das Gericht gab ihr recht. „Endlich“, sagte die Klägerin.'],
      speaker: 'Anna Berg',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Mit den Worten „Das ist ein Sieg“ kommentierte Karl Holm das Urteil.'],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: a German fronted clause that reports, with words inside it', () => {
  run([
    {
      // The words follow the fronted clause's verb; the main clause has a speaker of its own.
      lang: 'de',
      paras: [
        'Während Anna Berg erklärte, zufrieden zu sein, „sonst hätten wir nichts gesagt“, räumte Karl Holm ein, enttäuscht zu sein.',
      ],
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: a sentence that opens with its subject, another person as the object', () => {
  run([
    {
      lang: 'de',
      paras: ['Anna Berg lobte Karl Holm: „Er ist bereit.“'],
      speaker: 'Anna Berg',
    },
    {
      lang: 'fr',
      paras: ['Marie Lenoir a félicité Jean Dupont : « Il est prêt. »'],
      speaker: 'Marie Lenoir',
    },
    {
      lang: 'es',
      paras: ['María López elogió a Juan Pérez: «Está listo.»'],
      speaker: 'María López',
    },
    {
      lang: 'ru',
      paras: ['Мария Иванова похвалила Ивана Петрова: «Он готов».'],
      speaker: 'Мария Иванова',
    },
    {
      // The one quoted, not the paper that quotes.
      lang: 'de',
      paras: ['Die Zeitung zitiert den Minister Karl Holm mit den Worten: „Wir sind bereit.“'],
      speaker: 'Karl Holm',
    },
    {
      lang: 'de',
      paras: ['Die Zeitung zitiert Karl Holm, der Plan sei „nicht finanzierbar“.'],
      speaker: 'Karl Holm',
    },
    {
      // A passive's agent speaks before a colon too.
      lang: 'de',
      paras: ['Anna Berg wurde von Karl Holm scharf kritisiert: „Sie lügen.“'],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: a German possessive and a noun for a view', () => {
  run([
    {
      lang: 'de',
      paras: ['Karl Holm sprach am Montag. Nach Holms Worten ist die Lage „sehr ernst“.'],
      speaker: 'Karl Holm',
    },
    {
      // "Holms Angaben" was the speaker.
      lang: 'de',
      paras: ['Karl Holm sprach am Montag. Laut Holms Angaben ist die Lage „sehr ernst“.'],
      speaker: 'Karl Holm',
    },
  ]);
});

describe('speakers: an outlet is neither the speaker nor the one spoken to', () => {
  run([
    // "Le Monde", "El País": a paper's title after its article, not a person.
    {
      lang: 'fr',
      paras: ['Selon Le Monde, le gouvernement juge la situation « grave ».'],
      speaker: null,
    },
    {
      lang: 'es',
      paras: ['Según El País, el Gobierno considera la situación "grave".'],
      speaker: null,
    },
    // A surname with its article, once the article has named the person in full, is that person.
    {
      lang: 'fr',
      paras: ['Marine Le Pen a rencontré des électeurs.', '« Nous gagnerons », a dit Le Pen.'],
      speaker: 'Marine Le Pen',
    },
    // The person after "told" and an outlet is spoken to: "Trump told Fox News' Sean Hannity:".
    {
      lang: 'en',
      paras: ['Karl Moe told Harbour News’ Ada Lunde: "The vote was rigged."'],
      speaker: 'Karl Moe',
    },
  ]);
});

describe('speakers: the one spoken to is not the speaker', () => {
  run([
    {
      lang: 'es',
      paras: ['Ana Gómez respondió a Luis Martín: "Usted miente".'],
      speaker: 'Ana Gómez',
    },
    { lang: 'ru', paras: ['Иван Петров ответил Козлову: «Это не так».'], speaker: 'Иван Петров' },
    // A thing named with a capital and joined to a lower-case word is not part of the name.
    {
      lang: 'ru',
      paras: ['«Это провокация», — написал в своём Telegram-канале Павел Смирнов.'],
      speaker: 'Павел Смирнов',
    },
  ]);
});

describe('speakers: reflexive and other cue verbs after short words', () => {
  run([
    {
      lang: 'fr',
      paras: ['« C’est un scandale », s’est indignée la maire de Lyon, Anne Martin.'],
      speaker: 'Anne Martin',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: ["« C'est inadmissible », s'est exclamé Paul Martin."],
      speaker: 'Paul Martin',
      kind: 'statement',
    },
    {
      lang: 'fr',
      paras: ['« Le budget sera voté », a indiqué la ministre Anne Morel.'],
      speaker: 'Anne Morel',
    },
    {
      lang: 'ru',
      paras: ['«Это скандал», — возмутился мэр Казани Павел Смирнов.'],
      speaker: 'Павел Смирнов',
      kind: 'statement',
    },
  ]);
});

describe('speakers: whose view, in the words of another phrase', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Aus Sicht von Umweltministerin Petra Sommer ist der Plan „ein wichtiger erster Schritt“.',
      ],
      speaker: 'Petra Sommer',
    },
    {
      lang: 'de',
      paras: ['Das Gesetz ist in den Augen von Heinz Albers „ein Angriff auf die Landwirtschaft“.'],
      speaker: 'Heinz Albers',
    },
    {
      lang: 'en',
      paras: ['In the words of Maria Stone, the bill is “a disaster for farmers.”'],
      speaker: 'Maria Stone',
    },
    {
      lang: 'en',
      paras: ['In the eyes of Senator Maria Stone, the bill is “a disaster for farmers.”'],
      speaker: 'Maria Stone',
    },
    {
      // A view that is no one's in particular stays without a speaker.
      lang: 'en',
      paras: ['In the eyes of many voters, the bill is “a disaster for farmers.”'],
      speaker: null,
    },
    {
      lang: 'fr',
      paras: ['De l’avis de Marie Leroy, ce projet est « une catastrophe pour les agriculteurs ».'],
      speaker: 'Marie Leroy',
    },
    {
      lang: 'es',
      paras: ['En opinión de María López, el proyecto es «un desastre para los agricultores».'],
      speaker: 'María López',
    },
  ]);
});

describe('speakers: German role, complement and name without commas', () => {
  run([
    {
      lang: 'de',
      paras: ['Die Chefin der Umweltbehörde Petra Sommer sagte: „Die Werte sind alarmierend.“'],
      speaker: 'Petra Sommer',
    },
    {
      lang: 'de',
      paras: [
        'Nach der Sitzung sagte der Präsident des Deutschen Bauernverbandes Heinz Albers: „Wir bleiben hart.“',
      ],
      speaker: 'Heinz Albers',
    },
    {
      lang: 'de',
      paras: [
        '„Wir bleiben hart“, sagte der Vorsitzende des Bauernverbandes Heinz Albers am Montag.',
      ],
      speaker: 'Heinz Albers',
    },
    {
      // A company's name after the role is no person.
      lang: 'de',
      paras: ['Der Präsident der Deutschen Bank AG sagte: „Wir bleiben hart.“'],
      speaker: null,
    },
  ]);
});

describe('speakers: German words a dash leads back to, and a body’s statement', () => {
  run([
    {
      lang: 'de',
      paras: ['„Wir bleiben hart“ – mit diesen Worten verließ Heinz Albers den Saal.'],
      speaker: 'Heinz Albers',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        '„Wir bleiben hart und geben nicht nach“ – so beschreibt Bauernpräsident Heinz Albers die Haltung des Verbandes.',
      ],
      speaker: 'Heinz Albers',
    },
    {
      // A slogan a dash explains is a term.
      lang: 'de',
      paras: ['„Wir bleiben hart“ – so lautet das Motto der Bauern.'],
      speaker: null,
      kind: 'term',
    },
    {
      lang: 'de',
      paras: [
        'In einer Stellungnahme von Amnesty International heißt es: „Das Urteil ist ein Skandal.“',
      ],
      speaker: 'Amnesty International',
    },
    {
      lang: 'de',
      paras: ['„Die Strecke bleibt gesperrt“, hieß es auf der Webseite von Greenpeace.'],
      speaker: 'Greenpeace',
    },
  ]);
});

describe('speakers: a Spanish reporting verb with its subject left out', () => {
  run([
    {
      lang: 'es',
      paras: ['La ministra María López visitó la zona. «Haremos todo lo posible», afirmó.'],
      speaker: 'María López',
    },
    {
      lang: 'es',
      paras: [
        'La ministra María López visitó la zona. «Haremos todo lo posible», dijo a la prensa.',
      ],
      speaker: 'María López',
    },
    {
      // The subject comes at the end of the sentence: it is not the minister.
      lang: 'es',
      paras: [
        'La ministra María López visitó la zona. «Haremos todo lo posible», afirmó en un comunicado el ministerio.',
      ],
      speaker: null,
    },
    {
      // Nobody to speak for.
      lang: 'es',
      paras: ['«Haremos todo lo posible», afirmó.'],
      speaker: null,
    },
  ]);
});

describe('speakers: a German surname shaped like a noun', () => {
  run([
    {
      // "Jung" ends like a noun in -ung, but no noun is one letter and -ung.
      lang: 'de',
      paras: ['Als Beispiel nannte Reinhard Jung die Kartoffel „eine Gefahr für die Bauern“.'],
      speaker: 'Reinhard Jung',
    },
    {
      lang: 'de',
      paras: [
        'Als Beispiel nannte Reinhard Jung, Geschäftsführer des Bauernbundes, die Kartoffel „eine Gefahr für die Bauern“.',
      ],
      speaker: 'Reinhard Jung',
    },
    {
      lang: 'de',
      paras: [
        'Im Gespräch mit der Zeitung bezeichnete Reinhard Jung die Kartoffel als „eine Gefahr für die Bauern“.',
      ],
      speaker: 'Reinhard Jung',
    },
  ]);
});

describe('speakers: the aside after a named owner’s role', () => {
  run([
    {
      lang: 'en',
      paras: ['Tom Reed’s spokeswoman, Lisa Park, said the campaign would “fight on.”'],
      speaker: 'Lisa Park',
    },
    {
      lang: 'en',
      paras: ['“We will fight on,” Tom Reed’s spokeswoman, Lisa Park, said.'],
      speaker: 'Lisa Park',
    },
    {
      // An aside that names a thing of the person named first leaves the speaker.
      lang: 'en',
      paras: [
        'Olav Dahl, the editor of the harbour’s weekly, The Harbour Ledger, said it was “a scandal.”',
      ],
      speaker: 'Olav Dahl',
    },
  ]);
});
