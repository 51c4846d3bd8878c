/**
 * The user's corpora in IndexedDB (through `idb`): imported packs and reading history,
 * their articles keyed by canonical URL, and the enabled flag of the bundled corpus. The
 * bundled corpus itself ships with the extension and is never stored here.
 *
 * Writes happen in chunks of `STORE_CHUNK` articles, one transaction each, so a large
 * import never holds one huge transaction and the caller can report progress between
 * chunks. An import that fails half way is rolled back, so it either lands whole or
 * not at all. Records that cannot be read (damaged by a crash, an older release or a
 * manual edit) are skipped and counted, never thrown.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { canonicalUrl, isArticle } from '../core/article';
import { splitTexts } from '../core/corpus-format';
import { articleToRecord } from '../core/pack';
import type { Article } from '../core/types';
import { isFeedRecord, type FeedRecord } from '../shared/feed-types';
import { ExpectedError } from '../shared/errors';
import { isString } from '../core/is';
import {
  BUNDLED_CORPUS_ID,
  HISTORY_CORPUS_ID,
  type ArticleListItem,
  type ArticlePage,
  type CorpusInfo,
} from '../shared/corpus-types';
import { t } from '../shared/i18n';

export const DB_NAME = 'second-source';
/** IndexedDB schema version (not the settings version). */
export const DB_VERSION = 2;
/** Articles written per transaction. */
export const STORE_CHUNK = 500;
/** Longest page `listArticles` returns. */
export const MAX_PAGE = 200;

/** A corpus as stored. Statistics are kept up to date on every write. */
export interface CorpusRecord {
  id: string;
  kind: 'pack' | 'history' | 'feed';
  name: string;
  enabled: boolean;
  /** 'importing' while an import runs; such a record left behind by a crash is removed on open. */
  state: 'importing' | 'ready';
  created: number;
  updated: number;
  /** Article records stored for this corpus (unreadable ones included until deleted). */
  count: number;
  /** UTF-8 size of the readable articles as a pack. */
  bytes: number;
  /** Article count per outlet. */
  outlets: Record<string, number>;
}

/** An article as stored, with the fields indexes and listings need. */
export interface ArticleRecord {
  corpusId: string;
  /** Canonical URL; `[corpusId, url]` is the key, so one corpus holds a URL once. */
  url: string;
  /** `published ?? ''`, because null cannot be an index key. */
  publishedKey: string;
  /** UTF-8 size of the article's pack line. */
  bytes: number;
  added: number;
  article: Article;
}

interface MetaRecord {
  key: string;
  value: unknown;
}

interface StoreSchema extends DBSchema {
  corpora: { key: string; value: CorpusRecord };
  articles: {
    key: [string, string];
    value: ArticleRecord;
    indexes: { 'by-corpus-published': [string, string]; 'by-url': string };
  };
  meta: { key: string; value: MetaRecord };
  feeds: { key: string; value: FeedRecord };
}

/** The live index as saved between worker starts (see `LiveIndex`). */
export interface IndexCache {
  /** `CorpusStore.generation()` when the index was saved. */
  generation: number;
  /** Identifies the bundled corpus the index includes (extension version, size). */
  key: string;
  /** The index without its texts (`serializeCorpusApart`). */
  buffer: ArrayBuffer;
  /** The index's article texts (`serializeCorpusApart`), stored as a record of their own. */
  texts: ArrayBuffer;
  /** Corpora holding each URL, as `LiveIndex` keeps them (see `SavedOwners`). */
  owners: SavedOwners;
}

/**
 * Which corpora hold each article of a saved index, by its doc id there: the distinct
 * lists of corpus ids, and per doc the number of its list. Far smaller to store and read
 * back than a list of URLs, which the index holds already.
 */
export interface SavedOwners {
  lists: string[][];
  of: Uint32Array;
}

function isSavedOwners(v: unknown): v is SavedOwners {
  if (typeof v !== 'object' || v === null) return false;
  const { lists, of } = v as Partial<SavedOwners>;
  return (
    of instanceof Uint32Array &&
    Array.isArray(lists) &&
    lists.every((l) => Array.isArray(l) && l.every((id) => typeof id === 'string')) &&
    of.every((k) => k < lists.length)
  );
}

/**
 * The texts of a saved index as stored: their tables (`splitTexts`) in one record, their
 * bytes in `chunks` records of `chunkBytes` each, read only as the engine needs them.
 */
export interface SavedTexts {
  table: ArrayBuffer;
  chunkBytes: number;
  chunks: number;
}

function isSavedTexts(v: unknown): v is SavedTexts {
  if (typeof v !== 'object' || v === null) return false;
  const { table, chunkBytes, chunks } = v as Partial<SavedTexts>;
  return (
    table instanceof ArrayBuffer &&
    Number.isInteger(chunkBytes) &&
    chunkBytes! > 0 &&
    Number.isInteger(chunks) &&
    chunks! >= 0
  );
}

/**
 * A saved index as read back: the tables of its texts arrive after the rest, so the
 * index can be decoded meanwhile; null when they are missing or unreadable. The text
 * bytes themselves are read with `readTextChunks`.
 */
export type LoadedIndexCache = Omit<IndexCache, 'texts'> & { texts: Promise<SavedTexts | null> };

/**
 * Bytes of text in each record of a saved index's texts. A click reads the records of a
 * few dozen articles. Measured in Chromium on 68 MB of text: 128 KB records write as fast
 * as one record of it all (240 ms) and 60 of them read in 19 ms; 32 KB records take four
 * times as long to write, 512 KB ones six times as long to read.
 */
export const TEXT_CHUNK_BYTES = 128 * 1024;

const textChunkKey = (k: number) => `index-texts:${k}`;
/** Every record key of saved text chunks (`index-texts:0`, `index-texts:1`…). */
const textChunkKeys = () => IDBKeyRange.bound('index-texts:', 'index-texts;', false, true);

/** A write was refused because the browser's storage quota for the extension is full. */
export class StoreQuotaError extends ExpectedError {
  override name = 'StoreQuotaError';
  constructor() {
    super(t('store_quota_full'));
  }
}

/** A corpus id that does not exist (deleted in another tab, or never created). */
export class UnknownCorpusError extends ExpectedError {
  override name = 'UnknownCorpusError';
  constructor(readonly id: string) {
    super(t('corpus_gone', id));
  }
}

/** True for the errors browsers raise when storage is full (names differ across engines). */
export function isQuotaError(e: unknown): boolean {
  if (e instanceof StoreQuotaError) return true;
  const err = e as { name?: unknown; message?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  return (
    err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (typeof err.message === 'string' && /quota/i.test(err.message))
  );
}

function asStoreError(e: unknown): unknown {
  return isQuotaError(e) ? new StoreQuotaError() : e;
}

const encoder = new TextEncoder();

/** UTF-8 size of an article's pack line, newline included. */
export function packLineBytes(article: Article): number {
  return encoder.encode(JSON.stringify(articleToRecord(article))).length + 1;
}

function isArticleRecord(v: unknown): v is ArticleRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r.corpusId) && isString(r.url) && typeof r.bytes === 'number' && isArticle(r.article)
  );
}

function isCorpusRecord(v: unknown): v is CorpusRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r.id) &&
    (r.kind === 'pack' || r.kind === 'history' || r.kind === 'feed') &&
    isString(r.name) &&
    typeof r.enabled === 'boolean' &&
    (r.state === 'importing' || r.state === 'ready') &&
    typeof r.count === 'number' &&
    typeof r.bytes === 'number' &&
    typeof r.outlets === 'object' &&
    r.outlets !== null
  );
}

function corpusRange(id: string): IDBKeyRange {
  // Every [id, x] key sorts between [id] and [id, []] (arrays sort after strings).
  return IDBKeyRange.bound([id], [id, []]);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The outlets of a corpus, most articles first. `outlets` is a stored record keyed by
 * outlet name; only its own properties count, so "constructor" or "__proto__" as an
 * outlet name is an outlet like any other.
 */
export function outletsList(outlets: Record<string, number>): CorpusInfo['outlets'] {
  return Object.entries(outlets)
    .filter(([, n]) => n > 0)
    .map(([source, articles]) => ({ source, articles }))
    .sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source));
}

function bump(outlets: Record<string, number>, source: string, by: number): void {
  const n = (Object.hasOwn(outlets, source) ? outlets[source]! : 0) + by;
  // defineProperty, not assignment: assigning to "__proto__" would set the prototype.
  if (n > 0)
    Object.defineProperty(outlets, source, {
      value: n,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else delete outlets[source];
}

/** Options for `CorpusStore.open`. */
export interface OpenOptions {
  /** Database name; tests use one per case. */
  name?: string;
}

/** Progress of a chunked write: articles written so far and in all. */
export type WriteProgress = (done: number, total: number) => void;

export class CorpusStore {
  private constructor(private readonly db: IDBPDatabase<StoreSchema>) {}

  /**
   * Open (creating or upgrading) the database and remove imports a crash left half done.
   */
  static async open(options: OpenOptions = {}): Promise<CorpusStore> {
    const db = await openDB<StoreSchema>(options.name ?? DB_NAME, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1) {
          database.createObjectStore('corpora', { keyPath: 'id' });
          const articles = database.createObjectStore('articles', {
            keyPath: ['corpusId', 'url'],
          });
          articles.createIndex('by-corpus-published', ['corpusId', 'publishedKey']);
          database.createObjectStore('meta', { keyPath: 'key' });
        }
        if (oldVersion < 2) {
          // Version 2: followed feeds, and articles found by address across corpora (a
          // feed item already stored in any corpus is not stored again).
          database.createObjectStore('feeds', { keyPath: 'id' });
          transaction.objectStore('articles').createIndex('by-url', 'url');
        }
      },
    });
    const store = new CorpusStore(db);
    await store.removeInterruptedImports();
    return store;
  }

  close(): void {
    this.db.close();
  }

  /** Raw records of every readable corpus, and how many corpus records were unreadable. */
  async corpusRecords(): Promise<{ records: CorpusRecord[]; corrupt: number }> {
    const all: unknown[] = await this.db.getAll('corpora');
    const records = all.filter(isCorpusRecord);
    return { records, corrupt: all.length - records.length };
  }

  private async removeInterruptedImports(): Promise<void> {
    const { records } = await this.corpusRecords();
    for (const r of records) if (r.state === 'importing') await this.deleteCorpus(r.id);
  }

  /** Earliest and latest `publishedKey` in a corpus, read from the index ends. */
  private async dateRange(id: string): Promise<[string | null, string | null]> {
    const index = this.db.transaction('articles').store.index('by-corpus-published');
    // '' (unknown date) sorts first, so start the low end just above it.
    const range = IDBKeyRange.bound([id, '\u0000'], [id, '\uffff']);
    const first = await index.openKeyCursor(range, 'next');
    const earliest = first ? ((first.key as [string, string])[1] ?? null) : null;
    const last = await index.openKeyCursor(range, 'prev');
    const latest = last ? ((last.key as [string, string])[1] ?? null) : null;
    return [earliest, latest];
  }

  /** The public description of a stored corpus. */
  async info(record: CorpusRecord): Promise<CorpusInfo> {
    const [earliest, latest] = await this.dateRange(record.id);
    return {
      id: record.id,
      kind: record.kind,
      name: record.name,
      enabled: record.enabled,
      articles: record.count,
      bytes: record.bytes,
      outlets: outletsList(record.outlets),
      earliest,
      latest,
      created: record.created,
      updated: record.updated,
      editable: true,
    };
  }

  /** Every finished corpus (imports still running are left out), oldest first. */
  async listCorpora(): Promise<{ corpora: CorpusInfo[]; corrupt: number }> {
    const { records, corrupt } = await this.corpusRecords();
    const ready = records.filter((r) => r.state === 'ready').sort((a, b) => a.created - b.created);
    const corpora: CorpusInfo[] = [];
    for (const r of ready) corpora.push(await this.info(r));
    return { corpora, corrupt };
  }

  async getCorpus(id: string): Promise<CorpusRecord | null> {
    const r: unknown = await this.db.get('corpora', id);
    return isCorpusRecord(r) ? r : null;
  }

  /**
   * Store `articles` as a new corpus named `name`, `STORE_CHUNK` articles per transaction,
   * calling `onProgress` after each. All or nothing: on any failure the partial corpus is
   * deleted and the error rethrown (`StoreQuotaError` when storage is full). Articles with
   * the same canonical URL collapse into the last one.
   */
  async importCorpus(
    name: string,
    articles: readonly Article[],
    onProgress?: WriteProgress,
  ): Promise<CorpusRecord> {
    const now = Date.now();
    const record: CorpusRecord = {
      id: `pack-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'pack',
      name: name.trim() || 'Imported pack',
      enabled: true,
      state: 'importing',
      created: now,
      updated: now,
      count: 0,
      bytes: 0,
      outlets: {},
    };
    try {
      await this.bumpGeneration();
      await this.db.put('corpora', record);
      for (let i = 0; i < articles.length; i += STORE_CHUNK) {
        await this.writeChunk(record, articles.slice(i, i + STORE_CHUNK));
        onProgress?.(Math.min(i + STORE_CHUNK, articles.length), articles.length);
        await yieldToEventLoop();
      }
      record.state = 'ready';
      record.updated = Date.now();
      await this.db.put('corpora', record);
      return record;
    } catch (e) {
      try {
        await this.deleteCorpus(record.id);
      } catch {
        // The record stays 'importing' and is removed the next time the store opens.
      }
      throw asStoreError(e);
    }
  }

  /** Put articles into a corpus in one transaction, keeping its statistics exact. */
  private async writeChunk(record: CorpusRecord, chunk: readonly Article[]): Promise<void> {
    const tx = this.db.transaction(['articles', 'corpora'], 'readwrite');
    const store = tx.objectStore('articles');
    const now = Date.now();
    const stats = { count: record.count, bytes: record.bytes, outlets: { ...record.outlets } };
    try {
      for (const a of chunk) {
        const article = { ...a, url: canonicalUrl(a.url) };
        const key: [string, string] = [record.id, article.url];
        const old: unknown = await store.get(key);
        if (isArticleRecord(old)) {
          stats.bytes -= old.bytes;
          bump(stats.outlets, old.article.source, -1);
        }
        const bytes = packLineBytes(article);
        await store.put({
          corpusId: record.id,
          url: article.url,
          publishedKey: article.published ?? '',
          bytes,
          added: now,
          article,
        });
        stats.bytes += bytes;
        bump(stats.outlets, article.source, 1);
      }
      // Counting the records (readable or not) keeps `count` exact even when an
      // unreadable record was replaced, without guessing whether it had been counted.
      stats.count = await store.count(corpusRange(record.id));
      const next = { ...record, ...stats, updated: now };
      await tx.objectStore('corpora').put(next);
      await tx.done;
      Object.assign(record, next);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already aborted by the failing request.
      }
      await tx.done.catch(() => undefined);
      throw asStoreError(e);
    }
  }

  /**
   * Add (or refresh) one article in the reading-history corpus, creating the corpus on
   * first use. Returns true when the URL was not there before.
   */
  async addToHistory(article: Article): Promise<boolean> {
    const record =
      (await this.getCorpus(HISTORY_CORPUS_ID)) ??
      newCorpusRecord('history', 'Reading history', HISTORY_CORPUS_ID);
    const before = record.count;
    await this.bumpGeneration();
    await this.writeChunk(record, [article]);
    return record.count > before;
  }

  /** Articles of a given corpus, in key order, plus how many records were unreadable. */
  async readArticles(id: string): Promise<{ articles: Article[]; corrupt: number }> {
    const all: unknown[] = await this.db.getAll('articles', corpusRange(id));
    const articles: Article[] = [];
    let corrupt = 0;
    for (const r of all) {
      if (isArticleRecord(r)) articles.push(r.article);
      else corrupt++;
    }
    return { articles, corrupt };
  }

  /** One article of a corpus, or null when absent or unreadable. */
  async getArticle(id: string, url: string): Promise<Article | null> {
    const r: unknown = await this.db.get('articles', [id, canonicalUrl(url)]);
    return isArticleRecord(r) ? r.article : null;
  }

  /**
   * A page of a corpus's articles, newest first (articles without a date last). `filter`
   * keeps articles whose title, outlet or URL contains it (case-insensitive).
   */
  async listArticles(id: string, offset: number, limit: number, filter = ''): Promise<ArticlePage> {
    const take = Math.max(0, Math.min(MAX_PAGE, Math.floor(limit)));
    const skip = Math.max(0, Math.floor(offset));
    const needle = filter.trim().toLowerCase();
    const items: ArticleListItem[] = [];
    let total = 0;
    let corrupt = 0;
    const record = needle ? null : await this.getCorpus(id);
    const index = this.db.transaction('articles').store.index('by-corpus-published');
    if (!needle) total = record ? record.count : await index.count(corpusRange(id));
    let cursor = await index.openCursor(corpusRange(id), 'prev');
    if (cursor && !needle && skip > 0) cursor = await cursor.advance(skip);
    let seen = 0;
    while (cursor) {
      const r: unknown = cursor.value;
      if (!isArticleRecord(r)) {
        corrupt++;
      } else {
        const a = r.article;
        const hit =
          !needle ||
          a.title.toLowerCase().includes(needle) ||
          a.source.toLowerCase().includes(needle) ||
          a.url.toLowerCase().includes(needle);
        if (hit) {
          if (needle) {
            total++;
            if (seen++ >= skip && items.length < take) items.push(listItem(r));
          } else if (items.length < take) {
            items.push(listItem(r));
          } else {
            break;
          }
        }
      }
      cursor = await cursor.continue();
    }
    return { corpusId: id, total, offset: skip, items, corrupt };
  }

  /** Delete one article; returns the updated corpus, or null when the article was not there. */
  async deleteArticle(id: string, url: string): Promise<CorpusRecord | null> {
    const key: [string, string] = [id, canonicalUrl(url)];
    await this.bumpGeneration();
    const tx = this.db.transaction(['articles', 'corpora'], 'readwrite');
    const record: unknown = await tx.objectStore('corpora').get(id);
    if (!isCorpusRecord(record)) {
      await tx.done;
      throw new UnknownCorpusError(id);
    }
    const old: unknown = await tx.objectStore('articles').get(key);
    if (old === undefined) {
      await tx.done;
      return null;
    }
    await tx.objectStore('articles').delete(key);
    const next: CorpusRecord = {
      ...record,
      outlets: { ...record.outlets },
      count: await tx.objectStore('articles').count(corpusRange(id)),
      updated: Date.now(),
    };
    if (isArticleRecord(old)) {
      next.bytes = Math.max(0, next.bytes - old.bytes);
      bump(next.outlets, old.article.source, -1);
    }
    await tx.objectStore('corpora').put(next);
    await tx.done;
    return next;
  }

  /** Delete a corpus and its articles; returns the number of article records removed. */
  async deleteCorpus(id: string): Promise<number> {
    await this.bumpGeneration();
    const tx = this.db.transaction(['articles', 'corpora'], 'readwrite');
    const articles = tx.objectStore('articles');
    const removed = await articles.count(corpusRange(id));
    await articles.delete(corpusRange(id));
    await tx.objectStore('corpora').delete(id);
    await tx.done;
    return removed;
  }

  /** Switch a stored corpus on or off. */
  async setEnabled(id: string, enabled: boolean): Promise<CorpusRecord> {
    const record = await this.getCorpus(id);
    if (!record) throw new UnknownCorpusError(id);
    await this.bumpGeneration();
    const next = { ...record, enabled };
    await this.db.put('corpora', next);
    return next;
  }

  /**
   * A counter raised before every change to what the live index is built from, so a
   * cached index (see `readIndexCache`) built at another generation is never trusted.
   */
  async generation(): Promise<number> {
    const r = await this.db.get('meta', 'generation');
    return typeof r?.value === 'number' ? r.value : 0;
  }

  /** Raise the generation. Called before a change, so a crash half way invalidates the cache. */
  private async bumpGeneration(): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    const r = await tx.store.get('generation');
    await tx.store.put({
      key: 'generation',
      value: (typeof r?.value === 'number' ? r.value : 0) + 1,
    });
    await tx.done;
  }

  /**
   * The cached live index, or null when there is none or it is unreadable. Both records
   * are asked for at once; the index resolves first, its texts when they have been read.
   */
  async readIndexCache(): Promise<LoadedIndexCache | null> {
    const tx = this.db.transaction('meta');
    const index = tx.store.get('index-cache');
    const texts = tx.store.get('index-texts').then(
      (r) => (isSavedTexts(r?.value) ? r.value : null),
      () => null,
    );
    const r = await index;
    const v = r?.value as Partial<IndexCache> | undefined;
    if (
      !v ||
      typeof v.generation !== 'number' ||
      typeof v.key !== 'string' ||
      !(v.buffer instanceof ArrayBuffer) ||
      !isSavedOwners(v.owners)
    ) {
      return null;
    }
    return { generation: v.generation, key: v.key, buffer: v.buffer, owners: v.owners, texts };
  }

  /**
   * Chunks `list` of the saved index's text bytes, in that order (null for one missing
   * or unreadable).
   */
  async readTextChunks(list: readonly number[]): Promise<(ArrayBuffer | null)[]> {
    const tx = this.db.transaction('meta');
    return Promise.all(
      list.map((k) =>
        tx.store.get(textChunkKey(k)).then(
          (r) => (r?.value instanceof ArrayBuffer ? r.value : null),
          () => null,
        ),
      ),
    );
  }

  /**
   * Store the live index so the next worker start can load it instead of rebuilding it:
   * the index, the tables of its texts and their bytes in chunks, written together.
   */
  async writeIndexCache(cache: IndexCache): Promise<void> {
    const { texts, ...index } = cache;
    const { table, chunks } = splitTexts(texts, TEXT_CHUNK_BYTES);
    const saved: SavedTexts = { table, chunkBytes: TEXT_CHUNK_BYTES, chunks: chunks.length };
    const tx = this.db.transaction('meta', 'readwrite');
    await Promise.all([
      tx.store.delete(textChunkKeys()),
      tx.store.put({ key: 'index-cache', value: index }),
      tx.store.put({ key: 'index-texts', value: saved }),
      ...chunks.map((value, k) => tx.store.put({ key: textChunkKey(k), value })),
      tx.done,
    ]);
  }

  /** Forget the saved index (found damaged): the next worker start rebuilds it. */
  async clearIndexCache(): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    await Promise.all([
      tx.store.delete('index-cache'),
      tx.store.delete('index-texts'),
      tx.store.delete(textChunkKeys()),
      tx.done,
    ]);
  }

  /** Whether the bundled corpus is switched on (it is unless the user turned it off). */
  async isBundledEnabled(): Promise<boolean> {
    const r = await this.db.get('meta', `enabled:${BUNDLED_CORPUS_ID}`);
    return r?.value !== false;
  }

  async setBundledEnabled(enabled: boolean): Promise<void> {
    await this.bumpGeneration();
    await this.db.put('meta', { key: `enabled:${BUNDLED_CORPUS_ID}`, value: enabled });
  }

  /**
   * Every readable article of a corpus as a JSONL pack, one line each (format in
   * `core/pack.ts`), oldest first, plus how many records were skipped as unreadable.
   */
  async exportCorpus(id: string): Promise<{ text: string; articles: number; corrupt: number }> {
    const index = this.db.transaction('articles').store.index('by-corpus-published');
    const lines: string[] = [];
    let corrupt = 0;
    for await (const cursor of index.iterate(corpusRange(id), 'next')) {
      const r: unknown = cursor.value;
      if (isArticleRecord(r)) lines.push(JSON.stringify(articleToRecord(r.article)));
      else corrupt++;
    }
    return { text: lines.length ? lines.join('\n') + '\n' : '', articles: lines.length, corrupt };
  }

  // ---- Followed feeds ----

  /** Every readable feed record, oldest first. */
  async listFeeds(): Promise<FeedRecord[]> {
    const all: unknown[] = await this.db.getAll('feeds');
    return all.filter(isFeedRecord).sort((a, b) => a.added - b.added);
  }

  async getFeed(id: string): Promise<FeedRecord | null> {
    const r: unknown = await this.db.get('feeds', id);
    return isFeedRecord(r) ? r : null;
  }

  async putFeed(feed: FeedRecord): Promise<void> {
    try {
      await this.db.put('feeds', feed);
    } catch (e) {
      throw asStoreError(e);
    }
  }

  async deleteFeed(id: string): Promise<void> {
    await this.db.delete('feeds', id);
  }

  /** A new, empty, ready corpus of `kind` (feeds get one corpus per outlet). */
  async createCorpus(kind: CorpusRecord['kind'], name: string): Promise<CorpusRecord> {
    const record = newCorpusRecord(kind, name);
    await this.bumpGeneration();
    await this.db.put('corpora', record);
    return record;
  }

  /** Rename a corpus or change its kind (a feed's corpus kept after the feed is removed). */
  async updateCorpus(
    id: string,
    change: Partial<Pick<CorpusRecord, 'name' | 'kind'>>,
  ): Promise<void> {
    const record = await this.getCorpus(id);
    if (!record) throw new UnknownCorpusError(id);
    await this.db.put('corpora', { ...record, ...change, updated: Date.now() });
  }

  /** Add articles to an existing corpus (same URL in that corpus: replaced). */
  async addArticles(id: string, articles: readonly Article[]): Promise<CorpusRecord> {
    const record = await this.getCorpus(id);
    if (!record) throw new UnknownCorpusError(id);
    await this.bumpGeneration();
    for (let i = 0; i < articles.length; i += STORE_CHUNK) {
      await this.writeChunk(record, articles.slice(i, i + STORE_CHUNK));
    }
    return record;
  }

  /** True when some corpus already holds an article at this (canonical) address. */
  async hasUrl(url: string): Promise<boolean> {
    const key = await this.db.getKeyFromIndex('articles', 'by-url', canonicalUrl(url));
    return key !== undefined;
  }

  /**
   * Keys of a corpus's articles with their date (publication date, else when stored), in
   * no particular order: what retention needs, without reading any text.
   */
  async articleDates(id: string): Promise<{ url: string; time: number }[]> {
    const out: { url: string; time: number }[] = [];
    const tx = this.db.transaction('articles');
    for await (const cursor of tx.store.iterate(corpusRange(id))) {
      const r: unknown = cursor.value;
      if (!isArticleRecord(r)) {
        out.push({ url: (cursor.key as [string, string])[1], time: 0 });
        continue;
      }
      const t = Date.parse(r.publishedKey);
      out.push({ url: r.url, time: Number.isFinite(t) ? t : r.added });
    }
    return out;
  }

  /** Delete some articles of a corpus; returns the updated corpus record. */
  async deleteArticles(id: string, urls: readonly string[]): Promise<CorpusRecord | null> {
    if (urls.length === 0) return this.getCorpus(id);
    await this.bumpGeneration();
    const tx = this.db.transaction(['articles', 'corpora'], 'readwrite');
    const record: unknown = await tx.objectStore('corpora').get(id);
    if (!isCorpusRecord(record)) {
      await tx.done;
      return null;
    }
    const next: CorpusRecord = { ...record, outlets: { ...record.outlets }, updated: Date.now() };
    const articles = tx.objectStore('articles');
    for (const url of urls) {
      const key: [string, string] = [id, url];
      const old: unknown = await articles.get(key);
      if (old === undefined) continue;
      await articles.delete(key);
      if (isArticleRecord(old)) {
        next.bytes = Math.max(0, next.bytes - old.bytes);
        bump(next.outlets, old.article.source, -1);
      }
    }
    next.count = await articles.count(corpusRange(id));
    await tx.objectStore('corpora').put(next);
    await tx.done;
    return next;
  }
}

/** An empty, ready corpus record (its id made up unless given). */
function newCorpusRecord(kind: CorpusRecord['kind'], name: string, id?: string): CorpusRecord {
  const now = Date.now();
  return {
    id: id ?? `${kind}-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    kind,
    name,
    enabled: true,
    state: 'ready',
    created: now,
    updated: now,
    count: 0,
    bytes: 0,
    outlets: {},
  };
}

function listItem(r: ArticleRecord): ArticleListItem {
  return {
    url: r.article.url,
    title: r.article.title,
    source: r.article.source,
    published: r.article.published,
    language: r.article.language,
    bytes: r.bytes,
  };
}
