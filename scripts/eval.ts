/**
 * `npm run eval`: the engine measured on the labelled demo corpus and, when
 * `../shared/evaldata` is beside the project, on real third-party text.
 *
 *   npm run eval [-- --verbose] [-- --evaldata DIR] [-- --devset DIR] [-- --no-size]
 *
 * Same-story figures on real text come from the development set that
 * `scripts/build-devset.ts` writes to `../devdata/related-dev` (outside the project).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evalDemo } from './eval-demo';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirArg = args.indexOf('--evaldata');
const devArg = args.indexOf('--devset');
const devset =
  devArg >= 0
    ? args[devArg + 1]!
    : fileURLToPath(new URL('../../devdata/related-dev', import.meta.url));
const evaldata =
  dirArg >= 0
    ? args[dirArg + 1]!
    : fileURLToPath(new URL('../../shared/evaldata', import.meta.url));

const pct = (x: number) => (x * 100).toFixed(1) + '%';
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

const t0 = performance.now();
const demo = evalDemo();
console.log(
  `Demo corpus (${demo.articles} fictional articles, each analysed against the rest) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(
  `  related precision@k (k = true same-story count)  ${demo.precisionAtK.toFixed(3)}   target ≥ 0.95  ${mark(demo.precisionAtK >= 0.95)}`,
);
console.log(
  `  same-story recall at the balanced threshold      ${demo.sameStoryRecall.toFixed(3)}   (${demo.falseSameStory} articles wrongly called same-story)`,
);
console.log(
  `  quotation verdict accuracy (${demo.verdictTotal} statements)     ${demo.verdictAccuracy.toFixed(3)}   target ≥ 0.95  ${mark(demo.verdictAccuracy >= 0.95)}`,
);
console.log(
  `  altered quotations given a corroborating verdict  ${demo.alteredCorroborated}       target 0      ${mark(demo.alteredCorroborated === 0)}`,
);
console.log(
  `  speaker accuracy (${demo.speakerTotal} labelled speakers)         ${demo.speakerAccuracy.toFixed(3)}   target ≥ 0.9   ${mark(demo.speakerAccuracy >= 0.9)}`,
);
console.log(`  speaker given where the label has none            ${demo.wrongSpeakerWhereNone}`);
console.log(`  statement/term accuracy                            ${pct(demo.kindAccuracy)}`);
console.log('  verdict confusion (label → ours):');
for (const [label, row] of Object.entries(demo.confusion))
  console.log(
    `    ${label.padEnd(10)} ${Object.entries(row)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
if (verbose) for (const e of demo.errors) console.log(`    ${e}`);

{
  const { evalDevSet, SAME_STORY_THRESHOLD } = await import('./eval-related');
  const t2 = performance.now();
  const dev = evalDevSet(devset);
  if (!dev) {
    console.log(
      `\nSame-story development set missing: ${devset}/articles.jsonl is not there. Build it with scripts/build-devset.ts (see README, "Measured").`,
    );
  } else {
    console.log(
      `\nSame story on the development set (held-out half: ${dev.articles} real articles, ${dev.events} stories, each in every language) in ${((performance.now() - t2) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  ours at the balanced threshold ${SAME_STORY_THRESHOLD}; TF-IDF cosine over title and body at the threshold with the best F1 on the fit half`,
    );
    console.log(
      '  lang  P@k ours / tfidf   precision ours / tfidf   recall ours / tfidf   AUC ours / tfidf   (targets 0.97, 0.95, 0.95, 0.95, ahead of TF-IDF)',
    );
    const f = (x: number) => x.toFixed(3);
    for (const [lang, { ours, tfidf }] of dev.byLanguage) {
      const ok =
        ours.precisionAtK >= 0.97 &&
        ours.precision >= 0.95 &&
        ours.recall >= 0.95 &&
        ours.auc >= 0.95 &&
        ours.precisionAtK > tfidf.precisionAtK &&
        ours.precision > tfidf.precision &&
        ours.recall > tfidf.recall &&
        ours.auc > tfidf.auc;
      console.log(
        `  ${lang.padEnd(4)}  ${f(ours.precisionAtK)} / ${f(tfidf.precisionAtK)}    ${f(ours.precision)} / ${f(tfidf.precision)}            ${f(ours.recall)} / ${f(tfidf.recall)}         ${f(ours.auc)} / ${f(tfidf.auc)}    ${mark(ok)}`,
      );
    }
    const m = dev.missed;
    console.log(
      `  same-story pairs we miss: ${m.notRetrieved + m.unanchored + m.belowThreshold} of ${m.pairs}: never a candidate ${m.notRetrieved}, without specific shared evidence ${m.unanchored}, anchored but below the threshold ${m.belowThreshold}`,
    );
  }
}

if (!args.includes('--no-size')) {
  const { evalCorpusSize } = await import('./eval-related');
  const t3 = performance.now();
  const size = evalCorpusSize();
  console.log(
    `\nCorpus size: ${size.pairs} labelled demo pairs (${size.sameStoryPairs} of one story) scored in corpora of ${size.sizes.join(', ')} articles in ${((performance.now() - t3) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  pairs whose same-story verdict changes          ${size.verdictChanges}       target 0      ${mark(size.verdictChanges === 0)}`,
  );
  console.log(
    `  pairs whose relation changes                      ${size.relationChanges}       target 0      ${mark(size.relationChanges === 0)}   (${size.notRetrieved} of them only not among a larger corpus's candidates)`,
  );
  console.log(
    `  largest score move of a pair scored at every size ${size.maxScoreMove.toFixed(3)}   target ≤ 0.1  ${mark(size.maxScoreMove <= 0.1)}`,
  );
  for (const c of size.changed)
    console.log(
      `    ${c.a} → ${c.b}: ${c.seen.map((s, i) => `${size.sizes[i]}: ${s.relation ?? 'none'} ${s.score === null ? 'not a candidate' : s.score.toFixed(3)}`).join(', ')}`,
    );
}

if (!existsSync(evaldata)) {
  console.log(
    `\nReal-text evaluation skipped: ${evaldata} is not there (it holds third-party data kept beside the project).`,
  );
} else {
  const { evalQuotes } = await import('./eval-quotes');
  const t1 = performance.now();
  const q = await evalQuotes(evaldata);
  console.log(
    `\nPolNeAR attribution (real news, ${q.n} gold quotations with quote marks) in ${((performance.now() - t1) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  quotation spans: precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)}, F1 ${q.f1.toFixed(3)}   target F1 ≥ 0.95  ${mark(q.f1 >= 0.95)}`,
  );
  console.log(
    `  speaker accuracy against the gold source span     ${q.speakerAccuracy.toFixed(3)}   target ≥ 0.90  ${mark(q.speakerAccuracy >= 0.9)}`,
  );
  const { evalCampaignSameStory } = await import('./eval-related');
  const t4 = performance.now();
  const campaign = evalCampaignSameStory(evaldata);
  if (campaign) {
    const [d0, d1, d3, d7, more, undated] = campaign.byDays;
    console.log(
      `\nSame story among real campaign news (PolNeAR train, ${campaign.articles} articles of a year, a random sample, not clusters of one event; no gold) in ${((performance.now() - t4) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  pairs called the same story ${campaign.pairs}; articles with at least one ${campaign.withAny} of ${campaign.articles}`,
    );
    console.log(
      `  by days apart: same day ${d0}, 1 day ${d1}, 2–3 days ${d3}, 4–7 days ${d7}, more ${more}, undated ${undated}`,
    );
    const r = campaign.read;
    console.log(
      `  of ${r['one-event'].pairs + r['two-stories'].pairs + r.unclear.pairs} pairs read by hand (scripts/campaign-pairs.json), called the same story now: one event ${r['one-event'].called} of ${r['one-event'].pairs}, unclear ${r.unclear.called} of ${r.unclear.pairs}, two stories ${r['two-stories'].called} of ${r['two-stories'].pairs}`,
    );
  }
  const { evalQuotesGerman } = await import('./eval-quotes-de');
  const de = evalQuotesGerman(evaldata, 'dev');
  if (de) {
    console.log(
      `\nde-wikinews (real German news, dev split, ${de.n} gold direct quotations; rules tuned on train only)`,
    );
    console.log(
      `  quotation spans: precision ${de.precision.toFixed(3)}, recall ${de.recall.toFixed(3)}, F1 ${de.f1.toFixed(3)}   target F1 ≥ 0.92  ${mark(de.f1 >= 0.92)}`,
    );
    console.log(
      `  speaker accuracy where the gold speaker contains a name (${de.speakerNamed})  ${de.speakerAccuracy.toFixed(3)}   target ≥ 0.90  ${mark(de.speakerAccuracy >= 0.9)}`,
    );
  } else console.log('\nde-wikinews evaluation skipped: de-wikinews-quotes not found.');
}
