// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import {
  blockParagraphs,
  extractArticle,
  NO_ARTICLE_REASON,
  normalizeDate,
} from '../../src/content/extract';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

function loadPage(slug: string): {
  doc: Document;
  url: string;
  expected: { url: string; result: unknown };
} {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8'));
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, url: expected.url, expected };
}

function article(slug: string): Article {
  const { doc, url } = loadPage(slug);
  const result = extractArticle(doc, url);
  if (!result.article) throw new Error(`no article in ${slug}`);
  return result.article;
}

describe('page fixtures match their expected.json', () => {
  const slugs = readdirSync(PAGES);
  it('has at least three pages', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(3);
  });
  for (const slug of slugs) {
    it(slug, () => {
      const { doc, url, expected } = loadPage(slug);
      expect(extractArticle(doc, url)).toEqual(expected.result);
    });
  }
});

describe('extractArticle on an English news page', () => {
  const a = article('harbour-ledger-trade-talks');

  it('keeps every quotation with its curly marks', () => {
    for (const q of [
      '“We will not accept any agreement that hurts our farmers,”',
      '“The negotiations will continue next week in Larsberg,”',
      '“deserve a government that stands with them,”',
      '“Exports of grain fell by 21 percent last year,”',
      '“I have never seen a harvest like this one,”',
      '“green corridor”',
    ]) {
      expect(a.text).toContain(q);
    }
  });

  it('leaves out navigation, ads, share bars, comments and related links', () => {
    for (const chrome of [
      'Subscribe from 1 krone',
      'Advertisement',
      'Harbour Savings Bank',
      'Share on Facebook',
      'harbourwatcher',
      'Twenty-one percent is about right',
      'More from Politics',
      'Most read',
      'We use cookies',
      'All rights reserved',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
  });

  it('gives one paragraph per block, in order', () => {
    expect(a.paragraphs[0]).toMatch(/^Eskeland’s Agriculture Minister/);
    expect(a.paragraphs.at(-1)).toMatch(/declined to comment on the details of the draft\.$/);
    expect(a.paragraphs.every((p) => p === p.trim() && !/\s{2}/.test(p))).toBe(true);
  });

  it('reads the metadata', () => {
    expect(a.title).toBe('Brandvold rejects deal that “hurts farmers” as Larsberg talks stall');
    expect(a.source).toBe('The Harbour Ledger');
    expect(a.published).toBe('2026-03-14T08:30:00.000Z');
    expect(a.language).toBe('en');
    expect(a.byline).toBe('Signe Holt');
  });
});

describe('extractArticle on a German news page', () => {
  const a = article('tageblatt-handelsgespraeche');

  it('keeps „…“ quotations and the subheading', () => {
    expect(a.text).toContain('„Wir werden kein Abkommen akzeptieren, das unseren Bauern schadet“');
    expect(a.text).toContain('„grünen Korridor“');
    expect(a.paragraphs).toContain('Bauernverband fordert Härte');
  });

  it('leaves out comments, teasers and ads', () => {
    for (const chrome of [
      'Leserkommentare',
      'Landwirt_Nord',
      'Lesen Sie auch',
      'Festgeld',
      'Mehr zum Thema',
      'Impressum',
    ]) {
      expect(a.text).not.toContain(chrome);
    }
  });

  it('takes the outlet and date from JSON-LD when there are no Open Graph tags', () => {
    expect(a.source).toBe('Eskeländer Tageblatt');
    expect(a.published).toBe('2026-03-14T10:05:00.000Z');
    expect(a.language).toBe('de');
  });
});

describe('pages without an article', () => {
  it.each(['shop-product-listing', 'login-page'])('%s gives the reason', (slug) => {
    const { doc, url } = loadPage(slug);
    expect(extractArticle(doc, url)).toEqual({ article: null, reason: NO_ARTICLE_REASON });
  });

  it('an empty page gives the reason', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(extractArticle(doc, 'https://example.org/')).toEqual({
      article: null,
      reason: NO_ARTICLE_REASON,
    });
  });
});

describe('extractArticle leaves the live document alone', () => {
  it('does not change the page it reads', () => {
    const { doc, url } = loadPage('harbour-ledger-trade-talks');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('metadata fallbacks', () => {
  const body = Array.from(
    { length: 5 },
    (_, i) =>
      `<p>Sentence number ${i} of the story about the new ferry line between the islands, which opened today. Passengers were pleased.</p>`,
  ).join('');

  it('uses application-name, then the host name without www', () => {
    const withApp = new DOMParser().parseFromString(
      `<html lang="en"><head><title>Ferry line opens</title><meta name="application-name" content="Island Courier"></head><body><article>${body}</article></body></html>`,
      'text/html',
    );
    expect(extractArticle(withApp, 'https://www.courier.example/ferry').article?.source).toBe(
      'Island Courier',
    );
    const bare = new DOMParser().parseFromString(
      `<html lang="en"><head><title>Ferry line opens</title></head><body><article>${body}</article></body></html>`,
      'text/html',
    );
    expect(
      extractArticle(bare, 'https://www.courier.example/ferry?utm_source=x#top').article,
    ).toMatchObject({
      source: 'courier.example',
      url: 'https://www.courier.example/ferry',
    });
  });

  it('uses <time datetime> when there is no meta date', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="en"><head><title>Ferry</title></head><body><article><time datetime="2026-02-01">1 Feb</time>${body}</article></body></html>`,
      'text/html',
    );
    expect(extractArticle(doc, 'https://courier.example/f').article?.published).toBe('2026-02-01');
  });

  it('normalises dates and rejects non-dates', () => {
    expect(normalizeDate('2026-03-14T09:30:00+01:00')).toBe('2026-03-14T08:30:00.000Z');
    expect(normalizeDate('2026-03-14')).toBe('2026-03-14');
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('')).toBeNull();
  });
});

describe('blockParagraphs', () => {
  const el = (html: string): Element => {
    const d = document.createElement('div');
    d.innerHTML = html;
    return d;
  };

  it('splits blocks, keeps inline elements inside words and collapses whitespace', () => {
    expect(
      blockParagraphs(
        el(
          '<p>Brand<a href="#">vold</a>   said\n so.</p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote><h2>Sub</h2><pre>a\n  b</pre>',
        ),
      ),
    ).toEqual(['Brandvold said so.', 'one', 'two', 'quoted', 'Sub', 'a b']);
  });

  it('keeps loose text between blocks as its own paragraph and never merges words across blocks', () => {
    expect(blockParagraphs(el('Loose lead<p>First</p>middle text<div>Second</div>tail'))).toEqual([
      'Loose lead',
      'First',
      'middle text',
      'Second',
      'tail',
    ]);
  });

  it('ends a paragraph at two <br> but not at one', () => {
    expect(blockParagraphs(el('line one<br>same paragraph<br><br>next paragraph'))).toEqual([
      'line one same paragraph',
      'next paragraph',
    ]);
  });

  it('skips scripts, styles and buttons', () => {
    expect(
      blockParagraphs(
        el('<p>Text<script>var x = 1;</script><style>p{}</style><button>Share</button> more</p>'),
      ),
    ).toEqual(['Text more']);
  });
});
