import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as stopword from 'stopword';
import { compactStopwords, compactWords } from '../../scripts/word-lists';

const DATA = join(__dirname, '../../src/core/data');

describe('word lists as the build ships them', () => {
  it.each(readdirSync(DATA).filter((f) => f.endsWith('.json')))(
    '%s loads to the same values, in no more bytes',
    (file) => {
      const text = readFileSync(join(DATA, file), 'utf8');
      const json: unknown = JSON.parse(text);
      const js = compactWords(json);
      expect(new Function(`return ${js};`)()).toEqual(json);
      expect(js.length).toBeLessThanOrEqual(JSON.stringify(json).length);
    },
  );

  it('ships the long lists in fewer bytes', () => {
    const json: unknown = JSON.parse(readFileSync(join(DATA, 'attribution-words.json'), 'utf8'));
    expect(compactWords(json).length).toBeLessThan(0.9 * JSON.stringify(json).length);
  });

  it('joins entries that hold spaces by another character, and keeps other lists as they are', () => {
    const value = {
      a: ['New York', 'Oslo', 'Rome', 'a fait valoir', 'a fait savoir', 'so Berg', 'laut', 'per'],
      b: [1, 2, 3],
      c: ['x', ''],
      d: [],
      e: ['a b', 'c|d', 'e~f', 'g^h'],
    };
    const js = compactWords(value);
    expect(new Function(`return ${js};`)()).toEqual(value);
    expect(js).toContain(
      '"New York|Oslo|Rome|a fait valoir|a fait savoir|so Berg|laut|per".split("|")',
    );
  });

  it.each(['deu', 'eng', 'fra', 'rus', 'spa'] as const)(
    'ships the stopword package’s %s list as the same words in fewer bytes',
    (lang) => {
      const file = join(__dirname, `../../node_modules/stopword/src/stopwords_${lang}.js`);
      const source = readFileSync(file, 'utf8');
      const js = compactStopwords(source);
      expect(js).not.toBeNull();
      const value: unknown = new Function(`${js!.replace(/^export /, '')} return ${lang};`)();
      expect(value).toEqual(stopword[lang]);
      expect(js!.length).toBeLessThan(0.8 * source.length);
    },
  );

  it('leaves a stopword file of another shape to be bundled as it is', () => {
    expect(compactStopwords("const x = ['a', b]\nexport { x }")).toBeNull();
    expect(compactStopwords("const x = ['a']\nexport { x, y }")).toBeNull();
    expect(compactStopwords('export default []')).toBeNull();
  });
});
