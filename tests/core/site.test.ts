import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { outletName, siteOf } from '../../src/core/site';

describe('sites', () => {
  it('is the registrable domain of an address', () => {
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteOf('https://edition.cnn.com/a?b=1')).toBe('cnn.com');
    expect(siteOf('https://news.example/a')).toBe('news.example');
    expect(siteOf('http://127.0.0.1/p')).toBe('127.0.0.1');
    // An IP address has no domain to say who runs it: each port is its own origin.
    expect(siteOf('http://127.0.0.1:8080/p')).toBe('127.0.0.1:8080');
    expect(siteOf('http://127.0.0.1:8080/other')).toBe(siteOf('http://127.0.0.1:8080/p'));
    expect(siteOf('not a url')).toBe('');
  });

  it('keeps a claimed outlet name only when it fits the site', () => {
    expect(outletName('https://www.reuters.com/world/x', 'Reuters')).toBe('Reuters');
    expect(outletName('https://harbour-ledger.example/a', 'The Harbour Ledger')).toBe(
      'The Harbour Ledger',
    );
    expect(outletName('https://evil-blog.example/a', 'Reuters')).toBe('evil-blog.example');
  });

  it('never counts two articles from one site as independent corroboration', () => {
    const LEADS = [
      'Dredgers arrived in Selvik on Monday as the port prepared to shut its northern channel.',
      'Fishing crews in Selvik said the closure would cost them the spring season.',
      'The Selvik harbour board voted on Friday to fund the repairs from its reserves.',
      'Shipping lines have begun moving cargo from Selvik to the port of Brekken.',
    ];
    const text = (n: number) =>
      `${LEADS[n - 2]} The port of Selvik will close for ${n} weeks, officials said.\n\n“We will reopen the channel before the autumn storms,” harbour master Oda Lind said.`;
    const one = (url: string, source: string, n: number) =>
      makeArticle({
        url,
        title: 'Selvik port to close for repairs',
        source,
        published: '2026-03-11',
        language: 'en',
        text: text(n),
      });
    // One site claiming to be three outlets (as a page could, with pushState).
    const corpus = Corpus.fromArticles([
      one('https://evil-blog.example/a', 'Reuters', 2),
      one('https://evil-blog.example/b', 'Associated Press', 3),
      one('https://www.evil-blog.example/c', 'Agence France-Presse', 4),
    ]);
    const report = analyze(one('https://selvik-news.example/x', 'Selvik News', 5), corpus);
    const quote = report.quotes.find((q) => q.text.startsWith('We will reopen'))!;
    expect(quote.verdict).toBe('verbatim');
    expect(quote.outlets).toBe(1);
  });

  it('never lets an article of the page’s own site corroborate it, whatever it calls itself', () => {
    const page = (url: string, source: string, lead: string) =>
      makeArticle({
        url,
        title: 'Causeway toll to end at Skarvik',
        source,
        published: '2026-04-02',
        language: 'en',
        text: `${lead} The county council voted eleven to four.\n\n“The people of Skarvik have paid for this road three times over, and now it is theirs,” said council leader Maren Tveit.`,
      });
    // What reading history kept of an earlier visit: the outlet is the site.
    const planted = page(
      'https://planted.example/?v=1',
      'planted.example',
      'Drivers crossing the Skarvik causeway will pay nothing from June, officials said.',
    );
    const corpus = Corpus.fromArticles([planted]);
    const quoteOf = (url: string, source: string) =>
      analyze(
        page(url, source, 'The toll booths on the Skarvik causeway will close in June.'),
        corpus,
      ).quotes.find((q) => q.text.startsWith('The people of Skarvik'))!;
    // The same site again, claiming to be Reuters: no corroboration of its own words.
    const own = quoteOf('https://www.planted.example/?v=2', 'Reuters');
    expect(own.verdict).toBe('unverified');
    expect(own.outlets).toBe(0);
    // Another site carrying the same words is corroborated by it, once.
    const other = quoteOf('https://skarvik-post.example/toll', 'Skarvik Post');
    expect(other.verdict).toBe('verbatim');
    expect(other.outlets).toBe(1);
  });
});
