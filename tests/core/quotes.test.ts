import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes';
import type { Article, ExtractedQuote } from '../../src/core/types';

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

/** Every quotation must point at exactly its own words in the article text. */
function expectOffsets(a: Article, quotes: ExtractedQuote[]): void {
  for (const q of quotes) {
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeLessThan(q.end);
  }
}

function texts(paragraphs: string[], language = 'en'): string[] {
  const a = article(paragraphs, language);
  const quotes = extractQuotes(a);
  expectOffsets(a, quotes);
  return quotes.map((q) => q.text);
}

describe('extractQuotes: quotation mark conventions', () => {
  const cases: {
    name: string;
    para: string;
    lang?: string;
    text: string;
    marks: [string, string];
  }[] = [
    {
      name: 'straight double',
      para: '"The dam will hold," said Ilse Brandvold.',
      text: 'The dam will hold,',
      marks: ['"', '"'],
    },
    {
      name: 'English curly double',
      para: '“The dam will hold,” said Ilse Brandvold.',
      text: 'The dam will hold,',
      marks: ['“', '”'],
    },
    {
      name: 'German low-high',
      para: '„Der Damm hält“, sagte Ilse Brandvold.',
      lang: 'de',
      text: 'Der Damm hält',
      marks: ['„', '“'],
    },
    {
      name: 'German low with English close',
      para: '„Der Damm hält”, sagte Ilse Brandvold.',
      lang: 'de',
      text: 'Der Damm hält',
      marks: ['„', '”'],
    },
    {
      name: 'guillemets',
      para: '«La presa resistirá», dijo Juan Ortega.',
      lang: 'es',
      text: 'La presa resistirá',
      marks: ['«', '»'],
    },
    {
      name: 'reversed guillemets',
      para: 'Ilse Brandvold sagte: »Der Damm hält.«',
      lang: 'de',
      text: 'Der Damm hält.',
      marks: ['»', '«'],
    },
    {
      name: 'single guillemets',
      para: '‹Der Damm hält›, sagte Ilse Brandvold.',
      lang: 'de',
      text: 'Der Damm hält',
      marks: ['‹', '›'],
    },
    {
      name: 'German single low-high',
      para: '‚Der Damm hält‘, sagte Ilse Brandvold.',
      lang: 'de',
      text: 'Der Damm hält',
      marks: ['‚', '‘'],
    },
    {
      name: 'straight single',
      para: "'The dam will hold,' said Ilse Brandvold.",
      text: 'The dam will hold,',
      marks: ["'", "'"],
    },
    {
      name: 'curly single',
      para: '‘The dam will hold,’ said Ilse Brandvold.',
      text: 'The dam will hold,',
      marks: ['‘', '’'],
    },
    {
      name: 'corner brackets',
      para: '「ダムは持ちこたえる」と佐藤は言った。',
      lang: 'ja',
      text: 'ダムは持ちこたえる',
      marks: ['「', '」'],
    },
    {
      name: 'white corner brackets',
      para: '『ダムは持ちこたえる』と佐藤は言った。',
      lang: 'ja',
      text: 'ダムは持ちこたえる',
      marks: ['『', '』'],
    },
    {
      name: 'doubled apostrophes',
      para: "''The dam will hold,'' said Ilse Brandvold.",
      text: 'The dam will hold,',
      marks: ["''", "''"],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const a = article([c.para], c.lang);
      const quotes = extractQuotes(a);
      expect(quotes).toHaveLength(1);
      const q = quotes[0]!;
      expect(q.text).toBe(c.text);
      expect(q.marks).toEqual(c.marks);
      expect(q.start).toBe(c.para.indexOf(c.text));
      expect(q.end).toBe(c.para.indexOf(c.text) + c.text.length);
      expect(q.paragraph).toBe(0);
    });
  }

  it('trims the spaces French typography puts inside guillemets', () => {
    const para = 'Selon Marie Dubois, « le barrage tiendra » malgré la crue.';
    const a = article([para], 'fr');
    const [q] = extractQuotes(a);
    expect(q!.text).toBe('le barrage tiendra');
    expect(q!.start).toBe(para.indexOf('le barrage'));
    expect(a.text[q!.start - 1]).toBe(' ');
    expect(a.text[q!.end]).toBe(' ');
  });

  it('trims no-break spaces inside guillemets', () => {
    expect(texts(['« Nous tiendrons\u00A0», a déclaré Marie Dubois.'], 'fr')).toEqual([
      'Nous tiendrons',
    ]);
  });

  it('accepts a curly opening closed by a straight mark and the reverse', () => {
    expect(
      texts(['“We will rebuild the pier," said Olav Dahl. "Not this year,” he added.']),
    ).toEqual(['We will rebuild the pier,', 'Not this year,']);
  });

  it('keeps punctuation inside the marks and leaves punctuation outside them', () => {
    expect(texts(['“The ferry is late,” Olav Dahl said.'])).toEqual(['The ferry is late,']);
    expect(texts(['“The ferry is late”, Olav Dahl said.'])).toEqual(['The ferry is late']);
    expect(texts(['Olav Dahl asked: “Where is the ferry?”'])).toEqual(['Where is the ferry?']);
  });
});

describe('extractQuotes: apostrophes are not quotation marks', () => {
  it('ignores apostrophes inside and at the edges of words', () => {
    const para =
      "We don't know, l'homme said at O'Brien's rock 'n' roll bar; the 90s' songs and the farmers' union agree.";
    expect(texts([para])).toEqual([]);
  });

  it('finds a straight single quotation around apostrophes', () => {
    expect(texts(["'We don't sell to O'Brien's buyers,' said Olav Dahl."])).toEqual([
      "We don't sell to O'Brien's buyers,",
    ]);
  });

  it('does not close a curly single quotation at an apostrophe', () => {
    expect(texts(['‘The farmers’ union won’t sign,’ said Olav Dahl.'])).toEqual([
      'The farmers’ union won’t sign,',
    ]);
  });

  it('closes a curly single quotation at a plural possessive when nothing else closes it', () => {
    expect(texts(['She praised the ‘hard-working farmers’ of the valley.'])).toEqual([
      'hard-working farmers',
    ]);
  });

  it("does not open at elisions such as 'em and '90s", () => {
    expect(texts(["Back in the '90s they would tell 'em to wait."])).toEqual([]);
  });
});

describe('extractQuotes: nesting and paragraphs', () => {
  it('reports the outer quotation with the nested one attached', () => {
    const para = '“The minister told us ‘wait for spring’ and left,” said Olav Dahl.';
    const a = article([para]);
    const quotes = extractQuotes(a);
    expectOffsets(a, quotes);
    expect(quotes.map((q) => q.text)).toEqual(['The minister told us ‘wait for spring’ and left,']);
    expect(quotes[0]!.speaker).toBe('Olav Dahl');
    expect(quotes[0]!.inner!.map((s) => a.text.slice(s.start, s.end))).toEqual(['wait for spring']);
  });

  it('leaves `inner` out when nothing is nested', () => {
    const quotes = extractQuotes(article(['“We will wait for spring,” said Olav Dahl.']));
    expect(quotes[0]!.inner).toBeUndefined();
  });

  it('nests German, French and Russian conventions, deeper levels included', () => {
    const cases: [string, string, string[]][] = [
      ['de', '„Er sagte ‚niemals‘ und ging“, sagte Ilse Brandvold.', ['niemals']],
      ['ru', '«Он сказал „никогда“ и ушёл», — сказала Анна Соколова.', ['никогда']],
      [
        'fr',
        '« Il m’a dit : “ils ont crié ‹ jamais › puis sont partis” », a déclaré Anne Morel.',
        ['ils ont crié ‹ jamais › puis sont partis', 'jamais'],
      ],
    ];
    for (const [lang, para, inner] of cases) {
      const a = article([para], lang);
      const quotes = extractQuotes(a);
      expect(quotes).toHaveLength(1);
      expect(quotes[0]!.inner!.map((s) => a.text.slice(s.start, s.end))).toEqual(inner);
    }
  });

  it('joins a quotation continued over paragraphs into one', () => {
    const paras = [
      'Ilse Brandvold read the statement aloud.',
      '“The harvest was the best in ten years.',
      '“We will sell it at a fair price.',
      '“Nobody will go hungry this winter,” she said.',
    ];
    const a = article(paras);
    const quotes = extractQuotes(a);
    expect(quotes).toHaveLength(1);
    const q = quotes[0]!;
    expect(q.paragraph).toBe(1);
    expect(q.text).toBe(
      'The harvest was the best in ten years.\n\n“We will sell it at a fair price.\n\n“Nobody will go hungry this winter,',
    );
    expect(a.text.slice(q.start, q.end)).toBe(q.text);
    expect(q.speaker).toBe('Ilse Brandvold');
  });

  it('closes a continued quotation at the end of its last paragraph when the mark is missing', () => {
    const a = article([
      '“The first ferry leaves at six.',
      '“The second leaves at noon.',
      'Boats were late.',
    ]);
    const quotes = extractQuotes(a);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The first ferry leaves at six.\n\n“The second leaves at noon.');
    expect(quotes[0]!.marks).toEqual(['“', '']);
    expect(a.text.slice(quotes[0]!.start, quotes[0]!.end)).toBe(quotes[0]!.text);
  });

  it('drops an unclosed mark instead of running to the end of the article', () => {
    const paras = [
      'The council met on “Tuesday and nothing came of it.',
      'Olav Dahl said the port would reopen.',
      '“We are ready,” Olav Dahl said.',
    ];
    expect(texts(paras)).toEqual(['We are ready,']);
  });

  it('reports the paragraph where each quotation opens', () => {
    const a = article(['No quotes here.', 'Still none.', '“Here,” said Olav Dahl.']);
    const [q] = extractQuotes(a);
    expect(q!.paragraph).toBe(2);
    expect(q!.start).toBe(a.text.indexOf('Here'));
  });
});

describe('extractQuotes: statements and terms', () => {
  const cases: { para: string; text: string; kind: 'statement' | 'term' }[] = [
    {
      para: 'Traders call it the “green corridor” for grain.',
      text: 'green corridor',
      kind: 'term',
    },
    {
      para: 'The band played “Harbour Lights Over Larsberg” at the fair.',
      text: 'Harbour Lights Over Larsberg',
      kind: 'term',
    },
    { para: '“Never,” said Ilse Brandvold.', text: 'Never,', kind: 'statement' },
    {
      para: 'Ilse Brandvold said the so-called “harbour plan for the northern coast” was dead.',
      text: 'harbour plan for the northern coast',
      kind: 'term',
    },
    {
      para: 'Olav Dahl told “Morning at the Harbour,” a radio show, that he would run.',
      text: 'Morning at the Harbour,',
      kind: 'term',
    },
    {
      para: 'The plan, Olav Dahl said, was “a gift to speculators”.',
      text: 'a gift to speculators',
      kind: 'statement',
    },
    {
      para: 'Nobody expected “the long and quiet winter that followed the flood” to end.',
      text: 'the long and quiet winter that followed the flood',
      kind: 'statement',
    },
  ];
  for (const c of cases) {
    it(`${c.kind}: ${c.text}`, () => {
      const [q] = extractQuotes(article([c.para]));
      expect(q!.text).toBe(c.text);
      expect(q!.kind).toBe(c.kind);
      if (c.kind === 'term') {
        expect(q!.speaker).toBeNull();
        expect(q!.speakerMethod).toBeNull();
      }
    });
  }
});

describe('extractQuotes: edge cases', () => {
  it('returns nothing for empty text', () => {
    expect(extractQuotes(article([]))).toEqual([]);
  });

  it('returns nothing for text without quotations', () => {
    expect(extractQuotes(article(['The ferry left at noon.', 'It returned at six.']))).toEqual([]);
  });

  it('handles 200 paragraphs and keeps every offset exact', () => {
    const paras: string[] = [];
    for (let i = 0; i < 200; i++) {
      paras.push(
        i % 2 === 0
          ? `“Shipment ${i} left the harbour on time,” said Ilse Brandvold, who counted ${i} crates.`
          : `The farmers' cooperative met again; O'Brien's boat didn't sail in round ${i}.`,
      );
    }
    const a = article(paras);
    const quotes = extractQuotes(a);
    expect(quotes).toHaveLength(100);
    expectOffsets(a, quotes);
    quotes.forEach((q, k) => {
      expect(q.paragraph).toBe(2 * k);
      expect(q.text).toBe(`Shipment ${2 * k} left the harbour on time,`);
      expect(q.speaker).toBe('Ilse Brandvold');
    });
  });

  it('returns quotations in text order', () => {
    const a = article([
      '“One,” said Olav Dahl. “Two,” said Ilse Brandvold.',
      '“Three,” said Olav Dahl.',
    ]);
    const quotes = extractQuotes(a);
    expect(quotes.map((q) => q.text)).toEqual(['One,', 'Two,', 'Three,']);
    const starts = quotes.map((q) => q.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
  });
});

describe('extractQuotes: Chinese and Japanese', () => {
  it('pairs marks set right against the characters around them', () => {
    expect(texts(['镇长李明说：“这个码头让渔民在冬天也能安全出海。”'], 'zh')).toEqual([
      '这个码头让渔民在冬天也能安全出海。',
    ]);
    expect(texts(['他说“这个码头让渔民在冬天也能安全出海”。'], 'zh')).toEqual([
      '这个码头让渔民在冬天也能安全出海',
    ]);
    expect(texts(['“好，”他说，“我们走。”'], 'zh')).toEqual(['好，', '我们走。']);
    expect(texts(['他说"好"。'], 'zh')).toEqual(['好']);
  });

  it('counts words with the segmenter, so a sentence is a statement and a word a term', () => {
    const quotes = extractQuotes(
      article(
        [
          '館長の山田春香さんは「町のすべての子どもが、静かに本を読める場所を見つけてほしい」と述べた。',
          '新しい図書館は「海の家」と呼ばれている。',
        ],
        'ja',
      ),
    );
    expect(quotes.map((q) => [q.text, q.kind])).toEqual([
      ['町のすべての子どもが、静かに本を読める場所を見つけてほしい', 'statement'],
      ['海の家', 'term'],
    ]);
  });
});
