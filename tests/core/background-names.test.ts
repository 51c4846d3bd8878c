import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_FILE } from '../../src/cli/background';
import {
  BackgroundFormatError,
  nameRarity,
  parseBackground,
  withNameTables,
  type BackgroundFile,
} from '../../src/core/background';

const file = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundFile;

describe('background statistics as the extension ships them', () => {
  it('give every name the rarity the plain file gives it', () => {
    const plain = parseBackground(file);
    const shipped = parseBackground(JSON.parse(JSON.stringify(withNameTables(file))));
    // Words of every table, the first and last of each among them, as names.
    const sample = ['paris', 'ilse brandvold', 'berlin', 'muller', 'gonzalez', 'ivanov', 'zx'];
    for (const t of Object.values(withNameTables(file).languages)) {
      const keys = t.names!.keys;
      sample.push(keys[0]!, keys[keys.length - 1]!);
      for (let i = 0; i < keys.length; i += 41) sample.push(keys[i]!, `${keys[i]!}q`);
    }
    expect(sample.length).toBeGreaterThan(700);
    for (const key of sample)
      expect(nameRarity(shipped, key), key).toBeCloseTo(nameRarity(plain, key), 12);
    // A common word as a name is common; an unknown one is as rare as can be.
    expect(nameRarity(shipped, 'paris')).toBeLessThan(nameRarity(shipped, 'brandvold'));
    expect(nameRarity(shipped, 'brandvold')).toBe(1);
  });

  it('refuses a name table that does not line up', () => {
    const lang = Object.keys(file.languages)[0]!;
    const broken = structuredClone(file);
    broken.languages[lang]!.names = { keys: ['a', 'b'], counts: [1] };
    expect(() => parseBackground(broken)).toThrow(BackgroundFormatError);
  });
});
