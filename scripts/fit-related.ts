/**
 * Fits the logistic weights of `FACET_WEIGHTS` (src/core/related.ts) on the labelled
 * demo corpus: every (article, candidate) pair the index proposes is one example,
 * labelled by whether the two share a story. Prints the weights and the thresholds'
 * precision and recall; paste the weights into related.ts after review.
 *
 *   npx tsx scripts/fit-related.ts [--dev ../devdata/related-dev]
 */
import { Corpus } from '../src/core/corpus';
import { findRelated, type Facets } from '../src/core/related';
import { loadDemo } from './eval-demo';
import { loadBackground } from '../src/cli/background';
import { loadLexicon } from '../src/cli/lexicon';
import type { Article } from '../src/core/types';
import { devArticle, loadDevSet } from './eval-related';

/**
 * Examples from one labelled set: every article against the candidates the index
 * proposes, labelled by whether the two tell one story.
 */
function examples(
  articles: Article[],
  storyOf: Map<string, string>,
  X: number[][],
  y: number[],
): number {
  const corpus = Corpus.fromArticles(articles);
  let missed = 0;
  for (const a of articles) {
    const { scored } = findRelated(a, corpus, {
      candidates: 200,
      background: loadBackground(),
      lexicon: loadLexicon(),
    });
    const seen = new Set(scored.map((s) => corpus.meta(s.doc).url));
    for (const b of articles)
      if (b.url !== a.url && storyOf.get(b.url) === storyOf.get(a.url) && !seen.has(b.url))
        missed++;
    for (const s of scored) {
      X.push(keys.map((k) => s.facets[k]));
      y.push(storyOf.get(corpus.meta(s.doc).url) === storyOf.get(a.url) ? 1 : 0);
    }
  }
  return missed;
}

const keys: (keyof Facets)[] = ['lexical', 'entities', 'numbers', 'quotes', 'time', 'cross'];
const X: number[][] = [];
const y: number[] = [];
/** Weight of each example: each labelled set counts as much as the other in all. */
const sw: number[] = [];
const demo = loadDemo();
let missed = examples(
  demo.articles,
  new Map(demo.labels.articles.map((a) => [a.url, a.story])),
  X,
  y,
);
for (let i = sw.length; i < X.length; i++) sw.push(1 / X.length);
// `--dev DIR`: add the fit half of the development set (never its test half). The demo
// corpus and the development set then weigh the same: the demo's dated stories in one
// language and the development set's undated translations teach different facets.
const devIdx = process.argv.indexOf('--dev');
if (devIdx >= 0) {
  const dev = loadDevSet(process.argv[devIdx + 1]!);
  if (!dev) throw new Error('no development set there; build it with scripts/build-devset.ts');
  const fit = dev.filter((d) => d.split === 'fit');
  const before = X.length;
  missed += examples(fit.map(devArticle), new Map(fit.map((d) => [d.url, d.event])), X, y);
  for (let i = before; i < X.length; i++) sw.push(1 / (X.length - before));
}
const total = sw.reduce((a, b) => a + b, 0);
for (let i = 0; i < sw.length; i++) sw[i] = (sw[i]! * X.length) / total;
// Plain batch gradient descent with a little L2; the data set is small.
const w = new Array(keys.length).fill(0);
let b = 0;
const lr = 0.5;
const l2 = 0.002;
for (let it = 0; it < 20000; it++) {
  const gw = new Array(keys.length).fill(0);
  let gb = 0;
  for (let i = 0; i < X.length; i++) {
    const z = b + X[i]!.reduce((s, x, k) => s + x * w[k]!, 0);
    const p = 1 / (1 + Math.exp(-z));
    const e = (p - y[i]!) * sw[i]!;
    gb += e;
    for (let k = 0; k < keys.length; k++) gw[k] += e * X[i]![k]!;
  }
  b -= (lr * gb) / X.length;
  for (let k = 0; k < keys.length; k++) w[k] -= lr * (gw[k]! / X.length + l2 * w[k]!);
}
console.log(
  `${X.length} pairs (${y.filter((v) => v).length} same-story); same-story pairs never proposed by the index: ${missed}`,
);
console.log(
  `weights: bias ${b.toFixed(2)}, ${keys.map((k, i) => `${k} ${w[i]!.toFixed(2)}`).join(', ')}`,
);
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < X.length; i++) {
    const p = 1 / (1 + Math.exp(-(b + X[i]!.reduce((s, x, k) => s + x * w[k]!, 0))));
    if (p >= t && y[i]) tp++;
    else if (p >= t) fp++;
    else if (y[i]) fn++;
  }
  console.log(
    `threshold ${t}: precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(3)}`,
  );
}
