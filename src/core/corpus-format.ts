/**
 * The binary format of a corpus index: one versioned ArrayBuffer of typed columns with a
 * checksum, written from and read into the index's base segment (corpus.ts). Lists of ids
 * are stored sorted, as gaps in variable-length integers; metadata as numbers into a
 * table of pieces (see ./codec). The article texts may be stored inside it or in a
 * buffer of their own (`encodeTexts`), checked text by text when one is first read.
 */
import {
  CodecError,
  MetaReader,
  VarintReader,
  VarintWriter,
  decodeVarints,
  encodeSortedLists,
  encodeStrings,
  packMeta,
  StringTable,
  type PackedMeta,
  crc32,
} from './codec';
import { MINHASH_SIZE } from './features';
import { hash32 } from './text';

/**
 * Version of the binary layout and of the terms it holds (8: words by their stems, name
 * skeletons; 9: a checksum over words instead of a CRC-32 over bytes, and a saved index
 * may keep its texts in a buffer of their own, which an older reader would take for an
 * index without texts; 10: Arabic word skeletons without clitics and the article, jim
 * read as g; 12: where each group of docs' entity and number lists starts, so that they
 * are decoded on use; 13: a body's name that ends in "Union", "Party" or "State" kept
 * whole; 14: each term's hash, so that the first lookup cuts out no term; 15: Turkish names
 * keyed without the case ending after an apostrophe; 16: figures grouped by spaces, in
 * Arabic-Indic digits or with the word for a thousand read as one number); an index of
 * another version is rebuilt, never misread.
 */
export const CORPUS_FORMAT_VERSION = 16;
const MAGIC = 0x53534358; // "SSCX"

/** Thrown by `decodeCorpus` for a buffer of another layout version. */
export class CorpusVersionError extends Error {
  constructor(readonly found: number) {
    super(
      `corpus index version ${found} is not ${CORPUS_FORMAT_VERSION}; rebuild it from its pack`,
    );
    this.name = 'CorpusVersionError';
  }
}
/** Thrown by `decodeCorpus` for a buffer that is not a corpus index at all. */
export class CorpusFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusFormatError';
  }
}

/**
 * The columnar base segment of a corpus index, as loaded from a buffer or compacted; doc
 * ids 0..n-1. Some parts are derived on first use after loading (`fwd`, `qfwd`, `texts`).
 */
export interface BaseSegment {
  n: number;
  /** url, title, published ('' = none), byline ('' = none) of a doc. */
  fields: (doc: number) => string[];
  /** The packed form of `fields` when loaded from a buffer (written back as is). */
  packed: PackedMeta | null;
  sourceIdx: Uint32Array;
  sources: string[];
  langIdx: Uint32Array;
  languages: string[];
  /** hash32 of each doc's URL, for finding a doc by URL without decoding metadata. */
  urlHash: Uint32Array;
  day: Int32Array;
  /** One byte of FLAG_* bits per doc. */
  flags: Uint8Array;
  /**
   * Forward term lists per doc (sorted by term id), derived from the postings on first
   * use after loading: only removals and compaction read them.
   */
  fwd: { termOff: Uint32Array; termIds: Uint32Array; termW: Uint8Array } | null;
  entOff: Uint32Array;
  /** Entity term ids per doc; when loaded, filled as `lazyEnt` decodes them. */
  entIds: Uint32Array;
  /** Entity lists still stored as bytes (null: all in `entIds`); see `readyList`. */
  lazyEnt: LazyLists | null;
  entTypes: Uint8Array;
  numOff: Uint32Array;
  /** Number term ids per doc; when loaded, filled as `lazyNum` decodes them. */
  numIds: Uint32Array;
  lazyNum: LazyLists | null;
  /**
   * Quote-shingle hashes per doc, derived from the quote postings on first use after
   * loading: only compaction reads them.
   */
  qfwd: { qhOff: Uint32Array; qh: Uint32Array } | null;
  /** MinHash signatures, MINHASH_SIZE 16-bit values per doc. */
  mh: Uint16Array;
  quoteOff: Uint32Array;
  quoteData: Uint32Array; // 5 per quote: start, end, paragraph, kind, speaker string index + 1 (0 = none)
  speakers: StringTable;
  postOff: Uint32Array; // per term id (of the base dictionary)
  /** Doc ids of every posting list; when loaded, filled as `lazyPost` decodes them. */
  postDocs: Uint32Array;
  /** Posting lists still stored as bytes (null: all in `postDocs`); see `readyList`. */
  lazyPost: LazyLists | null;
  postW: Uint8Array;
  qpKeys: Uint32Array; // sorted quote-shingle hashes
  qpOff: Uint32Array;
  /** Doc ids of every quote posting list; when loaded, filled as `lazyQp` decodes them. */
  qpDocs: Uint32Array;
  /** Quote posting lists still stored as bytes (null: all in `qpDocs`). */
  lazyQp: LazyLists | null;
  textOff: Uint32Array;
  textBytes: Uint8Array | null;
  /**
   * CRC-32 of each doc's text bytes when the texts come from a buffer of their own
   * (`decodeTexts`): each text is checked when first decoded, not all at load.
   */
  textCrc: Uint32Array | null;
  texts: (string | undefined)[];
}

/** What the format stores of a corpus: its base segment and its term dictionary. */
export interface CorpusParts {
  base: BaseSegment;
  terms: StringTable;
  /** Document frequency of each term. */
  df: number[];
}

const utf8enc = new TextEncoder();

export interface SerializeOptions {
  /** Include article texts (needed to show matches in body text); default true. */
  texts?: boolean;
}

type Column = Uint8Array | Uint16Array | Uint32Array | Int32Array;

/** Columns of the stored layout, in order. */
const COLUMN_COUNT = 38;
/** Header words before the column table: magic, version, docs, columns, checksum. */
const HEADER_WORDS = 5;

/**
 * A corpus's parts as one ArrayBuffer (`text` gives each doc's body text): a small
 * header, then every column 8-byte aligned.
 * Lists of ids are stored sorted, as gaps in variable-length integers; metadata as
 * numbers into a table of pieces (see ./codec). Loading decodes the id lists in one
 * pass each and leaves metadata and texts packed until a doc is shown.
 */
export function encodeCorpus(
  parts: CorpusParts,
  text: (doc: number) => string,
  options: SerializeOptions = {},
): ArrayBuffer {
  const { base: b, terms, df } = parts;
  const withTexts = options.texts !== false;
  const n = b.n;
  let textBytes = new Uint8Array(0);
  let textOff = new Uint32Array(n + 1);
  if (withTexts) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const bytes = utf8enc.encode(text(i));
      chunks.push(bytes);
      total += bytes.length;
      textOff[i + 1] = total;
    }
    textBytes = new Uint8Array(total);
    let at = 0;
    for (const p of chunks) {
      textBytes.set(p, at);
      at += p.length;
    }
  } else textOff = new Uint32Array(0);
  const counts = new VarintWriter();
  for (let i = 0; i < n; i++) {
    counts.push(b.entOff[i + 1]! - b.entOff[i]!);
    counts.push(b.numOff[i + 1]! - b.numOff[i]!);
    counts.push(b.quoteOff[i + 1]! - b.quoteOff[i]!);
  }
  // Postings, per term: the number of docs, then doc ids ascending as gaps.
  const postCounts = new VarintWriter();
  const postGaps = new VarintWriter();
  // Where every LIST_GROUP-th list starts, so that lists can be decoded in groups on use.
  const postSkip = new Uint32Array(groupCount(b.postOff.length - 1));
  readyAll(b.lazyPost);
  readyAll(b.lazyQp);
  readyAll(b.lazyEnt);
  readyAll(b.lazyNum);
  for (let t = 0; t + 1 < b.postOff.length; t++) {
    if (t % LIST_GROUP === 0) postSkip[t / LIST_GROUP] = postGaps.length;
    postCounts.push(b.postOff[t + 1]! - b.postOff[t]!);
    let prev = 0;
    for (let p = b.postOff[t]!; p < b.postOff[t + 1]!; p++) {
      postGaps.push(b.postDocs[p]! - prev);
      prev = b.postDocs[p]!;
    }
  }
  // Quote postings: the distinct shingle hashes ascending as gaps, each one's number of
  // docs, and its docs ascending as gaps.
  const qKeys = new VarintWriter();
  const qCounts = new VarintWriter();
  const qDocs = new VarintWriter();
  const qpSkip = new Uint32Array(groupCount(b.qpKeys.length));
  for (let k = 0; k < b.qpKeys.length; k++) {
    if (k % LIST_GROUP === 0) qpSkip[k / LIST_GROUP] = qDocs.length;
    qKeys.push(b.qpKeys[k]! - (k ? b.qpKeys[k - 1]! : 0));
    qCounts.push(b.qpOff[k + 1]! - b.qpOff[k]!);
    let prev = 0;
    for (let p = b.qpOff[k]!; p < b.qpOff[k + 1]!; p++) {
      qDocs.push(b.qpDocs[p]! - prev);
      prev = b.qpDocs[p]!;
    }
  }
  const entLists = encodeSortedLists(b.entOff, b.entIds, b.entTypes);
  const numLists = encodeSortedLists(b.numOff, b.numIds);
  const entSkip = groupStarts(entLists.ids, b.entOff);
  const numSkip = groupStarts(numLists.ids, b.numOff);
  const quotes = new VarintWriter();
  for (let q = 0; q < b.quoteData.length; q += 5) {
    quotes.push(b.quoteData[q]!);
    quotes.push(b.quoteData[q + 1]! - b.quoteData[q]!);
    for (let k = 2; k < 5; k++) quotes.push(b.quoteData[q + k]!);
  }
  const dfw = new VarintWriter();
  for (const x of df) dfw.push(x);
  const sourceW = new VarintWriter();
  for (const x of b.sourceIdx) sourceW.push(x);
  const langW = new VarintWriter();
  for (const x of b.langIdx) langW.push(x);
  const packed = b.packed ?? packMeta(n, (doc, f) => b.fields(doc)[f]!);
  const termList = terms.toArray();
  const termHashes = Uint32Array.from(termList, hash32);
  const strings = (list: string[]) => {
    const e = encodeStrings(list);
    return [e.lengths, e.chars];
  };
  const columns: Column[] = [
    ...strings(termList),
    ...strings(b.speakers.toArray()),
    ...strings(b.sources),
    ...strings(b.languages),
    dfw.bytes(),
    // Once per-term name flags, which nothing reads any more: written empty, never read.
    new Uint8Array(0),
    counts.bytes(),
    postGaps.bytes(),
    b.postW,
    entLists.ids,
    entLists.carry,
    numLists.ids,
    qKeys.bytes(),
    b.mh,
    quotes.bytes(),
    b.day,
    sourceW.bytes(),
    langW.bytes(),
    b.urlHash,
    packed.pieceLengths,
    packed.pieceChars,
    packed.strideOff,
    packed.stream,
    textOff,
    textBytes,
    postCounts.bytes(),
    qCounts.bytes(),
    qDocs.bytes(),
    b.flags,
    postSkip,
    qpSkip,
    entSkip,
    numSkip,
    termHashes,
  ];
  const headerWords = HEADER_WORDS + columns.length * 2;
  let offset = headerWords * 4;
  offset = (offset + 7) & ~7;
  const placed: { at: number; bytes: number }[] = [];
  for (const c of columns) {
    placed.push({ at: offset, bytes: c.byteLength });
    offset = (offset + c.byteLength + 7) & ~7;
  }
  const buf = new ArrayBuffer(offset);
  const head = new Uint32Array(buf, 0, headerWords);
  head[0] = MAGIC;
  head[1] = CORPUS_FORMAT_VERSION;
  head[2] = n;
  head[3] = columns.length;
  const bytes = new Uint8Array(buf);
  columns.forEach((c, i) => {
    head[HEADER_WORDS + i * 2] = placed[i]!.at;
    head[HEADER_WORDS + 1 + i * 2] = placed[i]!.bytes;
    bytes.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), placed[i]!.at);
  });
  head[4] = indexChecksum(bytes);
  return buf;
}

/**
 * Checksum of a serialised index: the document and column counts (header words 2 and 3)
 * and every word after the checksum word (4). Magic and version are compared exactly.
 */
function indexChecksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  return wordChecksum(words.subarray(HEADER_WORDS), wordChecksum(words.subarray(2, 4)));
}

/**
 * A 32-bit checksum of 32-bit words, continuing from `seed`. Each step is one-to-one in
 * the running value for a given word and in the word for a given value, so a change
 * confined to one word always changes the result, and other damage goes unseen about
 * once in four billion. It reads a word per step where a CRC-32 reads a byte: several
 * times faster, above all in a worker just started, where such a loop first runs
 * unoptimised (about 20 ms against 130-210 ms over an 18 MB index in Node).
 */
function wordChecksum(words: Uint32Array, seed = 0): number {
  let h = seed | 0;
  for (let i = 0; i < words.length; i++)
    h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i]!, 0x9e3779b1);
  return h >>> 0;
}

/** The offsets of `lists` lists from their lengths, stored as variable-length integers. */
function decodeOffsets(bytes: Uint8Array, lists: number): Uint32Array {
  const off = new Uint32Array(lists + 1);
  decodeVarints(bytes, off.subarray(1));
  for (let k = 0; k < lists; k++) off[k + 1]! += off[k]!;
  return off;
}

/** Posting lists decoded together, from one stored start (`LazyLists.skip`). */
const LIST_GROUP = 64;

const groupCount = (lists: number) => Math.ceil(lists / LIST_GROUP);

/**
 * Posting lists at offsets `off` (each stored ascending as gaps), decoded a group of
 * `LIST_GROUP` lists at a time when first read: a worker just started reads the lists of
 * one page's terms, not the millions of postings of a large index.
 */
export interface LazyLists {
  bytes: Uint8Array;
  /** Byte where each group's first list starts. */
  skip: Uint32Array;
  off: Uint32Array;
  /** Every list's doc ids, filled group by group. */
  docs: Uint32Array;
  /** 1 for each group decoded. */
  ready: Uint8Array;
  /** Number of docs: every id must be below it. */
  n: number;
  what: string;
}

function lazyLists(
  bytes: Uint8Array,
  skip: Uint32Array,
  off: Uint32Array,
  n: number,
  what: string,
): LazyLists {
  const groups = groupCount(off.length - 1);
  if (skip.length !== groups) throw new CorpusFormatError(`corpus index ${what} are damaged`);
  for (let g = 0; g < groups; g++)
    if (skip[g]! > bytes.length || (g && skip[g]! < skip[g - 1]!))
      throw new CorpusFormatError(`corpus index ${what} are damaged`);
  const docs = new Uint32Array(off[off.length - 1]!);
  return { bytes, skip, off, docs, ready: new Uint8Array(groups), n, what };
}

/**
 * Where each group of lists starts in `bytes` (lists at offsets `off`, stored one after
 * another as variable-length integers), found by counting the integers' last bytes.
 */
function groupStarts(bytes: Uint8Array, off: Uint32Array): Uint32Array {
  const skip = new Uint32Array(groupCount(off.length - 1));
  let pos = 0;
  let values = 0;
  for (let g = 0; g < skip.length; g++) {
    const want = off[g * LIST_GROUP]!;
    for (; values < want && pos < bytes.length; pos++) if (bytes[pos]! < 0x80) values++;
    skip[g] = pos;
  }
  return skip;
}

/** Have list `list` of `lists` decoded in `lists.docs` (no-op when lists is null). */
export function readyList(lists: LazyLists | null, list: number): void {
  if (lists && !lists.ready[Math.floor(list / LIST_GROUP)])
    decodeGroup(lists, Math.floor(list / LIST_GROUP));
}

/** Have every list decoded (before the lists are read whole: saving, compacting). */
export function readyAll(lists: LazyLists | null): void {
  if (!lists) return;
  for (let g = 0; g < lists.ready.length; g++) if (!lists.ready[g]) decodeGroup(lists, g);
}

function decodeGroup(l: LazyLists, g: number): void {
  const first = g * LIST_GROUP;
  const last = Math.min(first + LIST_GROUP, l.off.length - 1);
  const from = l.off[first]!;
  const to = l.off[last]!;
  try {
    decodeVarints(l.bytes.subarray(l.skip[g]!), l.docs.subarray(from, to));
  } catch (e) {
    if (e instanceof CodecError) throw new CorpusFormatError(`corpus index ${l.what} are damaged`);
    throw e;
  }
  for (let k = first; k < last; k++) {
    let d = 0;
    const end = l.off[k + 1]!;
    for (let p = l.off[k]!; p < end; p++) l.docs[p] = d += l.docs[p]!;
    if (end > l.off[k]! && d >= l.n)
      throw new CorpusFormatError(`corpus index ${l.what} are damaged`);
  }
  l.ready[g] = 1;
}

/**
 * The parts of a corpus from `encodeCorpus` output. Throws `CorpusVersionError` for
 * another layout version (rebuild from the pack) and `CorpusFormatError` for anything else.
 */
export function decodeCorpus(buf: ArrayBuffer): CorpusParts {
  if (buf.byteLength < 8) throw new CorpusFormatError('not a corpus index: too short');
  const pre = new Uint32Array(buf, 0, 2);
  if (pre[0] !== MAGIC) throw new CorpusFormatError('not a corpus index: wrong signature');
  if (pre[1] !== CORPUS_FORMAT_VERSION) throw new CorpusVersionError(pre[1]!);
  if (buf.byteLength < HEADER_WORDS * 4 || buf.byteLength % 4)
    throw new CorpusFormatError('corpus index is truncated');
  const top = new Uint32Array(buf, 0, HEADER_WORDS);
  // Every word after the checksum word is covered, so a damaged cache is refused
  // here and rebuilt from its articles, never half used.
  if (indexChecksum(new Uint8Array(buf)) !== top[4])
    throw new CorpusFormatError('corpus index is damaged (checksum mismatch)');
  const n = top[2]!;
  const count = top[3]!;
  if (count !== COLUMN_COUNT || buf.byteLength < (HEADER_WORDS + count * 2) * 4)
    throw new CorpusFormatError('corpus index header is damaged');
  const head = new Uint32Array(buf, 0, HEADER_WORDS + count * 2);
  const col = (i: number, width: number) => {
    const at = head[HEADER_WORDS + i * 2]!;
    const len = head[HEADER_WORDS + 1 + i * 2]!;
    if (at + len > buf.byteLength || at % width || len % width)
      throw new CorpusFormatError('corpus index is truncated or damaged');
    return { at, len };
  };
  const u8 = (i: number) => {
    const { at, len } = col(i, 1);
    return new Uint8Array(buf, at, len);
  };
  const u16 = (i: number) => {
    const { at, len } = col(i, 2);
    return new Uint16Array(buf, at, len / 2);
  };
  const u32 = (i: number) => {
    const { at, len } = col(i, 4);
    return new Uint32Array(buf, at, len / 4);
  };
  const i32 = (i: number) => {
    const { at, len } = col(i, 4);
    return new Int32Array(buf, at, len / 4);
  };
  const damaged = (what: string) => new CorpusFormatError(`corpus index ${what} is damaged`);
  try {
    const terms = new StringTable(u8(0), u8(1), u32(37));
    const speakers = new StringTable(u8(2), u8(3));
    const sources = new StringTable(u8(4), u8(5)).toArray();
    const languages = new StringTable(u8(6), u8(7)).toArray();
    const dfs = new Uint32Array(terms.size);
    decodeVarints(u8(8), dfs);
    const df = Array.from(dfs);
    const entOff = new Uint32Array(n + 1);
    const numOff = new Uint32Array(n + 1);
    const quoteOff = new Uint32Array(n + 1);
    const counts = new Uint32Array(n * 3);
    decodeVarints(u8(10), counts);
    // Flat loops: a worker just started runs them before they are optimised.
    for (let i = 0, k = 0; i < n; i++, k += 3) {
      entOff[i + 1] = entOff[i]! + counts[k]!;
      numOff[i + 1] = numOff[i]! + counts[k + 1]!;
      quoteOff[i + 1] = quoteOff[i]! + counts[k + 2]!;
    }
    const nTerms = terms.size;
    const postOff = decodeOffsets(u8(29), nTerms);
    const postW = u8(12);
    const entTypes = u8(14);
    // Quote postings: keys from their gaps, offsets from the counts, docs within each key.
    const qCountBytes = u8(30);
    let nKeys = 0;
    for (let i = 0; i < qCountBytes.length; i++) if (qCountBytes[i]! < 0x80) nKeys++;
    const qpKeys = new Uint32Array(nKeys);
    decodeVarints(u8(16), qpKeys);
    for (let k = 1; k < nKeys; k++) qpKeys[k]! += qpKeys[k - 1]!;
    const qpOff = decodeOffsets(qCountBytes, nKeys);
    const lazyQp = lazyLists(u8(31), u32(34), qpOff, n, 'quotation postings');
    const mh = u16(17);
    if (
      postW.length !== postOff[nTerms] ||
      entTypes.length !== entOff[n] ||
      mh.length !== n * MINHASH_SIZE
    )
      throw damaged('lists');
    const lazyPost = lazyLists(u8(11), u32(33), postOff, n, 'postings');
    // Each doc's entity and number lists are decoded when the doc is first read.
    const lazyEnt = lazyLists(u8(13), u32(35), entOff, nTerms, 'entity lists');
    const lazyNum = lazyLists(u8(15), u32(36), numOff, nTerms, 'number lists');
    const quoteData = new Uint32Array(quoteOff[n]! * 5);
    decodeVarints(u8(18), quoteData);
    for (let q = 0; q < quoteData.length; q += 5) quoteData[q + 1]! += quoteData[q]!;
    const day = i32(19);
    const sourceIdx = new Uint32Array(n);
    new VarintReader(u8(20)).fill(sourceIdx);
    const langIdx = new Uint32Array(n);
    new VarintReader(u8(21)).fill(langIdx);
    for (let i = 0; i < n; i++)
      if (sourceIdx[i]! >= sources.length || langIdx[i]! >= languages.length)
        throw damaged('metadata');
    const urlHash = u32(22);
    const packed: PackedMeta = {
      pieceLengths: u8(23),
      pieceChars: u8(24),
      strideOff: u32(25),
      stream: u8(26),
    };
    const reader = new MetaReader(packed);
    const textOff = u32(27);
    const docFlags = u8(32);
    if (day.length !== n || urlHash.length !== n || docFlags.length !== n)
      throw damaged('metadata');
    const base: BaseSegment = {
      n,
      fields: (doc) => reader.fields(doc),
      packed,
      sourceIdx,
      sources,
      langIdx,
      languages,
      urlHash,
      day,
      flags: docFlags,
      fwd: null,
      entOff,
      entIds: lazyEnt.docs,
      lazyEnt,
      entTypes,
      numOff,
      numIds: lazyNum.docs,
      lazyNum,
      qfwd: null,
      mh,
      quoteOff,
      quoteData,
      speakers,
      postOff,
      postDocs: lazyPost.docs,
      lazyPost,
      postW,
      qpKeys,
      qpOff,
      qpDocs: lazyQp.docs,
      lazyQp,
      textOff: textOff.length ? textOff : new Uint32Array(n + 1),
      textBytes: textOff.length ? u8(28) : null,
      textCrc: null,
      texts: [],
    };
    return { base, terms, df };
  } catch (e) {
    if (e instanceof CodecError) throw damaged(`data (${e.message})`);
    throw e;
  }
}

/** The texts of an index's docs as read back from a texts buffer. */
export interface StoredTexts {
  textOff: Uint32Array;
  textBytes: Uint8Array;
  /** CRC-32 of each doc's bytes, checked when the text is first decoded. */
  textCrc: Uint32Array;
}

/** Version of the layout of a texts buffer (`encodeTexts`). */
export const TEXTS_FORMAT_VERSION = 1;
const TEXTS_MAGIC = 0x53535458; // "SSTX"
/**
 * Header words of a texts buffer: magic, version, docs, the index's checksum, text bytes,
 * CRC-32 of words 2 to 4 and of the offset and checksum tables.
 */
const TEXTS_HEADER_WORDS = 6;

/** The checksum word of an `encodeCorpus` buffer (what a texts buffer is paired by). */
export function corpusChecksum(index: ArrayBuffer): number {
  if (index.byteLength < HEADER_WORDS * 4) throw new CorpusFormatError('corpus index is truncated');
  return new Uint32Array(index, 0, HEADER_WORDS)[4]!;
}

/**
 * The texts of `n` docs as a buffer of their own, paired with the index buffer `index`
 * (an `encodeCorpus` output without texts): a header, the offsets of each doc's UTF-8
 * bytes, a CRC-32 per doc, then the bytes. Loading checks the header and the tables
 * whole; each text is checked when first read, so loading costs nothing per text byte.
 */
export function encodeTexts(
  n: number,
  text: (doc: number) => string,
  index: ArrayBuffer,
): ArrayBuffer {
  const chunks: Uint8Array[] = [];
  const textCrc = new Uint32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const bytes = utf8enc.encode(text(i));
    chunks.push(bytes);
    textCrc[i] = crc32(bytes);
    total += bytes.length;
  }
  const tableWords = TEXTS_HEADER_WORDS + n + 1 + n;
  const buf = new ArrayBuffer(tableWords * 4 + total);
  const words = new Uint32Array(buf, 0, tableWords);
  words[0] = TEXTS_MAGIC;
  words[1] = TEXTS_FORMAT_VERSION;
  words[2] = n;
  words[3] = corpusChecksum(index);
  words[4] = total;
  const textOff = words.subarray(TEXTS_HEADER_WORDS, TEXTS_HEADER_WORDS + n + 1);
  const bytes = new Uint8Array(buf, tableWords * 4);
  let at = 0;
  chunks.forEach((c, i) => {
    bytes.set(c, at);
    at += c.length;
    textOff[i + 1] = at;
  });
  words.set(textCrc, TEXTS_HEADER_WORDS + n + 1);
  words[5] = textsTableChecksum(words);
  return buf;
}

/** CRC-32 of a texts buffer's header words 2 to 4 and its offset and checksum tables. */
function textsTableChecksum(words: Uint32Array): number {
  const bytes = new Uint8Array(words.buffer, words.byteOffset, words.byteLength);
  return crc32(bytes.subarray(TEXTS_HEADER_WORDS * 4), crc32(bytes.subarray(8, 20)));
}

/**
 * The texts of an `encodeTexts` buffer, for the index buffer `index` it was written with.
 * Throws `CorpusVersionError` for another layout version and `CorpusFormatError` for a
 * buffer that is damaged or belongs to another index; the text bytes themselves are
 * checked doc by doc when read (see `BaseSegment.textCrc`).
 */
export function decodeTexts(buf: ArrayBuffer, index: ArrayBuffer): StoredTexts {
  const { table, bytes } = textsTableOf(buf, index);
  if (buf.byteLength !== table.byteLength + bytes) throw textsError('are truncated');
  return { ...table, textBytes: new Uint8Array(buf, table.byteLength) };
}

/** The offset and checksum tables of a texts buffer, without its text bytes. */
export interface TextsTable {
  textOff: Uint32Array;
  textCrc: Uint32Array;
  /** Bytes the tables take at the start of the texts buffer. */
  byteLength: number;
}

const textsError = (what: string) => new CorpusFormatError(`corpus texts ${what}`);

/** The tables at the start of texts buffer `buf` (which may hold them alone), checked whole. */
function textsTableOf(buf: ArrayBuffer, index: ArrayBuffer): { table: TextsTable; bytes: number } {
  if (buf.byteLength < TEXTS_HEADER_WORDS * 4) throw textsError('are truncated');
  const head = new Uint32Array(buf, 0, TEXTS_HEADER_WORDS);
  if (head[0] !== TEXTS_MAGIC) throw textsError('have a wrong signature');
  if (head[1] !== TEXTS_FORMAT_VERSION) throw textsError(`are of another version (${head[1]})`);
  const n = head[2]!;
  const tableWords = TEXTS_HEADER_WORDS + n + 1 + n;
  const paired = corpusChecksum(index);
  if (n !== new Uint32Array(index, 0, 3)[2] || head[3] !== paired)
    throw textsError('belong to another index');
  if (buf.byteLength < tableWords * 4) throw textsError('are truncated');
  const words = new Uint32Array(buf, 0, tableWords);
  if (textsTableChecksum(words) !== head[5]) throw textsError('are damaged (checksum mismatch)');
  const textOff = words.subarray(TEXTS_HEADER_WORDS, TEXTS_HEADER_WORDS + n + 1);
  if (textOff[0] !== 0 || textOff[n] !== head[4]) throw textsError('are damaged');
  for (let i = 0; i < n; i++) if (textOff[i + 1]! < textOff[i]!) throw textsError('are damaged');
  const table = {
    textOff,
    textCrc: words.subarray(TEXTS_HEADER_WORDS + n + 1),
    byteLength: tableWords * 4,
  };
  return { table, bytes: head[4]! };
}

/**
 * A texts buffer cut for storage in pieces: its tables (`table`, what `decodeTextsTable`
 * reads) and its text bytes in chunks of `chunkBytes` (the last may be shorter), so that a
 * reader can fetch the texts of a few docs without reading all of them.
 */
export function splitTexts(
  buf: ArrayBuffer,
  chunkBytes: number,
): { table: ArrayBuffer; chunks: ArrayBuffer[] } {
  // A buffer too short for its tables is kept whole as the table, which reading refuses.
  const n = buf.byteLength < TEXTS_HEADER_WORDS * 4 ? 0 : new Uint32Array(buf, 0, 3)[2]!;
  const tableBytes = Math.min(buf.byteLength, (TEXTS_HEADER_WORDS + n + 1 + n) * 4);
  const chunks: ArrayBuffer[] = [];
  for (let at = tableBytes; at < buf.byteLength; at += chunkBytes)
    chunks.push(buf.slice(at, Math.min(buf.byteLength, at + chunkBytes)));
  return { table: buf.slice(0, tableBytes), chunks };
}

/**
 * The tables of a texts buffer stored apart from its bytes (`splitTexts`), for the index
 * buffer `index`; throws as `decodeTexts` does.
 */
export function decodeTextsTable(
  table: ArrayBuffer,
  index: ArrayBuffer,
): TextsTable & { bytes: number } {
  const { table: t, bytes } = textsTableOf(table, index);
  if (table.byteLength !== t.byteLength) throw textsError('are damaged');
  return { ...t, bytes };
}
