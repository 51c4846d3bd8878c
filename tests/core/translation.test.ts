import { describe, expect, it } from 'vitest';
import { comparePassages, preparePassage } from '../../src/core/corroborate';

const speaker = 'Marta Olsen';
const en = (t: string) => preparePassage(t, 'en', speaker);

describe('quotations across languages', () => {
  it('pairs a translation that shares no cognate, name or figure', () => {
    const ours = en('Our hospitals need more doctors before the winter');
    const theirs = preparePassage(
      'Unsere Krankenhäuser brauchen vor dem Winter mehr Ärzte',
      'de',
      speaker,
    );
    const ru = preparePassage('Нашим больницам нужно больше врачей до зимы', 'ru', speaker);
    expect(comparePassages(ours, theirs, 'balanced', true)?.kind).toBe('variant');
    expect(comparePassages(ours, ru, 'balanced', true)?.kind).toBe('variant');
  });

  it('does not pair two different statements of the same speaker', () => {
    const ours = en('Our hospitals need more doctors before the winter');
    const other = preparePassage(
      'Die Polizei hat gestern drei Verdächtige festgenommen und befragt',
      'de',
      speaker,
    );
    expect(comparePassages(ours, other, 'balanced', true)).toBeNull();
  });

  it('never pairs a translation whose negation was flipped', () => {
    const ours = en('We will accept the agreement with the unions');
    const flipped = preparePassage(
      'Nous n’accepterons pas l’accord avec les syndicats',
      'fr',
      speaker,
    );
    expect(comparePassages(ours, flipped, 'balanced', true)).toBeNull();
  });
});
