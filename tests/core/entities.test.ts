import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/core/features';

const names = (text: string, lang = 'en') => extractEntities(text, lang).map((e) => e.text);

describe('names shared between articles', () => {
  it('drop abbreviated titles, so "Sen. Marco Rubio" and "Marco Rubio" are one name', () => {
    const found = names(
      'Sen. Marco Rubio of Florida met Rep. Nancy Pelosi and Gov. Chris Christie. Later, Marco Rubio left.',
    );
    expect(found).toContain('Marco Rubio');
    expect(found).toContain('Nancy Pelosi');
    expect(found).toContain('Chris Christie');
    for (const title of ['Sen', 'Rep', 'Gov']) expect(found.join('|')).not.toMatch(title);
    const keys = extractEntities('Sen. Marco Rubio spoke.', 'en').map((e) => e.key);
    expect(keys).toEqual(extractEntities('Marco Rubio spoke.', 'en').map((e) => e.key));
  });

  it('are a place wherever the text names them, once it puts something in them', () => {
    const found = extractEntities(
      'Florida voters went to the polls on Tuesday. Turnout in Florida was high, said Ilse Brandvold.',
      'en',
    );
    const types = found.filter((e) => e.text === 'Florida').map((e) => e.type);
    expect(types).toEqual(['place', 'place']);
    expect(found.find((e) => e.text === 'Ilse Brandvold')?.type).toBe('name');
  });

  it('do not count an abbreviated month as a name', () => {
    const found = names('The vote on Dec. 12 and the rally of Nov. 3 drew Ilse Brandvold.');
    expect(found).toEqual(['Ilse Brandvold']);
  });

  it('keep a first name that looks like a month abbreviation', () => {
    expect(names('Am Montag sagte Jan Giesel, die Lage sei ernst.', 'de')).toContain('Jan Giesel');
  });

  it('key a Turkish name without the case ending after its apostrophe', () => {
    const keys = (text: string, lang: string) => extractEntities(text, lang).map((e) => e.key);
    // "Doss'un" (Doss's) and "Ankara'da" (in Ankara) are Doss and Ankara, as in English.
    const english = keys('Last week they told the story of Doss in Ankara.', 'en');
    expect(english).toEqual(['dos', 'ankara']);
    expect(keys("Geçen hafta Doss'un hikayesini Ankara'da anlattılar.", 'tr')).toEqual(english);
    // Elsewhere an apostrophe belongs to the name.
    expect(keys("Reporters met Shane O'Brien.", 'en')).toEqual(["shane o'bren"]);
  });
});
