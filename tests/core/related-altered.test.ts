import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import type { Article, QuoteReport } from '../../src/core/types';

// An invented story: a minister announces a cut in fishing quotas. Our page changed the
// figure; one outlet quotes her whole statement as spoken, another only its last words.
const P = (p: string[]) => p.join('\n\n');
const story = (url: string, source: string, published: string, paragraphs: string[]): Article =>
  makeArticle({
    url,
    title: 'Eskeland to cut fishing quotas',
    source,
    published,
    language: 'en',
    paragraphs: [P(paragraphs)],
  });

const page = story('https://page.example/quota-cut', 'Page Herald', '2026-06-05T08:00:00Z', [
  'Eskeland Fisheries Minister Odile Varnhagen announced on Thursday in Larsberg a cut in the quotas of the Corran Strait fleets, after the spring survey counted fewer young cod.',
  '“We will cut the fishing quota by 18 percent next year, and the fleets know why,” Varnhagen said.',
  'Skippers in Larsberg said they had expected a smaller cut.',
]);
const whole = story('https://northgate.example/quota', 'Northgate Post', '2026-06-04T18:00:00Z', [
  'Fisheries Minister Odile Varnhagen said in Larsberg on Thursday that the Corran Strait fleets would have smaller quotas next year, citing the spring survey of young cod.',
  '“We will cut the fishing quota by 12 percent next year, and the fleets know why,” Varnhagen told reporters.',
]);
const part = story('https://meridian.example/quota', 'Meridian Wire', '2026-06-04T20:00:00Z', [
  'Eskeland will lower the Corran Strait fishing quotas, Fisheries Minister Odile Varnhagen said in Larsberg after the spring cod survey.',
  'Varnhagen said the cut would be felt in every harbour, “and the fleets know why”, and promised support for skippers.',
]);
// Another country's minister, a year earlier, used the same sentence with another figure.
const elsewhere = makeArticle({
  url: 'https://harbour.example/veltmark-quota',
  title: 'Veltmark trims herring catch',
  source: 'Harbour Gazette',
  published: '2025-02-10T08:00:00Z',
  language: 'en',
  paragraphs: [
    P([
      'Veltmark Fisheries Minister Teodor Halvik set lower herring limits for the northern fleets on Monday in Korvenby.',
      '“We will cut the fishing quota by 30 percent next year, and the fleets know why,” Halvik said.',
    ]),
  ],
});

function quote(report: { quotes: QuoteReport[] }): QuoteReport {
  const q = report.quotes.find((x) => x.text.includes('cut the fishing quota'));
  if (!q) throw new Error('quotation not found');
  return q;
}

describe('altered quotations', () => {
  it('finds a changed figure where the rest of the quotation aligns, though another outlet carries only a part', () => {
    const corpus = Corpus.fromArticles([whole, part]);
    const q = quote(analyze(page, corpus));
    expect(q.verdict).toBe('altered');
    const m = q.matches.find((x) => x.kind === 'altered')!;
    expect(m.source).toBe('Northgate Post');
    expect(m.differences).toContainEqual({ type: 'number', ours: '18', theirs: '12' });
  });

  it('still corroborates a quotation that more outlets carry whole than changed', () => {
    const again = story('https://valley.example/quota', 'Valley Daily', '2026-06-05T09:00:00Z', [
      'Fisheries Minister Odile Varnhagen announced in Larsberg that the Corran Strait quotas will be cut after the spring cod survey.',
      '“We will cut the fishing quota by 18 percent next year, and the fleets know why,” Varnhagen said.',
    ]);
    const third = story('https://coast.example/quota', 'Coast Times', '2026-06-05T10:00:00Z', [
      'Odile Varnhagen, the fisheries minister, said in Larsberg the Corran Strait fleets face a cut after the cod survey.',
      '“We will cut the fishing quota by 18 percent next year, and the fleets know why,” she said, Varnhagen added.',
    ]);
    const q = quote(analyze(page, Corpus.fromArticles([whole, again, third])));
    expect(q.verdict).toBe('verbatim');
  });

  it('never draws an altered verdict from another story that shares the sentence', () => {
    const q = quote(analyze(page, Corpus.fromArticles([elsewhere])));
    expect(q.verdict).not.toBe('altered');
    expect(q.matches.some((m) => m.kind === 'altered')).toBe(false);
  });
});
