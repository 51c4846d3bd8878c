/**
 * The one corpus the background queries: the bundled corpus (when enabled) plus every
 * enabled user corpus, kept current with `Corpus.add` / `Corpus.remove` as the user
 * imports, deletes, enables or disables, so that no change needs a restart or a rebuild.
 *
 * One URL may sit in several corpora (an imported pack and reading history, say). The
 * index holds it once; `owners` records which corpora have it, so that switching one of
 * them off keeps the article while another still holds it.
 */
import { Corpus, deserializeCorpus, serializeCorpus, serializeCorpusApart } from '../core/corpus';
import { decodeTextsTable } from '../core/corpus-format';
import type { Article } from '../core/types';
import { BUNDLED_CORPUS_ID } from '../shared/corpus-types';
import type { CorpusStore, LoadedIndexCache, SavedOwners } from './store';

/** Articles added to the live index between two yields. */
export const INDEX_CHUNK = 250;

/**
 * Delay (ms) between a change and saving the index for the next worker start. Changes in
 * quick succession (an import, a run of deletions) then cost one save.
 */
export const CACHE_SAVE_DELAY_MS = 1500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class LiveIndex {
  /** Which corpora hold each URL in the index, in the order they were added. */
  private ownerMap: Map<string, string[]> | null = new Map();
  /** The owners as saved with the index, turned into `ownerMap` on first use. */
  private savedOwners: SavedOwners | null = null;

  /**
   * Which corpora hold each URL. Loaded with a saved index, the map is built on first use:
   * an analysis never needs it, only changes to the index do.
   */
  private get owners(): Map<string, string[]> {
    if (!this.ownerMap) {
      // Doc ids are those of the index as loaded: every change reads this map first.
      this.ownerMap = new Map();
      const { lists, of } = this.savedOwners ?? { lists: [], of: new Uint32Array(0) };
      for (let id = 0; id < of.length; id++)
        this.ownerMap.set(this.corpus.meta(id).url, [...lists[of[id]!]!]);
      this.savedOwners = null;
    }
    return this.ownerMap;
  }
  /** Queue that runs changes one after another, so two changes never interleave. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Changes begun (store and index) and not yet finished; the cache is not saved meanwhile. */
  private pending = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /**
   * A saved text was found damaged: the texts in memory are no longer whole, so nothing
   * is saved from them, and the next worker start rebuilds the index from the articles.
   */
  private damaged = false;

  private constructor(
    /** The index `analyze` reads. Never replaced, only changed in place. */
    readonly corpus: Corpus,
    private readonly store: CorpusStore,
    private readonly bundled: Corpus | null,
    private readonly cacheKey: string,
  ) {}

  /**
   * Start reading the saved index, for `build`: a worker starts this read before it
   * needs the index, so that storage reads it meanwhile.
   */
  static readSaved(store: CorpusStore): Promise<LoadedIndexCache | null> {
    return store.readIndexCache().catch(() => null);
  }

  /**
   * The live index from the bundled corpus (null when it could not be loaded) and the
   * enabled corpora in `store`. Indexing thousands of articles takes seconds, and the MV3
   * worker restarts often, so the index saved by the last worker is loaded instead when
   * nothing changed since (same store generation, same `cacheKey` for the bundled
   * corpus). Unreadable stored records are skipped; `corrupt` counts them.
   */
  static async build(
    store: CorpusStore,
    bundled: Corpus | null,
    cacheKey = '',
    saved: Promise<LoadedIndexCache | null> = LiveIndex.readSaved(store),
  ): Promise<{ index: LiveIndex; corrupt: number; fromCache: boolean }> {
    // The generation is read now, whenever the saved index was: one saved at another
    // generation is never trusted.
    const [generation, cached] = await Promise.all([store.generation(), saved]);
    if (cached && cached.generation === generation && cached.key === cacheKey) {
      try {
        // One of another layout (an update) fails to decode.
        const corpus = deserializeCorpus(cached.buffer);
        const texts = await cached.texts;
        if (!texts) throw new Error('the saved index has no texts');
        const table = decodeTextsTable(texts.table, cached.buffer);
        if (Math.ceil(table.bytes / texts.chunkBytes) !== texts.chunks)
          throw new Error('the saved texts are not whole');
        // The texts' bytes are read as the engine asks for them.
        corpus.attachTextChunks(table, {
          chunkBytes: texts.chunkBytes,
          read: (list) => store.readTextChunks(list),
        });
        const index = new LiveIndex(corpus, store, bundled, cacheKey);
        corpus.onDamagedText = () => index.textDamaged();
        if (cached.owners.of.length !== corpus.docCount) throw new Error('owners do not fit');
        index.ownerMap = null;
        index.savedOwners = cached.owners;
        return { index, corrupt: 0, fromCache: true };
      } catch {
        // A damaged buffer or missing texts: rebuild below.
      }
    }
    const parts: { id: string; articles: Article[] }[] = [];
    let corrupt = 0;
    if (bundled && (await store.isBundledEnabled())) {
      parts.push({ id: BUNDLED_CORPUS_ID, articles: articlesOf(bundled) });
    }
    const { records, corrupt: badCorpora } = await store.corpusRecords();
    corrupt += badCorpora;
    for (const r of records.sort((a, b) => a.created - b.created)) {
      if (r.state !== 'ready' || !r.enabled) continue;
      const read = await store.readArticles(r.id);
      corrupt += read.corrupt;
      parts.push({ id: r.id, articles: read.articles });
    }
    // Index everything in one pass: fromArticles judges term salience over the whole set.
    const owners = new Map<string, string[]>();
    const unique: Article[] = [];
    for (const { id, articles } of parts) {
      for (const a of articles) {
        const list = owners.get(a.url);
        if (list) list.push(id);
        else {
          owners.set(a.url, [id]);
          unique.push(a);
        }
      }
    }
    // Nothing beyond the bundled corpus (a new install, or no user articles yet): it is
    // indexed already, and a copy saves indexing it again on every worker start.
    const bundledOnly =
      bundled !== null && parts[0]?.id === BUNDLED_CORPUS_ID && unique.length === bundled.size;
    const corpus = bundledOnly
      ? deserializeCorpus(serializeCorpus(bundled))
      : Corpus.fromArticles(unique);
    const index = new LiveIndex(corpus, store, bundled, cacheKey);
    for (const [url, list] of owners) index.owners.set(url, list);
    index.scheduleSave();
    return { index, corrupt, fromCache: false };
  }

  /**
   * Run a change to the store and the matching change to the index as one unit (the
   * cache is never saved half way through), then schedule a save of the index.
   */
  async change<T>(work: () => Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await work();
    } finally {
      this.pending--;
      this.scheduleSave();
    }
  }

  /** Save the index for the next worker start after `delayMs`, replacing a pending save. */
  scheduleSave(delayMs = CACHE_SAVE_DELAY_MS): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.saveCache().catch(() => undefined);
    }, delayMs);
  }

  /**
   * Save the index now, unless a change is under way (then later). The generation is read
   * before the index is serialised: a change that lands in between raises it, so the saved
   * copy is then simply not used. Returns whether it saved.
   */
  async saveCache(): Promise<boolean> {
    if (this.damaged) return false;
    if (this.pending > 0) {
      this.scheduleSave();
      return false;
    }
    await this.queue;
    const generation = await this.store.generation();
    if (this.pending > 0) {
      this.scheduleSave();
      return false;
    }
    // Serialising reads every text.
    await this.corpus.loadAllTexts();
    // Read before serialising: that may compact the index, which renumbers its docs.
    const owners = this.owners;
    const { index, texts } = serializeCorpusApart(this.corpus);
    if (this.damaged) return false;
    await this.store.writeIndexCache({
      generation,
      key: this.cacheKey,
      buffer: index,
      texts,
      owners: savedOwners(this.corpus, owners),
    });
    return true;
  }

  /**
   * A text of the loaded index was found damaged when read: stop saving, and forget the
   * saved index so that the next worker start rebuilds it from the stored articles.
   */
  private textDamaged(): void {
    if (this.damaged) return;
    this.damaged = true;
    this.cancelSave();
    console.warn('Second Source: the saved index is damaged; it is rebuilt at the next start');
    void this.store.clearIndexCache().catch(() => undefined);
  }

  /** Stop a pending save (tests; a worker that is going away). */
  cancelSave(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  /** Number of articles in the index. */
  get size(): number {
    return this.corpus.size;
  }

  /** Corpora holding `url` in the index (for tests and diagnostics). */
  ownersOf(url: string): readonly string[] {
    return this.owners.get(url) ?? [];
  }

  /**
   * Run `job` after the changes before it. A change may compact the index, which reads
   * every text: the texts still in storage are loaded first.
   */
  private run<T>(job: () => Promise<T>): Promise<T> {
    const loaded = this.queue.then(() => this.corpus.loadAllTexts());
    const next = loaded.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Add a corpus's articles to the index in slices of `INDEX_CHUNK`, calling `onProgress`
   * after each. An URL already held by another corpus keeps its indexed copy, except
   * that the same corpus adding it again refreshes it (reading history re-reads a page).
   */
  addArticles(
    corpusId: string,
    articles: readonly Article[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<void> {
    return this.run(async () => {
      for (let i = 0; i < articles.length; i += INDEX_CHUNK) {
        const fresh: Article[] = [];
        for (const a of articles.slice(i, i + INDEX_CHUNK)) {
          const list = this.owners.get(a.url);
          if (!list) {
            this.owners.set(a.url, [corpusId]);
            fresh.push(a);
          } else {
            if (!list.includes(corpusId)) list.push(corpusId);
            if (list[0] === corpusId) fresh.push(a);
          }
        }
        this.corpus.add(fresh);
        onProgress?.(Math.min(i + INDEX_CHUNK, articles.length), articles.length);
        if (i + INDEX_CHUNK < articles.length) await yieldToEventLoop();
      }
    });
  }

  /**
   * Take a corpus's articles (by URL) out of the index. An URL another corpus still holds
   * stays, reindexed from that corpus's copy when this one's was the indexed copy.
   */
  removeArticles(corpusId: string, urls: readonly string[]): Promise<void> {
    return this.run(async () => {
      const gone: string[] = [];
      const replaced: { owner: string; url: string }[] = [];
      for (const url of urls) {
        const list = this.owners.get(url);
        if (!list) continue;
        const at = list.indexOf(corpusId);
        if (at < 0) continue;
        list.splice(at, 1);
        if (list.length === 0) {
          this.owners.delete(url);
          gone.push(url);
        } else if (at === 0) {
          replaced.push({ owner: list[0]!, url });
        }
      }
      this.corpus.remove(gone);
      const again: Article[] = [];
      for (const { owner, url } of replaced) {
        const article = await this.articleFrom(owner, url);
        if (article) again.push(article);
      }
      this.corpus.add(again);
    });
  }

  /** Every URL that `corpusId` holds in the index. */
  urlsOf(corpusId: string): string[] {
    const out: string[] = [];
    for (const [url, list] of this.owners) if (list.includes(corpusId)) out.push(url);
    return out;
  }

  /** Switch the bundled corpus in or out of the index. */
  async setBundled(enabled: boolean): Promise<void> {
    if (!this.bundled) return;
    if (enabled) {
      if (this.urlsOf(BUNDLED_CORPUS_ID).length === 0) {
        await this.addArticles(BUNDLED_CORPUS_ID, articlesOf(this.bundled));
      }
    } else {
      await this.removeArticles(BUNDLED_CORPUS_ID, this.urlsOf(BUNDLED_CORPUS_ID));
    }
  }

  private async articleFrom(corpusId: string, url: string): Promise<Article | null> {
    if (corpusId === BUNDLED_CORPUS_ID) {
      const id = this.bundled?.idOf(url);
      return id === undefined || !this.bundled ? null : this.bundled.article(id);
    }
    return this.store.getArticle(corpusId, url);
  }
}

/** `owners` by the doc ids of `corpus`, just serialised (so compacted: ids 0 to size - 1). */
function savedOwners(corpus: Corpus, owners: Map<string, string[]>): SavedOwners {
  const lists: string[][] = [];
  const numbers = new Map<string, number>();
  const of = new Uint32Array(corpus.docCount);
  for (let id = 0; id < corpus.docCount; id++) {
    const list = owners.get(corpus.meta(id).url) ?? [];
    const key = list.join('\u0000');
    let k = numbers.get(key);
    if (k === undefined) {
      k = lists.length;
      lists.push([...list]);
      numbers.set(key, k);
    }
    of[id] = k;
  }
  return { lists, of };
}

/** The live articles of a corpus index, in id order. */
export function articlesOf(corpus: Corpus): Article[] {
  const out: Article[] = [];
  for (let id = 0; id < corpus.docCount; id++)
    if (!corpus.isRemoved(id)) out.push(corpus.article(id));
  return out;
}
