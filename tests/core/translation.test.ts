import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/cli/lexicon';
import { comparePassages, preparePassage as prepare } from '../../src/core/corroborate';

const speaker = 'Marta Olsen';
const lexicon = loadLexicon();
const preparePassage = (t: string, language: string, who: string | null) =>
  prepare(t, language, who, lexicon);
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
    // The lexicon is what pairs them: without it nothing in the words is shared.
    const bare = (t: string, language: string) => prepare(t, language, speaker, null);
    expect(
      comparePassages(
        bare('Our hospitals need more doctors before the winter', 'en'),
        bare('Нашим больницам нужно больше врачей до зимы', 'ru'),
        'balanced',
        true,
      ),
    ).toBeNull();
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
