/**
 * Same-story evaluation beyond the demo labels:
 * - `evalDevSet`: the development set built by `scripts/build-devset.ts` (real text, several
 *   languages; only its `test` half is read), per query language: precision at k, same-story
 *   precision and recall, and the AUC of the score for same-story against unrelated pairs,
 *   for our engine and for a plain TF-IDF cosine over title and body.
 * - `evalCorpusSize`: labelled demo pairs scored inside corpora of 2, 100 and 10,000
 *   articles (the rest generated): how many change relation, and how far scores move.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBackground } from '../src/cli/background';
import { loadLexicon } from '../src/cli/lexicon';
import { makeArticle } from '../src/core/article';
import { Corpus } from '../src/core/corpus';
import { findRelated, RELATION_THRESHOLDS } from '../src/core/related';
import { hash32, isStopword, stripElision, tokenize } from '../src/core/text';
import type { Article, Relation } from '../src/core/types';
import type { DevArticle } from './build-devset';
import { loadDemo } from './eval-demo';
import { generateCorpus } from './gen-corpus';

/** Figures of one scorer on one query language. */
export interface SameStoryFigures {
  queries: number;
  precisionAtK: number;
  precision: number;
  recall: number;
  auc: number;
}

export interface DevSetEval {
  articles: number;
  events: number;
  /**
   * Held-out same-story pairs (query, other) we do not call the same story, by why: never
   * among the candidates; scored but without specific shared evidence (capped as a related
   * topic at most); or anchored and scored below the balanced threshold.
   */
  missed: { pairs: number; notRetrieved: number; unanchored: number; belowThreshold: number };
  byLanguage: Map<string, { ours: SameStoryFigures; tfidf: SameStoryFigures }>;
}

/** Articles of the development set in `dir`, or null when it has not been built. */
export function loadDevSet(dir: string): DevArticle[] | null {
  const file = join(dir, 'articles.jsonl');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as DevArticle);
}

/** A development-set record as the engine's article. */
export const devArticle = (d: DevArticle): Article =>
  makeArticle({
    url: d.url,
    title: d.title,
    source: d.source,
    published: d.published,
    language: d.language,
    paragraphs: [d.text],
  });

/** Area under the ROC curve: the chance that a random positive outscores a random negative. */
export function auc(pos: number[], neg: number[]): number {
  if (!pos.length || !neg.length) return NaN;
  const all = [...pos.map((s) => ({ s, p: 1 })), ...neg.map((s) => ({ s, p: 0 }))].sort(
    (a, b) => a.s - b.s,
  );
  // Mann–Whitney U with average ranks for ties.
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const avg = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p) rankSum += avg;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

/** Plain TF-IDF vectors (log tf, idf over `docs`, stop words dropped) of title and body. */
function tfidfVectors(docs: Article[]): Map<string, number>[] {
  const bags = docs.map((a) => {
    const bag = new Map<string, number>();
    for (const t of tokenize(`${a.title}\n${a.text}`, a.language)) {
      const w = stripElision(t.norm);
      if (!t.isNumber && isStopword(w, a.language)) continue;
      bag.set(w, (bag.get(w) ?? 0) + 1);
    }
    return bag;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const w of b.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return bags.map((b) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, tf] of b) {
      const x = (1 + Math.log(tf)) * Math.log(docs.length / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [s, l] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of s) dot += x * (l.get(w) ?? 0);
  return dot;
}

/** Pair scores of one scorer: per query, every other article's score (0 when unscored). */
type ScoreMatrix = number[][];

function figures(
  arts: DevArticle[],
  scores: ScoreMatrix,
  isSame: (i: number, j: number) => boolean,
  said: (i: number, j: number) => boolean,
  queries: number[],
): SameStoryFigures {
  let pk = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const pos: number[] = [];
  const neg: number[] = [];
  for (const i of queries) {
    const others = arts.map((_, j) => j).filter((j) => j !== i);
    const k = others.filter((j) => isSame(i, j)).length;
    if (!k) continue;
    const ranked = [...others].sort((x, y) => scores[i]![y]! - scores[i]![x]! || x - y);
    pk += ranked.slice(0, k).filter((j) => isSame(i, j)).length / k;
    for (const j of others) {
      (isSame(i, j) ? pos : neg).push(scores[i]![j]!);
      if (said(i, j) && isSame(i, j)) tp++;
      else if (said(i, j)) fp++;
      else if (isSame(i, j)) fn++;
    }
  }
  return {
    queries: queries.length,
    precisionAtK: pk / Math.max(1, queries.length),
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    auc: auc(pos, neg),
  };
}

/**
 * Our engine and the TF-IDF baseline on the development set's held-out half. The baseline's
 * same-story threshold is the one with the best F1 on the fit half; ours is the balanced one.
 */
export function evalDevSet(dir: string): DevSetEval | null {
  const all = loadDevSet(dir);
  if (!all) return null;
  const background = loadBackground();
  const lexicon = loadLexicon();
  const split = (name: 'fit' | 'test') => all.filter((a) => a.split === name);
  const run = (arts: DevArticle[]) => {
    const articles = arts.map(devArticle);
    const index = new Map(articles.map((a, i) => [a.url, i]));
    const corpus = Corpus.fromArticles(articles);
    const ours: ScoreMatrix = [];
    const sameStory: boolean[][] = [];
    const anchored: (boolean | null)[][] = [];
    // Ranking and verdicts as the engine gives them (its usual candidates); the AUC judges
    // the score itself, so there every article sharing a term with the query is scored.
    const allScores: ScoreMatrix = [];
    articles.forEach((a, i) => {
      const row = new Array<number>(articles.length).fill(0);
      const same = new Array<boolean>(articles.length).fill(false);
      const anchor = new Array<boolean | null>(articles.length).fill(null);
      for (const s of findRelated(a, corpus, { background, lexicon }).scored) {
        const j = index.get(corpus.meta(s.doc).url)!;
        row[j] = s.score;
        same[j] = s.relation === 'same-story';
        anchor[j] = s.anchored;
      }
      ours[i] = row;
      sameStory[i] = same;
      anchored[i] = anchor;
      const full = new Array<number>(articles.length).fill(0);
      for (const s of findRelated(a, corpus, { background, lexicon, candidates: articles.length })
        .scored)
        full[index.get(corpus.meta(s.doc).url)!] = s.score;
      allScores[i] = full;
    });
    const vecs = tfidfVectors(articles);
    const tfidf: ScoreMatrix = vecs.map((v) => vecs.map((w) => cosine(v, w)));
    return { ours, sameStory, anchored, tfidf, allScores };
  };
  // Baseline threshold: best F1 on the fit half.
  const fit = split('fit');
  const fitRun = run(fit);
  let bestT = 0.5;
  let bestF1 = -1;
  for (let t = 0.02; t < 1; t += 0.02) {
    let tp = 0,
      fp = 0,
      fn = 0;
    fit.forEach((a, i) =>
      fit.forEach((b, j) => {
        if (i === j) return;
        const same = a.event === b.event;
        const said = fitRun.tfidf[i]![j]! >= t;
        if (said && same) tp++;
        else if (said) fp++;
        else if (same) fn++;
      }),
    );
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (f1 > bestF1) [bestF1, bestT] = [f1, t];
  }
  const test = split('test');
  const r = run(test);
  const isSame = (i: number, j: number) => test[i]!.event === test[j]!.event;
  const byLanguage = new Map<string, { ours: SameStoryFigures; tfidf: SameStoryFigures }>();
  for (const lang of [...new Set(test.map((a) => a.language))].sort()) {
    const queries = test.map((a, i) => (a.language === lang ? i : -1)).filter((i) => i >= 0);
    const ours = figures(test, r.ours, isSame, (i, j) => r.sameStory[i]![j]!, queries);
    ours.auc = figures(test, r.allScores, isSame, () => false, queries).auc;
    const tfidf = figures(test, r.tfidf, isSame, (i, j) => r.tfidf[i]![j]! >= bestT, queries);
    byLanguage.set(lang, { ours, tfidf });
  }
  const missed = { pairs: 0, notRetrieved: 0, unanchored: 0, belowThreshold: 0 };
  test.forEach((a, i) =>
    test.forEach((b, j) => {
      if (i === j || !isSame(i, j)) return;
      missed.pairs++;
      if (r.sameStory[i]![j]) return;
      const anchor = r.anchored[i]![j];
      if (anchor === null) missed.notRetrieved++;
      else if (!anchor) missed.unanchored++;
      else missed.belowThreshold++;
    }),
  );
  return {
    articles: test.length,
    events: new Set(test.map((a) => a.event)).size,
    byLanguage,
    missed,
  };
}

export interface CorpusSizeEval {
  pairs: number;
  sameStoryPairs: number;
  sizes: number[];
  /** Pairs whose same-story verdict differs between any two sizes. */
  verdictChanges: number;
  /** Pairs whose relation (same story, related, none) differs between any two sizes. */
  relationChanges: number;
  /** Of those, pairs that were only not among a larger corpus's candidates. */
  notRetrieved: number;
  /** Largest score difference of a pair scored at every size. */
  maxScoreMove: number;
  /** The pairs whose relation changes: URLs and the relation and score at each size. */
  changed: { a: string; b: string; seen: { relation: Relation | null; score: number | null }[] }[];
}

/**
 * Every demo pair of one story, and every demo pair of two stories that some corpus lists,
 * scored with only the two articles, then among 100 and 10,000 articles (the demo corpus
 * and generated articles).
 */
export function evalCorpusSize(sizes = [2, 100, 10_000]): CorpusSizeEval {
  const background = loadBackground();
  const lexicon = loadLexicon();
  const { articles, labels } = loadDemo();
  const storyOf = new Map(labels.articles.map((a) => [a.url, a.story]));
  const largest = Math.max(...sizes);
  const filler = generateCorpus({ articles: largest, seed: 2026 }).articles;
  const big = sizes
    .filter((n) => n > 2)
    .map((n) =>
      Corpus.fromArticles([...articles, ...filler.slice(0, Math.max(0, n - articles.length))]),
    );
  type Seen = { relation: Relation | null; score: number | null }[];
  const pairs = new Map<string, { a: Article; b: Article; seen: Seen }>();
  const key = (a: Article, b: Article) => `${a.url} ${b.url}`;
  articles.forEach((a) => {
    const results = big.map((c) => {
      const m = new Map<string, { relation: Relation | null; score: number }>();
      for (const s of findRelated(a, c, { background, lexicon }).scored)
        m.set(c.meta(s.doc).url, { relation: s.relation, score: s.score });
      return m;
    });
    for (const b of articles) {
      if (b.url === a.url) continue;
      const same = storyOf.get(a.url) === storyOf.get(b.url);
      if (!same && !results.some((m) => m.get(b.url)?.relation)) continue;
      const small = findRelated(a, Corpus.fromArticles([a, b]), { background, lexicon }).scored[0];
      pairs.set(key(a, b), {
        a,
        b,
        seen: [
          { relation: small?.relation ?? null, score: small?.score ?? null },
          ...results.map((m) => ({
            relation: m.get(b.url)?.relation ?? null,
            score: m.get(b.url)?.score ?? null,
          })),
        ],
      });
    }
  });
  let verdictChanges = 0;
  let relationChanges = 0;
  let notRetrieved = 0;
  let maxScoreMove = 0;
  const changed: CorpusSizeEval['changed'] = [];
  for (const { a, b, seen } of pairs.values()) {
    if (new Set(seen.map((s) => s.relation === 'same-story')).size > 1) verdictChanges++;
    if (new Set(seen.map((s) => s.relation)).size > 1) {
      relationChanges++;
      changed.push({ a: a.url, b: b.url, seen });
      if (seen.some((s) => s.score === null)) notRetrieved++;
    }
    const scores = seen.map((s) => s.score);
    if (scores.every((s) => s !== null))
      maxScoreMove = Math.max(maxScoreMove, Math.max(...scores) - Math.min(...scores));
  }
  return {
    pairs: pairs.size,
    sameStoryPairs: [...pairs.values()].filter((p) => storyOf.get(p.a.url) === storyOf.get(p.b.url))
      .length,
    sizes,
    verdictChanges,
    relationChanges,
    notRetrieved,
    maxScoreMove,
    changed,
  };
}

/** The balanced same-story threshold (printed beside the figures). */
export const SAME_STORY_THRESHOLD = RELATION_THRESHOLDS.balanced.same;

/** Same story among PolNeAR's articles (see `evalCampaignSameStory`). */
export interface CampaignSameStory {
  articles: number;
  /** Unordered pairs called the same story (either article's ranking calls it so). */
  pairs: number;
  /** Articles with at least one article called the same story. */
  withAny: number;
  /** Those pairs by days between the two articles: 0, 1, 2–3, 4–7, more, undated. */
  byDays: [number, number, number, number, number, number];
  /**
   * The pairs read by hand (`scripts/campaign-pairs.json`), by their label: how many there
   * are, and how many of them are called the same story now.
   */
  read: Record<'one-event' | 'two-stories' | 'unclear', { pairs: number; called: number }>;
}

/** The hand-read pairs: the hash of two article ids (sorted, space-joined) and a label. */
interface ReadPair {
  pair: string;
  label: keyof CampaignSameStory['read'];
}

const pairHash = (a: string, b: string) =>
  hash32([a, b].sort().join(' ')).toString(16).padStart(8, '0');

/**
 * Same story on real news of one language that names the same people again and again:
 * PolNeAR's train split (840 articles on the 2016 US presidential campaign from seven
 * outlets, Nov 2015 – Nov 2016) as one corpus, each article ranked against the rest. The
 * articles are a stratified random sample, not clusters of one event (only 17 quotations
 * of six words or more appear at two outlets), so a pair called the same story is far
 * more often two stories about the same candidates than one event: the figure shows how
 * far famous names and dates carry a pair, with no gold to score it. Null without the data.
 */
export function evalCampaignSameStory(evaldata: string): CampaignSameStory | null {
  const file = join(evaldata, 'polnear-attribution', 'articles.jsonl');
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map(
      (l) =>
        JSON.parse(l) as {
          article_id: string;
          split: string;
          publisher: string;
          publication_date: string;
          title: string;
          text: string;
        },
    )
    .filter((r) => r.split === 'train');
  const articles = rows.map((r) =>
    makeArticle({
      url: `https://${r.publisher}.example/${r.article_id}`,
      title: r.title,
      source: r.publisher,
      published: /^\d{4}-\d{2}-\d{2}$/.test(r.publication_date)
        ? `${r.publication_date}T12:00:00Z`
        : null,
      language: 'en',
      paragraphs: r.text.split(/\n\s*\n/).filter((p) => p.trim()),
    }),
  );
  const corpus = Corpus.fromArticles(articles);
  const background = loadBackground();
  const lexicon = loadLexicon();
  const pairs = new Map<string, number | null>();
  const withAny = new Set<string>();
  const idOf = new Map(articles.map((a, i) => [a.url, rows[i]!.article_id]));
  const called = new Set<string>();
  for (const a of articles)
    for (const r of findRelated(a, corpus, { background, lexicon }).related) {
      if (r.relation !== 'same-story') continue;
      withAny.add(a.url);
      withAny.add(r.url);
      pairs.set([a.url, r.url].sort().join(' '), r.daysApart);
      called.add(pairHash(idOf.get(a.url)!, idOf.get(r.url)!));
    }
  const read: CampaignSameStory['read'] = {
    'one-event': { pairs: 0, called: 0 },
    'two-stories': { pairs: 0, called: 0 },
    unclear: { pairs: 0, called: 0 },
  };
  const readFile = fileURLToPath(new URL('./campaign-pairs.json', import.meta.url));
  for (const p of (JSON.parse(readFileSync(readFile, 'utf8')) as { pairs: ReadPair[] }).pairs) {
    read[p.label].pairs++;
    if (called.has(p.pair)) read[p.label].called++;
  }
  const byDays: CampaignSameStory['byDays'] = [0, 0, 0, 0, 0, 0];
  for (const d of pairs.values())
    byDays[d === null ? 5 : d === 0 ? 0 : d === 1 ? 1 : d <= 3 ? 2 : d <= 7 ? 3 : 4]++;
  return { articles: articles.length, pairs: pairs.size, withAny: withAny.size, byDays, read };
}
