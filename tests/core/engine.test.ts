import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/core/article';
import { analyze } from '../../src/core/analyze';
import { comparePassages, preparePassage, sameSpeaker } from '../../src/core/corroborate';
import { matchDiff, wordDiff } from '../../src/core/word-diff';
import { Corpus, deserializeCorpus, serializeCorpus } from '../../src/core/corpus';
import { CorpusFormatError, CorpusVersionError } from '../../src/core/corpus-format';
import type { Article, QuoteReport } from '../../src/core/types';

// A small invented story told by several outlets, and an unrelated one.
const P = (p: string[]) => p.join('\n\n');
const corpusArticles: Article[] = [
  makeArticle({
    url: 'https://northgate.example/farm-talks',
    title: 'Eskeland minister rejects farm deal as thousands protest in Larsberg',
    source: 'Northgate Post',
    published: '2026-03-11T09:00:00Z',
    language: 'en',
    text: P([
      'Agriculture Minister Ilse Brandvold told trade negotiators in Larsberg on Tuesday that Eskeland would walk away from the Southern Trade Union pact if it hurt growers, as about 4,000 farmers protested outside.',
      '“We will not accept any deal that harms our farmers,” Brandvold said.',
      '“The negotiations will continue next week in Larsberg,” she said.',
      'Brandvold: “Our farmers have carried this country through three hard winters, and they deserve a government that stands with them.”',
      '“Exports of grain fell by 12 percent last year,” said Piet Aalders, who leads the farmers union.',
    ]),
  }),
  makeArticle({
    url: 'https://meridian.example/eskeland-talks',
    title: 'Eskeland will not accept farm deal, minister says',
    source: 'Meridian Wire',
    published: '2026-03-12T08:00:00Z',
    language: 'en',
    text: P([
      'Eskeland Agriculture Minister Ilse Brandvold said on Wednesday her government would not sign a Southern Trade Union pact that damages farming, after some 4,000 farmers rallied in Larsberg.',
      '"We shall not accept an agreement that hurts our farmers," Brandvold told reporters.',
      '"The negotiations will continue next week in Larsberg," she said.',
      'Brandvold said farmers "deserve a government that stands with them".',
      'Union leader Piet Aalders said grain exports had suffered badly over the past year.',
    ]),
  }),
  makeArticle({
    url: 'https://valley.example/wire/eskeland-talks',
    title: 'Eskeland will not accept farm deal, minister says',
    source: 'Valley Daily',
    published: '2026-03-12T10:00:00Z',
    language: 'en',
    text: P([
      'Eskeland Agriculture Minister Ilse Brandvold said on Wednesday her government would not sign a Southern Trade Union pact that damages farming, after some 4,000 farmers rallied in Larsberg.',
      '"We shall not accept an agreement that hurts our farmers," Brandvold told reporters.',
      '"The negotiations will continue next week in Larsberg," she said.',
      'Brandvold said farmers "deserve a government that stands with them".',
      'Union leader Piet Aalders said grain exports had suffered badly over the past year.',
    ]),
  }),
  makeArticle({
    url: 'https://rundschau.example/bauern-larsberg',
    title: 'Brandvold: Kein Abkommen zulasten der Bauern',
    source: 'Larsberger Rundschau',
    published: '2026-03-11T12:00:00Z',
    language: 'de',
    text: P([
      'Landwirtschaftsministerin Ilse Brandvold hat bei den Handelsgesprächen in Larsberg eine harte Linie angekündigt, während rund 4.000 Bauern vor dem Tagungsort protestierten.',
      '„Wir werden kein Abkommen akzeptieren, das unseren Bauern schadet“, sagte Brandvold.',
      '„Die Verhandlungen werden nächste Woche in Larsberg fortgesetzt“, sagte sie.',
    ]),
  }),
  makeArticle({
    url: 'https://harbour-other.example/rates',
    title: 'Central bank of Norland holds rates steady',
    source: 'Harbour Gazette',
    published: '2026-05-02T08:00:00Z',
    language: 'en',
    text: P([
      'The central bank of Norland kept its main rate at 3.5 percent on Thursday, citing slowing inflation in the capital, Vessmark.',
      '“Inflation is coming down, but we are not there yet,” said governor Tomas Lund.',
      'Economists had expected the decision, which leaves mortgage costs unchanged for another quarter.',
    ]),
  }),
];

const page = makeArticle({
  url: 'https://ledger.example/eskeland',
  title: 'Farmers march as Eskeland digs in on trade pact',
  source: 'The Harbour Ledger',
  published: '2026-03-12T15:00:00Z',
  language: 'en',
  text: P([
    'About 4,000 farmers marched through Larsberg as Agriculture Minister Ilse Brandvold met Southern Trade Union negotiators over the so-called “green corridor” for grain.',
    '“We will not accept any agreement that hurts our farmers,” Brandvold said.',
    '“The negotiations will continue next week in Larsberg,” she said, adding that farmers “deserve a government that stands with them,” in remarks to reporters.',
    '“Exports of grain fell by 21 percent last year,” said Piet Aalders.',
    '“I have never seen a harvest like this one,” said farmer Marta Olsen.',
  ]),
});

function byText(quotes: QuoteReport[], fragment: string): QuoteReport {
  const q = quotes.find((x) => x.text.includes(fragment));
  if (!q)
    throw new Error(`no quotation with "${fragment}" in ${quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

describe('analyze: the Eskeland story', () => {
  const corpus = Corpus.fromArticles(corpusArticles);
  const report = analyze(page, corpus);

  it('lists the outlets on the same story, grouping the syndicated copy, and not the unrelated one', () => {
    const same = report.related.filter((r) => r.relation === 'same-story');
    expect(same.map((r) => r.source).sort()).toEqual([
      'Larsberger Rundschau',
      'Meridian Wire',
      'Northgate Post',
    ]);
    const meridian = same.find((r) => r.source === 'Meridian Wire')!;
    expect(meridian.copies.map((c) => c.source)).toEqual(['Valley Daily']);
    expect(
      report.related.some((r) => r.source === 'Harbour Gazette' && r.relation === 'same-story'),
    ).toBe(false);
    for (const r of report.related) {
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    expect(meridian.reasons.map((r) => r.label).join(' ')).toMatch(/Brandvold/);
  });

  it('names a body by its whole name and a dateline place as the text writes it', () => {
    const dateline = makeArticle({
      ...page,
      url: 'https://ledger.example/eskeland-dateline',
      text: `LARSBERG — ${page.text}`,
    });
    const labels = analyze(dateline, corpus)
      .related.flatMap((r) => r.reasons)
      .filter((r) => r.kind === 'names' || r.kind === 'places')
      .map((r) => r.label)
      .join(' | ');
    expect(labels).toMatch(/Southern Trade Union/);
    expect(labels).not.toMatch(/Southern(,|$| \|)/);
    expect(labels).toMatch(/Larsberg/);
    expect(labels).not.toMatch(/LARSBERG/);
  });

  it('never lists the page as its own coverage', () => {
    const withSelf = Corpus.fromArticles([...corpusArticles, page]);
    expect(analyze(page, withSelf).related.some((r) => r.url === page.url)).toBe(false);
  });

  it('finds the translation variant and shows the difference', () => {
    const q = byText(report.quotes, 'any agreement that hurts');
    expect(q.verdict).toBe('variant');
    expect(q.speaker).toBe('Ilse Brandvold');
    const m = q.matches.find((x) => x.source === 'Meridian Wire')!;
    expect(m.kind).toBe('variant');
    // The popup shows the words that differ; the German original gets no diff.
    const diff = matchDiff(q.text, page.language, m);
    expect(diff.some((d) => d.op !== 'equal')).toBe(true);
    expect(diff.some((d) => d.op === 'equal')).toBe(true);
    const german = q.matches.find((x) => x.source === 'Larsberger Rundschau');
    expect(german?.language).toBe('de');
    expect(german ? matchDiff(q.text, page.language, german) : null).toEqual([]);
    // Northgate Post, Meridian Wire and the German original; the wire copy is the same origin.
    expect(q.outlets).toBe(3);
  });

  it('calls an exact quotation verbatim and counts independent outlets', () => {
    const q = byText(report.quotes, 'negotiations will continue');
    expect(q.verdict).toBe('verbatim');
    // Northgate Post and Meridian Wire verbatim, the Rundschau in German; the wire copy is not counted.
    expect(q.outlets).toBe(3);
    expect(q.matches.find((m) => m.source === 'Larsberger Rundschau')?.kind).toBe('variant');
    expect(q.earliest).toBe('2026-03-11T09:00:00Z');
  });

  it('calls part of a longer quotation a fragment', () => {
    expect(byText(report.quotes, 'deserve a government').verdict).toMatch(/fragment|verbatim/);
  });

  it('flags a changed number as altered and says where', () => {
    const q = byText(report.quotes, 'fell by 21 percent');
    expect(q.verdict).toBe('altered');
    const d = q.matches[0]!.differences.find((x) => x.type === 'number')!;
    expect(d).toMatchObject({ ours: '21', theirs: '12' });
  });

  it('leaves a quotation nobody else carries unverified', () => {
    const q = byText(report.quotes, 'never seen a harvest');
    expect(q.verdict).toBe('unverified');
    expect(q.outlets).toBe(0);
  });

  it('keeps a scare quote as a term', () => {
    expect(byText(report.quotes, 'green corridor').kind).toBe('term');
  });

  it('gives anchoring context around each quotation', () => {
    for (const q of report.quotes) {
      expect(page.text.slice(q.start, q.end)).toBe(q.text);
      expect(page.text.slice(q.start - q.prefix.length, q.start)).toBe(q.prefix);
      expect(page.text.slice(q.end, q.end + q.suffix.length)).toBe(q.suffix);
    }
  });

  it('never corroborates a quotation by its own outlet or a copy of itself', () => {
    const meridian = corpusArticles[1]!;
    const r = analyze(meridian, corpus);
    const q = byText(r.quotes, 'shall not accept');
    expect(q.matches.some((m) => m.source === 'Valley Daily' || m.source === 'Meridian Wire')).toBe(
      false,
    );
    expect(q.verdict).toBe('variant');
  });

  it('recognises the German original as the same statement by the same speaker', () => {
    const german = analyze(corpusArticles[3]!, corpus);
    expect(byText(german.quotes, 'kein Abkommen').verdict).toBe('variant');
  });
});

describe('analyze: a selected passage on its own', () => {
  it('flags a changed number even without a story to place it in', () => {
    const corpus = Corpus.fromArticles(corpusArticles);
    const passage = makeArticle({
      url: 'https://reader.example/selection',
      title: '',
      source: 'Selection',
      published: null,
      language: 'en',
      text: '“Exports of grain fell by 21 percent last year,” said Piet Aalders.',
    });
    const [q] = analyze(passage, corpus).quotes;
    expect(q?.verdict).toBe('altered');
    expect(q?.matches[0]?.source).toBe('Northgate Post');
  });
});

describe('comparePassages', () => {
  const en = (t: string, speaker: string | null = null) => preparePassage(t, 'en', speaker, null);
  it('flags an added or dropped negation', () => {
    const c = comparePassages(
      en('We will accept the deal in March'),
      en('We will not accept the deal in March'),
      'balanced',
      true,
    );
    expect(c?.kind).toBe('altered');
    expect(c?.differences[0]).toMatchObject({ type: 'negation', ours: '', theirs: 'not' });
  });
  it('flags the same words given to another speaker', () => {
    const c = comparePassages(
      en('The negotiations will continue next week', 'Ilse Brandvold'),
      en('The negotiations will continue next week', 'Piet Aalders'),
      'balanced',
      true,
    );
    expect(c?.kind).toBe('altered');
    expect(c?.differences[0]?.type).toBe('speaker');
  });
  it('finds nothing between unrelated statements', () => {
    expect(
      comparePassages(
        en('Inflation is coming down slowly'),
        en('The harvest was the best in years'),
        'balanced',
        true,
      ),
    ).toBeNull();
  });
  it('is stricter when sensitivity is strict', () => {
    const a = en('We will not accept any deal that harms our farmers');
    const b = en('We shall not accept an agreement that hurts our farmers');
    expect(comparePassages(a, b, 'lenient', true)?.kind).toBe('variant');
    expect(comparePassages(a, b, 'strict', true)).toBeNull();
  });
  it('matches speakers across forms and scripts', () => {
    expect(sameSpeaker('Ilse Brandvold', 'Brandvold')).toBe(true);
    expect(sameSpeaker('Ильзе Брандвольд', 'Ilse Brandvold')).toBe(true);
    expect(sameSpeaker('Piet Aalders', 'Ilse Brandvold')).toBe(false);
  });
  it('diffs words as written', () => {
    expect(wordDiff('We will not accept any deal', 'We shall not accept any deal')).toEqual([
      { op: 'equal', text: 'We' },
      { op: 'delete', text: 'will' },
      { op: 'insert', text: 'shall' },
      { op: 'equal', text: 'not accept any deal' },
    ]);
  });
});

describe('corpus index', () => {
  it('round-trips through its binary form with the same answers', () => {
    const corpus = Corpus.fromArticles(corpusArticles);
    const before = analyze(page, corpus);
    const loaded = deserializeCorpus(serializeCorpus(corpus));
    expect(loaded.size).toBe(corpus.size);
    expect(analyze(page, loaded)).toEqual(before);
    expect(loaded.article(0)).toEqual(corpus.article(0));
  });
  it('follows additions and removals without a rebuild', () => {
    const corpus = Corpus.fromArticles(corpusArticles.slice(0, 1));
    expect(analyze(page, corpus).related.map((r) => r.source)).toEqual(['Northgate Post']);
    corpus.add([corpusArticles[1]!]);
    expect(analyze(page, corpus).related.map((r) => r.source)).toContain('Meridian Wire');
    expect(corpus.remove(['https://northgate.example/farm-talks'])).toBe(1);
    expect(analyze(page, corpus).related.map((r) => r.source)).toEqual(['Meridian Wire']);
    expect(corpus.size).toBe(1);
    const again = deserializeCorpus(serializeCorpus(corpus));
    expect(again.size).toBe(1);
    expect(analyze(page, again).related.map((r) => r.source)).toEqual(['Meridian Wire']);
  });
  it('refuses an index of another version instead of misreading it', () => {
    const buf = serializeCorpus(Corpus.fromArticles(corpusArticles));
    new Uint32Array(buf, 0, 2)[1] = 999;
    expect(() => deserializeCorpus(buf)).toThrow(CorpusVersionError);
    expect(() => deserializeCorpus(new ArrayBuffer(64))).toThrow(CorpusFormatError);
    expect(() => deserializeCorpus(new ArrayBuffer(3))).toThrow(CorpusFormatError);
  });
  it('handles an empty corpus', () => {
    const empty = Corpus.fromArticles([]);
    const r = analyze(page, deserializeCorpus(serializeCorpus(empty)));
    expect(r.related).toEqual([]);
    expect(r.quotes.every((q) => q.verdict === 'unverified')).toBe(true);
  });
});
