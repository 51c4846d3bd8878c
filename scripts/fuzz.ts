/**
 * `npm run fuzz`: the fuzz properties of tests/fuzz/properties.ts over many inputs.
 *
 *   npm run fuzz                      # 100,000 inputs in all, a random seed
 *   npm run fuzz -- --runs 300000 --seed 42
 *   npm run fuzz -- --only "index codec"
 *
 * Prints, per property, the inputs run, the time taken and the failures (with the
 * shrunk counterexample and the seed to replay it); exits 1 when any failed.
 */
import fc from 'fast-check';
import { PROPERTIES } from '../tests/fuzz/properties';

/** Each property's share of the inputs (extraction builds a DOM per input: fewer). */
const SHARE: Record<keyof typeof PROPERTIES, number> = {
  'quotation parsing and attribution': 0.3,
  analysis: 0.05,
  'pack reader': 0.34,
  'index codec': 0.305,
  'extraction over generated HTML': 0.005,
};

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const total = Number(opt('--runs') ?? 100_000);
const seed = Number(opt('--seed') ?? Date.now() % 2 ** 31);
const only = opt('--only');

let failures = 0;
let inputs = 0;
const started = performance.now();
console.log(`seed ${seed}`);
for (const [name, make] of Object.entries(PROPERTIES)) {
  if (only && name !== only) continue;
  const runs = Math.max(1, Math.round(total * SHARE[name as keyof typeof PROPERTIES]));
  const t = performance.now();
  const result = fc.check(make() as fc.IProperty<unknown[]>, { numRuns: runs, seed });
  const took = (performance.now() - t) / 1000;
  inputs += result.numRuns;
  if (result.failed) {
    failures++;
    console.log(`${name}: FAILED after ${result.numRuns} inputs (${took.toFixed(1)} s)`);
    console.log(fc.defaultReportMessage(result) ?? '');
  } else console.log(`${name}: ${result.numRuns} inputs, ${took.toFixed(1)} s, no failure`);
}
const secs = (performance.now() - started) / 1000;
console.log(`total: ${inputs} inputs in ${secs.toFixed(1)} s, ${failures} failing properties`);
process.exitCode = failures ? 1 : 0;
