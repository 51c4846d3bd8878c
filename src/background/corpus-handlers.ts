/**
 * Background handlers for the corpus messages of the options page (list, import, export,
 * delete, enable), the reading-history hook `rememberArticle`, and the first-run welcome.
 *
 * Every change goes to IndexedDB first and then to the live index, so matching follows
 * at once; open options pages hear about it through `opt/corpora-changed`.
 *
 * On a fresh install, `welcomeOnInstall` (called by the worker's `runtime.onInstalled`
 * listener in index.ts) opens the options page, whose welcome panel offers reading history.
 */
import { canonicalUrl } from '../core/article';
import type { Corpus } from '../core/corpus';
import { serializePack } from '../core/pack';
import { outletName } from '../core/site';
import type { Article } from '../core/types';
import browser from '../shared/browser';
import type {
  BackgroundMessageType,
  CorpusMessageMap,
  Request,
  Response,
} from '../shared/messages';
import { loadSettings, mayRemember } from '../shared/settings';
import { MAX_PAGE, outletsList, packLineBytes, StoreQuotaError, UnknownCorpusError } from './store';
import { parsePackInChunks, StreamedPack } from './store-import';
import { articlesOf } from './store-index';
import { broadcast, corporaChanged, getBundled, getLiveIndex, getStore } from './store-live';
import {
  BUNDLED_CORPUS_ID,
  HISTORY_CORPUS_ID,
  type ArticlePage,
  type CorpusInfo,
  type ImportProgress,
  type ImportResult,
} from '../shared/corpus-types';
import { t, tn } from '../shared/i18n';

/** The message types handled here: the background's corpus messages. */
export type CorpusMessageType = BackgroundMessageType<CorpusMessageMap>;

/** Shown for the bundled corpus on the options page. */
export const BUNDLED_CORPUS_NAME = 'Demo corpus (built in)';

let bundledInfoCache: { corpus: Corpus; info: Omit<CorpusInfo, 'enabled'> } | null = null;

/** Statistics of the bundled corpus, computed once per worker life (it never changes). */
function bundledInfo(corpus: Corpus, enabled: boolean): CorpusInfo {
  if (bundledInfoCache?.corpus !== corpus) {
    const outlets = new Map<string, number>();
    let bytes = 0;
    let earliest: string | null = null;
    let latest: string | null = null;
    for (const a of articlesOf(corpus)) {
      outlets.set(a.source, (outlets.get(a.source) ?? 0) + 1);
      bytes += packLineBytes(a);
      if (a.published) {
        if (earliest === null || a.published < earliest) earliest = a.published;
        if (latest === null || a.published > latest) latest = a.published;
      }
    }
    bundledInfoCache = {
      corpus,
      info: {
        id: BUNDLED_CORPUS_ID,
        kind: 'bundled',
        name: BUNDLED_CORPUS_NAME,
        articles: corpus.size,
        bytes,
        outlets: outletsList(Object.fromEntries(outlets)),
        earliest,
        latest,
        created: null,
        updated: null,
        editable: false,
      },
    };
  }
  return { ...bundledInfoCache.info, enabled };
}

async function listCorpora(): Promise<{ corpora: CorpusInfo[]; corrupt: number }> {
  const store = await getStore();
  const bundled = await getBundled();
  const { corpora, corrupt } = await store.listCorpora();
  const first = bundled ? [bundledInfo(bundled, await store.isBundledEnabled())] : [];
  // Reading history first among the user's corpora, then packs in import order.
  const list = first.concat(
    corpora.filter((c) => c.id === HISTORY_CORPUS_ID),
    corpora.filter((c) => c.id !== HISTORY_CORPUS_ID),
  );
  return { corpora: list, corrupt };
}

async function corpusInfo(id: string): Promise<CorpusInfo> {
  const store = await getStore();
  if (id === BUNDLED_CORPUS_ID) {
    const bundled = await getBundled();
    if (!bundled) throw new UnknownCorpusError(id);
    return bundledInfo(bundled, await store.isBundledEnabled());
  }
  const record = await store.getCorpus(id);
  if (!record) throw new UnknownCorpusError(id);
  return store.info(record);
}

/** A broadcast of import progress at most every 100 ms per phase, and always at its end. */
function progressReporter(importId: string) {
  let last = 0;
  let lastPhase = '';
  return (phase: ImportProgress['phase'], done: number, total: number) => {
    const now = Date.now();
    if (phase === lastPhase && done < total && now - last < 100) return;
    last = now;
    lastPhase = phase;
    void broadcast('opt/import-progress', { importId, phase, done, total });
  };
}

/** Names of the packs being imported now (from any options tab). */
const importing = new Set<string>();

async function importPack(req: Request<'bg/import-pack'>): Promise<ImportResult> {
  // Two imports of one file name (two options tabs) would both replace the earlier
  // import and both be kept: one import of a name at a time.
  const name = req.name.trim() || 'Imported pack';
  if (importing.has(name)) return alreadyImporting(name);
  importing.add(name);
  try {
    const report = progressReporter(req.importId);
    const parsed = await parsePackInChunks(
      req.text,
      (done, total) => report('reading', done, total),
      undefined,
      { skipInvalid: req.skipInvalid === true, invalidUtf8Lines: req.invalidUtf8Lines ?? [] },
    );
    return await keepParsed(req, name, parsed, report);
  } finally {
    importing.delete(name);
  }
}

/** A streamed import under way (`bg/import-lines`). */
interface StreamedImport {
  name: string;
  pack: StreamedPack;
  report: ReturnType<typeof progressReporter>;
  /** When its last batch came (ms). */
  touched: number;
}

/** Streamed imports under way, by import id. */
const streamed = new Map<string, StreamedImport>();

/** A streamed import whose next batch has not come for this long is given up (ms). */
export const STREAM_IDLE_MS = 120_000;

function dropStream(importId: string): void {
  const s = streamed.get(importId);
  if (!s) return;
  streamed.delete(importId);
  importing.delete(s.name);
}

/**
 * One batch of a pack streamed from the options page: null until the last, then the
 * import's result. The name is held from the first batch to the result, so a second
 * import of it meanwhile is refused as with `bg/import-pack`.
 */
async function importLines(req: Request<'bg/import-lines'>): Promise<ImportResult | null> {
  const now = Date.now();
  for (const [id, s] of streamed) if (now - s.touched > STREAM_IDLE_MS) dropStream(id);
  const name = req.name.trim() || 'Imported pack';
  let s = streamed.get(req.importId);
  if (!s && req.firstLine === 1) {
    if (importing.has(name)) return alreadyImporting(name);
    importing.add(name);
    s = {
      name,
      pack: new StreamedPack({ skipInvalid: req.skipInvalid === true }),
      report: progressReporter(req.importId),
      touched: now,
    };
    streamed.set(req.importId, s);
  }
  if (
    !s ||
    s.name !== name ||
    !(await s.pack.add(req.firstLine, req.lines, req.invalidUtf8Lines))
  ) {
    // A batch lost or out of order: the import is given up whole.
    if (s?.name === name) dropStream(req.importId);
    return {
      ok: false,
      errors: [],
      message: t('import_interrupted', name),
    };
  }
  s.touched = Date.now();
  s.report('reading', req.bytesRead, req.bytesTotal);
  if (!req.last) return null;
  try {
    return await keepParsed(req, name, s.pack.finish(), s.report);
  } finally {
    dropStream(req.importId);
  }
}

/** The refusal of a second import of a name while the first runs. */
function alreadyImporting(name: string): ImportResult {
  return {
    ok: false,
    errors: [],
    message: t('import_busy', name),
  };
}

/**
 * Keep a parsed pack as a corpus, all or nothing (unless the user chose to skip the
 * wrong lines), replacing an earlier import of the same name.
 */
async function keepParsed(
  req: { name: string; skipInvalid?: boolean },
  name: string,
  parsed: Awaited<ReturnType<typeof parsePackInChunks>>,
  report: ReturnType<typeof progressReporter>,
): Promise<ImportResult> {
  if (parsed.errors.length > 0 && !(req.skipInvalid && parsed.articles.length > 0)) {
    const n = parsed.invalidLines;
    return {
      ok: false,
      errors: parsed.errors,
      message: tn('import_rejected', n, req.name),
      ...(parsed.valid > 0 ? { skippable: { valid: parsed.valid, invalidLines: n } } : {}),
    };
  }
  const store = await getStore();
  const index = await getLiveIndex();
  // Importing a file again updates it: an earlier pack of the same name is replaced once
  // the new one is stored and indexed (until then it stays, so a failure loses nothing).
  const earlier = (await store.corpusRecords()).records.filter(
    (r) => r.kind === 'pack' && r.state === 'ready' && r.name === name,
  );
  let record;
  try {
    record = await index.change(async () => {
      const stored = await store.importCorpus(req.name, parsed.articles, (done, total) =>
        report('storing', done, total),
      );
      try {
        await index.addArticles(stored.id, parsed.articles, (done, total) =>
          report('indexing', done, total),
        );
      } catch (e) {
        // All or nothing: a pack the index could not take is not kept either.
        await index.removeArticles(stored.id, index.urlsOf(stored.id));
        await store.deleteCorpus(stored.id);
        throw e;
      }
      for (const old of earlier) {
        await index.removeArticles(old.id, index.urlsOf(old.id));
        await store.deleteCorpus(old.id);
      }
      return stored;
    });
  } catch (e) {
    if (e instanceof StoreQuotaError) return { ok: false, errors: [], message: t('store_quota') };
    throw e;
  }
  report('done', parsed.articles.length, parsed.articles.length);
  void corporaChanged('import');
  return {
    ok: true,
    corpus: await store.info(record),
    added: record.count,
    duplicates: parsed.duplicates,
    replaced: earlier.length > 0,
    skipped: parsed.invalidLines,
  };
}

async function deleteArticle(req: Request<'bg/delete-article'>): Promise<CorpusInfo | null> {
  if (req.corpusId === BUNDLED_CORPUS_ID) {
    throw new Error(t('corpus_demo_fixed'));
  }
  const store = await getStore();
  const index = await getLiveIndex();
  const record = await index.change(async () => {
    const changed = await store.deleteArticle(req.corpusId, req.url);
    if (changed) await index.removeArticles(req.corpusId, [canonicalUrl(req.url)]);
    return changed;
  });
  if (!record) return null;
  void corporaChanged('delete-article');
  return store.info(record);
}

async function deleteCorpus(req: Request<'bg/delete-corpus'>): Promise<{ deleted: number }> {
  if (req.corpusId === BUNDLED_CORPUS_ID) {
    throw new Error(t('corpus_demo_fixed'));
  }
  const store = await getStore();
  const index = await getLiveIndex();
  const deleted = await index.change(async () => {
    const urls = index.urlsOf(req.corpusId);
    const removed = await store.deleteCorpus(req.corpusId);
    await index.removeArticles(req.corpusId, urls);
    return removed;
  });
  void corporaChanged('delete-corpus');
  return { deleted };
}

async function setEnabled(req: Request<'bg/set-corpus-enabled'>): Promise<CorpusInfo> {
  const store = await getStore();
  const index = await getLiveIndex();
  await index.change(async () => {
    if (req.corpusId === BUNDLED_CORPUS_ID) {
      await store.setBundledEnabled(req.enabled);
      await index.setBundled(req.enabled);
      return;
    }
    const before = await store.getCorpus(req.corpusId);
    if (!before) throw new UnknownCorpusError(req.corpusId);
    await store.setEnabled(req.corpusId, req.enabled);
    if (req.enabled && !before.enabled) {
      const { articles } = await store.readArticles(req.corpusId);
      await index.addArticles(req.corpusId, articles);
    } else if (!req.enabled) {
      await index.removeArticles(req.corpusId, index.urlsOf(req.corpusId));
    }
  });
  void corporaChanged('enable');
  return corpusInfo(req.corpusId);
}

function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\.jsonl$/i, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return slug || 'corpus';
}

async function exportCorpus(
  req: Request<'bg/export-corpus'>,
): Promise<Response<'bg/export-corpus'>> {
  const store = await getStore();
  const day = new Date().toISOString().slice(0, 10);
  if (req.corpusId === BUNDLED_CORPUS_ID) {
    const bundled = await getBundled();
    if (!bundled) throw new UnknownCorpusError(req.corpusId);
    const articles = articlesOf(bundled);
    return {
      filename: `second-source-demo-${day}.jsonl`,
      text: serializePack(articles),
      articles: articles.length,
      corrupt: 0,
    };
  }
  if (req.corpusId !== null) {
    const record = await store.getCorpus(req.corpusId);
    if (!record) throw new UnknownCorpusError(req.corpusId);
    const out = await store.exportCorpus(req.corpusId);
    return { filename: `second-source-${fileSlug(record.name)}-${day}.jsonl`, ...out };
  }
  // Everything: each URL once, the bundled copy first, then the user's corpora in order.
  const seen = new Map<string, Article>();
  let corrupt = 0;
  const bundled = await getBundled();
  if (bundled) for (const a of articlesOf(bundled)) seen.set(a.url, a);
  const { records, corrupt: badCorpora } = await store.corpusRecords();
  corrupt += badCorpora;
  for (const r of records.sort((a, b) => a.created - b.created)) {
    if (r.state !== 'ready') continue;
    const read = await store.readArticles(r.id);
    corrupt += read.corrupt;
    for (const a of read.articles) if (!seen.has(a.url)) seen.set(a.url, a);
  }
  return {
    filename: `second-source-all-${day}.jsonl`,
    text: serializePack(seen.values()),
    articles: seen.size,
    corrupt,
  };
}

async function listArticles(req: Request<'bg/list-articles'>): Promise<ArticlePage> {
  if (req.corpusId !== BUNDLED_CORPUS_ID) {
    return (await getStore()).listArticles(req.corpusId, req.offset, req.limit, req.filter ?? '');
  }
  // The bundled corpus is small and in memory: filter and page it here, newest first.
  const bundled = await getBundled();
  const needle = (req.filter ?? '').trim().toLowerCase();
  const all = (bundled ? articlesOf(bundled) : [])
    .filter(
      (a) =>
        !needle ||
        a.title.toLowerCase().includes(needle) ||
        a.source.toLowerCase().includes(needle) ||
        a.url.toLowerCase().includes(needle),
    )
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const offset = Math.max(0, req.offset);
  return {
    corpusId: req.corpusId,
    total: all.length,
    offset,
    items: all.slice(offset, offset + Math.min(req.limit, MAX_PAGE)).map((a) => ({
      url: a.url,
      title: a.title,
      source: a.source,
      published: a.published,
      language: a.language,
      bytes: packLineBytes(a),
    })),
    corrupt: 0,
  };
}

/**
 * The handler table the router spreads into its own. Handlers trust their payload:
 * `CORPUS_REQUEST_GUARDS` (shared/corpus-guards.ts, spread into `REQUEST_GUARDS`) checks it first.
 */
export const corpusHandlers: {
  [K in CorpusMessageType]: (payload: Request<K>) => Promise<Response<K>>;
} = {
  'bg/list-corpora': () => listCorpora(),
  'bg/import-pack': importPack,
  'bg/import-lines': importLines,
  'bg/list-articles': listArticles,
  'bg/delete-article': deleteArticle,
  'bg/delete-corpus': deleteCorpus,
  'bg/set-corpus-enabled': setEnabled,
  'bg/export-corpus': exportCorpus,
};

/**
 * One page load in one tab: the tab and the visit's id, which changes on every real page
 * load (not on a history.pushState address change).
 */
export interface PageVisit {
  tabId: number;
  visit: string;
}

/** The visit each tab last remembered an article in. */
const rememberedVisits = new Map<number, string>();

/**
 * Reading history: store an analysed article in the history corpus (deduplicated by
 * canonical URL) and add it to the live index, when the user turned reading history on
 * and the site is not excluded. Call it after `analyze`, so an article never matches
 * itself. Never throws: a failure here must not spoil the analysis the user asked for.
 * Returns true when the article was remembered.
 */
export async function rememberArticle(
  article: Article,
  visit: PageVisit | null = null,
): Promise<boolean> {
  try {
    const settings = await loadSettings();
    if (!mayRemember(settings, article.url)) return false;
    if (article.paragraphs.length === 0) return false;
    // One page visit stores one history article at most: a page that changes its
    // address with history.pushState and analyses again adds nothing more.
    if (visit) {
      if (rememberedVisits.get(visit.tabId) === visit.visit) return false;
      rememberedVisits.set(visit.tabId, visit.visit);
    }
    const url = canonicalUrl(article.url);
    // The outlet is the site the address belongs to; the page's own claim is kept as
    // its display name only when it is consistent with that site.
    const canonical: Article = { ...article, url, source: outletName(url, article.source) };
    const store = await getStore();
    const index = await getLiveIndex();
    await index.change(async () => {
      await store.addToHistory(canonical);
      const record = await store.getCorpus(HISTORY_CORPUS_ID);
      if (record?.enabled) await index.addArticles(HISTORY_CORPUS_ID, [canonical]);
    });
    void corporaChanged('history');
    return true;
  } catch (e) {
    console.warn('Second Source: could not add the article to reading history', e);
    return false;
  }
}

/**
 * First run: the options page opens with its welcome panel (it shows while `welcomeSeen`
 * is false), which is where reading history is offered. Updates and reloads open nothing.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await browser.runtime.openOptionsPage().catch(() => undefined);
}
