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
