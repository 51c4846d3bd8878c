import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactWords } from '../../scripts/word-lists';

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

  it('keeps lists whose entries hold spaces, or are not words, as they are', () => {
    const value = { a: ['New York', 'Oslo', 'Rome'], b: [1, 2, 3], c: ['x', ''], d: [] };
    expect(new Function(`return ${compactWords(value)};`)()).toEqual(value);
  });
});
