/**
 * Data files shipped inside the extension package (`corpus/…`), each fetched and parsed
 * on first use, once per worker life: the MV3 worker is stopped when idle, so nothing
 * loads before an analysis needs it.
 */
import browser from '../shared/browser';
import { parseLexicon, type Lexicon } from '../core/lexicon';

/**
 * A loader of the package file at `path`, parsed by `parse`. The engine works without
 * these files (less well), so a failed load gives null, and is tried again on the next
 * call, rather than failing the analysis.
 */
export function packageData<T>(path: string, parse: (json: unknown) => T): () => Promise<T | null> {
  let pending: Promise<T | null> | null = null;
  return () => {
    pending ??= (async () => {
      const response = await fetch(browser.runtime.getURL(path));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return parse(await response.json());
    })().catch(() => {
      pending = null;
      return null;
    });
    return pending;
  };
}

/** Path of the compiled concept lexicon inside the extension package. */
export const LEXICON_PATH = 'corpus/lexicon.json';

/** The concept lexicon (compiled at build time from `src/corpus/lexicon.txt`). */
export const getLexicon: () => Promise<Lexicon | null> = packageData(LEXICON_PATH, parseLexicon);
