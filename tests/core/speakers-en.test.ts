/**
 * English speakers as news reports name them: honorifics before a surname that
 * is also a title, long asides between the name and the verb, and reporting
 * clauses that end in an aside. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import { makeArticle } from '../../src/core/article';
import { cleanName } from '../../src/core/names';
import type { ExtractedQuote } from '../../src/core/types';

function quotesOf(paragraphs: string[]): ExtractedQuote[] {
  const url = 'https://example.test/story';
  return extractQuotes(
    makeArticle({
      url,
      title: 'Story',
      source: 'Ledger',
      published: null,
      language: 'en',
      paragraphs,
    }),
  );
}

/** The speaker given to the quotation whose text starts with `start`. */
function speakerOf(paragraphs: string[], start: string): string | null {
  const quotes = quotesOf(paragraphs);
  const q = quotes.find((x) => x.text.startsWith(start));
  expect(
    q,
    `no quotation starting «${start}» in ${JSON.stringify(quotes.map((x) => x.text))}`,
  ).toBeDefined();
  expect(q!.kind).toBe('statement');
  return q!.speaker;
}

describe('speakers: a surname that is also a title, after an honorific', () => {
  it('reads "Mr. King" as the surname King and expands it', () => {
    const paras = [
      'Arne King, a former director of the harbour board, said the ferry would return.',
      '“The timetable is settled,” Mr. King said. “The boats run in May.”',
    ];
    expect(speakerOf(paras, 'The timetable')).toBe('Arne King');
    expect(speakerOf(paras, 'The boats')).toBe('Arne King');
  });

  it('keeps an abbreviated title before such a surname', () => {
    expect(cleanName('Rep. Prince')).toEqual({ tokens: ['Prince'], titled: true });
    expect(cleanName('Dr. Dean')).toEqual({ tokens: ['Dean'], titled: true });
  });

  it('drops a plural title ("Senators Moe and Haug")', () => {
    expect(cleanName('Senators Kari Moe')?.tokens).toEqual(['Kari', 'Moe']);
    expect(cleanName('Sens. Moe')?.tokens).toEqual(['Moe']);
  });

  it('never turns a form of address into a speaker', () => {
    expect(cleanName('Mr. President')).toBeNull();
    expect(cleanName('Madame Chair')).toBeNull();
    expect(speakerOf(['“We are ready,” Mr. President said.'], 'We are ready')).toBeNull();
  });
});

/** [description, paragraph(s), start of the quotation, speaker]. */
type Row = [string, string | string[], string, string | null];

function table(rows: Row[]): void {
  for (const [what, paras, start, speaker] of rows)
    it(what, () =>
      expect(speakerOf(typeof paras === 'string' ? [paras] : paras, start)).toBe(speaker),
    );
}

describe('speakers: an aside with commas of its own between the name and the verb', () => {
  table([
    [
      'an age, a role and a town with its state',
      '“Nobody asked the fishermen,” Ada Lunde, 67, a retired nurse in Larsberg, Nord., said in an interview.',
      'Nobody asked',
      'Ada Lunde',
    ],
    [
      'a long aside without inner commas',
      '“The bridge costs too much,” Per Haug, an engineer who advised the county on each of its last three bridges and on the new tunnel under the fjord, wrote on Friday.',
      'The bridge',
      'Per Haug',
    ],
  ]);

  it('a sentence that opens with "Of" after the quotation is a new sentence', () => {
    const paras = [
      '“He is a decent mayor,” Kari Moe said of Dahl. “But he is slow.” Of Brandvold, Moe, who once worked for Dahl, said, “She is quick.”',
    ];
    expect(speakerOf(paras, 'But he is slow')).toBe('Kari Moe');
    expect(speakerOf(paras, 'She is quick')).toBe('Kari Moe');
  });
});

describe('speakers: a reporting clause after the words that follow the quotation ends in an aside', () => {
  table([
    [
      '"…" words, said Name, the role',
      'Prices rose “faster than anyone expected” in the spring, said Ola Brekke, the chief economist at the harbour bank.',
      'faster than',
      'Ola Brekke',
    ],
    [
      '"…" words, said Name, who …',
      'The council was “out of ideas” by the winter, said Sigrid Vik, who chaired its finance committee until March.',
      'out of ideas',
      'Sigrid Vik',
    ],
  ]);
});

describe('speakers: quoted words after a sentence about one named person', () => {
  it('in the same paragraph, whatever the verb', () => {
    expect(
      speakerOf(['Liv Sande backs the ferry plan. “It keeps the island alive.”'], 'It keeps'),
    ).toBe('Liv Sande');
  });

  it('in a paragraph of its own after one that ends with such a sentence', () => {
    expect(
      speakerOf(
        [
          'Liv Sande runs the bakery by the quay. Sande is hopeful about the summer, because the ferry is back.',
          '“We will bake twice a day.”',
        ],
        'We will bake',
      ),
    ).toBe('Liv Sande');
  });

  it('not after an earlier quotation of someone else in the paragraph', () => {
    expect(
      speakerOf(
        [
          '“The ferry is late,” Per Haug said. Liv Sande shrugged at the board. “It is always late in the winter, and nobody minds.”',
        ],
        'It is always',
      ),
    ).toBeNull();
  });
});

describe('speakers: a quotation that ends its own sentence has no clause after it', () => {
  table([
    [
      'continues the speaker before it when the next sentence is about someone',
      '“The count went well,” Ada Lunde said. “We won three seats.” Lunde was out-polling Olav Dahl, who said he would ask for a recount.',
      'We won',
      'Ada Lunde',
    ],
    [
      'still reads the clause when the words end with a comma',
      '“The count went well,” Ada Lunde said. “We won three seats,” Olav Dahl said.',
      'We won',
      'Olav Dahl',
    ],
  ]);
});

describe('speakers: a quotation signed on the line below', () => {
  table([
    [
      'a dash and a name in the next paragraph',
      [
        'Claims from the harbour debate.',
        '“We built more piers than any council before us.”',
        '- Ilse Brandvold.',
        'The council built four piers; its predecessor built six.',
      ],
      'We built',
      'Ilse Brandvold',
    ],
    [
      'a dash and a name with a note after it',
      ['“The ferry will be free by May.”', '-Mayor Olav Dahl, at a rally on Friday.'],
      'The ferry',
      'Olav Dahl',
    ],
    [
      'not a dash that opens a long paragraph',
      [
        '“The ferry will be free by May, and the tunnel will open in June.”',
        '- Olav Dahl promised much at the rally, but the council has not yet voted on the budget, and the tunnel has no contractor.',
      ],
      'The ferry',
      null,
    ],
  ]);
});

describe('speakers: a pronoun after other words is the subject of another clause', () => {
  table([
    [
      '"…" of the plan, which he argued … does not stop at "he"',
      'Dahl said he was “a big supporter” of the plan Per Haug drew up, which he argued would keep the ferry running.',
      'a big supporter',
      'Dahl',
    ],
    [
      '"…" and took six weeks, she said: a pronoun that closes the sentence reports it',
      'Ada Lunde runs the audit office. The audit was “thorough and fair” and took six weeks, she said.',
      'thorough',
      'Ada Lunde',
    ],
  ]);
});

describe('speakers: a role with a place stands for the person written with both', () => {
  table([
    [
      'a place and an abbreviated title before the name: "Florida Sen. …" is "the Florida senator"',
      [
        'Florida Sen. Mara Lund spoke in Tampa on Monday. Gov. Olav Dahl did not attend.',
        'The crowd was large.',
        '“We will win this state,” the Florida senator said.',
      ],
      'We will win',
      'Mara Lund',
    ],
    [
      'a place after the name: "Sen. Ken Brook of Ohio" is "the Ohio senator"',
      [
        'Sen. Ken Brook of Ohio opposed the bill, as did Rep. Ann Moe.',
        '“It is a bad bill,” the Ohio senator said.',
      ],
      'It is a bad bill',
      'Ken Brook',
    ],
    [
      'the role in an aside after the name',
      [
        'Ken Brook, the Ohio senator, opposed the bill.',
        'Ann Moe, a state official, supported it.',
        '“It is a bad bill,” the senator told reporters.',
      ],
      'It is a bad bill',
      'Ken Brook',
    ],
    [
      'a party member of a state, as an aside',
      [
        'Ken Brook, a New Hampshire Republican, opposed the bill. Ann Moe supported it.',
        '“It is a bad bill,” the New Hampshire Republican said.',
      ],
      'It is a bad bill',
      'Ken Brook',
    ],
    [
      'a senator of another state, named by a party tag, is not meant',
      [
        'Sen. Mara Lund (R-Fla.) toured the county with Sen. Ken Brook, R-Iowa.',
        '“We will win this state,” the Florida senator said.',
      ],
      'We will win',
      'Mara Lund',
    ],
    [
      'nobody, when the only senator named is from elsewhere',
      ['Sen. Ken Brook of Ohio opposed the bill.', '“It is a bad bill,” the Texas senator said.'],
      'It is a bad bill',
      null,
    ],
  ]);
});

describe('speakers: an unresolved "he said" inside the next clause does not hide the speaker', () => {
  table([
    [
      'a pronoun aside after the quotation that goes on ("…" when, he said, …)',
      'At a rally in Larsberg, as Harbour Watch members heckled him, Olav Dahl lamented the “good old days” when, he said, hecklers were thrown out.',
      'good old days',
      'Olav Dahl',
    ],
  ]);
});

describe('speakers: a connective before quoted words that open their sentence', () => {
  table([
    [
      '"… Dahl said. Instead, “…”"',
      '“The mayor should cheer for the harbour,” Olav Dahl said. Instead, “she keeps counting the cost of every pier.”',
      'she keeps',
      'Olav Dahl',
    ],
    [
      'not an article: "The “…” will …" is no continuation',
      '“The harbour needs work,” Olav Dahl said. The “reform of the harbour board” was promised by the council in March.',
      'reform',
      null,
    ],
  ]);
});

describe('speakers: a question that ends its own sentence has no clause after it', () => {
  table([
    [
      '"…?" then a sentence about someone else\'s words',
      '“Can the ferry run in winter,” Ada Lunde asked. “Who will pay for the ice breaker?” Olav Dahl, her rival, calls the ferry plan a fantasy.',
      'Who will pay',
      'Ada Lunde',
    ],
  ]);
});

describe('speakers: "he said" after a paragraph that names two people continues its subject', () => {
  table([
    [
      "the subject of the last sentence before, of the pronoun's marked gender",
      [
        'Mr. Olav Berg met Mr. Per Lund at the harbour on Monday. Mr. Lund wants a new pier.',
        '“It will be built by June,” he said.',
      ],
      'It will be built',
      'Per Lund',
    ],
    [
      'not when the gender marked for that subject is another',
      [
        'Ms. Ann Moor met Mr. Olav Dahl and Mr. Per Lund. Ms. Moor wants a pier.',
        '“It will be built,” he said.',
      ],
      'It will be built',
      null,
    ],
    [
      'not when that sentence opens with a clause about someone else',
      [
        'Mr. Olav Berg met Mr. Per Lund on Monday.',
        'When Mr. Berg praised the ferry, Mr. Lund disagreed.',
        '“It is far too slow for the island,” he said.',
      ],
      'It is far too slow',
      null,
    ],
    [
      "not when someone else is named in the pronoun's own sentence",
      [
        'Mr. Olav Berg met Mr. Per Lund on Monday. Mr. Lund wants a new pier.',
        'Asked about Mr. Berg and Mr. Dahl, he said: “He has no plan for the harbour.”',
      ],
      'He has no plan',
      null,
    ],
  ]);
});

describe('speakers: "…" words, said Name: the name before the comma is no subject', () => {
  table([
    [
      'a place before ", said Name"',
      'The port authority showed “great patience” in its dealings with North Larsberg, said Per Haug, an engineer at the yard.',
      'great patience',
      'Per Haug',
    ],
    [
      'an aside set off by commas still names the speaker',
      '“We saw the smoke first,” the skipper, Olav Dahl, told the Harbour Ledger.',
      'We saw the smoke',
      'Olav Dahl',
    ],
  ]);
});

describe('speakers: a reporting verb that opens the sentence is no part of the name', () => {
  table([
    [
      '"Stated Dahl: “…”" names Olav Dahl, not "Stated Dahl"',
      ['Olav Dahl spoke on the harbour radio.', 'Stated Dahl: “The vote was rigged.”'],
      'The vote',
      'Olav Dahl',
    ],
    [
      '"Continued Dahl: “…”"',
      ['Olav Dahl spoke on the harbour radio.', 'Continued Dahl: “It is a real problem.”'],
      'It is a real',
      'Olav Dahl',
    ],
  ]);
});

describe('speakers: "he said" in a sentence that opens with the one person it names', () => {
  table([
    [
      "the subject of the pronoun's own sentence, though the previous speaker was another",
      [
        'Ada Lunde mocked the plan on Friday. Per Haug answered her.',
        '“It will never float,” Lunde said.',
        'Haug fired back: “It floated last year,” he wrote, “and it will float again.”',
      ],
      'It floated',
      'Per Haug',
    ],
    [
      'not a name that qualifies the subject ("Haug\'s support means “…,” she says")',
      [
        'Ada Lunde mocked the plan on Friday. Per Haug answered her.',
        '“It will never float,” Lunde said.',
        'Haug’s support on the island means “he must be doing something right,” she says.',
      ],
      'he must be',
      null,
    ],
    [
      'not a name after a determiner ("The Haug boats …, he said")',
      [
        'Ada Lunde mocked the plan on Friday. Per Haug answered her.',
        '“It will never float,” Lunde said.',
        'The Haug boats are “the best on the coast,” he said.',
      ],
      'the best',
      null,
    ],
  ]);
});

describe('speakers: quoted words after a sentence that ends with "…, role Name says."', () => {
  table([
    [
      'a lower-case role before the name in the closing clause',
      'Or maybe the ferry will win, harbour consultant Per Haug says. “The island has waited long enough.”',
      'The island',
      'Per Haug',
    ],
  ]);
});

describe('speakers: "is quoted as saying" reports words', () => {
  table([
    [
      '"…" Name is quoted as saying.',
      [
        'Per Haug ran the phone count for the council.',
        '“We had to dial far less,” Haug is quoted as saying.',
      ],
      'We had to dial',
      'Per Haug',
    ],
  ]);
});

describe('speakers: where the speaker is from, after the name', () => {
  table([
    [
      'an institution whose name runs over "for"',
      '“The hull will not hold,” Kari Moe of the Centre for Harbour Studies wrote in March.',
      'The hull',
      'Kari Moe',
    ],
    [
      'a role before the name and a town after it, after "said"',
      '“We came for the ferry,” said undecided Harbour voter Liv Sande of Larsberg, Nord., before the meeting.',
      'We came',
      'Liv Sande',
    ],
    [
      'a place and a common noun before the name, after "says"',
      '“The buses are late again,” says Larsberg bus driver Ann Moor.',
      'The buses',
      'Ann Moor',
    ],
  ]);
});

describe('speakers: a paragraph that ends in a colon announces the words below it', () => {
  table([
    [
      'a clause before the subject',
      [
        'When the board dodged the question, Kari Moe called them on it:',
        '“The questions asked tonight show why nobody trusts the board.”',
      ],
      'The questions',
      'Kari Moe',
    ],
    [
      'the verb before the name',
      ['Per Haug spoke at the pier on Monday.', 'Continued Haug:', '“It will take two years.”'],
      'It will take',
      'Per Haug',
    ],
    [
      'an age before the name',
      ['17-year-old Liv Sande echoed:', '“He speaks his mind.”'],
      'He speaks',
      'Liv Sande',
    ],
    [
      'the one person named in a sentence about a statement',
      [
        'After the storm, harbour master Ann Moor issued the following statement:',
        '“Our thoughts are with the crews.”',
      ],
      'Our thoughts',
      'Ann Moor',
    ],
  ]);

  it('names nobody when the person is named only in the possessive', () => {
    const paras = [
      'Ann Moor runs the ferry company.',
      'In a release on Monday, the council wrote about the future of Ann Moor’s company:',
      '“The ferry will run until May.”',
    ];
    expect(speakerOf(paras, 'The ferry will')).toBeNull();
  });

  it('names nobody when the sentence names two people', () => {
    const paras = [
      'The council thanked Ann Moor and praised Kari Moe in a statement:',
      '“We will go on.”',
    ];
    expect(speakerOf(paras, 'We will go on')).toBeNull();
  });
});

describe('speakers: words set into a sentence end it with their own stop', () => {
  table([
    [
      'a name after the words opens the next sentence',
      [
        'Kari Moe spoke first. Ann Berg called the ferry plan a “costly mistake.” Kari Moe said the harbour needed it.',
      ],
      'costly mistake',
      'Ann Berg',
    ],
    [
      'after "that", the next sentence reports someone else',
      [
        'In the debate on Monday, Liv Sande asserted that “the pier is not safe.” Harbour master Per Haug wrote a letter to the council.',
      ],
      'the pier is not',
      'Liv Sande',
    ],
  ]);

  it('still reads a clause after words that open their sentence', () => {
    expect(speakerOf(['“The pier is not safe.” Per Haug said.'], 'The pier')).toBe('Per Haug');
  });
});

describe('speakers: a conjunction after the words opens another clause', () => {
  table([
    [
      '"and" before the next subject',
      'Ann Berg accuses the mayor of “wasting the harbour fund” and Per Haug says he wants an audit.',
      'wasting the harbour',
      'Ann Berg',
    ],
    [
      'an aside, then "and"',
      'Ann Berg said she would sink the plan “like a stone,” for instance, and Per Haug vowed to fight on.',
      'like a stone',
      'Ann Berg',
    ],
    [
      'a conjunction later in the clause after the subject',
      [
        'Governor Ann Berg spoke at the bank.',
        '"We expect the rate to fall by May," she said, adding that the board would act if fuel and food prices climbed.',
      ],
      'We expect the rate',
      'Ann Berg',
    ],
    [
      'two people joined by "and" still report the words before them',
      '“The pier must close,” Ann Berg and Per Haug wrote in May.',
      'The pier must',
      'Per Haug',
    ],
  ]);
});

describe('speakers: a person named inside a sentence about the speaker is no new voice', () => {
  table([
    [
      'an object of the sentence between two quotations',
      [
        '“Schools come first,” says Liv Sande, 32, of Larsberg, who works in a shop. Sande supports candidate Ann Berg in the race. “I still owe for my degree.”',
      ],
      'I still owe',
      'Liv Sande',
    ],
  ]);

  it('still stops at a person who opens a sentence in between', () => {
    const paras = [
      '“Schools come first,” says Liv Sande, 32, of Larsberg. Ann Berg disagrees with her. “I still owe for my degree.”',
    ];
    expect(speakerOf(paras, 'I still owe')).toBeNull();
  });

  it('still stops at a person who reports something in between', () => {
    const paras = [
      '“Schools come first,” says Liv Sande, 32, of Larsberg. On Monday, candidate Ann Berg said the schools were fine. “I still owe for my degree.”',
    ];
    expect(speakerOf(paras, 'I still owe')).toBeNull();
  });
});

describe('speakers: an aside after the name that is never closed', () => {
  table([
    [
      'after the words',
      '“The ferry needs a plan,” Nate Holm, the polling analyst who founded harbourvotes.test wrote on Monday.',
      'The ferry needs',
      'Nate Holm',
    ],
    [
      'opening the sentence before the words',
      [
        'The council met late. Kari Moe, the spokeswoman for the Nordmark Ferry Party said in a statement. “There are no ballots to count.”',
      ],
      'There are no ballots',
      'Kari Moe',
    ],
    [
      'not the first of two people joined by "and"',
      '“The ferry needs a plan,” Nate Holm, the analyst, and Kari Moe said.',
      'The ferry needs',
      'Kari Moe',
    ],
  ]);
});

describe('speakers: a cue word after a name inside a longer name or after "of the"', () => {
  table([
    [
      'an institute with an initial in the aside',
      'Kari J. Moe, director of the Per B. Haug Institute, tied the scores to the new law, saying it helped “thousands of pupils stay in school.”',
      'thousands of pupils',
      'Kari J. Moe',
    ],
    [
      '"with" and a name before the cue',
      'Ann Berg and Liv Sande saw the storm as a warning, with Sande noting the folly of placing “two old ferries” at the pier.',
      'two old ferries',
      'Liv Sande',
    ],
  ]);
});

describe('speakers: the paragraph before words that stand alone', () => {
  table([
    [
      'a reporting verb inside an aside of its last sentence',
      [
        'Tom Ash chairs the rules panel.',
        'If anything, Ash argued in his letter, the vote shows why the board needs rules.',
        '“In light of this breach, we must act.”',
      ],
      'In light of',
      'Tom Ash',
    ],
    [
      'a name after a preposition is an object',
      [
        'Ann Berg spoke first.',
        'In a letter to Berg on Monday, Kari Moe wrote:',
        '“We regret the error.”',
      ],
      'We regret',
      'Kari Moe',
    ],
    [
      'an opening clause names someone else',
      [
        'When Olav Dahl died in May, the former mayor Kari Moe released the following statement:',
        '“Our town has lost a friend.”',
      ],
      'Our town',
      'Kari Moe',
    ],
    [
      'the one person named in its last sentence, whatever the verb',
      [
        'Kari Moe spoke at the pier on Monday.',
        'What the plan means is left to the voters, since Moe spoke only in vague terms.',
        '“We have to do something about the ferry.”',
      ],
      'We have to do',
      'Kari Moe',
    ],
    [
      'an age before the name that opens the sentence',
      [
        '81-year-old Per Lunde, a retired pilot who voted for Ann Berg and Kari Moe, said that given the choice:',
        '“There is only one: the ferry.”',
      ],
      'There is only',
      'Per Lunde',
    ],
  ]);
});

describe('speakers: a party member described by chamber or state', () => {
  it('reads the name after the party word', () => {
    expect(cleanName('House Republican Tom Moe', 'en')).toEqual({
      tokens: ['Tom', 'Moe'],
      titled: true,
    });
    expect(cleanName('Senate Intelligence Ranking Democrat Kari Lunde', 'en')?.tokens).toEqual([
      'Kari',
      'Lunde',
    ]);
  });

  table([
    [
      'the speaker of a fragment after another person is named',
      'House Republican Tom Moe used to back fellow Nordian Per Haug, but now said Ann Berg had “the chance to unite us.”',
      'the chance to unite',
      'Tom Moe',
    ],
  ]);
});

describe('speakers: a description after the verb, then the name after a comma', () => {
  table([
    [
      'a name that qualifies a common noun',
      '“We are anxious,” said another Harbour Watch member, Liv Sande. “The storms come closer.”',
      'The storms',
      'Liv Sande',
    ],
  ]);
});

describe('speakers: more English reporting verbs', () => {
  table([
    [
      '"agrees" before the name',
      [
        '“The ferry is late again,” says Ann Berg, 21, a student from Larsberg.',
        '“Our idea of a good town is different,” agrees Liv Sande, 30, of Nordby.',
      ],
      'Our idea',
      'Liv Sande',
    ],
    [
      '"exhorted" before a description and the name',
      '“It is about time we had a new ferry,” exhorted the mayor’s guest, singer Kari Moe.',
      'It is about time',
      'Kari Moe',
    ],
  ]);
});

describe('speakers: clauses of other people around the words', () => {
  table([
    [
      'a clause that opens the sentence has its own subject',
      [
        'Ann Berg and Kari Moe debated on Monday.',
        'When Berg suggested that the town would sue the ferry company, Moe fired back forcefully: “If they sue us, they will lose,” pointing to the contract.',
      ],
      'If they sue',
      'Kari Moe',
    ],
    [
      'a name and "said he" after words that end with their stop start a new sentence',
      [
        '“It is a sad day,” Ann Berg told reporters outside the town hall. “This is what their campaign has made.” Mayor Per Haug said he would have resigned.',
      ],
      'This is what',
      'Ann Berg',
    ],
  ]);

  it('keeps a name that opens a clause ending at the words', () => {
    const paras = [
      'Per Haug spoke first. When Haug used the words “not yet ready,” he was echoing Berg.',
    ];
    expect(speakerOf(paras, 'not yet ready')).not.toBe('Ann Berg');
  });
});

describe('speakers: a long English aside between the name and the verb', () => {
  table([
    [
      'an aside of a whole clause',
      [
        'There were fears. Per Haug, a former harbour engineer who now studies the tides and currents of the northern fjords at the Nordby Center for Strategic and Coastal Studies, said, “The pier will not last ten years.”',
      ],
      'The pier will not',
      'Per Haug',
    ],
  ]);
});

describe('speakers: a clause-long aside before a verb that is not a reporting one', () => {
  table([
    [
      'a who-clause, then a statement with a participle',
      [
        'Karl Haug spoke first. Mr. Haug, who said last week that a judge in a case involving the Nordby Harbour Company was biased against him because of where his family came from, issued a statement on Tuesday saying, “I do not feel that anyone’s birthplace makes them unfit.”',
      ],
      'I do not feel',
      'Karl Haug',
    ],
  ]);
});

describe('speakers: a role with its institution between a closing verb and the name', () => {
  table([
    [
      'words inside the sentence, the clause at its end',
      [
        'Ann Berg ran for mayor in 2008.',
        'Berg “did well with the fishing towns” in that race, said Nordby State University professor Per Haug. “That was her base.”',
      ],
      'did well',
      'Per Haug',
    ],
  ]);
});

describe('speakers: a clause at the end of the attribution has its own subject', () => {
  table([
    [
      '"after" and another person reporting',
      [
        'Per Haug and Ann Berg met on the radio.',
        '“Your show is amazing,” Haug assured Berg, after Berg told Haug that most listeners backed him. “I will not let you down.”',
      ],
      'I will not',
      'Per Haug',
    ],
  ]);

  it('still stops at another person reporting in the main clause', () => {
    const paras = [
      'Per Haug and Ann Berg met on the radio.',
      '“Your show is amazing,” Haug said, and Berg told Haug that most listeners backed him. “I will not let you down.”',
    ];
    expect(speakerOf(paras, 'I will not')).not.toBe('Per Haug');
  });
});

describe('speakers: a figure among the role words before the name', () => {
  table([
    [
      'a wage in the name of a campaign',
      '“Workers must choose between rent and food,” Fair Pay for $20 organizing director Kari Moe told the Ledger.',
      'Workers must choose',
      'Kari Moe',
    ],
  ]);
});

describe('speakers: a pronoun right after the words of a named person', () => {
  table([
    [
      'others named earlier in the paragraph',
      'Ann Berg, the harbour master, and Per Moe met the council on Monday. Moe spoke first. Kari Lunde, a nurse from Larsberg, told the Ledger: “We waited for years and nothing came.” She added, “The ferry must come back.”',
      'The ferry must',
      'Kari Lunde',
    ],
    [
      'in the next paragraph',
      [
        'Ann Berg and Per Moe met the council on Monday, and Kari Lunde, a nurse, told the Ledger: “We waited for years.”',
        'She added that the town would “keep asking until the ferry returns.”',
      ],
      'keep asking',
      'Kari Lunde',
    ],
  ]);

  it('is not that person when someone else is named in between', () => {
    const paras = [
      'Ann Berg and Per Moe met the council on Monday. Kari Lunde told the Ledger: “We waited for years.” Then Moe spoke. He added, “The ferry must come back.”',
    ];
    expect(speakerOf(paras, 'The ferry must')).not.toBe('Kari Lunde');
  });
});

describe('speakers: a title before a surname the article writes alone', () => {
  table([
    [
      'an ambassador opening a sentence that reports no words by a verb',
      'The ferry stopped in May. In Larsberg, Ambassador Lunde released a statement on Monday condemning "a reckless decision by the board."',
      'a reckless decision',
      'Lunde',
    ],
    [
      'a mayor after a connective',
      'Per Haug spoke to the council. Then Mayor Berg took the floor and warned of "a long winter" for the town.',
      'a long winter',
      'Berg',
    ],
  ]);
});

describe('speakers: a closing clause after words with an apostrophe in them', () => {
  table([
    [
      '"doesn\'t" between the words and ", said Name"',
      'The vote is close. "A third of the county" if the council doesn\'t act by May, said Kari Lunde, a harbour pilot.',
      'A third of the county',
      'Kari Lunde',
    ],
  ]);
});

describe('speakers: a lone surname the article has already credited with words', () => {
  table([
    [
      'opening the sentence of a colon frame',
      [
        '“We will build the bridge,” Moe said at the hall.',
        'The crowd cheered for an hour. Moe waved at the crowd, then leaned in and boomed: “Nobody stops us.”',
      ],
      'Nobody stops us',
      'Moe',
    ],
  ]);

  it('is no speaker as the subject of words reported after "saying"', () => {
    const paras = [
      '“We will build the bridge,” Moe said at the hall.',
      'The crowd cheered. Then the band played a song by Haug, saying Moe owes “the town an apology.”',
    ];
    expect(speakerOf(paras, 'the town an apology')).toBeNull();
  });
});

describe('speakers: an organisation after a verb is an object, not the subject that speaks', () => {
  table([
    [
      'a committee inside the aside of the subject',
      'Per Haug, the Larsberg Democrat who chairs the Harbour Committee, which oversees the port, said the new fees “will drive the boats away.”',
      'will drive the boats',
      'Per Haug',
    ],
  ]);

  it('still stops at an outlet that reports the words', () => {
    const paras = [
      'At the time, the mayor’s hometown Larsberg Gazette wrote: “The fees will drive the boats away.”',
    ];
    expect(speakerOf(paras, 'The fees will')).toBeNull();
  });
});

describe('speakers: a title in marks inside the aside between the name and the verb', () => {
  table([
    [
      'a show’s name, the person thanked named after the verb',
      [
        'Kari Berg is the mayor. Per Moe hosts a show.',
        'Moe, host of the radio show “Harbour Hour,” thanked Berg for “standing up for the port.”',
      ],
      'standing up for the port',
      'Per Moe',
    ],
    [
      'after the words, a name in marks among what the speaker wears',
      'Not everyone was happy. “We lost the vote,” harbour pilot Ola Holm, wearing a cap and “Save the Ferry” badges, said quietly.',
      'We lost the vote',
      'Ola Holm',
    ],
    [
      'a book’s name in doubled apostrophes before "put it"',
      "As Kari Lunde, professor of law at Larsberg and author of ''The Unwritten Charter,'' put it, ''The council has no such power.''",
      'The council has',
      'Kari Lunde',
    ],
    [
      'a book’s name and a second aside',
      'Ola Holm, the co-author of “Going Under,” a book about the ferry, said the days of the boats “are numbered.”',
      'are numbered',
      'Ola Holm',
    ],
  ]);
});

describe('speakers: a clause after the words that opens with "while" has its own subject', () => {
  table([
    [
      'a capitalised name between the words and "while"',
      [
        'Per Moe and Ann Berg met in the debate.',
        'Ann Berg accuses Moe of “an artful smear” regarding her Larsberg Port links while Moe suggests she is a friend of the shipowners.',
      ],
      'an artful smear',
      'Ann Berg',
    ],
  ]);
});

describe('speakers: a clause after the words that opens with "until" has its own subject', () => {
  it('does not credit the subject of "until … said"', () => {
    const paras = [
      'Kari Haug is the mayor.',
      'Sims says he was “kind of riding the fence” until Haug said she was backing the plan.',
    ];
    expect(speakerOf(paras, 'kind of riding')).not.toBe('Kari Haug');
  });
});

describe('speakers: a name in the possessive is no subject', () => {
  it('does not credit the person whose calls are decried', () => {
    const paras = [
      'Per Moe and Ann Berg met in the debate.',
      'Khan, who is a nurse, also decried Moe’s repeated calls to close the port to all ferries, noting he has “no plan for the town.”',
    ];
    expect(speakerOf(paras, 'no plan for the town')).not.toBe('Per Moe');
  });
});

describe('speakers: a name after a capitalised preposition opening the sentence', () => {
  table([
    [
      '"Like Moe, Berg …"',
      [
        'Per Moe and Ann Berg sit on the board.',
        'Like Moe, Berg dismissed the notion that the board could walk away from the deal over the fees, arguing that there is “no room for exceptions.”',
      ],
      'no room for exceptions',
      'Ann Berg',
    ],
  ]);
});

describe('speakers: a role with a place needs a holder written with that place', () => {
  it('does not give the role to someone written with the role alone', () => {
    const paras = [
      'Republican Kari Berg spoke first at the hall.',
      'Later, the Larsberg Republican criticized the plan and said the town wanted to know if the port is “still open.”',
    ];
    expect(speakerOf(paras, 'still open')).toBeNull();
  });

  it('gives it to the holder written with the place', () => {
    const paras = [
      'Per Haug, the Larsberg Republican, spoke first at the hall. Republican Kari Berg spoke next.',
      'Later, the Larsberg Republican criticized the plan and said the town wanted to know if the port is “still open.”',
    ];
    expect(speakerOf(paras, 'still open')).toBe('Per Haug');
  });
});

describe('speakers: Bloomberg the person and Bloomberg News', () => {
  it('names the person written with a first name, and no outlet', () => {
    const paras = [
      'Michael Bloomberg, the former mayor, spoke on Monday.',
      '“The deck is stacked,” Bloomberg told a magazine in 2013.',
      '“Sales fell,” Bloomberg News reported.',
    ];
    expect(speakerOf(paras, 'The deck is stacked')).toBe('Michael Bloomberg');
    expect(speakerOf(paras, 'Sales fell')).toBeNull();
  });
});

describe('speakers: a later clause joined by ", while" has a subject of its own', () => {
  table([
    [
      'the subject of the clause with the words, not of the sentence',
      'Council member Per Moe moved to block the ferry plan in his district, while Kari Lunde, the former mayor, proposed we “close the port for a year.”',
      'close the port',
      'Kari Lunde',
    ],
    [
      'a pronoun in the later clause leaves the sentence’s subject',
      'Council member Per Moe moved to block the ferry plan in his district, but he proposed we “close the port for a year.”',
      'close the port',
      'Per Moe',
    ],
  ]);
});

describe('speakers: a view credited with "To" opening the sentence', () => {
  table([
    [
      '"To Berg, Moe is the “…”"',
      [
        'Kari Berg and Per Moe spoke on Monday.',
        'To Berg, Moe is the “man who saved the harbour” in the storm of 1986.',
      ],
      'man who saved',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: a role with its institution before "Name wrote" ending the sentence', () => {
  table([
    [
      'several lower-case role words',
      'The port closed in May. “The fees will stay” for the next year under the deal, Harbour Board senior counsel Kari Lunde wrote in a letter.',
      'The fees will stay',
      'Kari Lunde',
    ],
  ]);
});

describe('speakers: a surname that is also a month or a function word, between the words and "said"', () => {
  table([
    [
      'a month',
      ['The council met on Monday.', '“The ferry stays,” May said after the vote.'],
      'The ferry stays',
      'May',
    ],
    [
      'a preposition',
      ['The council met on Monday.', '“We will win this,” From said.'],
      'We will win',
      'From',
    ],
  ]);

  it('never takes a determiner for a name', () => {
    expect(
      speakerOf(['The council met on Monday.', '“Not this year,” Another said.'], 'Not this year'),
    ).toBeNull();
  });
});

describe('speakers: an unresolved pronoun after the words leaves the subject that reports them', () => {
  table([
    [
      '"Berg said “…,” she said" with another person named first',
      [
        'Per Moe and Kari Berg met on Monday.',
        'Asked on Tuesday about Moe, Berg said "I have never met the man," she said.',
      ],
      'I have never met',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: "retaliated" reports words', () => {
  table([
    [
      'a reply with its own clause after the words does not continue the speaker before',
      [
        'Per Moe and Kari Berg met on Monday.',
        'Moe said the port had lost its purpose: “The port is finished,” he claimed. “The port will always be here,” an angry Berg retaliated.',
      ],
      'The port will always',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: a title the article also writes as a surname', () => {
  table([
    [
      '"King says" after the singer Ada King was named',
      [
        'The singer Ada King and the boxer Per Moe grew up on the same street in Larsberg.',
        'King says Moe “talked the talk and walked the walk.”',
      ],
      'talked the talk',
      'Ada King',
    ],
  ]);
});

describe('speakers: "what Moe called “…”" names whose words they are', () => {
  table([
    [
      'before a long clause whose subject is an organisation',
      [
        'Per Moe runs the Larsberg golf club.',
        'In 2009, under what Mr. Moe called “the old membership model,” the Nordby Country Club, a private course north of here, charged a large fee.',
      ],
      'the old membership model',
      'Per Moe',
    ],
  ]);
});

describe('speakers: an organisation in a phrase that goes on after the words', () => {
  table([
    [
      '"in the way the Harbour Board responds" does not stop the subject before the words',
      'While Kari Berg has warned against “a betrayal of our values” in the way the Harbour Board responds to threats, she has ordered a review.',
      'a betrayal of our values',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: a possessive after "that" owns the reported subject, not the words', () => {
  table([
    [
      '"Berg told the Ledger that Moe’s comments “…”"',
      [
        'Per Moe spoke on Monday.',
        'Harbour Speaker Kari Berg told the Ledger on Tuesday that Moe’s comments “show a clear bias to me.”',
      ],
      'show a clear bias',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: role words before the name may hold a figure', () => {
  table([
    [
      '"said L2 president Ola Vik"',
      '“It was a sizable purchase of data,” said L2 president Ola Vik, who declined to give a price.',
      'It was a sizable',
      'Ola Vik',
    ],
    [
      'an aside left open up to the verb, with an abbreviated title in it',
      'Kari Berg, president and CEO of the Harbour Restaurant Association stated, “It is not a political problem; it is a sum.”',
      'It is not a political',
      'Kari Berg',
    ],
  ]);
});

/** The speaker of the quotation starting with `start`, whatever its kind. */
function anySpeakerOf(paragraphs: string[], start: string): string | null | undefined {
  return quotesOf(paragraphs).find((x) => x.text.startsWith(start))?.speaker;
}

describe('speakers: names that qualify or sit in an object name nobody', () => {
  it('"pro-Moe marchers … chanting “…”": a name joined to a word before it', () => {
    const paras = [
      'Per Moe lost the vote on Sunday.',
      'Hundreds of pro-Moe marchers walked through the town on Monday, chanting “Moe or nobody, Moe for the harbour,” raising fresh questions.',
    ];
    expect(anySpeakerOf(paras, 'Moe or nobody')).toBeNull();
  });
  it('"a link between Moe and Berg … did not find “…”": names after "between"', () => {
    const paras = [
      'Per Moe and Kari Berg were questioned in March.',
      'The bureau looked for a link between Moe and Berg in 2014 and did not find “ties of any consequence to the harbour plot,” aside from a lunch.',
    ];
    expect(anySpeakerOf(paras, 'ties of any')).toBeNull();
  });
});

describe('speakers: names read past a stop after an abbreviation', () => {
  it('"the U.S. While Berg" is Berg', () => {
    expect(cleanName('U.S. While Berg', 'en')?.tokens).toEqual(['Berg']);
    expect(cleanName('Gen. Kari Berg', 'en')?.tokens).toEqual(['Kari', 'Berg']);
  });
});

describe('speakers: a lone name after a conjunction does not open the sentence', () => {
  table([
    [
      '"When Francis said Moe “…”": a name ending in -s is no plural noun there',
      [
        'Per Moe spoke at the harbour on Sunday.',
        'The pope spoke on Monday. When Francis said Moe “is not a Christian” in answering a question, the crowd laughed.',
      ],
      'is not a Christian',
      'Francis',
    ],
  ]);
});

describe('speakers: a name after "like", "than" or "to" in a clause after the verb is its object', () => {
  it('"Moe, citing “…,” said the plan could work in towns like Nordby" does not name Nordby', () => {
    const paras = [
      'Mr. Moe, citing “the unique magic of the harbour,” said the plan could work in towns like Nordby.',
    ];
    expect(anySpeakerOf(paras, 'the unique magic')).not.toBe('Nordby');
  });
});

describe('speakers: a lone surname right before a verb in the past, in a sentence with a reporting word', () => {
  table([
    [
      '"At the debate, Moe compared himself to Berg, saying, “…”" with Moe never written in full',
      [
        'The Moe camp has called the banks the town’s biggest weakness.',
        'At Sunday’s debate, Moe compared himself to Berg, saying, “I do not take speaking fees from the banks.”',
      ],
      'I do not take',
      'Moe',
    ],
  ]);
  it('not a capitalised word that opens the sentence before a plural ("Six months ago, …")', () => {
    const paras = [
      'Six months ago, the harbour council said, the town called the mayor a “lost cause for the port,” with a shrug.',
    ];
    expect(anySpeakerOf(paras, 'lost cause')).toBeNull();
  });
});

describe('speakers: "he" in a clause after a conjunction continues the subject that opens the sentence', () => {
  table([
    [
      '"Berg went after Moe at the debate, when he called the mayor “…”"',
      [
        'Mr. Per Moe and Mr. Ola Berg both ran for mayor.',
        'Berg went after Moe at the debate, refusing to take back his remarks, when he called the mayor “unhinged and unfit for the harbour.”',
      ],
      'unhinged',
      'Ola Berg',
    ],
  ]);
});

describe('speakers: a later clause "…, Berg said at a town hall on Monday," before more words', () => {
  table([
    [
      'the words go on in the sentence, then the clause, then the next words',
      [
        'Kari Berg has often praised the harbour deal.',
        '“If there had not been that deal” by the town, the port and other partners, Berg said at a town hall on Monday, “we would be looking at a closed pier now.”',
      ],
      'If there had not been',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: words inside an aside that opens with a participle, before the verb', () => {
  table([
    [
      '"Mr. Moe, citing “…,” said the plan could work"',
      [
        'Per Moe and Kari Berg met on Monday.',
        'Mr. Moe, citing “the unique magic of the harbour,” said the plan could work in towns like Nordby.',
      ],
      'the unique magic',
      'Per Moe',
    ],
  ]);
});

describe('speakers: words joined to later words whose clause closes the sentence', () => {
  table([
    [
      '"“…” and “…,” Moe said": the first words are his too',
      [
        'The town voted on Monday.',
        'Piers are “the lungs of a town” and “worth every penny,” Per Moe, the former mayor of Nordby, said at the hall.',
      ],
      'the lungs of a town',
      'Per Moe',
    ],
    [
      'a few words of the sentence between the two',
      [
        'The town voted on Monday.',
        'The pier was “a place for everyone” and is now “a place for nobody,” said Kari Berg, the mayor’s adviser.',
      ],
      'a place for everyone',
      'Kari Berg',
    ],
    [
      'words that end their own sentence keep their own speaker',
      [
        'The town voted on Monday.',
        'Moe called the flood a shame and the repairs “a scandal.” “We will rebuild,” Kari Berg said.',
      ],
      'a scandal',
      'Moe',
    ],
  ]);
});

describe('speakers: a new sentence with its own report after words that end with their stop', () => {
  table([
    [
      'a party tag after the name of the new sentence',
      [
        'Kari Berg and Per Moe met on the pier.',
        '“That is a problem for the town,” said Kari Berg. “We will fix it.” Per Moe (D-Nord.) said Berg called for calm.',
      ],
      'We will fix it',
      'Kari Berg',
    ],
    [
      'an aside after the name of the new sentence',
      [
        'Kari Berg and Per Moe met on the pier.',
        '“That is a problem for the town,” said Kari Berg. “We will fix it.” Per Moe, the pier owner, said the town had no plan.',
      ],
      'We will fix it',
      'Kari Berg',
    ],
    [
      'a name and a verb that introduce the next words with a comma',
      [
        'Kari Berg and Per Moe traded emails.',
        'Berg writes to Moe with, “Can you send the map?” Moe then writes back, “It is on your desk.”',
      ],
      'Can you send',
      'Kari Berg',
    ],
  ]);
});

describe('speakers: words for a group or for nobody are no names', () => {
  it('gives no speaker to "Everyone", "Management" or "Nobody" before a colon', () => {
    for (const opener of ['Everyone cheered', 'Management responded', 'Nobody said'])
      expect(
        speakerOf([`The plant reopened on Monday. ${opener}: “We were never told.”`], 'We were'),
        opener,
      ).toBeNull();
  });

  it('still names the person after a sentence about the staff', () => {
    expect(speakerOf(['Kari Moe spoke to the staff. “We will win,” Moe said.'], 'We will')).toBe(
      'Kari Moe',
    );
  });
});

describe('speakers: a lone surname that opens a sentence framing words with a colon', () => {
  table([
    [
      '"Moe gestured …, then leaned in and boomed: “…”" with Moe never named in full',
      [
        'Boos rained down when Moe mentioned the harbour board.',
        'Moe gestured as if to stop the noise, then leaned in and boomed: “Let us beat them in May.”',
      ],
      'Let us beat them',
      'Moe',
    ],
    [
      'a plural word in that place is nobody',
      ['The rally went on late.', 'Critics complained: “Too late.”'],
      'Too late',
      null,
    ],
  ]);
});

describe('speakers: the agent of a passive of calling', () => {
  table([
    [
      '"has been called “…” by Per Moe, a professor"',
      [
        'The town voted on Monday.',
        'The fund has been called “a machine for favours” by Per Moe, a professor at Nordby College, and it has few friends.',
      ],
      'a machine for favours',
      'Per Moe',
    ],
    [
      '"– as described by Harbour Director Kari Berg –" after the words',
      [
        'The town voted on Monday.',
        'From her failure to fix the pier to being “careless” with the money – as described by Harbour Director Kari Berg – many doubt her.',
      ],
      'careless',
      'Kari Berg',
    ],
    [
      'a group as the agent is no speaker',
      [
        'The town voted on Monday.',
        'The inquiry, often labeled as a “witch hunt” by Democrats, goes on.',
      ],
      'witch hunt',
      null,
    ],
  ]);
});

describe('speakers: a reporting clause that closes the sentence after more words', () => {
  table([
    [
      '"…, said the board’s director, Per Moe, on Monday": a role before the name',
      [
        'The club met on Monday.',
        'The two men knew each other “casually” from the same club, said the board’s director, Per B. Moe, on Monday.',
      ],
      'casually',
      'Per B. Moe',
    ],
    [
      '"…, said Per Moe on Monday": a preposition after the name is no role',
      [
        'The club met on Monday.',
        'The two men knew each other “casually” from the same club, said Per Moe on Monday.',
      ],
      'casually',
      'Per Moe',
    ],
  ]);
});

describe('speakers: an institution opening the sentence, then a title and its holder', () => {
  table([
    [
      '"The Council on Harbour Relations Executive Director Nils Aas says …"',
      [
        'The town voted on Monday.',
        'The Council on Harbour Relations Executive Director Nils Aas says in a statement that the “plan is a danger to every pier.”',
      ],
      'plan is a danger',
      'Nils Aas',
    ],
    [
      'the institution after other words is no subject',
      [
        'The town voted on Monday.',
        'A letter to the Council on Harbours Director Nils Aas warned of “a danger to every pier.”',
      ],
      'a danger to every pier',
      null,
    ],
  ]);
});

describe('speakers: the subject of a clause of result ("so … that", "such … that")', () => {
  table([
    [
      '"so subdued that Mr. Moe was prompted to say, “…”"',
      [
        'Per Moe and Ann Berg met in Leeds on Monday.',
        'Much of the debate was so subdued that Mr. Moe was prompted to say, “This is a very civil evening.”',
      ],
      'This is a very civil',
      'Per Moe',
    ],
    [
      '"such a presence that Moe thanked its members “…”"',
      [
        'Per Moe spoke in Leeds on Monday.',
        'The union is such a presence on the trail that Moe on Sunday thanked its members “for their support in my campaign.”',
      ],
      'for their support',
      'Per Moe',
    ],
    [
      'a plural noun after the name makes it a group',
      [
        'Per Moe spoke in Leeds on Monday.',
        'Tunnels are so many that Harbour Watch members described the ground as “a sponge of holes.”',
      ],
      'a sponge of holes',
      null,
    ],
  ]);
});

describe('speakers: a name set off by dashes before the verb', () => {
  table([
    [
      '"A former candidate -- Ann Berg, who lost to Moe -- said …"',
      [
        'Per Moe spoke in Leeds on Monday.',
        'A former Liberal candidate -- Ann Berg, who lost the 2008 election to Moe -- said the mayor “failed the town.”',
      ],
      'failed the town',
      'Ann Berg',
    ],
    [
      'with dashes of print',
      [
        'Per Moe spoke in Leeds on Monday.',
        'A former Liberal candidate — Ann Berg — said the mayor “failed the town.”',
      ],
      'failed the town',
      'Ann Berg',
    ],
  ]);
});

describe('speakers: a reporting verb before a colon that introduces no words in marks', () => {
  table([
    [
      '"“…,” Moe said: That Berg …" names the speaker of the words before',
      [
        'The council met in Leeds on Monday.',
        '“This is the lie the plan is built on,” Moe said: That Berg is richer than everyone else. “You will say anything,” Moe said.',
      ],
      'This is the lie',
      'Moe',
    ],
    [
      'a colon before the next words in marks still introduces those',
      [
        'The council met in Leeds on Monday.',
        'The mayor called the plan “a scandal.” Per Moe wrote: “We will rebuild the pier.”',
      ],
      'We will rebuild',
      'Per Moe',
    ],
  ]);
});

describe('speakers: an aside set off by dashes between the subject and its verb', () => {
  table([
    [
      '"Moe — named by the Ledger as the leading choice — told Ann Berg of the Times, that “…”"',
      [
        'Per Moe spoke in Leeds on Monday.',
        'On Friday, Moe — named by the Ledger as the leading choice — told Ann Berg of the Times, that “the job is not for me.”',
      ],
      'the job is not for me',
      'Per Moe',
    ],
  ]);
});

describe('speakers: the subject after a long opening clause', () => {
  table([
    [
      '"When told …, Lie thought for a moment and said that …, “…”" after a clause of over 100 characters',
      [
        'On the flight, Tor Lie said he did not know the man.',
        'When told Moe was in the Cabinet and in the running for a bigger job in a potential Holm administration, Lie thought for a moment and said that in the current climate, “I think it is an advantage.”',
      ],
      'I think it is an advantage',
      'Tor Lie',
    ],
  ]);
});

describe('speakers: words joined to later words that do not end the sentence', () => {
  table([
    [
      '"will carry “…” and bring the “…” they need, Moe said": the first words are his too',
      [
        'The town voted on Monday.',
        'His endorsements will carry “real weight” and help bring the “harbour vote” they need to win, club spokesman Per Moe said.',
      ],
      'real weight',
      'Per Moe',
    ],
    [
      'later words that end their own sentence share nothing',
      [
        'The town voted on Monday.',
        'She called the mayor “a friend” with a “great heart.” Then Per Moe said the vote was over.',
      ],
      'a friend',
      null,
    ],
  ]);
});

describe('speakers: up to eight words between words that share a closing clause', () => {
  table([
    [
      '"found no “…,” aside from the two men knowing each other “…” from …, said Per Moe"',
      [
        'The club met on Monday.',
        'The board did not find “ties of any consequence,” aside from the two men knowing each other “casually” from the same club, said Per Moe on Monday.',
      ],
      'ties of any consequence',
      'Per Moe',
    ],
  ]);
});

describe('speakers: a name set off by commas before "called" or "dubbed"', () => {
  table([
    [
      '"a country that the previous Liberal nominee, Kari Holm, called “…”" far into the sentence',
      [
        'Per Moe and Ann Berg met in Leeds on Monday.',
        'That view has upended decades of party thinking toward Nordland, a country that the previous Liberal nominee, Kari Holm, called “our first rival.”',
      ],
      'our first rival',
      'Kari Holm',
    ],
  ]);
});

describe('speakers: a clause with its own subject after a dash', () => {
  table([
    [
      '"…, when the board met by the pier — Moe cast the blame …, and stressed the danger that “…” poses"',
      [
        'Ann Berg and Per Moe met in Leeds on Monday.',
        'Since the vote on the harbour plan in January of last year, when the board met in the old hall by the pier — Moe cast the blame on his rivals in the town, and stressed the danger that “the new tax” poses to the docks.',
      ],
      'the new tax',
      'Per Moe',
    ],
  ]);
});

describe('speakers: "Amid …," and "Despite …," open a clause before the subject', () => {
  table([
    [
      '"Amid calls …, The Ledger’s Kari Holm provided …, saying it is necessary to “…”" (was "Amid")',
      [
        'Per Moe and Ann Berg met in Leeds on Monday.',
        'Amid calls from some members to set up websites that would name those who left the club, The Ledger’s Kari Holm provided a justification for a list, saying it is necessary to “name the traitors.”',
      ],
      'name the traitors',
      'Kari Holm',
    ],
  ]);
});

describe('speakers: names in an opening "In …," phrase are not its subject', () => {
  table([
    [
      '"In an interview with radio hosts Per Moe and Ann Berg, the mayor stated that the “…”" (was Per Moe)',
      [
        'The town voted on Monday.',
        'In an interview with radio hosts Per Moe and Ann Berg, the mayor stated that the “divisive” plan does not “fit the town.”',
      ],
      'divisive',
      null,
    ],
  ]);
});

describe('speakers: "Tweeted" written with a capital, as the brand', () => {
  table([
    [
      '"“…” Moe, the head of Nord Rising, Tweeted on Friday"',
      [
        'Per Moe spoke in Leeds on Monday.',
        '“We will win this town,” Moe, the head of Nord Rising, Tweeted on Friday with a picture of the pier.',
      ],
      'We will win',
      'Per Moe',
    ],
  ]);
});

describe('speakers: "started" right after the words and before a stop', () => {
  table([
    [
      '"“…?” Moe started."',
      [
        'Per Moe asked the mayor about the pier on his radio show.',
        '“Is the plan dead?” Moe started. “We had a meeting and it leaked.”',
      ],
      'Is the plan dead',
      'Per Moe',
    ],
  ]);
});

describe('speakers: "did say", "did suggest" after the words', () => {
  table([
    [
      '"Acknowledging that Berg “…” though, Moe did suggest that …"',
      [
        'Per Moe spoke about the vote in Leeds on Monday.',
        'Acknowledging that Berg “has every right to run” though, Moe did suggest that her money gives her an edge.',
      ],
      'has every right',
      'Per Moe',
    ],
  ]);
});
