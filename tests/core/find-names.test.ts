import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/names';

const words = (text: string, from?: number, to?: number) =>
  findNames(text, from, to).map((m) => m.tokens.join(' '));

describe('findNames', () => {
  const text =
    'Minister of Fisheries Olav Dahl met Ann Moor in Larsberg. Later, Secretary of State Kari Lunde spoke to Olav Dahl.';

  it('reads the holder after a title and its domain, and plain names', () => {
    expect(words(text)).toEqual(['Olav Dahl', 'Ann Moor', 'Larsberg', 'Kari Lunde', 'Olav Dahl']);
  });

  it('gives each range the same names whatever was searched before', () => {
    const secondHalf = text.indexOf('Later');
    const alone = words(text, secondHalf);
    // Searches of other texts and ranges in between leave nothing behind.
    words('Ann Moor and Kari Lunde', 0, 8);
    words(text, 0, 20);
    expect(words(text, secondHalf)).toEqual(alone);
    expect(alone).toEqual(['Kari Lunde', 'Olav Dahl']);
  });

  it('reads a name that reaches the end of the range whole', () => {
    const end = text.indexOf('Moor') + 2;
    expect(words(text, 30, end)).toEqual(['Ann Moor']);
  });

  it('tells a title’s domain from a name after "of"', () => {
    expect(words('The mayor of Larsberg Ann Moor said so.')).toEqual(['Ann Moor']);
    expect(words('She is a friend of Ann Moor.')).toEqual(['Ann Moor']);
  });
});
