/**
 * `npm run eval`: the engine measured on the labelled demo corpus and, when
 * `../shared/evaldata` is beside the project, on real third-party text.
 *
 *   npm run eval [-- --verbose] [-- --evaldata DIR]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evalDemo } from './eval-demo';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dirArg = args.indexOf('--evaldata');
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
