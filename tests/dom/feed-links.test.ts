// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageFeedLinks } from '../../src/content/feed-links';

function doc(head: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body></body></html>`,
    'text/html',
  );
}

describe('the feeds a page announces', () => {
  it('reads RSS, Atom and JSON Feed links as absolute addresses, each once', () => {
    const d = doc(`
      <link rel="alternate" type="application/rss+xml" title="Top stories" href="/rss.xml">
      <link rel="alternate" type="application/atom+xml" href="https://feeds.example.org/atom#x">
      <link rel="alternate" type="application/feed+json" title=" Everything " href="feed.json">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml">`);
    expect(pageFeedLinks(d, 'https://news.example/politics/story.html')).toEqual([
      { url: 'https://news.example/rss.xml', title: 'Top stories', type: 'rss' },
      { url: 'https://feeds.example.org/atom', title: null, type: 'atom' },
      { url: 'https://news.example/politics/feed.json', title: 'Everything', type: 'json' },
    ]);
  });

  it('ignores other links, other types and addresses that are not http(s)', () => {
    const d = doc(`
      <link rel="stylesheet" type="text/css" href="/site.css">
      <link rel="alternate" type="text/html" hreflang="de" href="/de/">
      <link rel="canonical" type="application/rss+xml" href="/not-alternate.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>">`);
    expect(pageFeedLinks(d, 'https://news.example/')).toEqual([]);
  });

  it('reports at most ten feeds', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<link rel="alternate" type="application/rss+xml" href="/f${i}.xml">`,
    ).join('');
    expect(pageFeedLinks(doc(links), 'https://news.example/')).toHaveLength(10);
  });
});
