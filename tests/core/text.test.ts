import { describe, expect, it } from 'vitest';
import {
  isNegation,
  isStopword,
  latinKey,
  normalizeNumber,
  normalizeText,
  sentences,
  tokenize,
} from '../../src/core/text';
import { canonicalUrl, makeArticle, splitParagraphs } from '../../src/core/article';
import { detectLanguage } from '../../src/core/language';

describe('normalizeText', () => {
  it('unifies quote marks, dashes and spaces', () => {
    expect(normalizeText('“Hello” — it’s  «fine»\u00A0now')).toBe('"Hello" - it\'s "fine" now');
  });
  it('applies NFKC', () => {
    expect(normalizeText('ﬁnal ２０２６')).toBe('final 2026');
  });
});

describe('tokenize', () => {
  const numbers = (text: string, lang: string) =>
    tokenize(text, lang)
      .filter((t) => t.isNumber)
      .map((t) => t.norm);
  it('keeps offsets into the source string', () => {
    const text = 'Brandvold said 2,000 farmers came.';
    for (const t of tokenize(text, 'en'))
      expect(text.slice(t.start, t.end).toLowerCase().replace(',', '')).toBe(t.norm);
  });
  it('makes grouped and decimal-comma numbers canonical', () => {
    expect(tokenize('2,000 and 2.000 and 12,5', 'en').map((t) => t.norm)).toEqual([
      '2000',
      'and',
      '2000',
      'and',
      '12.5',
    ]);
    expect(normalizeNumber('4 000')).toBe('4000');
  });
  it('reads thousands grouped by spaces as one number, where the language does', () => {
    expect(numbers('15 000 emplois, 1,5 million', 'fr')).toEqual(['15000', '1.5']);
    expect(numbers('5 000 рублей', 'ru')).toEqual(['5000']);
    expect(numbers('10 000 osób', 'pl')).toEqual(['10000']);
    // A no-break or narrow space groups digits in any language.
    expect(numbers('15\u202F000 jobs and 12\u00A0500 more', 'en')).toEqual(['15000', '12500']);
    // A plain space between figures stays a space in English, and a year is no group.
    expect(numbers('In 2015 300 people came; 3 100-metre races', 'en')).toEqual([
      '2015',
      '300',
      '3',
      '100',
    ]);
    expect(numbers('en 2015 300 personnes', 'fr')).toEqual(['2015', '300']);
    // Offsets cover the whole group.
    const text = 'il y a 15 000 emplois';
    const t = tokenize(text, 'fr').find((x) => x.isNumber)!;
    expect(text.slice(t.start, t.end)).toBe('15 000');
  });
  it('reads a figure with the word for a thousand as its thousands', () => {
    expect(numbers('1,5 тыс. рублей и 5 тысяч долларов', 'ru')).toEqual(['1500', '5000']);
    expect(numbers('5 tys. osób', 'pl')).toEqual(['5000']);
    expect(numbers('7 mil personas', 'es')).toEqual(['7000']);
    expect(numbers('5 bin kişi', 'tr')).toEqual(['5000']);
    expect(numbers('5 Tausend Menschen', 'de')).toEqual(['5000']);
    expect(numbers('5 آلاف شخص', 'ar')).toEqual(['5000']);
    // Alone it is still a thousand; after a figure in another language it is a word.
    expect(numbers('a thousand people', 'en')).toEqual(['1000']);
    expect(numbers('5 bin bags', 'en')).toEqual(['5']);
  });
  it('reads Arabic-Indic and Persian digits as digits', () => {
    expect(
      tokenize('عام ٢٠٢٤ و ۱۲', 'ar')
        .filter((t) => t.isNumber)
        .map((t) => t.norm),
    ).toEqual(['2024', '12']);
  });
  it('reads a number written as a word as its digits, in each language', () => {
    const first = (text: string, lang: string) => tokenize(text, lang)[0]!;
    for (const [text, lang] of [
      ['three winters', 'en'],
      ['drei Winter', 'de'],
      ['trois hivers', 'fr'],
      ['tres inviernos', 'es'],
      ['три зимы', 'ru'],
    ] as const) {
      expect(first(text, lang), text).toMatchObject({ norm: '3', isNumber: true });
    }
    expect(first('Zwanzig Jahre', 'de').norm).toBe('20');
    expect(first('one winter', 'en')).toMatchObject({ norm: 'one', isNumber: false });
  });
  it('segments scripts without spaces', () => {
    expect(tokenize('日本語の文です', 'ja').length).toBeGreaterThan(1);
  });
  it('handles empty and whitespace-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   \n\n  ')).toEqual([]);
  });
});

describe('stop words and negation', () => {
  it('knows stop words in five languages', () => {
    for (const [w, l] of [
      ['the', 'en'],
      ['und', 'de'],
      ['les', 'fr'],
      ['los', 'es'],
      ['и', 'ru'],
    ] as const)
      expect(isStopword(w, l)).toBe(true);
    expect(isStopword('farmers', 'en')).toBe(false);
  });
  it('finds negation in five languages', () => {
    for (const w of ['not', "won't", 'kein', 'jamais', "n'accepterons", 'nunca', 'не'])
      expect(isNegation(w)).toBe(true);
    expect(isNegation('note')).toBe(false);
  });
});

describe('latinKey', () => {
  it('folds accents and Cyrillic to Latin letters', () => {
    expect(latinKey('élysée')).toBe('elysee');
    expect(latinKey('брандвольд')).toBe('brandvold');
  });
});

describe('sentences', () => {
  it('returns trimmed sentences with offsets', () => {
    const text = 'One sentence here. Another one!  A third?';
    for (const s of sentences(text, 'en')) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences(text, 'en')).toHaveLength(3);
  });
});

describe('articles', () => {
  it('splits paragraphs on blank lines and rebuilds text', () => {
    expect(splitParagraphs('A\nB\n\n  \n\nC')).toEqual(['A B', 'C']);
    const a = makeArticle({
      url: 'https://x.example/a',
      title: ' T ',
      source: 'X',
      published: null,
      text: 'One.\n\nTwo.',
    });
    expect(a.text).toBe('One.\n\nTwo.');
    expect(a.title).toBe('T');
  });
  it('detects the language when none is declared', () => {
    expect(
      detectLanguage(
        'Die Verhandlungen werden nächste Woche in der Hauptstadt fortgesetzt, sagte die Ministerin.',
      ),
    ).toBe('de');
    expect(detectLanguage('ok')).toBe('und');
    expect(
      makeArticle({
        url: 'u',
        title: 't',
        source: 's',
        published: null,
        language: 'fr-CA',
        text: 'x',
      }).language,
    ).toBe('fr');
  });
  it('canonicalises URLs', () => {
    expect(canonicalUrl('https://News.Example/a/?utm_source=x&id=3#top')).toBe(
      'https://news.example/a?id=3',
    );
  });
});
