/**
 * Builds the test variant of the extension (dist/test/chrome, dist/test/firefox) once
 * before the end-to-end tests. `SECOND_SOURCE_CORPUS=path/to/pack.jsonl` compiles another
 * pack instead of src/corpus/demo.jsonl; `SECOND_SOURCE_SKIP_BUILD=1` reuses the last build.
 */
import { existsSync } from 'node:fs';
import { BROWSERS, buildExtension, outDir } from '../../scripts/build';

export default async function setup(): Promise<void> {
  if (
    process.env.SECOND_SOURCE_SKIP_BUILD === '1' &&
    BROWSERS.every((b) => existsSync(outDir(b, true)))
  ) {
    return;
  }
  await buildExtension({
    browsers: BROWSERS,
    test: true,
    dev: false,
    zip: false,
    corpusPack: process.env.SECOND_SOURCE_CORPUS,
    quiet: true,
  });
}
