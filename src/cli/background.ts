/**
 * The background word statistics for the command line and the scripts, read from
 * `src/corpus/background.json` (built by `scripts/build-background.ts`). The engine takes
 * them as a parameter; it never reads files itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseBackground, type BackgroundStats } from '../core/background';

/** Path of the shipped background file. */
export const BACKGROUND_FILE = fileURLToPath(new URL('../corpus/background.json', import.meta.url));

let cached: BackgroundStats | null = null;

/** The parsed background statistics, read once per process. */
export function loadBackground(path = BACKGROUND_FILE): BackgroundStats {
  if (path !== BACKGROUND_FILE) return parseBackground(JSON.parse(readFileSync(path, 'utf8')));
  cached ??= parseBackground(JSON.parse(readFileSync(path, 'utf8')));
  return cached;
}
