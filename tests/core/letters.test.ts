import { describe, expect, it } from 'vitest';
import { NARROWED, narrowLetters, narrowedClass, narrowedRegExp } from '../../src/core/letters';
import { makeArticle } from '../../src/core/article';
import { extractQuotes } from '../../src/core/quotes';

describe('narrowed letter classes', () => {
  it('hold exactly the Unicode property within the scripts the patterns read', () => {
    const samples = [
      'A',
      'z',
      'É',
      'ß',
      'Ł',
      'ł',
      'Ş',
      'ğ',
      'Ж',
      'ё',
      'Ω',
      'ά',
      'Ա',
      'ש',
      'ع',
      'Ẫ',
      'ỹ',
      'ἀ',
      '\u0301',
      '٣',
      '7',
      ' ',
      '-',
      '’',
      '«',
      '_',
    ];
    for (const prop of NARROWED) {
      const exact = new RegExp(`^\\p{${prop}}$`, 'u');
      const narrowed = new RegExp(`^[${narrowedClass(prop)}]$`, 'u');
      for (const ch of samples) expect(narrowed.test(ch), `${prop} ${ch}`).toBe(exact.test(ch));
    }
  });

  it('leave out scripts outside them', () => {
    expect(new RegExp(`^[${narrowedClass('L')}]$`, 'u').test('中')).toBe(false);
    expect(new RegExp(`^[${narrowedClass('Lu')}]$`, 'u').test('𝐀')).toBe(false);
  });

  it('rewrite a pattern in and out of classes, keeping other escapes and the flags', () => {
    const re = narrowLetters(/(?<![\p{L}\p{M}-])\p{Lu}\p{Ll}+\.\\p\{L\}\p{Script=Latin}/gu);
    expect(re.flags).toBe('gu');
    expect(re.source).not.toMatch(/\\p\{(?:L|Lu|Ll|M)\}/);
    expect(re.source).toContain('\\p{Script=Latin}');
    expect(re.source).toContain(String.raw`\\p\{L\}`);
    expect(re.exec('x Łódź.\\p{L}a')?.[0]).toBe('Łódź.\\p{L}a');
    expect(re.exec('aŁódź.\\p{L}a')).toBeNull();
  });

  it('leave a pattern without the u flag as it is', () => {
    const re = /\d+/g;
    expect(narrowLetters(re)).toBe(re);
  });

  it('build a narrowed expression straight from its source, as narrowing the compiled one does', () => {
    const source = String.raw`(?<![\p{L}\p{M}-])(\p{Lu}\p{Ll}+)[ ]+\p{N}+`;
    const built = narrowedRegExp(source, 'gu');
    expect(built.source).toBe(narrowLetters(new RegExp(source, 'gu')).source);
    expect(built.flags).toBe('gu');
    expect(built.exec('in Łódź 12')?.[1]).toBe('Łódź');
    expect(narrowedRegExp('a+', 'g').source).toBe('a+');
  });
});

describe('speaker patterns with narrowed classes', () => {
  it('still name speakers whose names use letters beyond ASCII, in each language', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        '“We will rebuild the bridge,” said Łucja Żmuda. “It will take a year.”',
        'Łucja Żmuda',
      ],
      [
        'de',
        'Die Ministerin Jördis Österlund sagte: „Wir werden die Brücke bauen.“',
        'Jördis Österlund',
      ],
      ['fr', '« Nous reconstruirons le pont », a déclaré Élodie Fèvre.', 'Élodie Fèvre'],
      ['es', '«Reconstruiremos el puente», dijo Íñigo Ibáñez.', 'Íñigo Ibáñez'],
      ['ru', '«Мы восстановим мост», — сказал Ёсиф Жуков.', 'Ёсиф Жуков'],
    ];
    for (const [language, text, speaker] of cases) {
      const article = makeArticle({
        url: `https://news.example/${language}`,
        title: 'Bridge',
        source: 'Ledger',
        published: null,
        language,
        paragraphs: [text],
      });
      expect(extractQuotes(article)[0]?.speaker, language).toBe(speaker);
    }
  });
});
