import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedError, parseOpml, serializeOpml } from '../../src/core/feeds';

const opml = readFileSync(join(__dirname, '../fixtures/feeds/subscriptions.opml'), 'utf8');

describe('parseOpml', () => {
  it('reads nested outlines with their folder path, each address once', () => {
    expect(parseOpml(opml)).toEqual({
      title: 'Velmora reading list',
      feeds: [
        {
          xmlUrl: 'https://courier.example/news/feed.xml',
          htmlUrl: 'https://courier.example/',
          title: 'Coastline Courier',
          language: 'en',
          path: ['Local'],
        },
        {
          xmlUrl: 'https://ledger.example/rss',
          htmlUrl: null,
          title: 'Nordhavn Ledger',
          language: 'de',
          path: ['Local'],
        },
        {
          xmlUrl: 'https://tribune.example/feed.json',
          htmlUrl: 'https://tribune.example/',
          title: 'Tribune <Puerto>',
          language: null,
          path: ['Local', 'Harbour & Sea'],
        },
        {
          xmlUrl: 'https://proto.example/__proto__/feed',
          htmlUrl: null,
          title: 'constructor',
          language: null,
          path: [],
        },
      ],
    });
  });

  it.each([
    ['entity declarations', '<!DOCTYPE opml [<!ENTITY a "b">]><opml><body/></opml>', 'entities'],
    ['not OPML', '<rss version="2.0"><channel/></rss>', 'malformed'],
    ['not XML', 'just some words', 'malformed'],
  ])('refuses %s', (_, text, code) => {
    let error: unknown = null;
    try {
      parseOpml(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe(code);
  });

  it('stops at a bounded depth', () => {
    const nest = (n: number) =>
      '<outline text="f">'.repeat(n) +
      '<outline text="x" xmlUrl="https://deep.example/feed"/>' +
      '</outline>'.repeat(n);
    const doc = (n: number) => `<opml version="2.0"><head/><body>${nest(n)}</body></opml>`;
    expect(parseOpml(doc(5)).feeds.map((f) => f.path.length)).toEqual([5]);
    expect(parseOpml(doc(30)).feeds).toEqual([]);
  });
});

describe('serializeOpml', () => {
  it('round-trips feeds, folders and awkward characters', () => {
    const feeds = [
      {
        xmlUrl: 'https://a.example/feed?x=1&y=2',
        htmlUrl: 'https://a.example/',
        title: 'A "quoted" <outlet> & co',
        language: 'fr',
        path: ['News', 'Europe'],
      },
      { xmlUrl: 'https://b.example/rss', htmlUrl: null, title: null, language: null, path: [] },
      {
        xmlUrl: 'https://c.example/atom.xml',
        htmlUrl: null,
        title: 'C',
        language: null,
        path: ['News'],
      },
    ];
    const text = serializeOpml('My feeds & more', feeds);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    const back = parseOpml(text);
    expect(back.title).toBe('My feeds & more');
    expect(back.feeds).toEqual([
      { ...feeds[1], title: 'https://b.example/rss' },
      feeds[2],
      feeds[0],
    ]);
  });

  it('takes feeds without a path (the interface of the lead)', () => {
    const text = serializeOpml('x', [{ xmlUrl: 'https://d.example/feed', title: 'D' }]);
    expect(parseOpml(text).feeds).toEqual([
      { xmlUrl: 'https://d.example/feed', htmlUrl: null, title: 'D', language: null, path: [] },
    ]);
  });
});
