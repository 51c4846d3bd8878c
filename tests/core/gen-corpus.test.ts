import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatReport, QUICK_OPTIONS, runBench } from '../../scripts/bench';
import { makeSplit, recallAt } from '../../scripts/bench-corpus';
import { scorePages, shingleMatch } from '../../scripts/bench-extract';
import { generateCorpus, Rng, toCyrillic } from '../../scripts/gen-corpus';
import { parsePack, serializePack } from '../../src/core/pack';

describe('generateCorpus', () => {
  const a = generateCorpus({ articles: 1500, seed: 42 });

  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const b = generateCorpus({ articles: 1500, seed: 42 });
    expect(b.articles).toEqual(a.articles);
    expect([...b.truth]).toEqual([...a.truth]);
    expect([...b.quotes]).toEqual([...a.quotes]);
    const c = generateCorpus({ articles: 1500, seed: 43 });
    expect(c.articles.map((x) => x.text)).not.toEqual(a.articles.map((x) => x.text));
  });

  it('makes exactly the requested number of articles with unique URLs and a story each', () => {
    expect(a.articles).toHaveLength(1500);
    expect(new Set(a.articles.map((x) => x.url)).size).toBe(1500);
    for (const art of a.articles) expect(a.truth.get(art.url)).toMatch(/^s\d+$/);
    expect(a.truth.size).toBe(1500);
  });

  it('covers each story by several distinct outlets within a few days', () => {
    const byStory = new Map<string, { sources: Set<string>; days: number[] }>();
    for (const art of a.articles) {
      const id = a.truth.get(art.url)!;
      const entry = byStory.get(id) ?? { sources: new Set<string>(), days: [] };
      entry.sources.add(art.source);
      entry.days.push(Date.parse(art.published!) / 86_400_000);
      byStory.set(id, entry);
    }
    // About one story per five articles.
    expect(byStory.size).toBeGreaterThan(1500 / 7);
    expect(byStory.size).toBeLessThan(1500 / 3.5);
    const entries = [...byStory.values()];
    // Every story but possibly the last (cut short by the article budget) has 3–8 outlets.
    for (const e of entries.slice(0, -1)) {
      expect(e.sources.size).toBeGreaterThanOrEqual(3);
      expect(e.sources.size).toBeLessThanOrEqual(8);
      expect(Math.max(...e.days) - Math.min(...e.days)).toBeLessThan(5);
    }
  });

  it('records quotations whose offsets point at their words in the article text', () => {
    let count = 0;
    for (const art of a.articles) {
      for (const q of a.quotes.get(art.url) ?? []) {
        expect(art.text.slice(q.start, q.end)).toBe(q.text);
        count++;
      }
    }
    expect(count).toBeGreaterThan(1500);
  });

  it('shares quotations across outlets of a story, verbatim and reworked', () => {
    const outletsPerQuote = new Map<string, Set<string>>();
    const variants = new Set<string>();
    for (const art of a.articles) {
      for (const q of a.quotes.get(art.url) ?? []) {
        variants.add(q.variant);
        const s = outletsPerQuote.get(q.id) ?? new Set<string>();
        s.add(art.source);
        outletsPerQuote.set(q.id, s);
        if (q.variant === 'verbatim') expect(q.text).toBe(q.original);
        if (q.variant === 'fragment') expect(q.original).toContain(q.text);
        if (q.variant === 'altered' || q.variant === 'edited') expect(q.text).not.toBe(q.original);
      }
    }
    expect([...variants].sort()).toEqual([
      'altered',
      'edited',
      'exclusive',
      'fragment',
      'translated',
      'verbatim',
    ]);
    const shared = [...outletsPerQuote.values()].filter((s) => s.size >= 2).length;
    expect(shared).toBeGreaterThan(outletsPerQuote.size / 4);
  });

  it('mixes in German, French, Spanish and Russian articles', () => {
    const langs = new Map<string, number>();
    for (const art of a.articles) langs.set(art.language, (langs.get(art.language) ?? 0) + 1);
    expect((langs.get('en') ?? 0) / 1500).toBeGreaterThan(0.75);
    for (const l of ['de', 'fr', 'es', 'ru']) expect(langs.get(l) ?? 0).toBeGreaterThan(0);
    const ru = a.articles.find((x) => x.language === 'ru')!;
    expect(ru.text).toMatch(/[а-яё]/);
  });

  it('round-trips through a pack', () => {
    const some = a.articles.slice(0, 50);
    const parsed = parsePack(serializePack(some));
    expect(parsed.errors).toEqual([]);
    expect(parsed.articles.map((x) => x.text)).toEqual(some.map((x) => x.text));
    expect(parsed.articles.map((x) => x.url)).toEqual(some.map((x) => x.url));
  });
});

describe('Rng and helpers', () => {
  it('draws reproducible numbers in range', () => {
    const r1 = new Rng(9);
    const r2 = new Rng(9);
    const xs = Array.from({ length: 1000 }, () => r1.int(3, 8));
    expect(xs).toEqual(Array.from({ length: 1000 }, () => r2.int(3, 8)));
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(8);
  });

  it('writes Latin names in Cyrillic', () => {
    expect(toCyrillic('Ilse Brandvold')).toBe('Илсе Брандволд');
  });
});

describe('benchmark harness', () => {
  it('scores extraction on word 4-gram shingles, per page normalised', () => {
    const gold = 'The river rose by two metres overnight and the bridge was closed.';
    expect(shingleMatch(gold, gold)).toEqual([1, 0, 0]);
    const [tp, fp, fn] = shingleMatch(gold, `Menu Home Sport ${gold} Share this article`);
    expect(tp + fp + fn).toBeCloseTo(1);
    expect(fn).toBe(0);
    expect(fp).toBeGreaterThan(0);
    expect(shingleMatch(gold, '')).toEqual([0, 0, 1]);
    // A page that predicts nothing lowers recall but is left out of precision.
    const s = scorePages([shingleMatch(gold, gold), shingleMatch(gold, '')]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  const dataset = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    'shared',
    'evaldata',
    'article-extraction-benchmark',
  );
  it.skipIf(!existsSync(join(dataset, 'baseline-output-readability_js.json')))(
    "reproduces the published F1 of Readability.js 0.6.0 from the benchmark's stored output",
    () => {
      const gold = JSON.parse(readFileSync(join(dataset, 'ground-truth.json'), 'utf8')) as Record<
        string,
        { articleBody: string }
      >;
      const out = (
        JSON.parse(readFileSync(join(dataset, 'baseline-output-readability_js.json'), 'utf8')) as {
          output: Record<string, { articleBody: string }>;
        }
      ).output;
      const score = scorePages(
        Object.keys(gold).map((k) => shingleMatch(gold[k]!.articleBody, out[k]?.articleBody ?? '')),
      );
      expect(score.f1).toBeCloseTo(0.947, 3);
      expect(score.precision).toBeCloseTo(0.914, 3);
      expect(score.recall).toBeCloseTo(0.982, 3);
    },
  );

  it('caps recall@k by the number of true articles', () => {
    expect(recallAt(['a', 'x', 'y', 'z', 'w'], new Set(['a', 'b']), 5)).toBe(0.5);
    expect(
      recallAt(['a', 'b', 'c', 'd', 'e', 'f'], new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']), 5),
    ).toBe(1);
    expect(Number.isNaN(recallAt(['a'], new Set(), 5))).toBe(true);
  });

  it('holds out articles whose stories stay in the index', () => {
    const split = makeSplit(600, 40, 5);
    expect(split.indexed).toHaveLength(600);
    expect(split.queries).toHaveLength(40);
    const indexed = new Set(split.indexed.map((a) => a.url));
    const stories = new Set<string>();
    for (const q of split.queries) {
      expect(indexed.has(q.url)).toBe(false);
      const story = split.truth.get(q.url)!;
      expect(stories.has(story)).toBe(false);
      stories.add(story);
      expect(split.storyDocs.get(story)!.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('runs a quick benchmark and judges every target', { timeout: 120_000 }, () => {
    const result = runBench({ ...QUICK_OPTIONS, extract: false, bundle: false, log: () => {} });
    const size = result.sizes[0]!;
    expect(size.retrievers.map((r) => r.name)).toEqual(['ours', 'MiniSearch', 'FlexSearch']);
    for (const r of size.retrievers) {
      expect(r.recall).toBeGreaterThanOrEqual(0);
      expect(r.recall).toBeLessThanOrEqual(1);
      expect(r.bytes).toBeGreaterThan(0);
      expect(r.queryP95).toBeGreaterThanOrEqual(r.queryP50);
    }
    // Titles and leads of the same story share its names and places: any retriever finds some.
    expect(size.retrievers.find((r) => r.name === 'MiniSearch')!.recall).toBeGreaterThan(0.3);
    expect(size.corroboration!.quotes).toBeGreaterThan(10);
    const report = formatReport(result);
    expect(report).toContain('Targets');
    expect(result.targets.find((t) => t.target.includes('load'))!.met).not.toBeNull();
    expect(result.targets.find((t) => t.target.startsWith('100000'))!.met).toBeNull();
  });
});
