/**
 * German quotations that name things, and speakers German news names in its own
 * ways (issue 10), with the same frames in French, Spanish and Russian where they
 * occur. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { makeArticle } from '../../src/core/article';
import type { ExtractedQuote } from '../../src/core/types';

/** The quotations of an article made of `paragraphs` in `language`. */
const quotesOf = (paragraphs: string[], language: string): ExtractedQuote[] =>
  extractQuotes(
    makeArticle({
      paragraphs,
      language,
      url: 'https://example.test/de',
      title: 'Bericht',
      source: 'Kurier',
      published: null,
    }),
  );

interface Case {
  lang: string;
  paras: string[];
  /** The quotation looked at (its words inside the marks). */
  quote: string;
  kind: 'statement' | 'term';
  /** Its speaker, when it matters (null: none). */
  speaker?: string | null;
}

function run(cases: Case[]): void {
  for (const c of cases)
    it(`${c.lang}: ${c.paras.join(' / ')}`, () => {
      const q = quotesOf(c.paras, c.lang).find((x) => x.text === c.quote);
      expect(q, `no quotation «${c.quote}»`).toBeDefined();
      expect(q!.kind).toBe(c.kind);
      if (c.speaker !== undefined) expect(q!.speaker).toBe(c.speaker);
    });
}

describe('German: a lone capitalised noun in marks', () => {
  run([
    {
      // Nothing frames it as anyone's word: a name for a thing, whoever speaks.
      lang: 'de',
      paras: ['Die Stadt plant ein „Parkverbot“ für Lastwagen, sagte Anna Berg.'],
      quote: 'Parkverbot',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Karl Holm wird sich ein Rennen mit dem liberalen „Realisten“ Ole Brandt liefern.'],
      quote: 'Realisten',
      kind: 'term',
    },
    {
      // A verb of calling makes it someone's word.
      lang: 'de',
      paras: ['Anna Berg nannte den Plan einen „Wortbruch“.'],
      quote: 'Wortbruch',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: ['Die Ministerin wies den Vorwurf als „Frechheit“ zurück.'],
      quote: 'Frechheit',
      kind: 'statement',
    },
    {
      // A reporting verb and a comma right before the mark.
      lang: 'de',
      paras: ['Anna Berg sagte, „Sperrzonen“ dürfe es in der Stadt nicht geben.'],
      quote: 'Sperrzonen',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
  ]);
});

describe('German: a title-shaped noun phrase inside the sentence', () => {
  run([
    {
      lang: 'de',
      paras: ['Teile des „Gesetzes über die Fischerei im Fjord“ sind seit Mai ungültig.'],
      quote: 'Gesetzes über die Fischerei im Fjord',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: [
        'Der „Preis der Stadt Larsberg für Baukunst“ geht in diesem Jahr an ein Büro aus Kiel.',
      ],
      quote: 'Preis der Stadt Larsberg für Baukunst',
      kind: 'term',
    },
    {
      // A name that ends in an abbreviation's full stop.
      lang: 'de',
      paras: ['Die Seite zeigt nur einen Hinweis des „Vereins Freunde des Hafens e.V.“ an.'],
      quote: 'Vereins Freunde des Hafens e.V.',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Vor allem die französische „Ligue pour la Mer“ hatte dazu aufgerufen.'],
      quote: 'Ligue pour la Mer',
      kind: 'term',
    },
    {
      // With a speaker it stays someone's words.
      lang: 'de',
      paras: ['Anna Berg sprach am Montag von einer „Gefahr für Leib und Leben“.'],
      quote: 'Gefahr für Leib und Leben',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
    {
      // A verb, a sentence inside the marks or an editor's brackets mark quoted words.
      lang: 'de',
      paras: [
        'Auf dem Transparent war die Parole „Hafen in Bewegung. Fjord und Stadt retten“ zu lesen.',
      ],
      quote: 'Hafen in Bewegung. Fjord und Stadt retten',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Das Kühlsystem war wegen „Probleme[n] mit der Pumpe“ ausgefallen.'],
      quote: 'Probleme[n] mit der Pumpe',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: [
        'Die Demonstranten trugen Schilder mit Sprüchen wie „Nieder mit der Mautgebühr“ durch die Stadt.',
      ],
      quote: 'Nieder mit der Mautgebühr',
      kind: 'statement',
    },
  ]);
});

describe('German: words someone said after a noun for a work, a slogan, or in brackets', () => {
  run([
    {
      // A colon after the outlet reports speech; the outlet's noun makes no name of it.
      lang: 'de',
      paras: ['Anna Berg sagte dem Kasseler Tageblatt: „Wir bauen die Brücke im Mai.“'],
      quote: 'Wir bauen die Brücke im Mai.',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: ['Die Zeitschrift „Hafenblick“ erscheint seit Mai.'],
      quote: 'Hafenblick',
      kind: 'term',
    },
    {
      // A slogan, however short, is someone's words.
      lang: 'de',
      paras: ['Die Demonstranten zogen mit der Parole „Wir kommen wieder“ durch die Stadt.'],
      quote: 'Wir kommen wieder',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Die Menge skandierte Parolen wie „Maut weg!“ vor dem Rathaus.'],
      quote: 'Maut weg!',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Sie trugen Bänder mit der Aufschrift „Fjord = Heimat“ am Arm.'],
      quote: 'Fjord = Heimat',
      kind: 'statement',
    },
    {
      // A sentence in brackets is a remark; a translation in brackets is a name.
      lang: 'de',
      paras: ['Der Bürgermeister Karl Holm („Ich habe damit nicht gerechnet.“) nahm den Preis an.'],
      quote: 'Ich habe damit nicht gerechnet.',
      kind: 'statement',
    },
    {
      lang: 'de',
      paras: ['Die Operation „Harbour Wind“ („Wind im Hafen“) begann im Mai.'],
      quote: 'Wind im Hafen',
      kind: 'term',
    },
  ]);
});

describe('speakers: a remark in brackets right after a name', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Glückwünsche kamen von Ole Brandt, dem Leiter der Hafenbehörde, Karim ElMansour („Niemand hat das mehr verdient.“), und von Anna Berg.',
      ],
      quote: 'Niemand hat das mehr verdient.',
      kind: 'statement',
      speaker: 'Karim ElMansour',
    },
    {
      lang: 'fr',
      paras: ['Le maire, Paul Ferrand (« Je ne m’y attendais pas. »), a reçu le prix lundi.'],
      quote: 'Je ne m’y attendais pas.',
      kind: 'statement',
      speaker: 'Paul Ferrand',
    },
    {
      lang: 'es',
      paras: ['La alcaldesa Marta Ruiz («No me lo esperaba.») recibió el premio el lunes.'],
      quote: 'No me lo esperaba.',
      kind: 'statement',
      speaker: 'Marta Ruiz',
    },
  ]);
});

describe('speakers: roles and the names they stand for', () => {
  run([
    {
      // A role and where it is held, the holder set off by commas.
      lang: 'de',
      paras: [
        'Der Experte von Greenpeace, Martin Holm, wandte sich gegen die Behauptung, die Sorte sei harmlos: „Das ist falsch.“',
      ],
      quote: 'Das ist falsch.',
      kind: 'statement',
      speaker: 'Martin Holm',
    },
    {
      // "der Papst" stands for the pope named before; a role is never the name.
      lang: 'de',
      paras: [
        'Papst Clemens XX. besuchte am Montag Kiel.',
        'Der Bürgermeister Karl Holm empfing ihn am Hafen.',
        '„Die Stadt ist schön“, sagte der Papst.',
      ],
      quote: 'Die Stadt ist schön',
      kind: 'statement',
      speaker: 'Clemens XX',
    },
    {
      lang: 'fr',
      paras: [
        'Le pape Clément XX a visité Lorval lundi.',
        'Le maire Paul Ferrand l’a accueilli au port.',
        '« La ville est belle », a dit le pape.',
      ],
      quote: 'La ville est belle',
      kind: 'statement',
      speaker: 'Clément XX',
    },
    {
      lang: 'es',
      paras: [
        'El papa Clemente XX visitó Villaseca el lunes.',
        'El alcalde Pablo Ruiz lo recibió en el puerto.',
        '«La ciudad es bonita», dijo el papa.',
      ],
      quote: 'La ciudad es bonita',
      kind: 'statement',
      speaker: 'Clemente XX',
    },
    {
      lang: 'ru',
      paras: [
        'Папа Климент XX посетил Белозерск в понедельник.',
        'Мэр Павел Руднев встретил его в порту.',
        '«Город красивый», сказал папа.',
      ],
      quote: 'Город красивый',
      kind: 'statement',
      speaker: 'Климент XX',
    },
    {
      lang: 'de',
      paras: [
        'Die Staatsanwältin Vera Lind hat Anklage erhoben.',
        '„Die Beweise sind eindeutig“, sagte die Staatsanwältin.',
      ],
      quote: 'Die Beweise sind eindeutig',
      kind: 'statement',
      speaker: 'Vera Lind',
    },
    {
      // With nobody named in that role, no one is guessed.
      lang: 'de',
      paras: [
        'Anna Berg und Karl Holm trafen sich in Kiel.',
        '„Die Stadt ist schön“, sagte der Papst.',
      ],
      quote: 'Die Stadt ist schön',
      kind: 'statement',
      speaker: null,
    },
    {
      // "hieß es von": the words come from the person named after it.
      lang: 'de',
      paras: ['„Alle Zeichen deuten auf einen Unfall hin“, hieß es von Viktor Holm.'],
      quote: 'Alle Zeichen deuten auf einen Unfall hin',
      kind: 'statement',
      speaker: 'Viktor Holm',
    },
  ]);
});

describe('German: more nouns and frames that name things', () => {
  run([
    {
      // Titles listed after "Themen wie", whoever speaks about them.
      lang: 'de',
      paras: ['Anna Berg sprach in ihren Vorträgen über Themen wie „Wie der Hafen wuchs“.'],
      quote: 'Wie der Hafen wuchs',
      kind: 'term',
      speaker: null,
    },
    {
      // An item of a list of names is a name, even with a speaker in the sentence.
      lang: 'de',
      paras: [
        'In der Reihe liefen „Der stille Hafen“, „Kalte Wellen am Fjord“ und „Wie der Hafen wuchs“, sagte Anna Berg.',
      ],
      quote: 'Wie der Hafen wuchs',
      kind: 'term',
      speaker: null,
    },
    {
      // A company after "Firma", and again without the noun.
      lang: 'de',
      paras: [
        'Die Firma „hafen energie ag“ investiert in Kiel.',
        'Ein Vertreter der „hafen energie ag“ nannte die Beteiligung „strategisch“.',
      ],
      quote: 'hafen energie ag',
      kind: 'term',
    },
    {
      // An adjective and a noun inside a noun phrase of a narrative sentence: a
      // scare quote.
      lang: 'de',
      paras: ['In dem Spiel haben Unbekannte mit einer „digitalen Bombe“ die Insel zerstört.'],
      quote: 'digitalen Bombe',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Nach der Wahl verfügt eine „breite Koalition“ über die Mehrheit.'],
      quote: 'breite Koalition',
      kind: 'term',
    },
    {
      // A verb of saying in the clause makes them someone's words.
      lang: 'de',
      paras: ['Die Anwohner sagen, der Betreiber trage die „volle Verantwortung“ für den Lärm.'],
      quote: 'volle Verantwortung',
      kind: 'statement',
    },
    {
      // A name the sentence says something calls itself, after the marks.
      lang: 'de',
      paras: ['„Wir für Nordland“, wie sich die Gruppe nennt, kündigte Proteste an.'],
      quote: 'Wir für Nordland',
      kind: 'term',
    },
    {
      // A paper "that appears" somewhere.
      lang: 'de',
      paras: ['So berichtete die in Nordland erscheinende „Stimme am Mittwoch“ von dem Streit.'],
      quote: 'Stimme am Mittwoch',
      kind: 'term',
    },
    {
      // A work named in the clause before a colon.
      lang: 'de',
      paras: [
        'Am Abend stellte die Band dann ihr neues Album vor: „Licht über dem Hafen“. Die Fans jubelten.',
      ],
      quote: 'Licht über dem Hafen',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: ['Den Namen der Serie gab der Sender schon bekannt: „Kalte Tage am Fjord“.'],
      quote: 'Kalte Tage am Fjord',
      kind: 'term',
    },
    {
      lang: 'fr',
      paras: ['« Nous pour Nordland », comme se nomme le groupe, a annoncé des manifestations.'],
      quote: 'Nous pour Nordland',
      kind: 'term',
    },
    {
      lang: 'es',
      paras: ['«Nosotros por Nordland», como se hace llamar el grupo, anunció protestas.'],
      quote: 'Nosotros por Nordland',
      kind: 'term',
    },
    {
      lang: 'ru',
      paras: ['«Мы за Нордланд», как называет себя группа, объявила о протестах.'],
      quote: 'Мы за Нордланд',
      kind: 'term',
    },
    {
      lang: 'fr',
      paras: ['Le groupe a présenté son nouvel album : « Lumière sur le port ».'],
      quote: 'Lumière sur le port',
      kind: 'term',
    },
    {
      lang: 'es',
      paras: ['El grupo presentó su nuevo álbum: «Luz sobre el puerto».'],
      quote: 'Luz sobre el puerto',
      kind: 'term',
    },
    {
      lang: 'fr',
      paras: ['À propos de son livre, Anne Roche a dit : « Il m’a coûté dix ans. »'],
      quote: 'Il m’a coûté dix ans.',
      kind: 'statement',
    },
    {
      // A sentence after such a colon is still someone's words.
      lang: 'de',
      paras: ['Über ihr neues Buch sagte Anna Berg: „Es hat mich zehn Jahre gekostet.“'],
      quote: 'Es hat mich zehn Jahre gekostet.',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
    {
      lang: 'de',
      paras: [
        'Die von der „Harbour Front for Fair Fishing“ (übersetzt etwa: „Hafenfront für gerechten Fischfang in allen Meeren“) organisierten Kräfte riefen zum Streik auf.',
      ],
      quote: 'Hafenfront für gerechten Fischfang in allen Meeren',
      kind: 'term',
    },
    {
      // The outlet that reports.
      lang: 'de',
      paras: [
        'Das wurde am Montag bekannt. Wie „hafen online“ berichtet, ist die Brücke gesperrt.',
      ],
      quote: 'hafen online',
      kind: 'term',
    },
    {
      lang: 'de',
      paras: [
        'Die Ausstellung kehrt zurück. Im Mai nennt sie sich „fjordkunst 7“ und dauert 100 Tage.',
      ],
      quote: 'fjordkunst 7',
      kind: 'term',
    },
  ]);
});

describe('speakers: German frames around the name', () => {
  run([
    {
      // The name right before the colon speaks, not someone named earlier.
      lang: 'de',
      paras: [
        'Glückwünsche kamen laut Agentur von Ole Brandt und von der Ministerpräsidentin Vera Lind: „Der Preis kommt genau richtig.“',
      ],
      quote: 'Der Preis kommt genau richtig.',
      kind: 'statement',
      speaker: 'Vera Lind',
    },
    {
      // …but a name after a preposition is an object.
      lang: 'de',
      paras: ['Der Minister Karl Holm äußerte sich gegenüber dem Larsberger Kurier: „Wir bauen.“'],
      quote: 'Wir bauen.',
      kind: 'statement',
      speaker: 'Karl Holm',
    },
    {
      lang: 'fr',
      paras: [
        'Les félicitations sont venues selon l’agence de Paul Ferrand et de la ministre Claire Dubois : « Le prix arrive au bon moment. »',
      ],
      quote: 'Le prix arrive au bon moment.',
      kind: 'statement',
      speaker: 'Claire Dubois',
    },
    {
      // A perfect tense with the name between its verbs, after the words.
      lang: 'de',
      paras: ['Sie wisse, dass ihre Arbeit „fehlerfrei“ sei, hatte Anna Berg damals gesagt.'],
      quote: 'fehlerfrei',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
    {
      // "wird … zitiert": the passive names the speaker.
      lang: 'de',
      paras: [
        'Zum Abschied wird Holm auf der Internetseite des Vereins wie folgt zitiert: „Es war eine schöne Zeit.“',
      ],
      quote: 'Es war eine schöne Zeit.',
      kind: 'statement',
      speaker: 'Holm',
    },
  ]);
});

describe('speakers: German reported speech after a sentence that takes a stand', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Am Dienstag nahm auch der Ministerpräsident des Landes, Christian Holm (CDU), zu der Frage Stellung. Jeder Lehrer könne „seine Stunden zurückverlangen“.',
      ],
      quote: 'seine Stunden zurückverlangen',
      kind: 'statement',
      speaker: 'Christian Holm',
    },
  ]);
});

describe('speakers: more German verbs that report speech', () => {
  run([
    {
      lang: 'de',
      paras: ['Der Forscher Karl Holm riet allgemein zu „Ruhe und Geduld“.'],
      quote: 'Ruhe und Geduld',
      kind: 'statement',
      speaker: 'Karl Holm',
    },
    {
      lang: 'de',
      paras: ['Anna Berg bemängelte, die Pläne seien „viel zu teuer“.'],
      quote: 'viel zu teuer',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
  ]);
});

describe('speakers: a German sentence adverb or a weekday is no part of a name', () => {
  run([
    {
      // A heading run into the sentence: "Hafenfest Bereits im Mai hatte …".
      lang: 'de',
      paras: [
        'Engagement Larsbergs Bereits im Mai hatte Bürgermeisterin Anna Berg in einer Rede verkündet: „Wir bauen die Brücke.“',
      ],
      quote: 'Wir bauen die Brücke.',
      kind: 'statement',
      speaker: 'Anna Berg',
    },
  ]);
});

describe('names of works in French, Spanish and Russian', () => {
  run([
    {
      lang: 'fr',
      paras: ['Paul Ferrand chante la chanson « Nuit sur le Port » depuis des années, a-t-il dit.'],
      quote: 'Nuit sur le Port',
      kind: 'term',
      speaker: null,
    },
    {
      lang: 'fr',
      paras: ['Le roman intitulé « Le Dernier Quai » paraît en mai, a dit Paul Ferrand.'],
      quote: 'Le Dernier Quai',
      kind: 'term',
    },
    {
      lang: 'es',
      paras: ['La novela titulada «El último muelle» sale en mayo, dijo Pablo Ruiz.'],
      quote: 'El último muelle',
      kind: 'term',
    },
    {
      lang: 'ru',
      paras: ['Сериал «Последний причал» выйдет в мае, сказал Павел Руднев.'],
      quote: 'Последний причал',
      kind: 'term',
    },
  ]);
});

describe('German: a clause after the noun for a company is speech', () => {
  run([
    {
      lang: 'de',
      paras: [
        'Der Datenschützer Ole Brandt leitete ein Verfahren ein.',
        'Laut Brandt muss das Unternehmen „alle betroffenen Kunden bis Freitag schriftlich informieren“.',
      ],
      quote: 'alle betroffenen Kunden bis Freitag schriftlich informieren',
      kind: 'statement',
      speaker: 'Ole Brandt',
    },
  ]);
});

describe('speakers: "sagte X zu Y" and a sentence after a colon', () => {
  run([
    {
      // "zu" between two people the article names: the second is spoken to.
      lang: 'de',
      paras: [
        'Der Stürmer Nicolas Holm und der Trainer Raymond Brandt stritten in der Pause. Wie die Sportzeitung „Le Stade“ veröffentlichte, soll Holm zu Brandt gesagt haben: „Mach doch deinen Kram allein.“',
      ],
      quote: 'Mach doch deinen Kram allein.',
      kind: 'statement',
      speaker: 'Nicolas Holm',
    },
    {
      // A short sentence after a colon is someone's words, not a name.
      lang: 'de',
      paras: ['Danach soll der Minister gesagt haben: „Ich komme wieder.“'],
      quote: 'Ich komme wieder.',
      kind: 'statement',
    },
  ]);
});
