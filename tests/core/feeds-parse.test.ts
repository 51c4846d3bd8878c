import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FeedError,
  MAX_FEED_BYTES,
  MAX_FEED_ITEMS,
  decodeFeedBytes,
  parseFeed,
  type ParsedFeed,
} from '../../src/core/feeds';

const FIXTURES = join(__dirname, '../fixtures/feeds');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const text = (name: string) => decodeFeedBytes(bytes(name), null);

function feedError(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('parseFeed: RSS 2.0 with the usual faults', () => {
  const feed = parseFeed(text('rss2-courier.xml'), 'https://feeds.courier.example/rss');

  it('reads the channel', () => {
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('The Velmora Coastline Courier & Gazette');
    // <link>/</link> resolves against the channel's xml:base.
    expect(feed.siteUrl).toBe('https://courier.example/');
    expect(feed.language).toBe('en');
  });

  it('keeps items with a web address, in feed order, and counts the rest', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://courier.example/news/2026/03/pilots-strike-ends',
      'https://courier.example/news/2026/03/storm-warning?utm_source=rss&utm_medium=feed#top',
      'https://courier.example/news/2026/03/quay-cafes',
      'https://courier.example/news/2026/03/lifeboat',
    ]);
    // "Letters" (a guid that is not a permalink), a bare-id guid, the javascript: link.
    expect(feed.skipped).toBe(3);
  });

  it('turns content:encoded into paragraphs without captions or scripts', () => {
    const [pilots] = feed.items;
    expect(pilots!.paragraphs[0]).toMatch(/^Harbour pilots in Velmora returned to work/);
    expect(pilots!.paragraphs).toContain('What the deal says');
    expect(pilots!.paragraphs).toContain('No pilot works more than two night shifts in a row.');
    expect(pilots!.paragraphs.join(' ')).not.toMatch(/Pilot boats moored|trackView/);
    expect(pilots!.paragraphs[1]).toContain('“We did not want to stop the port');
    expect(pilots!.author).toBe('Maren Oddvik');
    expect(pilots!.summary).toBe('Pilots return to work on Wednesday morning.');
    // EST is five hours behind UTC.
    expect(pilots!.published).toBe('2026-03-03T15:00:00.000Z');
  });

  it('strips HTML from titles and decodes entities once, named ones included', () => {
    expect(feed.items[1]!.title).toBe('Storm warning: ferries to “Holm” cancelled & schools shut');
    expect(feed.items[2]!.title).toBe('Council approves café licences on the quay été trial');
  });

  it('reads odd dates or gives null', () => {
    expect(feed.items[1]!.published).toBe('2026-03-03T17:30:00.000Z'); // "03 Mar 26 18:30 +0100"
    expect(feed.items[2]!.published).toBeNull(); // "sometime last week"
    expect(feed.items[3]!.published).toBe('2026-03-05T07:15:00.000Z'); // no zone: UTC
  });

  it('gives summaries but no paragraphs for short descriptions', () => {
    expect(feed.items[1]!.summary).toBe(
      'All ferries to Holm island are cancelled until Thursday as gale-force winds approach. Schools in the old town stay shut.',
    );
    expect(feed.items[1]!.paragraphs).toEqual([]);
    expect(feed.items[3]!.summary).toBe('');
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  const feed = parseFeed(text('rss1-ledger.rdf'), 'https://ledger.example/rss');
  it('reads channel and items with Dublin Core fields', () => {
    expect(feed).toMatchObject({
      format: 'rss1',
      title: 'Nordhavn Ledger',
      siteUrl: 'https://ledger.example/',
      language: 'de',
      skipped: 0,
    });
    expect(feed.items).toEqual([
      {
        url: 'https://ledger.example/a/1',
        title: 'Neue Fährlinie nach Holm startet im Mai',
        published: '2026-03-04T08:00:00.000Z',
        author: 'Jana Brekke',
        summary: 'Die Reederei will zweimal täglich fahren – auch sonntags.',
        paragraphs: [],
        language: null,
      },
      {
        url: 'https://ledger.example/a/2',
        title: 'Hafenfest verschoben',
        published: '2026-03-05T00:00:00.000Z',
        author: null,
        summary: '',
        paragraphs: [],
        language: null,
      },
    ]);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = parseFeed(text('atom-observer.xml'), 'https://observer.example/fr/atom.xml');
  it('reads the feed with an html title', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('L’Observateur de Velmora');
    expect(feed.siteUrl).toBe('https://observer.example/fr/');
    expect(feed.language).toBe('fr');
  });
  it('resolves nested xml:base and reads xhtml content', () => {
    const e = feed.items[0]!;
    expect(e.url).toBe('https://observer.example/fr/articles/greve-evitee.html');
    expect(e.title).toBe('Le port évite la grève de justesse');
    expect(e.paragraphs).toEqual([
      'Les pilotes du port de Velmora ont repris le travail mercredi matin.',
      'L’accord prévoit une hausse de 6 % du salaire de base.',
    ]);
    expect(e.published).toBe('2026-03-03T07:00:00.000Z');
    expect(e.author).toBe('Claire Mésange');
    expect(e.summary).toBe('Un accord a été trouvé dans la nuit.');
  });
  it('uses the id when it is the only address, and the entry language', () => {
    const e = feed.items[1]!;
    expect(e.url).toBe('https://observer.example/en/ferry-timetable');
    expect(e.language).toBe('en');
    expect(e.published).toBe('2026-03-04T10:00:00.000Z');
    expect(e.paragraphs).toEqual([
      'Ferries run every two hours from April.',
      'Tickets & passes go on sale on Monday.',
    ]);
  });
  it('leaves out an entry with no address', () => {
    expect(feed.items).toHaveLength(2);
    expect(feed.skipped).toBe(1);
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads 1.1 with relative urls, external_url and bad types', () => {
    const feed = parseFeed(text('json11-tribune.json'), 'https://tribune.example/feed.json');
    expect(feed).toMatchObject({
      format: 'json',
      title: 'Velmora Tribune',
      siteUrl: 'https://tribune.example/',
      language: 'es',
    });
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://tribune.example/2026/03/05/puerto',
      'https://elsewhere.example/report',
    ]);
    expect(feed.skipped).toBe(2);
    const [first, second] = feed.items;
    expect(first).toEqual({
      url: 'https://tribune.example/2026/03/05/puerto',
      title: 'El puerto recupera la normalidad tras la huelga',
      published: '2026-03-05T11:00:00.000Z',
      author: 'Lucía Ferrán',
      summary: 'Fin de la huelga de prácticos.',
      paragraphs: [
        'Los prácticos del puerto volvieron al trabajo el miércoles.',
        'El acuerdo sube el salario un 6 %.',
      ],
      language: 'es',
    });
    expect(second!.published).toBe('2026-03-04T12:00:00.000Z');
  });

  it('reads 1.0 with a single author and content_text', () => {
    const feed = parseFeed(text('json10-herald.json'), 'https://herald.example/feed.json');
    expect(feed.language).toBeNull();
    expect(feed.siteUrl).toBe('https://herald.example/');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.author).toBe('Ole Sandvik');
    expect(feed.items[0]!.paragraphs).toHaveLength(2);
    expect(feed.items[0]!.paragraphs[1]).toMatch(/^Die Schulen auf der Insel/);
  });
});

describe('decodeFeedBytes: declared encodings that lie', () => {
  const titles = (name: string, contentType: string | null = null) =>
    parseFeed(decodeFeedBytes(bytes(name), contentType), 'https://encoding.example/').items[0]!;

  it('reads Latin-1 bytes declared UTF-8 as windows-1252', () => {
    const item = titles('latin1-declared-utf8.xml');
    expect(item.title).toBe('Café in Zürich öffnet');
    expect(item.summary).toBe('Señora Müller sagt: «très bien»');
  });
  it('reads UTF-8 bytes declared ISO-8859-1 as UTF-8', () => {
    const item = titles('utf8-declared-latin1.xml');
    expect(item.title).toBe('Café in Zürich öffnet');
    expect(item.summary).toBe('Señora Müller sagt: «très bien» – Москва');
  });
  it('lets a byte order mark win over the declaration and the HTTP charset', () => {
    expect(titles('bom-utf8.xml', 'application/rss+xml; charset=iso-8859-1').title).toBe(
      'Grüße aus Holm',
    );
    expect(titles('utf16le-bom.xml').title).toBe('Привет из Велморы');
  });
  it('reads Cyrillic single-byte encodings, and UTF-8 that claims to be one', () => {
    const doc = '<?xml version="1.0" encoding="windows-1251"?><a>Паром отменён</a>';
    // windows-1251 bytes of the same text: Cyrillic letters from 0xC0 up, ё is 0xB8.
    const cp1251 = Uint8Array.from(doc, (ch) => {
      const c = ch.charCodeAt(0);
      if (c < 0x80) return c;
      if (ch === 'ё') return 0xb8;
      return c - 0x410 + 0xc0;
    });
    expect(decodeFeedBytes(cp1251, null)).toBe(doc);
    expect(decodeFeedBytes(new TextEncoder().encode(doc), null)).toBe(doc);
    expect(decodeFeedBytes(new TextEncoder().encode(doc), 'text/xml; charset=koi8-r')).toBe(doc);
  });
  it('prefers the HTTP charset to the XML declaration', () => {
    const latin = new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]); // <a>é</a>
    expect(decodeFeedBytes(latin, 'text/xml; charset="windows-1252"')).toBe('<a>é</a>');
    expect(decodeFeedBytes(latin, 'text/xml; charset=utf-8')).toBe('<a>é</a>');
    expect(decodeFeedBytes(new TextEncoder().encode('<a>é</a>'), 'text/xml; charset=bogus')).toBe(
      '<a>é</a>',
    );
  });
});

describe('parseFeed: refusals', () => {
  it('refuses a billion-laughs document before parsing, fast', () => {
    const started = performance.now();
    const e = feedError(() => parseFeed(text('billion-laughs.xml'), 'https://laughs.example/'));
    expect(e.code).toBe('entities');
    expect(performance.now() - started).toBeLessThan(500);
  });
  it('refuses any internal DTD subset', () => {
    const doc = '<?xml version="1.0"?><!DOCTYPE rss [ <!ATTLIST x y CDATA "z"> ]><rss/>';
    expect(feedError(() => parseFeed(doc, 'https://x.example/')).code).toBe('entities');
  });
  it('stays fast on many unclosed DOCTYPEs', () => {
    const started = performance.now();
    const doc = '<!DOCTYPE x '.repeat(300_000);
    expect(feedError(() => parseFeed(doc, 'https://x.example/')).code).toBe('not-a-feed');
    expect(performance.now() - started).toBeLessThan(4000);
  });
  it('lets a JSON Feed mention <!ENTITY in its HTML', () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'XML explained',
      items: [
        {
          id: '1',
          url: 'https://xml.example/1',
          content_html: '<p>Never accept <code>&lt;!ENTITY</code>, or <!ENTITY x "y"> raw.</p>',
        },
      ],
    });
    expect(parseFeed(doc, 'https://xml.example/').items).toHaveLength(1);
  });
  it('refuses an oversized document without parsing it', () => {
    const item = '<item><title>t</title><link>https://big.example/a</link></item>';
    const big = `<rss version="2.0"><channel>${item.repeat(Math.ceil(MAX_FEED_BYTES / item.length) + 1)}</channel></rss>`;
    const e = feedError(() => parseFeed(big, 'https://big.example/'));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe('The feed is larger than 5 MB, so it was not read.');
  });
  it('counts bytes, not characters', () => {
    // 2 million Cyrillic letters: under 5 M characters, over 5 MB in UTF-8.
    const doc = `<rss version="2.0"><channel><title>${'ж'.repeat(2_700_000)}</title></channel></rss>`;
    expect(feedError(() => parseFeed(doc, 'https://big.example/')).code).toBe('too-large');
  });
  it('says a web page is not a feed', () => {
    const e = feedError(() => parseFeed(text('html-page.html'), 'https://courier.example/'));
    expect(e.code).toBe('not-a-feed');
  });
  it.each([
    ['plain text', 'Service temporarily unavailable', 'not-a-feed'],
    ['other XML', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'not-a-feed'],
    ['JSON that is no feed', '{"error": "not found"}', 'not-a-feed'],
    ['broken JSON', '{"version": "https://jsonfeed.org/version/1.1", "items": [', 'malformed'],
    ['truncated XML', '<rss version="2.0"><channel><item><title>cut', 'malformed'],
  ])('%s', (_, doc, code) => {
    expect(feedError(() => parseFeed(doc, 'https://x.example/')).code).toBe(code);
  });
});

describe('parseFeed: bounds', () => {
  it(`keeps at most ${MAX_FEED_ITEMS} items and counts the rest as skipped`, () => {
    const items = Array.from(
      { length: MAX_FEED_ITEMS + 20 },
      (_, i) => `<item><title>n${i}</title><link>https://many.example/${i}</link></item>`,
    ).join('');
    const feed: ParsedFeed = parseFeed(
      `<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`,
      'https://many.example/',
    );
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)!.title).toBe(`n${MAX_FEED_ITEMS - 1}`);
    expect(feed.skipped).toBe(20);
  });
  it('is not confused by keys like __proto__ and constructor', () => {
    const doc = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '__proto__',
      items: [{ id: 'constructor', url: 'https://proto.example/constructor', title: 'toString' }],
    });
    const feed = parseFeed(doc, 'https://proto.example/');
    expect(feed.title).toBe('__proto__');
    expect(feed.items[0]!.title).toBe('toString');
  });
});
