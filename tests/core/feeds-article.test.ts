import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FEED_DIRECTORY,
  FULL_TEXT_MIN_WORDS,
  decodeFeedBytes,
  hasFullText,
  itemToArticle,
  parseFeed,
  type FeedItem,
} from '../../src/core/feeds';
import { PARAGRAPH_SEPARATOR } from '../../src/core/types';

const read = (name: string, url: string) =>
  parseFeed(
    decodeFeedBytes(new Uint8Array(readFileSync(join(__dirname, '../fixtures/feeds', name))), null),
    url,
  );

const courier = read('rss2-courier.xml', 'https://feeds.courier.example/rss');

function item(over: Partial<FeedItem>): FeedItem {
  return {
    url: 'https://x.example/a',
    title: 'A title',
    published: null,
    author: null,
    summary: '',
    paragraphs: [],
    language: null,
    ...over,
  };
}

describe('hasFullText', () => {
  it(`needs ${FULL_TEXT_MIN_WORDS} words of content`, () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(hasFullText(item({ paragraphs: [words(FULL_TEXT_MIN_WORDS - 1)] }))).toBe(false);
    expect(hasFullText(item({ paragraphs: [words(100), words(50)] }))).toBe(true);
    expect(hasFullText(item({ summary: words(400) }))).toBe(false);
    expect(hasFullText(courier.items[0]!)).toBe(true);
    expect(hasFullText(courier.items[1]!)).toBe(false);
  });
});

describe('itemToArticle', () => {
  it('makes a full article from an item that carries the whole text', () => {
    const r = itemToArticle(courier.items[0]!, courier, { source: 'Coastline Courier' })!;
    expect(r.text).toBe('full');
    expect(r.article).toMatchObject({
      url: 'https://courier.example/news/2026/03/pilots-strike-ends',
      title: 'Harbour pilots end three-day strike after pay deal',
      source: 'Coastline Courier',
      published: '2026-03-03T15:00:00.000Z',
      language: 'en',
      byline: 'Maren Oddvik',
    });
    expect(r.article.paragraphs).toEqual(courier.items[0]!.paragraphs);
    expect(r.article.text).toBe(r.article.paragraphs.join(PARAGRAPH_SEPARATOR));
  });

  it('uses the page when the item has only a summary, with the page date as fallback', () => {
    const storm = courier.items[1]!;
    const r = itemToArticle(storm, courier, {
      source: 'Coastline Courier',
      pageParagraphs: ['Ferries to Holm are cancelled.', 'Schools are shut.'],
      pagePublished: '2026-01-01T00:00:00Z',
      pageByline: 'Desk',
    })!;
    expect(r.text).toBe('full');
    expect(r.article.paragraphs).toEqual(['Ferries to Holm are cancelled.', 'Schools are shut.']);
    // The item's own date wins; the page's byline fills the gap.
    expect(r.article.published).toBe('2026-03-03T17:30:00.000Z');
    expect(r.article.byline).toBe('Desk');
    // Tracking parameters and the fragment are not part of the article's identity.
    expect(r.article.url).toBe('https://courier.example/news/2026/03/storm-warning');

    const undated = itemToArticle(courier.items[2]!, courier, {
      source: 'C',
      pageParagraphs: ['Text.'],
      pagePublished: '2026-03-02T12:00:00Z',
    })!;
    expect(undated.article.published).toBe('2026-03-02T12:00:00Z');
  });

  it('keeps title and summary when nothing else is there', () => {
    const r = itemToArticle(courier.items[1]!, courier, { source: 'Coastline Courier' })!;
    expect(r.text).toBe('summary');
    expect(r.article.title).toBe('Storm warning: ferries to “Holm” cancelled & schools shut');
    expect(r.article.paragraphs).toEqual([courier.items[1]!.summary]);
    expect(r.article.language).toBe('en');
  });

  it('keeps a title alone, and gives null for an item with nothing', () => {
    const lifeboat = itemToArticle(courier.items[3]!, courier, { source: 'C' })!;
    expect(lifeboat.text).toBe('summary');
    expect(lifeboat.article.paragraphs).toEqual(['Lifeboat crew rescues two kayakers']);
    expect(itemToArticle(item({ title: '' }), courier, { source: 'C' })).toBeNull();
    expect(
      itemToArticle(item({ title: '' }), courier, { source: 'C', pageParagraphs: ['  '] }),
    ).toBeNull();
  });

  it('takes the item language over the feed, and detects it when neither says', () => {
    const atom = read('atom-observer.xml', 'https://observer.example/fr/atom.xml');
    expect(itemToArticle(atom.items[0]!, atom, { source: 'O' })!.article.language).toBe('fr');
    expect(itemToArticle(atom.items[1]!, atom, { source: 'O' })!.article.language).toBe('en');
    const herald = read('json10-herald.json', 'https://herald.example/feed.json');
    expect(herald.language).toBeNull();
    const r = itemToArticle(herald.items[0]!, herald, { source: '' })!;
    expect(r.article.language).toBe('de');
    // Without an outlet name the feed's title stands in.
    expect(r.article.source).toBe('Holm Island Herald');
  });
});

describe('FEED_DIRECTORY', () => {
  it('has well-formed, unique entries in all five languages', () => {
    const urls = new Set<string>();
    const perLanguage = new Map<string, number>();
    for (const e of FEED_DIRECTORY) {
      expect(Object.keys(e).sort()).toEqual(['language', 'outlet', 'site', 'url']);
      expect(e.outlet.trim()).toBe(e.outlet);
      expect(e.outlet.length).toBeGreaterThan(1);
      for (const u of [e.url, e.site]) expect(new URL(u).protocol).toMatch(/^https?:$/);
      expect(urls.has(e.url), e.url).toBe(false);
      urls.add(e.url);
      perLanguage.set(e.language, (perLanguage.get(e.language) ?? 0) + 1);
    }
    expect([...perLanguage.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'ru']);
    for (const [lang, n] of perLanguage) expect(n, lang).toBeGreaterThanOrEqual(4);
  });
});
