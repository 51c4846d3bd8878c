/**
 * German speakers in the shapes news copy gives them: wire copy, regional papers,
 * interviews. Each case is a short invented article; the speaker expected is the
 * one of its last quotation (null: the text names nobody who said it).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { makeArticle } from '../../src/core/article';
import type { ExtractedQuote } from '../../src/core/types';

function quotesOf(paragraphs: string[], language = 'de'): ExtractedQuote[] {
  return extractQuotes(
    makeArticle({
      paragraphs,
      url: 'https://example.test/meldung',
      title: 'Meldung',
      source: 'Kurier',
      published: null,
      language,
    }),
  );
}

function lastSpeaker(paragraphs: string[], language = 'de'): string | null | undefined {
  const quotes = quotesOf(paragraphs, language);
  return quotes[quotes.length - 1]?.speaker;
}

function run(cases: [string[], string | null][], language = 'de'): void {
  for (const [paras, speaker] of cases)
    it(`${language}: ${paras.join(' / ')}`, () =>
      expect(lastSpeaker(paras, language)).toBe(speaker));
}

describe('German news: the speaker in the sentence of the words', () => {
  run([
    [
      ['Nach der Sitzung sagte Innenministerin Anna Berg: „Wir werden die Regeln ändern.“'],
      'Anna Berg',
    ],
    [['„Wir sind sehr zufrieden“, sagte Karl Holm der Zeitung.'], 'Karl Holm'],
    [['„Die Lage bleibt angespannt“, heißt es in einer Mitteilung des Landratsamts.'], null],
    [['„Der Schaden geht in die Millionen“, teilte eine Sprecherin der Polizei mit.'], null],
    [
      ['Der Sprecher des Innenministeriums, Max Berg, sagte: „Die Polizei war vorbereitet.“'],
      'Max Berg',
    ],
    [
      ['Am Montag erklärte der Trainer des FC Nord, Jens Weber: „Wir haben verdient verloren.“'],
      'Jens Weber',
    ],
    [
      ['„Das ist ein schwarzer Tag für die Region“, sagte die Landrätin Gisela Sommer am Abend.'],
      'Gisela Sommer',
    ],
    [
      [
        'Gisela Sommer, Landrätin des Kreises, äußerte sich am Dienstag: „Wir lassen niemanden allein.“',
      ],
      'Gisela Sommer',
    ],
    [
      [
        'Der Chef der Gewerkschaft, Otto Kern, begründete den Streik mit den Worten: „Die Beschäftigten haben genug.“',
      ],
      'Otto Kern',
    ],
    [['Otto Kern stellte fest: „Die Gespräche sind gescheitert.“'], 'Otto Kern'],
    [
      [
        'In einem Interview mit dem Radiosender sagte die Ministerin Lea Krug: „Wir prüfen alle Optionen.“',
      ],
      'Lea Krug',
    ],
    [
      ['Auf die Frage, ob er zurücktreten werde, antwortete Paul Vogt: „Nein, auf keinen Fall.“'],
      'Paul Vogt',
    ],
    [
      ['Die Staatsanwältin Ina Brandt warf dem Angeklagten vor, „aus Habgier“ gehandelt zu haben.'],
      'Ina Brandt',
    ],
    [
      [
        '„Es war ein Fehler“, räumte der frühere Minister Egon Faber im Gespräch mit dieser Zeitung ein.',
      ],
      'Egon Faber',
    ],
    [['Egon Faber sprach von einem „Fehler, den ich bereue“.'], 'Egon Faber'],
    [
      [
        'Wie der Sprecher der Stadtwerke, Udo Haas, mitteilte, sei die Versorgung „zu keinem Zeitpunkt gefährdet“ gewesen.',
      ],
      'Udo Haas',
    ],
    [['Nach Angaben von Udo Haas ist die Versorgung „zu keinem Zeitpunkt gefährdet“.'], 'Udo Haas'],
    [['Die Sängerin Mara Stein sagte dem Magazin: „Ich stehe gern auf der Bühne.“'], 'Mara Stein'],
    [
      [
        'Kritik kam von der Opposition. Grünen-Fraktionschefin Helga Rost nannte den Plan „unausgegoren“.',
      ],
      'Helga Rost',
    ],
    [
      ['Der Polizeisprecher Tim Ost erklärte, man habe „keine Hinweise auf eine Straftat“.'],
      'Tim Ost',
    ],
    [['„Wir haben alles versucht“, sagt Feuerwehrchef Rolf Anger.'], 'Rolf Anger'],
    [['„Wir haben alles versucht“, sagt Rolf Anger, der Leiter der Feuerwehr.'], 'Rolf Anger'],
    [['„Wir haben alles versucht“, sagt der Leiter der Feuerwehr, Rolf Anger.'], 'Rolf Anger'],
    [
      ['Auch Bundespräsident Georg Lind meldete sich zu Wort: „Gewalt ist keine Lösung.“'],
      'Georg Lind',
    ],
    [['Heute sagte Anna Berg im Landtag: „Wir bleiben dabei.“'], 'Anna Berg'],
    [
      [
        'Gegenüber dem Sender erklärte der Sprecher des Konzerns, Lars Ebert: „Wir bedauern den Vorfall.“',
      ],
      'Lars Ebert',
    ],
    [
      ['Lars Ebert, Sprecher des Konzerns, sagte dem Sender: „Wir bedauern den Vorfall.“'],
      'Lars Ebert',
    ],
    [
      [
        'Die Gesundheitsexpertin der SPD, Karin Maus, hält das für falsch: „Das ist der falsche Weg.“',
      ],
      'Karin Maus',
    ],
    [
      ['„Das ist der falsche Weg“, kritisierte die SPD-Gesundheitsexpertin Karin Maus.'],
      'Karin Maus',
    ],
  ]);
});

describe('German news: role nouns without an agent suffix are roles', () => {
  // "Ärztin", "Bauer", "Chefärztin", "Landwirt" before a name describe the person.
  run([
    [['Die Ärztin Nora Hess warnt: „Die Kliniken sind voll.“'], 'Nora Hess'],
    [['„Die Kliniken sind voll“, warnt Chefärztin Nora Hess vom Klinikum Süd.'], 'Nora Hess'],
    [['„Was sollen wir denn noch tun?“, fragte der Bauer Willi Kropp.'], 'Willi Kropp'],
    [['„Was sollen wir denn noch tun?“, fragte die Landwirtin Rita Feld.'], 'Rita Feld'],
    [['„Der Boden ist zu trocken“, sagt Landwirt Willi Kropp.'], 'Willi Kropp'],
    [
      ['Vor Gericht sagte die Zeugin Maria Lehmann aus: „Ich habe nichts gesehen.“'],
      'Maria Lehmann',
    ],
    [
      [
        'Die Zeugin Maria Lehmann wurde befragt.',
        '„Ich habe nichts gesehen“, beteuerte die Zeugin.',
      ],
      'Maria Lehmann',
    ],
    // The feminine role marks a woman, so "er" is somebody else.
    [
      [
        'Die Zahnärztin Nora Hess und Paul Kern eröffnen eine Praxis.',
        '„Wir freuen uns“, sagte er.',
      ],
      'Paul Kern',
    ],
  ]);
});

describe('German news: a description that opens the sentence stands for a person named before', () => {
  // Before, the noun itself ("Trainer", "Chefärztin") was given as the speaker.
  run([
    [
      [
        'Karl Holm, Trainer des FC Nord, war enttäuscht.',
        'Der Trainer sagte: „Wir haben schlecht gespielt.“',
      ],
      'Karl Holm',
    ],
    [
      ['Karl Holm war enttäuscht.', 'Der Gewerkschafter sagte: „Wir haben schlecht verhandelt.“'],
      'Karl Holm',
    ],
    [
      ['Nora Hess leitet die Klinik.', 'Die Chefärztin warnt: „Die Kliniken sind voll.“'],
      'Nora Hess',
    ],
    [
      ['Nora Hess leitet die Klinik.', 'Die Medizinerin sagte: „Die Kliniken sind voll.“'],
      'Nora Hess',
    ],
    [
      [
        'Georg Lind traf die Opfer.',
        'Der Politiker zeigte sich betroffen: „Gewalt ist keine Lösung.“',
      ],
      'Georg Lind',
    ],
    // Two people it could be: nobody.
    [
      [
        'Karl Holm und Paul Vogt waren enttäuscht.',
        'Der Trainer sagte: „Wir haben schlecht gespielt.“',
      ],
      null,
    ],
  ]);
});

describe('German news: later mentions by surname, pronoun or role', () => {
  run([
    [
      [
        'Die Bürgermeisterin von Neustadt, Petra Lang, zeigte sich erleichtert.',
        '„Niemand wurde verletzt“, sagte Lang.',
      ],
      'Petra Lang',
    ],
    // "Bürgermeisterin von Neustadt" names a place, not a second woman.
    [
      [
        'Die Bürgermeisterin von Neustadt, Petra Lang, zeigte sich erleichtert.',
        '„Niemand wurde verletzt“, sagte sie.',
      ],
      'Petra Lang',
    ],
    [
      [
        'Die Bürgermeisterin von Neustadt, Petra Lang, zeigte sich erleichtert.',
        '„Niemand wurde verletzt“, sagte die Bürgermeisterin.',
      ],
      'Petra Lang',
    ],
    [
      ['Landrätin Gisela Sommer besuchte das Lager.', '„Wir lassen niemanden allein“, so Sommer.'],
      'Gisela Sommer',
    ],
    [
      [
        'Paul Vogt ist seit 2015 Vorsitzender des Vereins.',
        '„Wir brauchen mehr Mitglieder“, betonte er.',
      ],
      'Paul Vogt',
    ],
    [
      [
        'Paul Vogt ist seit 2015 Vorsitzender des Vereins.',
        '„Wir brauchen mehr Mitglieder“, betonte der Vorsitzende.',
      ],
      'Paul Vogt',
    ],
    [
      [
        'Karin Maus hält den Plan für falsch.',
        '„Das ist der falsche Weg“, sagte die SPD-Politikerin.',
      ],
      'Karin Maus',
    ],
    [['Karl Holm hatte zuvor gewarnt.', 'Er sagte: „Das wird teuer.“'], 'Karl Holm'],
    [
      [
        'Seit Jahren fordert die Umweltministerin Sabine Zorn ein Verbot. „Das Gift gehört nicht auf unsere Felder“, sagte Zorn am Freitag in Berlin.',
      ],
      'Sabine Zorn',
    ],
  ]);
});

describe('German news: quotations over paragraphs', () => {
  run([
    [
      [
        'Kanzler Franz Moser verteidigte die Reform.',
        '„Wir haben keine Alternative“, sagte Moser. „Die Kassen sind leer.“',
      ],
      'Franz Moser',
    ],
    [
      [
        'Kanzler Franz Moser verteidigte die Reform.',
        '„Wir haben keine Alternative“, sagte Moser.',
        '„Die Kassen sind leer. Wer etwas anderes behauptet, sagt nicht die Wahrheit.“',
      ],
      'Franz Moser',
    ],
  ]);
});

describe('German news: a fronted object is no speaker', () => {
  // Before, "Harte Worte" and "Scharfe Kritik" were given as the speakers.
  run([
    [['Harte Worte fand der Oppositionsführer Bernd Falk: „Das ist ein Skandal.“'], 'Bernd Falk'],
    [['Deutliche Worte fand auch Bernd Falk: „Das ist ein Skandal.“'], 'Bernd Falk'],
    [
      ['Scharfe Kritik übte der Oppositionsführer Bernd Falk: „Das ist ein Skandal.“'],
      'Bernd Falk',
    ],
    [['Kritik übte der Oppositionsführer Bernd Falk: „Das ist ein Skandal.“'], 'Bernd Falk'],
  ]);
});

describe('a person, an apposition and a verb open the sentence: the name before the colon is spoken to', () => {
  // Before, the outlet or the person praised was given.
  run([
    [
      [
        'Eva Roth, die Sprecherin des Ministeriums, sagte der Deutschen Presse-Agentur: „Wir prüfen den Fall.“',
      ],
      'Eva Roth',
    ],
    [
      ['Eva Roth, Sprecherin des Ministeriums, sagte der Zeitung Die Welt: „Wir prüfen den Fall.“'],
      'Eva Roth',
    ],
    [['Anna Berg, Ministerin für Bildung, lobte Karl Holm: „Er hat viel erreicht.“'], 'Anna Berg'],
  ]);
  run(
    [
      [
        [
          'Anne Morel, porte-parole du ministère, a félicité Paul Girard : « Il a fait un travail remarquable. »',
        ],
        'Anne Morel',
      ],
    ],
    'fr',
  );
  run(
    [
      [
        [
          'Marta Ruiz, portavoz del ministerio, elogió a Pedro Gil: «Ha hecho un trabajo excelente».',
        ],
        'Marta Ruiz',
      ],
    ],
    'es',
  );
  run(
    [
      [
        [
          'Анна Петрова, представитель министерства, похвалила Ивана Смирнова: «Он отлично поработал».',
        ],
        'Анна Петрова',
      ],
    ],
    'ru',
  );
});

describe('a pronoun right after the reporting verb is the subject, whatever follows it', () => {
  // Before, "sagte sie am Montag" gave no speaker (the pronoun was skipped as a
  // description of "Montag"), and "dijo él … en Madrid" gave "Madrid".
  run([
    [['Ute Kranz reagierte prompt.', '„Das ist ein guter Tag“, sagte sie am Montag.'], 'Ute Kranz'],
    [
      ['Ute Kranz reagierte prompt.', '„Das ist ein guter Tag“, schrieb sie auf Twitter.'],
      'Ute Kranz',
    ],
    [['Karl Holm reagierte prompt.', '„Das ist ein guter Tag“, sagte er dem Sender.'], 'Karl Holm'],
  ]);
  run(
    [
      [
        ['Pedro Gil respondió rápido.', '«Es un buen día», dijo él el lunes en Madrid.'],
        'Pedro Gil',
      ],
    ],
    'es',
  );
});

describe('German news: two capitalised nouns in a row are no second person for a pronoun', () => {
  // "seit Wochen Spenden", "Seit Jahren" read as people made "sie" ambiguous.
  run([
    [
      ['Anke Böhm sammelt seit Wochen Spenden.', '„Jeden Tag kommen neue Spenden“, erzählt sie.'],
      'Anke Böhm',
    ],
    [
      [
        'Anke Böhm ist Pfarrerin in Neustadt. Seit Wochen sammelt sie Spenden.',
        '„Jeden Tag kommen neue Spenden“, erzählt sie.',
      ],
      'Anke Böhm',
    ],
  ]);
});

describe('German news: a role that opens a colon frame is the person written with it', () => {
  run([
    [
      [
        'Bundespräsident Georg Lind traf die Opfer.',
        'Der Bundespräsident zeigte sich betroffen: „Gewalt ist keine Lösung.“',
      ],
      'Georg Lind',
    ],
    // With no one written with the role, nobody.
    [
      [
        'Georg Lind und Paul Kern trafen die Opfer.',
        'Der Bundespräsident zeigte sich betroffen: „Gewalt ist keine Lösung.“',
      ],
      null,
    ],
  ]);
});

describe('German news: organisations named as compounds are no speakers', () => {
  // An outlet or body reporting words is not who said them (see the README).
  run([
    [['Die Lage sei „dramatisch“, hieß es vom Bauernverband.'], null],
    [['„Die Lage ist dramatisch“, teilte der Bauernverband mit.'], null],
    [['„Die Straße bleibt gesperrt“, sagte das Landratsamt.'], null],
    [['Der Verbandspräsident Hans Ried sagte: „Die Lage ist dramatisch.“'], 'Hans Ried'],
  ]);
});

describe('German news: present-tense reporting verbs', () => {
  // Regional papers and features report in the present; these gave no speaker.
  const clauses = [
    'kritisiert Karl Holm',
    'schreibt Karl Holm in seinem Blog',
    'räumt Karl Holm ein',
  ];
  run(clauses.map((c) => [[`Der Plan sei „viel zu teuer“, ${c}.`], 'Karl Holm']));
  run([
    [['Karl Holm ist verärgert. Der Plan sei „viel zu teuer“, kritisiert er.'], 'Karl Holm'],
    [['Der Plan sei „viel zu teuer“, widersprach Karl Holm.'], 'Karl Holm'],
  ]);
});

describe('German news: words put first are no speaker', () => {
  run([
    // A participle used as an adverb gave "Relativierend".
    [['Relativierend fügte Karl Holm hinzu: „Das war nicht so gemeint.“'], 'Karl Holm'],
    // A pronominal adverb gave "Darin"; the document speaks for nobody named here.
    [
      ['Hans Ried hat einen Brief geschrieben. Darin heißt es: „Wir fordern schnelle Hilfe.“'],
      null,
    ],
    // "Kapitän" is a role ("Kapitän Karl Holm" was given).
    [['„Das war zu wenig“, sagte der Kapitän Karl Holm.'], 'Karl Holm'],
  ]);
});

describe('German news: lower-case words after a noun for a work are its predicate', () => {
  // "das Spiel „…“" read like the title of a game made these names of things.
  it('de: Lisa Mohr nannte das Spiel „großartig“.', () => {
    const q = quotesOf(['Lisa Mohr nannte das Spiel „großartig“.'])[0]!;
    expect([q.kind, q.speaker]).toEqual(['statement', 'Lisa Mohr']);
  });
  it('de: Laut Lisa Mohr war das Spiel „ein großer Erfolg“.', () => {
    const q = quotesOf(['Laut Lisa Mohr war das Spiel „ein großer Erfolg“.'])[0]!;
    expect([q.kind, q.speaker]).toEqual(['statement', 'Lisa Mohr']);
  });
  it('de: a title in capitals or a paper in lower case stays a name', () => {
    expect(quotesOf(['Sie spielt das Spiel „Siedler“ gern.'])[0]!.kind).toBe('term');
    expect(quotesOf(['Er liest jeden Morgen die Zeitung „taz“.'])[0]!.kind).toBe('term');
  });
});

describe('German news: roles in the genitive and after the verb with an adverb', () => {
  run([
    // "Sprechers Tom Feld" was given.
    [['Die Kanzlerin ist nach Worten ihres Sprechers Tom Feld „sehr besorgt“.'], 'Tom Feld'],
    [['Die Kanzlerin ist nach Angaben ihres Sprechers Tom Feld „sehr besorgt“.'], 'Tom Feld'],
    // "Landwirt" was given.
    [
      [
        'Umweltministerin Klara Voss traf Landwirt Karl Holm.',
        '„Das war ein gutes Gespräch“, sagte der Landwirt danach.',
      ],
      'Karl Holm',
    ],
    [
      [
        'Umweltministerin Klara Voss traf Landwirt Karl Holm.',
        '„Das war ein gutes Gespräch“, sagte die Ministerin danach.',
      ],
      'Klara Voss',
    ],
  ]);
});

describe('German news: an age stands for the person named before', () => {
  run([
    [
      [
        'Jan Berger versprach den Opfern schnelle Hilfe. „Wir werden helfen“, betonte der 58-Jährige.',
      ],
      'Jan Berger',
    ],
    [
      [
        'Mara Stein feiert ihr Comeback.',
        'Die 45-Jährige sagte dem Magazin: „Ich stehe gern auf der Bühne.“',
      ],
      'Mara Stein',
    ],
    // The article says which of two people is a woman.
    [
      [
        'Sängerin Mara Stein und Schauspieler Jan Berger feiern ihr Comeback.',
        '„Ich stehe gern auf der Bühne“, sagte die 45-Jährige.',
      ],
      'Mara Stein',
    ],
    // Two people it could be: nobody.
    [
      [
        'Mara Stein und Jan Berger feiern ihr Comeback.',
        'Die 45-Jährige sagte dem Magazin: „Ich stehe gern auf der Bühne.“',
      ],
      null,
    ],
  ]);
});

describe('the same shapes in French, Spanish and Russian', () => {
  run(
    [
      // "L'élu" was given: an elided article and a noun is no name.
      [['Paul Girard a visité le chantier.', "L'élu a déclaré : « Les travaux avancent. »"], null],
      [
        [
          'Le maire Paul Girard a visité le chantier.',
          'Le maire a déclaré : « Les travaux avancent. »',
        ],
        'Paul Girard',
      ],
      [
        ['Anne Morel a visité le chantier.', '« Les travaux avancent », a-t-elle déclaré lundi.'],
        'Anne Morel',
      ],
    ],
    'fr',
  );
  run(
    [
      [
        ['El alcalde Pedro Gil visitó la obra.', 'El alcalde dijo: «Las obras avanzan».'],
        'Pedro Gil',
      ],
      [
        ['Marta Ruiz, portavoz del ministerio, dijo al diario: «Estamos revisando el caso».'],
        'Marta Ruiz',
      ],
    ],
    'es',
  );
  run(
    [
      [
        [
          'Анна Петрова посетила стройку.',
          '«Работы идут по плану», — сказала она в понедельник журналистам.',
        ],
        'Анна Петрова',
      ],
    ],
    'ru',
  );
});

describe('German news: "Und weiter:" goes on with the speaker before', () => {
  run([
    [
      ['„Die Lage ist ernst“, sagte Klara Voss.', 'Und weiter: „Jeder kann etwas tun.“'],
      'Klara Voss',
    ],
    [['„Die Lage ist ernst“, sagte Klara Voss. Weiter: „Jeder kann etwas tun.“'], 'Klara Voss'],
    // With no speaker before, nobody.
    [['Die Lage ist ernst.', 'Und weiter: „Jeder kann etwas tun.“'], null],
  ]);
});

describe('German news: a noun inside a fronted phrase is no subject', () => {
  // "Debatte" and "Beispiel" were given: in a main clause only one phrase stands
  // before the verb, so a noun after a preposition and other words belongs to it.
  run([
    [
      ['Nach langer Debatte nannte Reinhard Berg die Kartoffel „ein unnötiges Risiko“.'],
      'Reinhard Berg',
    ],
    [
      ['Als gutes Beispiel nannte Reinhard Berg die Kartoffel „ein unnötiges Risiko“.'],
      'Reinhard Berg',
    ],
    [['Von einer „glatten Lüge“ sprach der Grünen-Politiker Karl Holm.'], 'Karl Holm'],
  ]);
});

describe('German news: reported speech after a report, past names that are objects', () => {
  run([
    // A name after a preposition in the quotation's own sentence is nobody who speaks.
    [
      [
        'Wie Bürgermeisterin Petra Lind erklärte, habe die Stadt schnell geholfen. Die Gemeinde sei den Nachbarn nach Sturm Xaver zu Dank verpflichtet: „Sie standen uns in der schwersten Woche bei.“',
      ],
      'Petra Lind',
    ],
    // A genitive complement in the sentence in between.
    [
      [
        'Ortsvorsteher Timo Brandt erklärte, er kenne die Pläne nicht. Die Einsicht in die Akten des Amtes Nordheide sei ihm verweigert worden, das Projekt sei „ohne jede Beteiligung“ geplant.',
      ],
      'Timo Brandt',
    ],
    // An object of the reporting sentence is not a second speaker.
    [
      [
        'Die Sprecherin der Fraktion, Lena Vogt, kritisierte die Pläne zum Thema Wohnungsbau. Hier seien die Mittel „völlig unzureichend“.',
      ],
      'Lena Vogt',
    ],
    [
      [
        'Der Landrat Uwe Kern begründete den Schritt mit dem Abgang von Kämmerer Olaf Prinz. Damit sei „der Haushalt nicht mehr zu halten“.',
      ],
      'Uwe Kern',
    ],
  ]);
});

describe('German news: "er" and "sie" take the person of the sentence before', () => {
  run([
    // Two people in the paragraph, one in the sentence before the pronoun's own.
    [
      [
        'Landrat Uwe Kern lobte den Plan. Auch Bürgermeister Jan Voss äußerte sich im Stadtrat. Er forderte einen „raschen Beginn der Bauarbeiten“.',
      ],
      'Jan Voss',
    ],
    [
      [
        'Landrat Uwe Kern lobte den Plan. Auch Bürgermeister Jan Voss äußerte sich im Stadtrat. „Wir fangen im Mai an“, sagte er.',
      ],
      'Jan Voss',
    ],
    // Someone named as an object is not whom the pronoun stands for.
    [['Petra Lind schrieb am Montag an Uwe Kern. Sie sagte: „Wir sind uns einig.“'], 'Petra Lind'],
    // Two people in the sentence before: no guess.
    [
      [
        'Der Plan war umstritten. Uwe Kern und Jan Voss stritten im Stadtrat. Er sagte: „Das ist zu teuer.“',
      ],
      null,
    ],
  ]);
});

describe('German news: reported speech after a sentence closed by "so" and a name', () => {
  run([
    [
      [
        'Der Film wird kritisiert. Es sei ein Fehler gewesen, so Karl Holm. Deshalb müsse „die Stadt umdenken“.',
      ],
      'Karl Holm',
    ],
    [
      [
        'Der Film wird kritisiert. Es sei ein Fehler gewesen, so der Schriftsteller Karl Holm. Deshalb müsse „die Stadt umdenken“.',
      ],
      'Karl Holm',
    ],
    // Two people in the sentence before: no guess.
    [
      [
        'Der Film wird kritisiert. Karl Holm habe ihn nie gesehen, so Anna Berg. Deshalb müsse „die Stadt umdenken“.',
      ],
      null,
    ],
  ]);
});

describe('German news: words of their own after a sentence about one person', () => {
  run([
    [
      ['Nordheim will die Brücke abreißen. Karl Holm ist skeptisch. „Sie hält noch Jahre.“'],
      'Karl Holm',
    ],
    [['Die Opposition tobt. Holm sieht das anders. „Wir haben keine Wahl.“'], null],
    [
      [
        'Bürgermeister Karl Holm verteidigte den Plan. Die Opposition tobt. Holm sieht das anders. „Wir haben keine Wahl.“',
      ],
      'Karl Holm',
    ],
    // A phrase before the name, or words that go on after the marks: no speaker.
    [
      ['Mit Karl Holm verband ihn eine Freundschaft. „Der Alte“, wie er genannt wurde, schwieg.'],
      null,
    ],
    [['Zum Schluss habe er um Ruhe gebeten. „Wir sind müde.“ und „Wir wollen heim.“'], null],
  ]);
});

describe('German news: a noun for the words names its speaker, not itself', () => {
  const Q = '„Die Brücke ist nicht mehr zu retten.“';
  run([
    // Gave "Karl Holms Kommentar", "Antwort von Karl Holm", "Anders Karl Holm".
    [[`Karl Holms Kommentar: ${Q}`], 'Karl Holm'],
    [[`Karl Holms Urteil fällt hart aus: ${Q}`], 'Karl Holm'],
    [[`Die Antwort von Karl Holm: ${Q}`], 'Karl Holm'],
    [[`Anders Karl Holm: ${Q}`], 'Karl Holm'],
    [[`Ähnlich Bürgermeister Karl Holm: ${Q}`], 'Karl Holm'],
    [['„Die Brücke ist nicht mehr zu retten“, so das Fazit von Karl Holm.'], 'Karl Holm'],
    [['„Die Brücke ist nicht mehr zu retten“, so Karl Holms Fazit.'], 'Karl Holm'],
    [
      [
        'Per Armstrong betrat den Mond. Die Worte Armstrongs gingen um die Welt: „Ein Schritt für uns alle.“',
      ],
      'Per Armstrong',
    ],
    // An organisation in the genitive is no person.
    [
      [
        'Nach Angaben des Landesverfassungsschutzes soll es sich um Werbung handeln, die nach Bewertung der Polizei „keinen Anlass für Maßnahmen“ gibt.',
      ],
      null,
    ],
  ]);
});

describe('German news: "laut" after the speaker and the verb', () => {
  run([
    // Gave the document.
    [['Karl Holm sagte laut Redetext: „Die Brücke ist nicht mehr zu retten.“'], 'Karl Holm'],
    [['Anna Berg erklärte laut Protokoll: „Wir haben keine Wahl.“'], 'Anna Berg'],
  ]);
});

describe('German news: a role with a place, then its holder', () => {
  run([
    // Gave "Grünen".
    [
      [
        '„Die Brücke ist nicht mehr zu retten“, sagte der Fraktionsvorsitzende der Grünen im Landtag, Karl Holm.',
      ],
      'Karl Holm',
    ],
    [
      ['„Wir haben keine Wahl“, sagte die Sprecherin der Partei für Nordheim, Anna Berg.'],
      'Anna Berg',
    ],
  ]);
});

describe('German news: a "wie" clause after the words', () => {
  run([
    [['Die Brücke sei, wie Karl Holm am Montag sagte, „nicht mehr zu retten“.'], 'Karl Holm'],
    [
      ['Die Brücke sei „nicht mehr zu retten“, wie Bürgermeister Karl Holm am Montag mitteilte.'],
      'Karl Holm',
    ],
    // An organisation, two people, or a clause of the next sentence: nobody.
    [['Die Brücke sei „nicht mehr zu retten“, wie die Polizei mitteilte.'], null],
    [['Die Brücke sei „nicht mehr zu retten“, wie Karl Holm und Anna Berg mitteilten.'], null],
    [['Die Brücke sei „nicht mehr zu retten“. Wie Karl Holm mitteilte, wird sie gesperrt.'], null],
  ]);
  run(
    [
      [
        ['Le pont doit être « démoli au plus vite », comme l’a souligné Paul Girard.'],
        'Paul Girard',
      ],
      [['Le pont doit être, comme l’a dit Paul Girard, « démoli au plus vite ».'], 'Paul Girard'],
    ],
    'fr',
  );
  run(
    [
      [
        ['El puente debe ser demolido «sin más demora», como explicó el lunes Luis Prado.'],
        'Luis Prado',
      ],
    ],
    'es',
  );
  run(
    [
      [['Мост «нужно снести», как заявил в понедельник мэр Иван Петров.'], 'Иван Петров'],
      [['Мост «нужно снести», как и другие здания.'], null],
    ],
    'ru',
  );
});

describe('German news: "ist sich … sicher", "gab … zu bedenken" after the words', () => {
  run([
    [['„Die Brücke ist nicht mehr zu retten“, ist sich Karl Holm sicher.'], 'Karl Holm'],
    [['„Die Brücke ist nicht mehr zu retten“, gab Karl Holm zu bedenken.'], 'Karl Holm'],
    [['„Die Brücke ist nicht mehr zu retten“, gab Karl Holm am Montag bekannt.'], 'Karl Holm'],
    [
      [
        'Die Stadträtin Anna Berg sprach zuletzt.',
        '„Die Brücke ist nicht mehr zu retten“, war Berg überzeugt.',
      ],
      'Anna Berg',
    ],
  ]);
});

describe('German news: "X zufolge" inside the sentence', () => {
  run([
    [['Die Brücke ist Karl Holm zufolge „nicht mehr zu retten“.'], 'Karl Holm'],
    [['Die Brücke ist dem Bürgermeister Karl Holm zufolge „nicht mehr zu retten“.'], 'Karl Holm'],
    // An organisation or an outlet after an article: nobody.
    [['Die Lage ist dem Roten Kreuz zufolge „sehr ernst“.'], null],
    [['Die Lage ist einem Bericht der Nordheimer Zeitung zufolge „sehr ernst“.'], null],
  ]);
});

describe('Spanish news: "de acuerdo con" credits the view', () => {
  run(
    [
      [['De acuerdo con Luis Prado, el puente está «en un estado lamentable».'], 'Luis Prado'],
      [
        ['El puente está «en un estado lamentable», de acuerdo con el alcalde Luis Prado.'],
        'Luis Prado',
      ],
      [['De acuerdo con el plan, el puente estará «listo en mayo».'], null],
    ],
    'es',
  );
});

describe('German news: "der SPD-Mann" is a description, not a name', () => {
  run([
    // Gave "SPD-Mann".
    [
      [
        'Bürgermeister Karl Holm (SPD) verteidigte den Plan.',
        'Die Opposition tobt.',
        'Der SPD-Mann hält dagegen: „Wir haben keine Wahl.“',
      ],
      'Karl Holm',
    ],
    [['Die Opposition tobt.', '„Wir haben keine Wahl“, sagte die CDU-Frau.'], null],
    [['Die Opposition tobt.', '„Wir haben keine Wahl“, sagte Eva Hoffmann.'], 'Eva Hoffmann'],
  ]);
});

describe('German news: a long fronted phrase before the verb and a pronoun', () => {
  run([
    // Verb-second order puts any phrase first; the pronoun after the verb is the subject.
    [
      [
        'Bundespräsidentin Ilse Brandt hat zur Besonnenheit aufgerufen.',
        'In seiner Rede vor dem Landtag sagte sie: „Wir dürfen uns nicht spalten lassen.“',
      ],
      'Ilse Brandt',
    ],
    [
      [
        'Bundespräsidentin Ilse Brandt hat zur Besonnenheit aufgerufen. In einer Ansprache sagte sie: „Wir dürfen uns nicht spalten lassen.“',
      ],
      'Ilse Brandt',
    ],
    // A phrase opened by a preposition is never the speaker, however it is capitalised.
    [
      [
        'Der Trainer Jens Kuhn war enttäuscht. Gegenüber Journalisten meinte er: „Wir müssen uns steigern.“',
      ],
      'Jens Kuhn',
    ],
    [['Gegenüber Journalisten meinte er: „Wir müssen uns steigern.“'], null],
    [['Von der Leyen sagte: „Europa steht zusammen.“'], 'Von der Leyen'],
  ]);
});
