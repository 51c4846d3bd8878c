/**
 * The word lists attribution, name spotting and tokens read (src/core/data/*.json): each
 * entry written once, trimmed, and in the case the code compares it in.
 */
import { describe, expect, it } from 'vitest';
import attributionWords from '../../src/core/data/attribution-words.json';
import nameWords from '../../src/core/data/name-words.json';
import numberWords from '../../src/core/data/number-words.json';

/** Every list of a word file, named by its path ("verbs.de", "titles"). */
function lists(data: object, prefix = ''): [string, unknown[]][] {
  const out: [string, unknown[]][] = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) out.push([prefix + key, value]);
    else if (value && typeof value === 'object') out.push(...lists(value, `${prefix}${key}.`));
  }
  return out;
}

/** Entries written more than once in a list (compared lower-cased and trimmed). */
function repeated(entries: unknown[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const e of entries) {
    const k = String(e).trim().toLowerCase();
    if (seen.has(k)) twice.add(k);
    seen.add(k);
  }
  return [...twice];
}

describe('word lists', () => {
  it('finds a repeated entry', () => {
    expect(repeated(['said', 'says', 'Said '])).toEqual(['said']);
    expect(repeated(['said', 'says'])).toEqual([]);
  });

  const all = [
    ...lists(attributionWords).map(([k, v]) => [`attribution-words ${k}`, v] as const),
    ...lists(nameWords).map(([k, v]) => [`name-words ${k}`, v] as const),
    ...lists(numberWords).map(([k, v]) => [`number-words ${k}`, v] as const),
  ];
  it('reads every list of every file', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  for (const [name, entries] of all) {
    it(`${name}: non-empty trimmed strings, none repeated`, () => {
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(typeof e).toBe('string');
        expect(e).toBe(String(e).trim());
        // Words of a phrase are parted by one space: patterns match any run of spaces there.
        expect(String(e)).toMatch(/^\S+(?: \S+)*$/u);
        expect(e).not.toBe('');
      }
      expect(repeated(entries)).toEqual([]);
    });
  }
  it('gives each number word one number', () => {
    expect(repeated(lists(numberWords).flatMap(([, entries]) => entries))).toEqual([]);
  });
  it('writes name and number words lower-case, as they are compared', () => {
    for (const [name, entries] of [...lists(nameWords), ...lists(numberWords)])
      for (const e of entries)
        expect(`${name}: ${String(e)}`).toBe(`${name}: ${String(e).toLowerCase()}`);
  });
});
