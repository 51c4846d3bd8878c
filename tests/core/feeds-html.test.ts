import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMMON_FEED_PATHS,
  commonFeedUrls,
  findFeedLinks,
  htmlToParagraphs,
  htmlToText,
  parseFeedDate,
} from '../../src/core/feeds';

describe('htmlToParagraphs', () => {
  it.each([
    ['blocks end paragraphs', '<p>One</p><p>Two <b>bold</b></p>', ['One', 'Two bold']],
    [
      'br breaks',
      'First line<br>second line<br/><br />third',
      ['First line', 'second line', 'third'],
    ],
    ['lists and headings', '<h2>Head</h2><ul><li>a</li><li>b</li></ul>', ['Head', 'a', 'b']],
    [
      'scripts, styles and captions dropped',
      '<p>Keep</p><script>if (a < b) { x("</p>") }</script><style>p{}</style><figure><img src=x><figcaption>Caption</figcaption></figure><p>Also</p>',
      ['Keep', 'Also'],
    ],
    [
      'named and numeric entities',
      '<p>caf&eacute; &amp; &#8220;bar&#x201D; &nbsp;x</p>',
      ['café & “bar” x'],
    ],
    ['a lone < is text', '<p>a < b and 1<3</p>', ['a < b and 1<3']],
    ['comments skipped', '<p>x<!-- <p>hidden</p> -->y</p>', ['xy']],
    ['text without tags splits on blank lines', 'One\nstill one\n\nTwo', ['One still one', 'Two']],
    ['inline tags join words', '<p>in<em>line</em> <a href="#">link</a></p>', ['inline link']],
    ['unclosed tags', '<div><p>open <b>bold', ['open bold']],
    ['empty', '', []],
    ['uppercase tags', '<P>One</P><DIV>Two</DIV>', ['One', 'Two']],
    [
      'attributes with > inside quotes',
      '<p title="a > b">text</p><p data-x=\'<p>\'>more</p>',
      ['text', 'more'],
    ],
  ])('%s', (_, html, expected) => {
    expect(htmlToParagraphs(html)).toEqual(expected);
  });

  it('stays linear on pathological input', () => {
    const html = '<'.repeat(200_000) + '<p'.repeat(100_000) + '<!--'.repeat(50_000);
    const started = performance.now();
    htmlToParagraphs(html);
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it('htmlToText joins paragraphs on one line', () => {
    expect(htmlToText('<b>Big</b> news<br>today &amp; tomorrow')).toBe('Big news today & tomorrow');
  });
});

describe('findFeedLinks', () => {
  const html = readFileSync(join(__dirname, '../fixtures/feeds/html-page.html'), 'utf8');

  it('finds RSS, Atom and JSON Feed links, resolved against <base>, once each, comments last', () => {
    expect(findFeedLinks(html, 'https://www.courier.example/some/page')).toEqual([
      { url: 'https://courier.example/news/feed.xml', title: 'Courier: all news', type: 'rss' },
      { url: 'https://courier.example/news/atom.xml', title: 'Courier (Atom)', type: 'atom' },
      { url: 'https://courier.example/feed.json', title: null, type: 'json' },
      { url: 'https://courier.example/comments/feed.xml', title: 'Comments', type: 'rss' },
    ]);
  });

  it('resolves against the page without <base>', () => {
    const page =
      '<head><link rel="alternate feed" type="application/atom+xml" href="atom.xml"></head>';
    expect(findFeedLinks(page, 'https://site.example/blog/post')).toEqual([
      { url: 'https://site.example/blog/atom.xml', title: null, type: 'atom' },
    ]);
  });

  it('gives nothing for a page without feeds', () => {
    expect(
      findFeedLinks('<html><body><p>no feeds</p></body></html>', 'https://x.example/'),
    ).toEqual([]);
  });

  it('knows the usual paths', () => {
    expect(COMMON_FEED_PATHS).toEqual(['/feed', '/rss', '/atom.xml', '/index.xml']);
    expect(commonFeedUrls('https://news.example/a/b?c')).toEqual([
      'https://news.example/feed',
      'https://news.example/rss',
      'https://news.example/atom.xml',
      'https://news.example/index.xml',
    ]);
    expect(commonFeedUrls('file:///tmp/x.html')).toEqual([]);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 03 Mar 2026 10:00:00 GMT', '2026-03-03T10:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 EST', '2026-03-03T15:00:00.000Z'],
    ['Tue, 3 Mar 2026 10:00:00 PDT', '2026-03-03T17:00:00.000Z'],
    ['Tue, 03 Mar 2026 10:00 +0530', '2026-03-03T04:30:00.000Z'],
    ['03 Mar 26 10:00:00 -05:00', '2026-03-03T15:00:00.000Z'],
    ['Wednesday, 04-Mar-26 10:00:00 GMT', '2026-03-04T10:00:00.000Z'],
    ['Di, 03 Mär 2026 10:00:00 +0100', '2026-03-03T09:00:00.000Z'],
    ['mar., 03 mars 2026 10:00:00 +0100', '2026-03-03T09:00:00.000Z'],
    ['Tue, 03 Mar 2026 10:00:00 XYZ', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00Z', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00.250+02:00', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T10:00:00+02', '2026-03-03T08:00:00.000Z'],
    ['2026-03-03T10:00:00-0330', '2026-03-03T13:30:00.000Z'],
    ['2026-03-03t10:00:00z', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03T10:00:00', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03 10:00', '2026-03-03T10:00:00.000Z'],
    ['2026-03-03', '2026-03-03T00:00:00.000Z'],
    ['Mon, 31 Apr 2026 10:00:00 GMT', null],
    ['2026-02-30', null],
    ['0001-01-01T00:00:00Z', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    [12345, null],
  ])('%s', (value, expected) => {
    expect(parseFeedDate(value)).toBe(expected);
  });
});
