/**
 * The corpus index: what ranking and corroboration need of every article, kept in
 * typed arrays so that it serialises to one compact ArrayBuffer and loads from it
 * without parsing (an MV3 worker reloads it every time it wakes).
 *
 * Layout: a *base* segment (columnar typed arrays, as loaded or compacted) plus an
 * *overlay* of articles added since (plain objects), and a tombstone per removed
 * article. Queries read both; `compact()` folds the overlay into a new base.
 */
import {
  entityKeys,
  featurize,
  ENTITY_PREFIX,
  SKELETON_PREFIX,
  MINHASH_SIZE,
  NUMBER_PREFIX,
  type ArticleBase,
  type ArticleFeatures,
} from './features';
import { publishedDay } from './article';
import { withLanguage } from './language';
import { hash32 } from './text';
import { crc32, StringTable } from './codec';
import { TermDictionary } from './term-dictionary';
import {
  CorpusFormatError,
  decodeCorpus,
  decodeTexts,
  encodeCorpus,
  encodeTexts,
  type BaseSegment,
  type CorpusParts,
  type SerializeOptions,
  readyAll,
  readyList,
  type StoredTexts,
  type TextsTable,
} from './corpus-format';
import type { Article, ArticleMeta, ExtractedQuote, QuoteKind } from './types';
import { PARAGRAPH_SEPARATOR } from './types';

/**
 * Reads the byte chunks of texts stored apart from their tables (`splitTexts`), for
 * `Corpus.attachTextChunks`.
 */
export interface TextChunkReader {
  /** Bytes in each chunk (the last may hold fewer). */
  readonly chunkBytes: number;
  /** The chunks asked for, in that order; null for one that could not be read. */
  read(chunks: readonly number[]): Promise<(ArrayBuffer | null)[]>;
}

/** The texts of a loaded base segment that are read chunk by chunk, on demand. */
interface ChunkedTexts {
  reader: TextChunkReader;
  /** 1 for each chunk already in `BaseSegment.textBytes`. */
  loaded: Uint8Array;
  /** Chunks still to load. */
  missing: number;
  /** Reads under way, by chunk. */
  pending: Map<number, Promise<void>>;
}

/** Most salient terms kept per article (words, entity keys and numbers together). */
export const TERMS_PER_DOC = 64;
/** Postings read per query at most (beyond the rarest terms, which are always read). */
const POSTINGS_BUDGET = 12_000;
/** The rarest query terms read whatever their length. */
const ALWAYS_READ_TERMS = 8;

/** Metadata of one corpus article, as shown to readers. */
export type DocMeta = ArticleMeta & Pick<Article, 'summaryOnly'>;

/** Bit of `BaseSegment.flags`: the article is a summary only (`Article.summaryOnly`). */
const FLAG_SUMMARY_ONLY = 1;

/** A quotation of a corpus article, as the index keeps it (text is read on demand). */
export interface StoredQuote {
  start: number;
  end: number;
  paragraph: number;
  kind: QuoteKind;
  speaker: string | null;
}

interface OverlayDoc {
  meta: DocMeta;
  day: number;
  terms: Uint32Array;
  weights: Uint8Array;
  ents: Uint32Array;
  entTypes: Uint8Array;
  nums: Uint32Array;
  qh: Uint32Array;
  mh: Uint32Array;
  quotes: StoredQuote[];
  text: string;
}

const NO_DAY = -2147483648;

const EMPTY_U32 = new Uint32Array(0);
const EMPTY_U8 = new Uint8Array(0);

function emptyBase(): BaseSegment {
  const z = new Uint32Array(1);
  return {
    n: 0,
    fields: () => ['', '', '', ''],
    packed: null,
    sourceIdx: EMPTY_U32,
    sources: [],
    langIdx: EMPTY_U32,
    languages: [],
    urlHash: EMPTY_U32,
    day: new Int32Array(0),
    flags: EMPTY_U8,
    fwd: { termOff: z, termIds: EMPTY_U32, termW: EMPTY_U8 },
    entOff: z,
    entIds: EMPTY_U32,
    entTypes: EMPTY_U8,
    numOff: z,
    numIds: EMPTY_U32,
    qfwd: { qhOff: z, qh: EMPTY_U32 },
    mh: new Uint16Array(0),
    quoteOff: z,
    quoteData: EMPTY_U32,
    speakers: StringTable.of([]),
    postOff: z,
    postDocs: EMPTY_U32,
    lazyPost: null,
    lazyEnt: null,
    lazyNum: null,
    postW: EMPTY_U8,
    qpKeys: EMPTY_U32,
    qpOff: z,
    qpDocs: EMPTY_U32,
    lazyQp: null,
    textOff: z,
    textBytes: null,
    textCrc: null,
    texts: [],
  };
}

/** A candidate from the inverted index with its lexical score (a dot product in [0, 1]). */
export interface Candidate {
  doc: number;
  score: number;
}

/** The weighted term vector of a query article. */
export interface QueryVector {
  ids: number[];
  weights: number[];
}

/**
 * A searchable set of articles. Doc ids are dense integers, stable until `compact()`.
 */
export class Corpus {
  private base: BaseSegment = emptyBase();
  private overlay: OverlayDoc[] = [];
  private removedFlags = new Uint8Array(0);
  private removedCount = 0;
  /** URL → id of the live overlay docs (base docs are found through their URL hashes). */
  private overlayUrls = new Map<string, number>();
  /** URL hash → base doc id(s), built on first lookup by URL. */
  private baseUrlIndex: Map<number, number | number[]> | null = null;
  private terms = new TermDictionary();
  private df: number[] = [];
  private overlayPostings = new Map<number, number[]>(); // term id → [doc, w, doc, w, …]
  private overlayQuotePostings = new Map<number, number[]>();
  /** Raised by every change to the docs (see `revision`). */
  private changes = 0;
  private scratch = new Float32Array(0);

  /** A corpus of these articles; a later article with the same URL replaces an earlier one. */
  static fromArticles(articles: Iterable<Article>): Corpus {
    const c = new Corpus();
    const list = [...articles].map(withLanguage);
    // Two passes so that term salience is judged against the whole corpus, not a prefix.
    const feats = list.map((a) => featurize(a));
    for (const f of feats) c.countTerms(f, 1);
    c.bulkAdd(list, feats);
    return c;
  }

  /**
   * Adds articles whose terms are already counted. Rarity is judged against the whole
   * batch: while the articles go in one by one, the corpus size is the final one, not
   * the number added so far (which made the first articles' rare names weigh nothing).
   */
  private bulkAdd(list: Article[], feats: ArticleFeatures[]): void {
    this.idfSize = this.size + list.length;
    try {
      for (let i = 0; i < list.length; i++) this.addFeatures(list[i]!, feats[i]!);
    } finally {
      this.idfSize = null;
    }
    this.compact();
  }
  /** The corpus size rarity is judged against during a bulk add (see `bulkAdd`). */
  private idfSize: number | null = null;

  /** Number of live articles. */
  get size(): number {
    return this.docCount - this.removedCount;
  }

  /**
   * A number that changes whenever docs are added, removed or renumbered: what was read
   * from the index at one revision holds while it is unchanged.
   */
  get revision(): number {
    return this.changes;
  }

  /** Number of doc ids in use, removed ones included. */
  get docCount(): number {
    return this.base.n + this.overlay.length;
  }

  /** Add (or replace, by URL) articles. The index follows at once; no rebuild needed. */
  add(articles: Iterable<Article>): void {
    for (const input of articles) {
      const a = withLanguage(input);
      const f = featurize(a);
      this.countTerms(f, 1);
      this.addFeatures(a, f);
    }
  }

  /** Remove articles by URL; unknown URLs are ignored. Returns how many were removed. */
  remove(urls: Iterable<string>): number {
    let n = 0;
    for (const url of urls) {
      const id = this.idOf(url);
      if (id === undefined) continue;
      this.markRemoved(id);
      n++;
    }
    return n;
  }

  has(url: string): boolean {
    return this.idOf(url) !== undefined;
  }

  /** The live doc with this URL. */
  idOf(url: string): number | undefined {
    const o = this.overlayUrls.get(url);
    if (o !== undefined) return o;
    const b = this.base;
    if (!b.n) return undefined;
    if (!this.baseUrlIndex) {
      const index = new Map<number, number | number[]>();
      for (let i = 0; i < b.n; i++) {
        const h = b.urlHash[i]!;
        const had = index.get(h);
        index.set(h, had === undefined ? i : typeof had === 'number' ? [had, i] : [...had, i]);
      }
      this.baseUrlIndex = index;
    }
    const hit = this.baseUrlIndex.get(hash32(url));
    if (hit === undefined) return undefined;
    for (const id of typeof hit === 'number' ? [hit] : hit)
      if (!this.isRemoved(id) && b.fields(id)[0] === url) return id;
    return undefined;
  }

  /** True when doc `id` has this URL (`hash` = hash32(url), when the caller has it). */
  isUrl(id: number, url: string, hash = hash32(url)): boolean {
    const b = this.base;
    if (id >= b.n) return this.overlay[id - b.n]!.meta.url === url;
    return b.urlHash[id] === hash && b.fields(id)[0] === url;
  }

  isRemoved(id: number): boolean {
    return (this.removedFlags[id] ?? 0) === 1;
  }

  /** Live articles' URLs. */
  urls(): string[] {
    const out: string[] = [];
    for (let id = 0; id < this.docCount; id++) if (!this.isRemoved(id)) out.push(this.meta(id).url);
    return out;
  }

  private markRemoved(id: number): void {
    if (this.isRemoved(id)) return;
    this.changes++;
    if (this.removedFlags.length <= id) {
      const grown = new Uint8Array(Math.max(id + 1, this.removedFlags.length * 2, 64));
      grown.set(this.removedFlags);
      this.removedFlags = grown;
    }
    this.removedFlags[id] = 1;
    this.removedCount++;
    if (id >= this.base.n) {
      const url = this.overlay[id - this.base.n]!.meta.url;
      if (this.overlayUrls.get(url) === id) this.overlayUrls.delete(url);
    }
    for (const t of this.docTerms(id).ids) this.df[t] = Math.max(0, (this.df[t] ?? 1) - 1);
  }

  private termId(term: string): number {
    const known = this.terms.size;
    const id = this.terms.add(term);
    if (id === known) {
      this.df.push(0);
    }
    return id;
  }

  private static termKeys(f: ArticleBase): Map<string, number> {
    const keys = new Map<string, number>(f.terms);
    for (const e of f.entities) {
      for (const key of entityKeys(e)) {
        const k = ENTITY_PREFIX + key;
        keys.set(k, (keys.get(k) ?? 0) + 1);
      }
    }
    for (const n of f.numbers) keys.set(NUMBER_PREFIX + n, 1);
    for (const [k, tf] of f.skeletons) keys.set(k, tf);
    return keys;
  }

  private countTerms(f: ArticleFeatures, delta: number): void {
    for (const k of Corpus.termKeys(f).keys()) {
      const id = this.termId(k);
      this.df[id] = (this.df[id] ?? 0) + delta;
    }
  }

  /** Inverse document frequency of a term id, ≥ 1. */
  idf(termId: number): number {
    const n = Math.max(1, this.idfSize ?? this.size);
    return Math.log((n + 1) / ((this.df[termId] ?? 0) + 1)) + 1;
  }

  /**
   * Salient weighted terms of an article, unit length, at most `limit`. Names and
   * figures have a reserved share of the slots: they are what survives translation,
   * so a German or French article stays reachable from an English one.
   */
  vectorOf(f: ArticleBase, limit: number, createTerms: boolean): QueryVector {
    const anchors: { id: number; w: number }[] = [];
    const plain: { id: number; w: number }[] = [];
    for (const [k, tf] of Corpus.termKeys(f)) {
      const id = createTerms ? this.termId(k) : this.terms.idOf(k);
      if (id === undefined) continue;
      const isEntity = k.startsWith(ENTITY_PREFIX);
      // German capitalises every noun, so a lone capitalised German word is a weak name.
      const weakName = isEntity && f.language === 'de' && !k.includes(' ');
      const skeleton = k.startsWith(SKELETON_PREFIX);
      const boost = isEntity ? (weakName ? 0.8 : 1.6) : k.startsWith(NUMBER_PREFIX) ? 1.3 : 1;
      const item = { id, w: (1 + Math.log(tf)) * this.idf(id) * boost };
      // A name's consonant skeleton is how translations into other scripts find it.
      if ((isEntity && !weakName) || skeleton || k.startsWith(NUMBER_PREFIX)) anchors.push(item);
      else plain.push(item);
    }
    const order = (a: { id: number; w: number }, b: { id: number; w: number }) =>
      b.w - a.w || a.id - b.id;
    anchors.sort(order);
    plain.sort(order);
    const reserved = anchors.slice(0, Math.floor(limit * 0.4));
    const top = [
      ...reserved,
      ...[...plain, ...anchors.slice(reserved.length)]
        .sort(order)
        .slice(0, limit - reserved.length),
    ];
    const norm = Math.sqrt(top.reduce((s, x) => s + x.w * x.w, 0)) || 1;
    return { ids: top.map((x) => x.id), weights: top.map((x) => x.w / norm) };
  }

  private addFeatures(article: Article, f: ArticleFeatures): void {
    this.changes++;
    const old = this.idOf(article.url);
    // A newer version of a known URL replaces the old one. Only the old article's salient
    // terms can be uncounted from the document frequencies; the drift is negligible.
    if (old !== undefined) this.markRemoved(old);
    const vec = this.vectorOf(f, TERMS_PER_DOC, true);
    const entIds: number[] = [];
    const entTypes: number[] = [];
    const seenEnt = new Set<number>();
    for (const e of f.entities) {
      for (const key of entityKeys(e)) {
        const id = this.termId(ENTITY_PREFIX + key);
        if (seenEnt.has(id)) continue;
        seenEnt.add(id);
        entIds.push(id);
        entTypes.push(e.type === 'place' ? 1 : 0);
      }
    }
    const doc: OverlayDoc = {
      meta: {
        url: article.url,
        title: article.title,
        source: article.source,
        language: article.language,
        published: article.published,
        byline: article.byline,
        ...(article.summaryOnly ? { summaryOnly: true } : {}),
      },
      day: publishedDay(article.published) ?? NO_DAY,
      terms: Uint32Array.from(vec.ids),
      weights: Uint8Array.from(vec.weights.map((w) => Math.max(1, Math.round(w * 255)))),
      ents: Uint32Array.from(entIds),
      entTypes: Uint8Array.from(entTypes),
      nums: Uint32Array.from(f.numbers.map((n) => this.termId(NUMBER_PREFIX + n))),
      qh: Uint32Array.from(f.quoteHashes),
      mh: f.minhash,
      quotes: f.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        paragraph: q.paragraph,
        kind: q.kind,
        speaker: q.speaker,
      })),
      text: article.text,
    };
    const id = this.docCount;
    this.overlay.push(doc);
    this.overlayUrls.set(article.url, id);
    for (let i = 0; i < doc.terms.length; i++) {
      const t = doc.terms[i]!;
      let list = this.overlayPostings.get(t);
      if (!list) this.overlayPostings.set(t, (list = []));
      list.push(id, doc.weights[i]!);
    }
    for (const h of doc.qh) {
      let list = this.overlayQuotePostings.get(h);
      if (!list) this.overlayQuotePostings.set(h, (list = []));
      list.push(id);
    }
  }

  // ---- per-doc accessors (base or overlay) ----

  meta(id: number): DocMeta {
    const b = this.base;
    if (id < b.n) {
      const [url, title, published, byline] = b.fields(id);
      return {
        url: url!,
        title: title!,
        source: b.sources[b.sourceIdx[id]!]!,
        language: b.languages[b.langIdx[id]!]!,
        published: published || null,
        byline: byline || null,
        ...(b.flags[id]! & FLAG_SUMMARY_ONLY ? { summaryOnly: true } : {}),
      };
    }
    return this.overlay[id - b.n]!.meta;
  }

  /** The outlet of a doc (without decoding the rest of its metadata). */
  source(id: number): string {
    const b = this.base;
    if (id < b.n) return b.sources[b.sourceIdx[id]!]!;
    return this.overlay[id - b.n]!.meta.source;
  }

  /** The language of a doc (without decoding the rest of its metadata). */
  language(id: number): string {
    const b = this.base;
    if (id < b.n) return b.languages[b.langIdx[id]!]!;
    return this.overlay[id - b.n]!.meta.language;
  }

  /** Whether any doc is in `language` (a removed one may still count). */
  hasLanguage(language: string): boolean {
    return (
      this.base.languages.includes(language) ||
      this.overlay.some((d) => d.meta.language === language)
    );
  }

  /** Publication day (days since 1970-01-01) or null. */
  day(id: number): number | null {
    const d = id < this.base.n ? this.base.day[id]! : this.overlay[id - this.base.n]!.day;
    return d === NO_DAY ? null : d;
  }

  docTerms(id: number): { ids: Uint32Array; weights: Uint8Array } {
    const b = this.base;
    if (id < b.n)
      return {
        ids: this.forward().termIds.subarray(b.fwd!.termOff[id]!, b.fwd!.termOff[id + 1]!),
        weights: b.fwd!.termW.subarray(b.fwd!.termOff[id]!, b.fwd!.termOff[id + 1]!),
      };
    const d = this.overlay[id - b.n]!;
    return { ids: d.terms, weights: d.weights };
  }

  private quoteForward(): NonNullable<BaseSegment['qfwd']> {
    const b = this.base;
    if (!b.qfwd) {
      readyAll(b.lazyQp);
      const qhOff = new Uint32Array(b.n + 1);
      for (const d of b.qpDocs) qhOff[d + 1]!++;
      for (let i = 0; i < b.n; i++) qhOff[i + 1]! += qhOff[i]!;
      const fill = qhOff.slice(0, b.n);
      const qh = new Uint32Array(b.qpDocs.length);
      for (let k = 0; k < b.qpKeys.length; k++)
        for (let p = b.qpOff[k]!; p < b.qpOff[k + 1]!; p++)
          qh[fill[b.qpDocs[p]!]!++] = b.qpKeys[k]!;
      b.qfwd = { qhOff, qh };
    }
    return b.qfwd;
  }

  private forward(): NonNullable<BaseSegment['fwd']> {
    const b = this.base;
    if (!b.fwd) {
      readyAll(b.lazyPost);
      const inv = invertTerms(b.postOff.length - 1, b.postOff, b.postDocs, b.postW, b.n);
      b.fwd = { termOff: inv.postOff, termIds: inv.postDocs, termW: inv.postW };
    }
    return b.fwd;
  }

  /** Entity term ids and their types (0 name, 1 place). */
  entities(id: number): { ids: Uint32Array; types: Uint8Array } {
    const b = this.base;
    if (id < b.n) {
      readyList(b.lazyEnt, id);
      return {
        ids: b.entIds.subarray(b.entOff[id]!, b.entOff[id + 1]!),
        types: b.entTypes.subarray(b.entOff[id]!, b.entOff[id + 1]!),
      };
    }
    const d = this.overlay[id - b.n]!;
    return { ids: d.ents, types: d.entTypes };
  }

  numbers(id: number): Uint32Array {
    const b = this.base;
    if (id < b.n) {
      readyList(b.lazyNum, id);
      return b.numIds.subarray(b.numOff[id]!, b.numOff[id + 1]!);
    }
    return this.overlay[id - b.n]!.nums;
  }

  quoteHashes(id: number): Uint32Array {
    const b = this.base;
    if (id < b.n) {
      const { qhOff, qh } = this.quoteForward();
      return qh.subarray(qhOff[id]!, qhOff[id + 1]!);
    }
    return this.overlay[id - b.n]!.qh;
  }

  minhash(id: number): Uint16Array | Uint32Array {
    const b = this.base;
    if (id < b.n) return b.mh.subarray(id * MINHASH_SIZE, (id + 1) * MINHASH_SIZE);
    return this.overlay[id - b.n]!.mh;
  }

  quotes(id: number): StoredQuote[] {
    const b = this.base;
    if (id >= b.n) return this.overlay[id - b.n]!.quotes;
    const out: StoredQuote[] = [];
    for (let q = b.quoteOff[id]!; q < b.quoteOff[id + 1]!; q++) {
      const o = q * 5;
      const sp = b.quoteData[o + 4]!;
      out.push({
        start: b.quoteData[o]!,
        end: b.quoteData[o + 1]!,
        paragraph: b.quoteData[o + 2]!,
        kind: b.quoteData[o + 3] === 1 ? 'term' : 'statement',
        speaker: sp === 0 ? null : (b.speakers.at(sp - 1) ?? null),
      });
    }
    return out;
  }

  /**
   * Body text of an article (decoded on first use when loaded from a buffer). Texts
   * attached by chunks (`attachTextChunks`) must be loaded first (`loadTexts`).
   */
  text(id: number): string {
    const b = this.base;
    if (id >= b.n) return this.overlay[id - b.n]!.text;
    let t = b.texts[id];
    if (t === undefined) {
      if (this.chunked && this.missingChunks(this.chunked, id).length)
        throw new Error(`corpus text ${id} was read before it was loaded`);
      t = '';
      if (b.textBytes) {
        const bytes = b.textBytes.subarray(b.textOff[id]!, b.textOff[id + 1]!);
        // Texts stored apart are checked one by one as they are first read: a damaged one
        // reads as empty (no match is found in it) and is reported, never shown.
        if (b.textCrc && crc32(bytes) !== b.textCrc[id]) this.onDamagedText?.(id);
        else t = utf8.decode(bytes);
      }
      b.texts[id] = t;
    }
    return t;
  }

  /**
   * Called once for each stored text found damaged when first read (texts loaded with
   * `attachTexts`); the text then reads as empty.
   */
  onDamagedText: ((id: number) => void) | null = null;

  /**
   * Give a corpus loaded without texts (`encodeCorpus` with `texts: false`) the texts
   * stored apart for it (`decodeTexts`). Only before any change to the loaded corpus.
   */
  attachTexts(texts: StoredTexts): void {
    const b = this.base;
    if (this.overlay.length || this.removedCount || texts.textOff.length !== b.n + 1)
      throw new CorpusFormatError('corpus texts do not fit this index');
    b.textOff = texts.textOff;
    b.textBytes = texts.textBytes;
    b.textCrc = texts.textCrc;
    b.texts = [];
    this.chunked = null;
  }

  /**
   * Give a corpus loaded without texts their tables (`decodeTextsTable`) and a reader of
   * their bytes, stored apart in chunks (`splitTexts`). The texts are then read as the
   * engine asks for them (`loadTexts`), so a worker just started need not wait for all of
   * them. Only before any change to the loaded corpus.
   */
  attachTextChunks(table: TextsTable & { bytes: number }, reader: TextChunkReader): void {
    const bytes = new Uint8Array(table.bytes);
    this.attachTexts({ textOff: table.textOff, textCrc: table.textCrc, textBytes: bytes });
    const count = Math.ceil(table.bytes / reader.chunkBytes);
    if (count === 0) return;
    this.chunked = { reader, loaded: new Uint8Array(count), missing: count, pending: new Map() };
  }

  /** Texts attached by chunks that are not all in memory yet (null: all are). */
  private chunked: ChunkedTexts | null = null;

  /** The chunks holding doc `id`'s text that are not in memory yet. */
  private missingChunks(c: ChunkedTexts, id: number): number[] {
    const from = this.base.textOff[id]!;
    const to = this.base.textOff[id + 1]!;
    const size = c.reader.chunkBytes;
    const out: number[] = [];
    if (to > from)
      for (let k = Math.floor(from / size); k <= Math.floor((to - 1) / size); k++)
        if (!c.loaded[k]) out.push(k);
    return out;
  }

  /**
   * Have the texts of `docs` in memory (at once when they are). A chunk that cannot be
   * read leaves its texts as damaged: they read as empty and are reported
   * (`onDamagedText`), as a damaged stored text is.
   */
  loadTexts(docs: Iterable<number>): Promise<void> {
    const c = this.chunked;
    if (!c) return Promise.resolve();
    const want = new Set<number>();
    for (const id of docs)
      if (id < this.base.n) for (const k of this.missingChunks(c, id)) want.add(k);
    return this.loadChunks(c, want);
  }

  /** Have every text in memory (before the corpus is changed, compacted or saved). */
  loadAllTexts(): Promise<void> {
    const c = this.chunked;
    if (!c) return Promise.resolve();
    const want = new Set<number>();
    for (let k = 0; k < c.loaded.length; k++) if (!c.loaded[k]) want.add(k);
    return this.loadChunks(c, want);
  }

  private loadChunks(c: ChunkedTexts, want: Set<number>): Promise<void> {
    const waits: Promise<void>[] = [];
    const read: number[] = [];
    for (const k of want) {
      const under = c.pending.get(k);
      if (under) waits.push(under);
      else read.push(k);
    }
    if (read.length) {
      read.sort((x, y) => x - y);
      const job = c.reader
        .read(read)
        .catch(() => read.map(() => null))
        .then((chunks) => {
          // Texts attached again meanwhile (or compacted) no longer take these bytes.
          const bytes = this.chunked === c ? this.base.textBytes : null;
          read.forEach((k, i) => {
            c.pending.delete(k);
            if (c.loaded[k]) return;
            const chunk = chunks[i];
            const at = k * c.reader.chunkBytes;
            const expected = Math.min(c.reader.chunkBytes, (bytes?.length ?? 0) - at);
            // A missing or cut chunk leaves zeros, which its texts' checksums refuse.
            if (bytes && chunk && chunk.byteLength === expected)
              bytes.set(new Uint8Array(chunk), at);
            c.loaded[k] = 1;
            c.missing--;
          });
          if (c.missing === 0 && this.chunked === c) this.chunked = null;
        });
      for (const k of read) c.pending.set(k, job);
      waits.push(job);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** The whole Article back (for export and merging). */
  article(id: number): Article {
    const m = this.meta(id);
    const text = this.text(id);
    return { ...m, paragraphs: text ? text.split(PARAGRAPH_SEPARATOR) : [], text };
  }

  /** The quotations of a corpus article with their text. */
  quotesWithText(id: number): (StoredQuote & { text: string })[] {
    const text = this.text(id);
    return this.quotes(id).map((q) => ({ ...q, text: text.slice(q.start, q.end) }));
  }

  term(id: number): string {
    return this.terms.at(id);
  }

  termIdOf(term: string): number | undefined {
    return this.terms.idOf(term);
  }

  // ---- retrieval ----

  /** Features of a query article and its vector over this corpus's terms. */
  queryVector(f: ArticleBase, limit = 48): QueryVector {
    return this.vectorOf(f, limit, false);
  }

  /**
   * Articles sharing salient terms with the query, best first, by the dot product of
   * their pruned term vectors. Only posting lists of the query's terms are read.
   */
  candidates(q: QueryVector, limit: number): Candidate[] {
    const n = this.docCount;
    if (this.scratch.length < n)
      this.scratch = new Float32Array(Math.max(n, this.scratch.length * 2));
    const acc = this.scratch;
    const touched: number[] = [];
    const b = this.base;
    // Rarest terms first, within a fixed budget of postings: names and figures find the
    // same story, and the cost of a query stops growing with the corpus once common
    // words' long lists are left unread.
    const terms = q.ids.map((t, i) => ({ t, w: q.weights[i]! / 255, len: this.postingLength(t) }));
    terms.sort((x, y) => x.len - y.len || x.t - y.t);
    let budget = POSTINGS_BUDGET;
    for (let i = 0; i < terms.length; i++) {
      const { t, w: qw, len } = terms[i]!;
      if (len > budget && i >= ALWAYS_READ_TERMS) break;
      budget -= len;
      if (t < b.postOff.length - 1) {
        readyList(b.lazyPost, t);
        const to = b.postOff[t + 1]!;
        for (let p = b.postOff[t]!; p < to; p++) {
          const d = b.postDocs[p]!;
          if (acc[d] === 0) touched.push(d);
          acc[d]! += qw * b.postW[p]!;
        }
      }
      const extra = this.overlayPostings.get(t);
      if (extra) {
        for (let p = 0; p < extra.length; p += 2) {
          const d = extra[p]!;
          if (acc[d] === 0) touched.push(d);
          acc[d]! += qw * extra[p + 1]!;
        }
      }
    }
    // Keep the best `limit` with a small min-heap instead of sorting every touched doc.
    const heap: Candidate[] = [];
    const worse = (x: Candidate, y: Candidate) =>
      x.score < y.score || (x.score === y.score && x.doc > y.doc);
    for (const d of touched) {
      const score = Math.min(1, acc[d]!);
      acc[d] = 0;
      if (this.isRemoved(d)) continue;
      const c = { doc: d, score };
      if (heap.length < limit) {
        heap.push(c);
        for (let k = heap.length - 1; k > 0;) {
          const parent = (k - 1) >> 1;
          if (!worse(heap[k]!, heap[parent]!)) break;
          [heap[k], heap[parent]] = [heap[parent]!, heap[k]!];
          k = parent;
        }
      } else if (worse(heap[0]!, c)) {
        heap[0] = c;
        for (let k = 0; ;) {
          const l = 2 * k + 1;
          const r = l + 1;
          let m = k;
          if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
          if (m === k) break;
          [heap[k], heap[m]] = [heap[m]!, heap[k]!];
          k = m;
        }
      }
    }
    return heap.sort((x, y) => y.score - x.score || x.doc - y.doc);
  }

  private postingLength(t: number): number {
    const b = this.base;
    const base = t < b.postOff.length - 1 ? b.postOff[t + 1]! - b.postOff[t]! : 0;
    return base + (this.overlayPostings.get(t)?.length ?? 0) / 2;
  }

  /**
   * Articles whose quotations share any of these 4-gram hashes, with the count shared. The
   * lookup stops once it has found more than `4 × limit` articles; with `Infinity` every
   * count is exact.
   */
  docsWithQuoteHashes(hashes: Iterable<number>, limit = 64): Map<number, number> {
    const found = new Map<number, number>();
    const b = this.base;
    for (const h of hashes) {
      // Binary search in the sorted key column.
      let lo = 0;
      let hi = b.qpKeys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const k = b.qpKeys[mid]!;
        if (k < h) lo = mid + 1;
        else if (k > h) hi = mid - 1;
        else {
          readyList(b.lazyQp, mid);
          for (let p = b.qpOff[mid]!; p < b.qpOff[mid + 1]!; p++) {
            const d = b.qpDocs[p]!;
            if (!this.isRemoved(d)) found.set(d, (found.get(d) ?? 0) + 1);
          }
          break;
        }
      }
      for (const d of this.overlayQuotePostings.get(h) ?? [])
        if (!this.isRemoved(d)) found.set(d, (found.get(d) ?? 0) + 1);
      if (found.size > limit * 4) break;
    }
    return found;
  }

  /**
   * Fold the overlay into a fresh columnar base, dropping removed articles. Doc ids
   * change; call between queries, not during one.
   */
  compact(): void {
    this.changes++;
    const live: number[] = [];
    for (let id = 0; id < this.docCount; id++) if (!this.isRemoved(id)) live.push(id);
    const n = live.length;
    const fields: string[] = new Array(n * 4);
    const sourceIdx = new Uint32Array(n);
    const langIdx = new Uint32Array(n);
    const urlHash = new Uint32Array(n);
    const sources: string[] = [];
    const languages: string[] = [];
    const sourceOf = new Map<string, number>();
    const languageOf = new Map<string, number>();
    const intern = (list: string[], index: Map<string, number>, s: string) => {
      let k = index.get(s);
      if (k === undefined) index.set(s, (k = list.push(s) - 1));
      return k;
    };
    const day = new Int32Array(n);
    const flags = new Uint8Array(n);
    const termOff = new Uint32Array(n + 1);
    const entOff = new Uint32Array(n + 1);
    const numOff = new Uint32Array(n + 1);
    const qhOff = new Uint32Array(n + 1);
    const quoteOff = new Uint32Array(n + 1);
    const textOff = new Uint32Array(n + 1);
    const mh = new Uint16Array(n * MINHASH_SIZE);
    const total = (count: (id: number) => number) => live.reduce((sum, id) => sum + count(id), 0);
    const nt = total((id) => this.docTerms(id).ids.length);
    const ne = total((id) => this.entities(id).ids.length);
    const nn = total((id) => this.numbers(id).length);
    const nq = total((id) => this.quoteHashes(id).length);
    const nquotes = total((id) => this.quotes(id).length);
    const termIds = new Uint32Array(nt),
      termW = new Uint8Array(nt);
    const entIds = new Uint32Array(ne),
      entTypes = new Uint8Array(ne);
    const numIds = new Uint32Array(nn),
      qh = new Uint32Array(nq);
    const quoteData = new Uint32Array(nquotes * 5);
    const speakers: string[] = [];
    const speakerIdx = new Map<string, number>();
    const texts: string[] = [];
    let at = 0,
      ae = 0,
      an = 0,
      aq = 0,
      aqq = 0;
    for (let i = 0; i < n; i++) {
      const id = live[i]!;
      const m = this.meta(id);
      fields[i * 4] = m.url;
      fields[i * 4 + 1] = m.title;
      fields[i * 4 + 2] = m.published ?? '';
      fields[i * 4 + 3] = m.byline ?? '';
      sourceIdx[i] = intern(sources, sourceOf, m.source);
      langIdx[i] = intern(languages, languageOf, m.language);
      urlHash[i] = hash32(m.url);
      day[i] = this.day(id) ?? NO_DAY;
      if (m.summaryOnly) flags[i] = FLAG_SUMMARY_ONLY;
      const t = this.docTerms(id);
      termIds.set(t.ids, at);
      termW.set(t.weights, at);
      termOff[i + 1] = at += t.ids.length;
      const e = this.entities(id);
      entIds.set(e.ids, ae);
      entTypes.set(e.types, ae);
      entOff[i + 1] = ae += e.ids.length;
      const nums = this.numbers(id);
      numIds.set(nums, an);
      numOff[i + 1] = an += nums.length;
      const h = this.quoteHashes(id);
      qh.set(h, aq);
      qhOff[i + 1] = aq += h.length;
      mh.set(this.minhash(id), i * MINHASH_SIZE);
      for (const q of this.quotes(id)) {
        let sp = 0;
        if (q.speaker) {
          sp = speakerIdx.get(q.speaker) ?? 0;
          if (!sp) {
            speakers.push(q.speaker);
            sp = speakers.length;
            speakerIdx.set(q.speaker, sp);
          }
        }
        quoteData.set([q.start, q.end, q.paragraph, q.kind === 'term' ? 1 : 0, sp], aqq * 5);
        aqq++;
      }
      quoteOff[i + 1] = aqq;
      texts.push(this.text(id));
    }
    const { postOff, postDocs, postW } = invertTerms(n, termOff, termIds, termW, this.terms.size);
    const { qpKeys, qpOff, qpDocs } = invertQuoteHashes(n, qhOff, qh);
    this.chunked = null;
    this.base = {
      n,
      fields: (doc) => fields.slice(doc * 4, doc * 4 + 4),
      packed: null,
      urlHash,
      day,
      flags,
      sourceIdx,
      sources,
      langIdx,
      languages,
      fwd: { termOff, termIds, termW },
      entOff,
      entIds,
      entTypes,
      numOff,
      numIds,
      qfwd: { qhOff, qh },
      mh,
      quoteOff,
      quoteData,
      speakers: StringTable.of(speakers),
      postOff,
      postDocs,
      lazyPost: null,
      lazyEnt: null,
      lazyNum: null,
      postW,
      qpKeys,
      qpOff,
      qpDocs,
      lazyQp: null,
      textOff,
      textBytes: null,
      textCrc: null,
      texts,
    };
    this.overlay = [];
    this.overlayPostings.clear();
    this.overlayQuotePostings.clear();
    this.removedFlags = new Uint8Array(0);
    this.removedCount = 0;
    this.overlayUrls.clear();
    this.baseUrlIndex = null;
  }

  // ---- serialisation ----

  /** @internal */
  static fromParts({ base, terms, df }: CorpusParts): Corpus {
    const c = new Corpus();
    c.base = base;
    c.terms = new TermDictionary(terms);
    c.df = df;
    return c;
  }

  /** @internal */
  snapshot(): CorpusParts {
    if (this.overlay.length || this.removedCount) this.compact();
    return { base: this.base, terms: this.terms.table(), df: this.df };
  }
}

/** Inverted term postings from the forward lists, by counting sort (doc ids ascending per term). */
function invertTerms(
  n: number,
  termOff: Uint32Array,
  termIds: Uint32Array,
  termW: Uint8Array,
  nTerms: number,
): { postOff: Uint32Array; postDocs: Uint32Array; postW: Uint8Array } {
  const nt = termIds.length;
  const postOff = new Uint32Array(nTerms + 1);
  for (let p = 0; p < nt; p++) postOff[termIds[p]! + 1]!++;
  for (let t = 0; t < nTerms; t++) postOff[t + 1]! += postOff[t]!;
  const fill = postOff.slice(0, nTerms);
  const postDocs = new Uint32Array(nt);
  const postW = new Uint8Array(nt);
  for (let i = 0; i < n; i++) {
    for (let p = termOff[i]!; p < termOff[i + 1]!; p++) {
      const slot = fill[termIds[p]!]!++;
      postDocs[slot] = i;
      postW[slot] = termW[p]!;
    }
  }
  return { postOff, postDocs, postW };
}

/** Quote-shingle postings: the sorted distinct hashes, each with its docs. */
function invertQuoteHashes(
  n: number,
  qhOff: Uint32Array,
  qh: Uint32Array,
): { qpKeys: Uint32Array; qpOff: Uint32Array; qpDocs: Uint32Array } {
  const nq = qh.length;
  // hash · 2^21 + doc fits a double exactly for up to two million articles.
  const pairs = new Float64Array(nq);
  for (let i = 0, k = 0; i < n; i++)
    for (let p = qhOff[i]!; p < qhOff[i + 1]!; p++) pairs[k++] = qh[p]! * 2 ** 21 + i;
  pairs.sort();
  const keys: number[] = [];
  const offs: number[] = [0];
  const qpDocs = new Uint32Array(nq);
  for (let k = 0; k < nq; k++) {
    const h = Math.floor(pairs[k]! / 2 ** 21);
    qpDocs[k] = pairs[k]! - h * 2 ** 21;
    if (keys.length === 0 || keys[keys.length - 1] !== h) {
      if (keys.length) offs.push(k);
      keys.push(h);
    }
  }
  offs.push(nq);
  return {
    qpKeys: Uint32Array.from(keys),
    qpOff: Uint32Array.from(keys.length ? offs : [0]),
    qpDocs,
  };
}

const utf8 = new TextDecoder();

/**
 * The corpus as one ArrayBuffer (the format is in corpus-format.ts). Loading decodes the
 * id lists in one pass each and leaves metadata and texts packed until a doc is shown.
 */
export function serializeCorpus(corpus: Corpus, options: SerializeOptions = {}): ArrayBuffer {
  return encodeCorpus(corpus.snapshot(), (doc) => corpus.text(doc), options);
}

/**
 * The corpus as an index buffer without texts and a buffer of its texts (`encodeTexts`),
 * to be stored apart: loading then reads and checks the index, and the texts only as
 * each one is read.
 */
export function serializeCorpusApart(corpus: Corpus): { index: ArrayBuffer; texts: ArrayBuffer } {
  const parts = corpus.snapshot();
  const index = encodeCorpus(parts, () => '', { texts: false });
  return { index, texts: encodeTexts(parts.base.n, (doc) => corpus.text(doc), index) };
}

/**
 * A corpus from the two buffers of `serializeCorpusApart`. Throws as `deserializeCorpus`
 * does, and `CorpusFormatError` for a texts buffer that is damaged or of another index.
 */
export function deserializeCorpusApart(index: ArrayBuffer, texts: ArrayBuffer): Corpus {
  const corpus = deserializeCorpus(index);
  corpus.attachTexts(decodeTexts(texts, index));
  return corpus;
}

/**
 * A corpus from `serializeCorpus` output. Throws `CorpusVersionError` for another
 * layout version (rebuild from the pack) and `CorpusFormatError` for anything else.
 */
export function deserializeCorpus(buf: ArrayBuffer): Corpus {
  return Corpus.fromParts(decodeCorpus(buf));
}

/** A quotation of a corpus article, resolved for display. */
export type CorpusQuote = ExtractedQuote;
