/**
 * Related coverage: which corpus articles tell the same story as the query article.
 * Candidates come from the inverted index; each is then scored on facets a reader
 * can check (shared names, places, numbers, quotations, time, wording), combined by
 * a logistic model fitted on the labelled demo corpus (`scripts/fit-related.ts`).
 */
import { publishedDay } from './article';
import {
  entityKeys,
  featurize,
  minhashSimilarity,
  quoteShingles,
  type ArticleFeatures,
} from './features';
import type { Corpus } from './corpus';
import { ENTITY_PREFIX, NUMBER_PREFIX } from './features';
import { hash32, tokenize } from './text';
import type { Article, RelatedArticle, RelatedReason, Relation } from './types';

export type Sensitivity = 'strict' | 'balanced' | 'lenient';

/** Score thresholds per sensitivity: at or above `same` is the same story, above `related` a related topic. */
export const RELATION_THRESHOLDS: Record<Sensitivity, { same: number; related: number }> = {
  strict: { same: 0.5, related: 0.3 },
  balanced: { same: 0.35, related: 0.2 },
  lenient: { same: 0.25, related: 0.12 },
};

/** Minimum MinHash similarity for two texts to count as copies of one original. */
export const COPY_SIMILARITY = 0.55;

/** Facet values of one candidate, each in [0, 1]. */
export interface Facets {
  lexical: number;
  entities: number;
  numbers: number;
  quotes: number;
  time: number;
}

/**
 * Logistic weights over the facets, fitted on the demo corpus labels by
 * `scripts/fit-related.ts` (every article against the candidates the index proposes);
 * rounded. On those pairs, the balanced 0.35 threshold gives precision 0.98 and recall 0.93.
 */
export const FACET_WEIGHTS = {
  bias: -3.6,
  lexical: 2.0,
  entities: 2.45,
  numbers: 0.55,
  quotes: 0.65,
  time: 5.6,
};

/** The calibrated same-story probability for a set of facets, in [0, 1]. */
export function combineFacets(f: Facets): number {
  const w = FACET_WEIGHTS;
  const z =
    w.bias +
    w.lexical * f.lexical +
    w.entities * f.entities +
    w.numbers * f.numbers +
    w.quotes * f.quotes +
    w.time * f.time;
  return 1 / (1 + Math.exp(-z));
}

export interface RelatedOptions {
  sensitivity: Sensitivity;
  /** At most this many entries (groups) returned. */
  limit: number;
  /** Candidates read from the index before reranking. */
  candidates: number;
}

export const DEFAULT_RELATED_OPTIONS: RelatedOptions = {
  sensitivity: 'balanced',
  limit: 20,
  candidates: 60,
};

/** A scored candidate with what corroboration needs to know about it. */
export interface ScoredDoc {
  doc: number;
  score: number;
  facets: Facets;
  relation: Relation | null;
  /** True when this article is a copy of the query article (same text). */
  copyOfQuery: boolean;
  /** Doc id of the group representative (itself when it leads its group). */
  group: number;
}

export interface RelatedResult {
  related: RelatedArticle[];
  scored: ScoredDoc[];
}

/** Numbers that carry information: not a bare 0–10, which every story mentions. */
function informativeNumber(n: string): boolean {
  return n.length > 1 || !/^\d$/.test(n);
}

/**
 * Rank the corpus articles about the same story as `article`. The article's own URL is
 * never listed. Copies of one text are grouped under the highest-scoring one.
 */
export function findRelated(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions> = {},
  features?: ArticleFeatures,
): RelatedResult {
  const opts = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const thresholds = RELATION_THRESHOLDS[opts.sensitivity];
  const f = features ?? featurize(article);
  const qvec = corpus.queryVector(f);
  const cands = corpus.candidates(qvec, opts.candidates);
  const lexical = new Map<number, number>(cands.map((c) => [c.doc, c.score]));
  // Articles that share quotations are strong candidates even with little shared wording.
  // Only articles sharing at least two of the quotation 4-grams join (one is often a stock
  // phrase), the most shared first.
  const sharedQuotes = corpus.docsWithQuoteHashes(f.quoteHashes, opts.candidates);
  const quoteCandidates = [...sharedQuotes]
    .filter(([, n]) => n >= 2)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, Math.ceil(opts.candidates / 2));
  for (const [d] of quoteCandidates) if (!lexical.has(d)) lexical.set(d, 0);

  // Query-side entity and number ids with their weights.
  const qEnt = new Map<
    number,
    { text: string; type: 'name' | 'place'; idf: number; order: number }
  >();
  const qEntList: string[] = [];
  for (const e of f.entities) {
    for (const key of entityKeys(e)) {
      const id = corpus.termIdOf(ENTITY_PREFIX + key);
      if (id === undefined || qEnt.has(id)) continue;
      // German capitalises every noun: a German capitalised word counts as a name only
      // when some article in another language also has it as one.
      if (f.language === 'de' && !corpus.isName(id)) continue;
      qEnt.set(id, { text: e.text, type: e.type, idf: corpus.idf(id), order: qEntList.length });
      qEntList.push(e.text);
    }
  }
  const qEntWeight = [...qEnt.values()].reduce((s, e) => s + e.idf, 0);
  const qNum = new Map<number, { order: number }>();
  const qNumList: string[] = [];
  for (const n of f.numbers) {
    if (!informativeNumber(n)) continue;
    const id = corpus.termIdOf(NUMBER_PREFIX + n);
    if (id !== undefined && !qNum.has(id)) {
      qNum.set(id, { order: qNumList.length });
      qNumList.push(n);
    }
  }
  const qDay = publishedDay(article.published);
  const qStatementCount = Math.max(1, f.quotes.filter((q) => q.kind === 'statement').length);

  const scored: (ScoredDoc & { reasons: RelatedReason[]; daysApart: number | null })[] = [];
  const ownHash = hash32(article.url);
  for (const [doc, lex] of lexical) {
    if (corpus.isUrl(doc, article.url, ownHash)) continue;
    const docLanguage = corpus.language(doc);
    const ents = corpus.entities(doc);
    let shared = 0;
    let dWeight = 0;
    // Shared names, places and figures are listed in the order this page gives them, not
    // the stored order of the other article's lists.
    const sharedNames: number[] = [];
    const sharedPlaces: number[] = [];
    for (let i = 0; i < ents.ids.length; i++) {
      const id = ents.ids[i]!;
      if (docLanguage === 'de' && !corpus.isName(id)) continue;
      const w = corpus.idf(id);
      dWeight += w;
      const q = qEnt.get(id);
      if (q) {
        shared += q.idf;
        (q.type === 'place' || ents.types[i] === 1 ? sharedPlaces : sharedNames).push(q.order);
      }
    }
    // Shared weight over the smaller side's: a short wire story naming four people shares
    // all of them with a long feature naming twenty.
    const entities =
      shared > 0 ? Math.min(1, shared / Math.max(1e-9, Math.min(qEntWeight, dWeight))) : 0;
    const sharedNumOrder: number[] = [];
    for (const id of corpus.numbers(doc)) {
      const n = qNum.get(id);
      if (n !== undefined) sharedNumOrder.push(n.order);
    }
    const sharedNums = sharedNumOrder.sort((a, b) => a - b).map((k) => qNumList[k]!);
    const numbers = 1 - Math.exp(-sharedNums.length / 1.5);
    const quoteHits = sharedQuotes.get(doc) ?? 0;
    const quotes = Math.min(1, quoteHits / (3 * Math.min(3, qStatementCount)));
    const dDay = corpus.day(doc);
    const daysApart = qDay !== null && dDay !== null ? Math.abs(qDay - dDay) : null;
    // Closeness in time only means something for articles about the same people and
    // places: on any day, most articles published are about other things, and two
    // stories on one topic share wording but not names.
    const lexical = Math.min(1, lex * 1.6);
    const closeness = daysApart === null ? 0.3 : Math.exp(-daysApart / 4);
    const time = closeness * Math.min(1, 2.5 * Math.max(entities, 0.4 * lexical));
    const facets: Facets = { lexical, entities, numbers, quotes, time };
    const score = combineFacets(facets);
    const copyOfQuery = minhashSimilarity(f.minhash, corpus.minhash(doc)) >= COPY_SIMILARITY;
    const relation: Relation | null =
      copyOfQuery || score >= thresholds.same
        ? 'same-story'
        : score >= thresholds.related
          ? 'related'
          : null;
    const inOrder = (list: number[]) => list.sort((a, b) => a - b).map((k) => qEntList[k]!);
    const places = displayNames(inOrder(sharedPlaces), []);
    const names = displayNames(inOrder(sharedNames), places);
    const reasons: RelatedReason[] = [];
    if (copyOfQuery)
      reasons.push({ kind: 'text', label: 'the same text as this page (a syndicated copy)' });
    if (names.length)
      reasons.push({ kind: 'names', label: `shared names: ${names.slice(0, 4).join(', ')}` });
    if (places.length)
      reasons.push({ kind: 'places', label: `shared places: ${places.slice(0, 3).join(', ')}` });
    if (sharedNums.length)
      reasons.push({
        kind: 'numbers',
        label: `shared figures: ${unique(sharedNums).slice(0, 4).join(', ')}`,
      });
    if (quoteHits > 0) reasons.push({ kind: 'quotes', label: 'quotes the same words' });
    if (daysApart !== null)
      reasons.push({
        kind: 'time',
        label:
          daysApart === 0
            ? 'published the same day'
            : `published ${daysApart} day${daysApart === 1 ? '' : 's'} apart`,
      });
    if (!copyOfQuery && facets.lexical >= 0.35)
      reasons.push({ kind: 'text', label: 'similar wording' });
    scored.push({ doc, score, facets, relation, copyOfQuery, group: doc, reasons, daysApart });
  }
  scored.sort((a, b) => b.score - a.score || a.doc - b.doc);

  // Group copies of one text (syndication); the earliest published member stands for the
  // group (it is most likely the original), with the group's best score.
  const groups: (typeof scored)[] = [];
  for (const s of scored) {
    if (!s.relation) continue;
    const mh = corpus.minhash(s.doc);
    const home = s.copyOfQuery
      ? undefined
      : groups.find(
          (g) =>
            !g[0]!.copyOfQuery &&
            minhashSimilarity(corpus.minhash(g[0]!.doc), mh) >= COPY_SIMILARITY,
        );
    if (home) home.push(s);
    else groups.push([s]);
  }
  const related: RelatedArticle[] = [];
  for (const g of groups.slice(0, opts.limit)) {
    const time = (d: number) => {
      const t = Date.parse(corpus.meta(d).published ?? '');
      return Number.isNaN(t) ? Infinity : t;
    };
    const lead = g.reduce((a, b) => (time(b.doc) < time(a.doc) ? b : a));
    for (const s of g) s.group = lead.doc;
    const best = g[0]!;
    const m = corpus.meta(lead.doc);
    related.push({
      url: m.url,
      title: m.title,
      source: m.source,
      published: m.published,
      language: m.language,
      score: round(best.score),
      relation: best.relation!,
      reasons: lead.reasons,
      daysApart: lead.daysApart,
      copies: g
        .filter((s) => s !== lead)
        .map((s) => ({ url: corpus.meta(s.doc).url, source: corpus.source(s.doc) })),
      ...(m.summaryOnly ? { summaryOnly: true } : {}),
    });
  }
  return { related, scored };
}

/** Related coverage of `article`, best first (see `findRelated`). */
export function rankRelated(
  article: Article,
  corpus: Corpus,
  options: Partial<RelatedOptions> = {},
): RelatedArticle[] {
  return findRelated(article, corpus, options).related;
}

/**
 * Names as a reader wants them listed: each once, a surname left out when the full name
 * is listed ("Ilse Brandvold", not also "Brandvold"), nothing already listed elsewhere.
 */
function displayNames(found: string[], listedElsewhere: string[]): string[] {
  const all = unique(found.map((n) => n.replace(/['’]s$/u, '')));
  const taken = new Set(listedElsewhere.map((n) => n.toLowerCase()));
  return all.filter((n) => {
    if (taken.has(n.toLowerCase())) return false;
    const re = new RegExp(`(^|\\s)${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'iu');
    return !all.some((other) => other !== n && other.length > n.length && re.test(other));
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Quote-shingle hashes of a passage (exported for the passage check). */
export function passageHashes(text: string, language: string): number[] {
  return quoteShingles(tokenize(text, language).map((t) => t.norm));
}
