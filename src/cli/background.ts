/**
 * The background word statistics for the command line and the scripts, read from
 * `src/corpus/background.json` (built by `scripts/build-background.ts`). The engine takes
 * them as a parameter; it never reads files itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parseBackground,
  withNewsNames,
  type BackgroundFile,
  type BackgroundStats,
} from '../core/background';

/** Path of the shipped background file. */
export const BACKGROUND_FILE = fileURLToPath(new URL('../corpus/background.json', import.meta.url));

/** Path of the names international news repeats (see `withNewsNames`). */
export const NEWS_NAMES_FILE = fileURLToPath(new URL('../corpus/news-names.txt', import.meta.url));

let cached: BackgroundStats | null = null;

/** A background file as the extension ships it: with the news names' table. */
export function shippedBackground(path = BACKGROUND_FILE): BackgroundFile {
  const file = JSON.parse(readFileSync(path, 'utf8')) as BackgroundFile;
  return withNewsNames(file, readFileSync(NEWS_NAMES_FILE, 'utf8'));
}

/** The parsed background statistics, read once per process. */
export function loadBackground(path = BACKGROUND_FILE): BackgroundStats {
  if (path !== BACKGROUND_FILE) return parseBackground(shippedBackground(path));
  cached ??= parseBackground(shippedBackground(path));
  return cached;
}
