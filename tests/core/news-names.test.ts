import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_FILE, loadBackground, NEWS_NAMES_FILE } from '../../src/cli/background';
import { makeArticle } from '../../src/core/article';
import {
  BackgroundFormatError,
  NEWS_NAMES_TABLE,
  nameRarity,
  parseBackground,
  withNameTables,
  withNewsNames,
  type BackgroundFile,
} from '../../src/core/background';
import { Corpus } from '../../src/core/corpus';
import { nameKey } from '../../src/core/features';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';

const file = JSON.parse(readFileSync(BACKGROUND_FILE, 'utf8')) as BackgroundFile;
const list = readFileSync(NEWS_NAMES_FILE, 'utf8');
/** The index key of a name, as the engine looks it up (features.ts). */
const keyOf = (name: string) => name.split(' ').map(nameKey).join(' ');
/** Rarity from which a shared name ties two articles to one event (related.ts). */
const SPECIFIC = 0.7;

describe('names the news repeats', () => {
  it('are common names, whatever else a name holds', () => {
    const bg = loadBackground();
    for (const name of ['trump', 'donald trump', 'merkel', 'angela merkel', 'putin', 'twitter'])
      expect(nameRarity(bg, keyOf(name)), name).toBeLessThan(SPECIFIC);
    // A rare first name beside a listed surname is still a specific person; names not
    // listed keep the rarity the reference text gives them.
    expect(nameRarity(bg, 'ivanka trump')).toBe(1);
    expect(nameRarity(bg, 'ilse brandvold')).toBe(1);
    // Without the list, the reference text would have them as rare as anyone unknown.
    expect(nameRarity(parseBackground(file), 'trump')).toBe(1);
  });

  it('are matched case- and accent-blind, and as the extension ships them', () => {
    const shipped = parseBackground(
      JSON.parse(JSON.stringify(withNewsNames(withNameTables(file), list))),
    );
    const cli = loadBackground();
    for (const key of ['erdogan', 'orban', 'sanchez', 'zelensky', 'brandvold'])
      expect(nameRarity(shipped, key), key).toBeCloseTo(nameRarity(cli, key), 12);
    const own = withNewsNames(file, '# a comment\n\nÖrbán\n');
    expect(own.languages[NEWS_NAMES_TABLE]!.names!.keys).toEqual(['orban']);
  });

  it('refuses a line of two words, naming it', () => {
    expect(() => withNewsNames(file, 'Trump\nWhite House\n')).toThrow(BackgroundFormatError);
    expect(() => withNewsNames(file, 'White House')).toThrow(/White House/);
  });

  it('do not make two stories about one president the same story', () => {
    const P = (p: string[]) => p.join('\n\n');
    const article = (url: string, title: string, text: string[]): Article =>
      makeArticle({
        url,
        title,
        source: new URL(url).hostname,
        published: '2026-03-10T09:00:00Z',
        language: 'en',
        text: P(text),
      });
    // Invented stories on one day: a tariff announcement and a court appeal, both naming
    // the president; and a second outlet's report of the court appeal.
    const tariffs = article(
      'https://a.example/tariffs',
      'Donald Trump announces new tariffs on imported steel',
      [
        'President Donald Trump said on Tuesday that imported steel would face a tariff of 35 percent from April.',
        'Steel makers in Ohio welcomed the plan, while importers warned that prices for cars and tools would rise.',
      ],
    );
    const appeal = article(
      'https://b.example/appeal',
      'Lawyers for Donald Trump appeal a ruling in the Halvorsen case',
      [
        'Lawyers for Donald Trump filed an appeal on Tuesday against a ruling in the Halvorsen case, said attorney Marit Solberg.',
        'Judge Edwin Crauford had ordered the documents released within thirty days.',
      ],
    );
    const appealElsewhere = article(
      'https://c.example/appeal',
      'Trump team challenges Crauford ruling',
      [
        'Marit Solberg, who represents Donald Trump, said the team had appealed Judge Edwin Crauford’s order in the Halvorsen case.',
      ],
    );
    const corpus = Corpus.fromArticles([tariffs, appeal, appealElsewhere]);
    const relation = (query: Article, other: Article) =>
      findRelated(query, corpus, { background: loadBackground() }).scored.find(
        (s) => corpus.meta(s.doc).url === other.url,
      )?.relation ?? null;
    expect(relation(tariffs, appeal)).not.toBe('same-story');
    expect(relation(appeal, tariffs)).not.toBe('same-story');
    // The people only these two name still make them one story.
    expect(relation(appeal, appealElsewhere)).toBe('same-story');
  });
});
