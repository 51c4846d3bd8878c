import type { QuoteMatch, QuoteReport, Report, Verdict } from '../../src/core/types';

/** The Harbour Ledger demo page as plain markup (the body only). */
export const DEMO_PAGE =
  '<article><h1>Brandvold rejects deal</h1>' +
  '<p>“We will not accept any agreement that hurts our farmers,” Brandvold said, adding that the so-called “green corridor” was still open.</p>' +
  '<p>“The negotiations will continue next week in Lars<a href="/l">berg</a>,” she said.</p>' +
  '<p>“Exports of grain fell by 21 percent last year,” said Piet Aalders.</p>' +
  '<p>“I have never seen a harvest like this one,” said farmer Marta Olsen.</p></article>';

function match(over: Partial<QuoteMatch>): QuoteMatch {
  return {
    url: 'https://northgate.example/a',
    source: 'Northgate Post',
    title: 'Talks in Larsberg',
    published: '2026-03-13T10:00:00Z',
    text: '',
    similarity: 1,
    kind: 'verbatim',
    quoted: true,
    speaker: null,
    differences: [],
    language: 'en',
    ...over,
  };
}

function quote(
  text: string,
  verdict: Verdict,
  outlets: number,
  over: Partial<QuoteReport> = {},
): QuoteReport {
  return {
    text,
    start: 0,
    end: text.length,
    paragraph: 0,
    kind: 'statement',
    marks: ['“', '”'],
    speaker: null,
    speakerMethod: null,
    verdict,
    outlets,
    earliest: outlets > 0 ? '2026-03-13T10:00:00Z' : null,
    prefix: '“',
    suffix: '”',
    matches: [],
    ...over,
  };
}

/** A report on `DEMO_PAGE`: one quotation per verdict plus a term. */
export function demoReport(): Report {
  return {
    article: {
      url: 'https://harbourledger.example/a',
      title: 'Brandvold rejects deal',
      source: 'The Harbour Ledger',
      published: '2026-03-14',
      language: 'en',
      byline: null,
      words: 80,
    },
    related: [],
    quotes: [
      quote('We will not accept any agreement that hurts our farmers,', 'variant', 2, {
        speaker: 'Brandvold',
        matches: [
          match({
            text: 'We will not accept any deal that harms our farmers',
            kind: 'variant',
            similarity: 0.8,
          }),
          match({
            url: 'https://meridian.example/b',
            source: 'Meridian Wire',
            text: 'We shall not accept an agreement that hurts our farmers',
            kind: 'variant',
          }),
        ],
      }),
      quote('green corridor', 'unverified', 0, { kind: 'term' }),
      quote('The negotiations will continue next week in Larsberg,', 'verbatim', 1, {
        speaker: 'Ilse Brandvold',
        matches: [match({ text: 'The negotiations will continue next week in Larsberg' })],
      }),
      quote('Exports of grain fell by 21 percent last year,', 'altered', 1, {
        speaker: 'Piet Aalders',
        matches: [
          match({
            source: 'Le Courrier du Nord',
            url: 'https://courrier.example/c',
            text: 'Exports of grain fell by 12 percent last year',
            kind: 'altered',
            differences: [{ type: 'number', ours: '21', theirs: '12' }],
          }),
        ],
      }),
      quote('I have never seen a harvest like this one,', 'unverified', 0, {
        speaker: 'Marta Olsen',
      }),
    ],
  };
}
