// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorQuote, normalizeWithMap, PageText } from '../../src/content/anchor';

beforeEach(() => {
  document.body.innerHTML = '';
});

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('normalizeWithMap', () => {
  it('unifies quote marks, dashes and spaces and maps every character back', () => {
    const src = '“It’s  here”\u00A0— now';
    const { norm, map } = normalizeWithMap(src);
    expect(norm).toBe('"it\'s here" - now');
    expect(map).toHaveLength(norm.length + 1);
    expect(src[map[norm.indexOf('h')]!]).toBe('h');
    expect(map[norm.length]).toBe(src.length);
  });

  it('drops soft hyphens and zero-width spaces', () => {
    expect(normalizeWithMap('nego\u00ADtia\u200Btions').norm).toBe('negotiations');
  });
});

describe('anchorQuote: exact', () => {
  it('finds a quotation that spans several elements', () => {
    page(
      '<article><p>“We will <strong>not</strong> accept any agreement that hurts our farmers,” Brandvold said.</p></article>',
    );
    const r = anchorQuote({ text: 'We will not accept any agreement that hurts our farmers,' });
    expect(r?.toString()).toBe('We will not accept any agreement that hurts our farmers,');
  });

  it('uses the prefix and suffix to pick the right one of two occurrences', () => {
    page(
      '<p>The minister said “talks will continue” on Monday.</p>' +
        '<p>Aalders replied that “talks will continue” only if prices rise.</p>',
    );
    const pageText = new PageText(document.body);
    const second = pageText.anchor({
      text: 'talks will continue',
      prefix: 'Aalders replied that “',
      suffix: '” only if prices',
    });
    expect(second?.startContainer.parentElement).toBe(document.querySelectorAll('p')[1]);
    const first = pageText.anchor({
      text: 'talks will continue',
      prefix: 'The minister said “',
      suffix: '” on Monday',
    });
    expect(first?.startContainer.parentElement).toBe(document.querySelectorAll('p')[0]);
  });

  it('matches across a link that splits a word', () => {
    page(
      '<p>“The negotiations will continue next week in Lars<a href="/larsberg">berg</a>,” she said.</p>',
    );
    const r = anchorQuote({ text: 'The negotiations will continue next week in Larsberg' });
    expect(r?.toString()).toBe('The negotiations will continue next week in Larsberg');
    expect(r?.startContainer.parentElement?.tagName).toBe('P');
    expect(r?.endContainer.parentElement?.tagName).toBe('A');
  });

  it('ignores typographic differences: straight vs curly quotes, apostrophes, dashes, spacing', () => {
    page("<p>He said: \"It's the farmers' year -   and  nobody's  else's.\"</p>");
    const r = anchorQuote({ text: 'It’s the farmers’ year – and nobody’s else’s.' });
    expect(r?.toString()).toBe("It's the farmers' year -   and  nobody's  else's.");
  });

  it('returns null when the quotation is not in the page', () => {
    page('<p>Nothing to see here, only weather and ferry times.</p>');
    expect(
      anchorQuote({ text: 'We will not accept any agreement that hurts our farmers' }),
    ).toBeNull();
    expect(anchorQuote({ text: '   ' })).toBeNull();
  });
});

describe('anchorQuote: approximate', () => {
  it('finds a quotation with one word changed', () => {
    page('<p>“Exports of grain fell by 21 per cent last year,” said Piet Aalders.</p>');
    const r = anchorQuote({
      text: 'Exports of grain fell by 21 percent last year,',
      prefix: '“',
      suffix: '” said Piet',
    });
    expect(r?.toString()).toBe('Exports of grain fell by 21 per cent last year,');
  });

  it('finds a quotation whose page text has a word substituted', () => {
    page(
      '<p>Brandvold said farmers “deserve a government who stands with them,” in a statement.</p>',
    );
    const loc = new PageText(document.body).locate({
      text: 'deserve a government that stands with them,',
    });
    expect(loc).not.toBeNull();
    expect(loc!.errors).toBeGreaterThan(0);
    expect(document.body.textContent!.slice(loc!.start, loc!.end)).toMatch(
      /^deserve a government who stands with them,?$/,
    );
  });

  it('gives up when more than a tenth of the characters differ', () => {
    page('<p>“I have rarely seen weather like this in autumn,” said farmer Marta Olsen.</p>');
    expect(anchorQuote({ text: 'I have never seen a harvest like this one,' })).toBeNull();
  });

  it('does not match short quotations approximately', () => {
    page('<p>the so-called “green corridors” plan</p>');
    expect(anchorQuote({ text: 'grean coridor' })).toBeNull();
  });
});
