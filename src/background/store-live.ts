/**
 * The background worker's single store connection and live index, created lazily on
 * first use (the MV3 worker starts and stops often; nothing is opened before it is
 * needed), plus the broadcasts that tell open options pages something changed.
 */
import type { Corpus } from '../core/corpus';
import browser from '../shared/browser';
import type { MessageType, Request } from '../shared/messages';
import { CorpusStore } from './store';
import { LiveIndex } from './store-index';

let bundledLoader: () => Promise<Corpus | null> = async () => null;
let storePromise: Promise<CorpusStore> | null = null;
let indexPromise: Promise<LiveIndex> | null = null;
let bundledPromise: Promise<Corpus | null> | null = null;
/** A read of the saved index begun before the live index was asked for (`prefetchSavedIndex`). */
let savedPromise: ReturnType<typeof LiveIndex.readSaved> | null = null;

/**
 * Tell the store layer how to load the bundled corpus (the worker's entry, index.ts, gives
 * it `getBundledCorpus` at start). A loader that throws counts as "no bundled corpus".
 */
export function useBundledLoader(load: () => Promise<Corpus | null>): void {
  bundledLoader = load;
  bundledPromise = null;
  indexPromise = null;
}

/** The bundled corpus as loaded (null when it could not be), loaded once per worker life. */
export function getBundled(): Promise<Corpus | null> {
  bundledPromise ??= bundledLoader().catch((e: unknown) => {
    console.warn('Second Source: the bundled corpus could not be loaded', e);
    return null;
  });
  return bundledPromise;
}

/** The worker's store connection. */
export function getStore(): Promise<CorpusStore> {
  storePromise ??= CorpusStore.open().catch((e: unknown) => {
    storePromise = null;
    throw e;
  });
  return storePromise;
}

/**
 * Start reading the saved index from storage, when the live index is not built yet: the
 * reads go on off the worker's thread, and the index is decoded once it is asked for
 * (`getLiveIndex`). A click on a page starts this before it asks the page for its article.
 */
export function prefetchSavedIndex(): void {
  if (indexPromise || savedPromise) return;
  savedPromise = getStore().then((store) => LiveIndex.readSaved(store));
  savedPromise.catch(() => undefined);
}

/**
 * The live index (bundled + enabled user corpora). If the store cannot be opened (a
 * profile without IndexedDB, e.g. some private-browsing modes) the index holds the
 * bundled corpus alone.
 */
export function getLiveIndex(): Promise<LiveIndex> {
  indexPromise ??= (async () => {
    // The bundled corpus loads while the store opens and its saved index is read.
    const opened = getStore();
    const saved = savedPromise ?? opened.then((store) => LiveIndex.readSaved(store));
    savedPromise = null;
    // Not read when the store cannot be opened (the bundled corpus is used alone).
    saved.catch(() => undefined);
    const [bundled, store] = await Promise.all([getBundled(), opened]);
    const { index, corrupt } = await LiveIndex.build(store, bundled, bundledKey(bundled), saved);
    if (corrupt > 0) {
      console.warn(`Second Source: skipped ${corrupt} unreadable stored records`);
    }
    return index;
  })().catch((e: unknown) => {
    indexPromise = null;
    throw e;
  });
  return indexPromise;
}

/**
 * What identifies the bundled corpus inside a cached index: the extension version and the
 * corpus's own URLs, so an update that ships another corpus never reuses an old index.
 */
function bundledKey(bundled: Corpus | null): string {
  if (!bundled) return 'no-bundled';
  let hash = 0;
  for (const url of bundled.urls().sort()) {
    for (let i = 0; i < url.length; i++) hash = (Math.imul(hash, 31) + url.charCodeAt(i)) | 0;
  }
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // No manifest outside the extension (tests): the URLs alone identify the corpus.
  }
  return `${version}:${bundled.size}:${(hash >>> 0).toString(36)}`;
}

/** The corpus `analyze` should read: the live index, or the bundled corpus if storage fails. */
export async function getCombinedCorpus(): Promise<Corpus> {
  try {
    return (await getLiveIndex()).corpus;
  } catch (e) {
    console.warn('Second Source: your corpora could not be read; using the bundled one', e);
    const bundled = await getBundled();
    if (!bundled) throw e;
    return bundled;
  }
}

/**
 * Send a message to every open extension page (options pages listen). Nobody listening
 * is normal, so that error is swallowed.
 */
export async function broadcast<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type, payload });
  } catch {
    // "Receiving end does not exist": no options page is open.
  }
}

/** Tell open options pages that the corpora changed (`reason`: what changed them). */
export const corporaChanged = (reason: string): Promise<void> =>
  broadcast('opt/corpora-changed', { reason });

/** Tell open options pages that the followed feeds changed. */
export const feedsChanged = (reason: string): Promise<void> =>
  broadcast('opt/feeds-changed', { reason });
