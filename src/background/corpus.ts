/**
 * The corpus the background analyses against. The bundled demo corpus ships with the
 * extension as `corpus/demo.ssidx` (compiled at build time) and is loaded lazily, once
 * per worker life: the MV3 worker is stopped when idle, so nothing loads before the
 * first analysis needs it.
 */
import { parseBackground, type BackgroundStats } from '../core/background';
import { Corpus, deserializeCorpus } from '../core/corpus';
import browser from '../shared/browser';
import { ExpectedError, errorMessage } from '../shared/errors';
import { t } from '../shared/i18n';
import { packageData } from './package-data';
import { getCombinedCorpus } from './store-live';

/** Path of the background word statistics inside the extension package. */
export const BACKGROUND_PATH = 'corpus/background.json';

/**
 * The background word statistics (`src/corpus/background.json`), loaded on first use.
 * Without them the engine still works, judging rarity by word length.
 */
export const getBackground: () => Promise<BackgroundStats | null> = packageData(
  BACKGROUND_PATH,
  parseBackground,
);

/** Path of the bundled corpus inside the extension package. */
export const BUNDLED_CORPUS_PATH = 'corpus/demo.ssidx';

let bundled: Promise<Corpus> | null = null;

/** Fetch and decode the bundled corpus from the extension package. */
export async function loadBundledCorpus(): Promise<Corpus> {
  let buffer: ArrayBuffer;
  try {
    const response = await fetch(browser.runtime.getURL(BUNDLED_CORPUS_PATH));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    buffer = await response.arrayBuffer();
  } catch (error) {
    throw new ExpectedError(t('corpus_load_failed', errorMessage(error)));
  }
  return deserializeCorpus(buffer);
}

/**
 * The bundled corpus, loaded on first use; a failed load is retried on the next call. The
 * worker's entry (index.ts) hands it to the store layer, which merges the user's corpora
 * with it (`useBundledLoader` in store-live.ts).
 */
export function getBundledCorpus(): Promise<Corpus> {
  bundled ??= loadBundledCorpus().catch((error: unknown) => {
    bundled = null;
    throw error;
  });
  return bundled;
}

/**
 * The corpus every analysis runs against: the bundled corpus (unless switched off) plus
 * the user's enabled corpora, kept current as they change (see store-live.ts).
 */
export function getCorpus(): Promise<Corpus> {
  return getCombinedCorpus();
}
