import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import { Corpus } from '../../src/core/corpus';
import { nameForms, nameKey, nameStem } from '../../src/core/features';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';
import { article } from './make-article';

const background = loadBackground();
const lexicon = loadLexicon();

/** The shared names the engine gives for `other` as related coverage of `query`. */
function sharedNames(query: Article, other: Article, extra: Article[] = []): string[] | null {
  const corpus = Corpus.fromArticles([query, other, ...extra]);
  const found = findRelated(query, corpus, { background, lexicon }).related.find(
    (r) => r.url === other.url,
  );
  if (!found) return null;
  return found.reasons.find((r) => r.kind === 'names')?.items ?? [];
}

describe('names in languages that decline them', () => {
  it('have one stem whatever their case', () => {
    const stem = (word: string) => nameStem(nameKey(word.toLowerCase()));
    for (const form of ['Doss', 'Dossa', 'Dossowi', 'Dossem', 'Dossie', 'Досса', 'Доссом'])
      expect(stem(form), form).toBe('dos');
    for (const form of ['Tusk', 'Tuska', 'Tuskowi', 'Tuskiem', 'Туска', 'Туску'])
      expect(stem(form), form).toBe('tusk');
    expect(stem('Obamy')).toBe(stem('Obama'));
    // Two letters are no stem: "Ewa" stays "ewa".
    expect(stem('Ewa')).toBe('ewa');
    expect(nameForms('tusk')).toContain('tuskowi');
    expect(nameForms('ew')).toEqual([]);
  });

  // Invented reports of one event: an English one naming the medic "Doss" and a Polish
  // translation that only ever declines the name ("Dossa", "Dossowi").
  const english = article(
    'https://a.example/medic',
    'en',
    'Army to honour the medic Doss at a ceremony on Friday',
    [
      'The army will honour Doss, the medic who refused to carry a rifle, at a ceremony on Friday.',
      'Doss is credited with saving many wounded soldiers in the battle, the army said in a statement.',
    ],
  );
  const polish = article(
    'https://b.example/sanitariusz',
    'pl',
    'Armia uhonoruje sanitariusza Dossa podczas piątkowej uroczystości',
    [
      'Armia uhonoruje Dossa, sanitariusza, który odmówił noszenia karabinu, podczas uroczystości w piątek.',
      'Dossowi przypisuje się uratowanie wielu rannych żołnierzy w bitwie, podała armia w oświadczeniu.',
    ],
  );
  const unrelated = article(
    'https://c.example/harbour',
    'en',
    'Harbour authority opens a new ferry terminal',
    [
      'The harbour authority opened a new ferry terminal on Friday, a spokesman said.',
      'Ferries to the islands will leave from the terminal from June.',
    ],
  );

  it('are shared between a declined form and the name as another language writes it', () => {
    expect(sharedNames(polish, english, [unrelated])).toContain('Dossa');
    expect(sharedNames(english, polish, [unrelated])).toContain('Doss');
  });

  it('make a translation that names its actor only in declined forms the same story, even at the strict setting', () => {
    const corpus = Corpus.fromArticles([polish, english, unrelated]);
    const related = findRelated(polish, corpus, {
      background,
      lexicon,
      sensitivity: 'strict',
    }).related;
    expect(related.find((r) => r.url === english.url)?.relation).toBe('same-story');
    expect(related.find((r) => r.url === unrelated.url)?.relation ?? null).not.toBe('same-story');
  });

  it('are matched in one declining language too', () => {
    const first = article('https://d.example/tusk', 'pl', 'Premier Tusk spotkał się z rolnikami', [
      'Premier Tusk spotkał się w poniedziałek z rolnikami protestującymi przed kancelarią.',
    ]);
    const second = article(
      'https://e.example/rolnicy',
      'pl',
      'Rolnicy przekazali postulaty premierowi Tuskowi',
      ['Rolnicy protestujący przed kancelarią przekazali w poniedziałek postulaty Tuskowi.'],
    );
    expect(sharedNames(second, first)).toContain('Tuskowi');
  });

  it('are not matched by stem between two languages that do not decline names', () => {
    // "Rosa" and "Rose" have one stem, but in English and Spanish they are two names.
    const a = article('https://f.example/rosa', 'es', 'Rosa gana el premio de poesía', [
      'La poeta Rosa ganó el premio nacional de poesía el viernes en Sevilla.',
    ]);
    const b = article('https://g.example/rose', 'en', 'Rose wins the county cycling race', [
      'The cyclist Rose won the county race on Friday in Leeds.',
    ]);
    expect(sharedNames(a, b) ?? []).not.toContain('Rosa');
  });
});
