// @vitest-environment node
/** The fuzz properties with a few thousand cases in all; `npm run fuzz` runs 100,000+. */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { PROPERTIES } from '../fuzz/properties';

const RUNS: Record<keyof typeof PROPERTIES, number> = {
  'quotation parsing and attribution': 800,
  analysis: 150,
  'pack reader': 1500,
  'index codec': 1500,
  'extraction over generated HTML': 30,
};

describe('fuzz properties', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(
      name,
      () => {
        fc.assert(property() as fc.IProperty<unknown[]>, {
          numRuns: RUNS[name as keyof typeof PROPERTIES],
          seed: 20261130,
        });
      },
      120_000,
    );
  }
});
