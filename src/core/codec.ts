/**
 * Byte-level encodings of the stored corpus index: variable-length integers, lists of
 * strings, and a word-level table for article metadata (URLs, titles, dates, bylines),
 * which repeat the same words and path pieces from article to article.
 */

import { hash32 } from './text';

const utf8enc = new TextEncoder();
const utf8dec = new TextDecoder();

/** An append-only byte buffer of unsigned LEB128 integers (7 bits a byte, low first). */
export class VarintWriter {
  private buf = new Uint8Array(1024);
  private at = 0;

  get length(): number {
    return this.at;
  }

  /** Append an integer in [0, 2^32). */
  push(value: number): void {
    if (this.at + 5 > this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.at++] = v;
  }

  /** The bytes written so far (a copy sized to fit). */
  bytes(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}

/** Thrown when a stored stream ends in the middle of a number or holds too few of them. */
export class CodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

/** Reads the integers a `VarintWriter` wrote, in order. */
export class VarintReader {
  pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  next(): number {
    const b = this.bytes;
    let v = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= b.length) throw new CodecError('stored integers end early');
      const byte = b[this.pos++]!;
      v += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return v;
      shift += 7;
      if (shift > 28) throw new CodecError('stored integer is too long');
    }
  }

  /** Fill `out` with the next `out.length` integers. */
  fill(out: Uint32Array | Uint8Array): void {
    this.pos += decodeVarints(this.bytes.subarray(this.pos), out);
  }
}

/**
 * Lists of integers per document, each list sorted and stored as gaps (small numbers,
 * mostly one or two bytes). `ids` is read `off[i]..off[i+1]` per document; `carry`, if
 * given, is a parallel column permuted with the ids.
 */
export function encodeSortedLists(
  off: Uint32Array,
  ids: ArrayLike<number>,
  carry?: Uint8Array,
): { ids: Uint8Array; carry: Uint8Array } {
  const w = new VarintWriter();
  const carried = new Uint8Array(carry ? ids.length : 0);
  const order: number[] = [];
  for (let d = 0; d + 1 < off.length; d++) {
    const from = off[d]!;
    const to = off[d + 1]!;
    order.length = 0;
    for (let p = from; p < to; p++) order.push(p);
    order.sort((a, b) => ids[a]! - ids[b]! || a - b);
    let prev = 0;
    order.forEach((p, k) => {
      w.push(ids[p]! - prev);
      prev = ids[p]!;
      if (carry) carried[from + k] = carry[p]!;
    });
  }
  return { ids: w.bytes(), carry: carried };
}

/** The inverse of `encodeSortedLists` for the ids: `total` integers, lists split by `off`. */
export function decodeSortedLists(bytes: Uint8Array, off: Uint32Array, total: number): Uint32Array {
  const out = new Uint32Array(total);
  decodeVarints(bytes, out);
  // Gaps back to ids, list by list.
  for (let d = 0; d + 1 < off.length; d++) {
    let prev = 0;
    for (let p = off[d]!; p < off[d + 1]!; p++) out[p] = prev += out[p]!;
  }
  return out;
}

/**
 * Decode exactly `out.length` integers from the start of `bytes` (the loading hot path:
 * one tight loop, no calls). Returns the number of bytes read.
 */
export function decodeVarints(bytes: Uint8Array, out: Uint32Array | Uint8Array): number {
  let pos = 0;
  // Most numbers take one or two bytes: those are read inline, longer ones in a loop (as
  // fast as unrolling every byte, measured on 5 million mixed ids). Reading past the end
  // yields undefined, which ends the number; the check after the loop reports it.
  for (let i = 0; i < out.length; i++) {
    let b = bytes[pos++]!;
    if (b < 0x80) {
      out[i] = b;
      continue;
    }
    let v = b & 0x7f;
    b = bytes[pos++]!;
    v |= (b & 0x7f) << 7;
    for (let shift = 14; b >= 0x80; shift += 7) {
      b = bytes[pos++]!;
      if (shift === 28) {
        if (b > 0x0f) throw new CodecError('stored integer is too long');
        v += b * 2 ** 28;
        break;
      }
      v |= (b & 0x7f) << shift;
    }
    out[i] = v;
  }
  if (pos > bytes.length) throw new CodecError('stored integers end early');
  return pos;
}

/** Strings as their UTF-16 lengths (varints) and the UTF-8 bytes of them all in a row. */
export function encodeStrings(list: readonly string[]): { lengths: Uint8Array; chars: Uint8Array } {
  const w = new VarintWriter();
  for (const s of list) w.push(s.length);
  return { lengths: w.bytes(), chars: utf8enc.encode(list.join('')) };
}

/**
 * Strings stored as `encodeStrings` stores them, each cut from the decoded text when it
 * is asked for: a worker just started reads the metadata of a few dozen articles, not the
 * hundreds of thousands of pieces of a large index.
 */
export class StringTable {
  private readonly all: string;
  /** Where each string starts in `all`, and the end of the last. */
  private readonly starts: Uint32Array;
  /** Open-addressed hash table of string ids + 1 (0: empty), built on the first `indexOf`. */
  private slots: Int32Array | null = null;

  /**
   * `hashes`: each string's `hash32`, when stored beside it (the first `indexOf` then
   * reads no characters).
   */
  constructor(
    lengths: Uint8Array,
    chars: Uint8Array,
    private readonly hashes: Uint32Array | null = null,
  ) {
    // Each stored integer ends with the one byte of it below 0x80.
    let n = 0;
    for (let i = 0; i < lengths.length; i++) if (lengths[i]! < 0x80) n++;
    const starts = new Uint32Array(n + 1);
    if (decodeVarints(lengths, starts.subarray(1)) !== lengths.length)
      throw new CodecError('stored string lengths end early');
    for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
    this.all = utf8dec.decode(chars);
    if (starts[n] !== this.all.length || (hashes && hashes.length !== n))
      throw new CodecError('stored strings do not add up');
    this.starts = starts;
  }

  /** A table of `list`, as decoding its `encodeStrings` would give. */
  static of(list: readonly string[]): StringTable {
    const { lengths, chars } = encodeStrings(list);
    return new StringTable(lengths, chars);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The `i`-th string; undefined when there is none. */
  at(i: number): string | undefined {
    if (!(i >= 0 && i < this.size)) return undefined;
    return this.all.slice(this.starts[i], this.starts[i + 1]);
  }

  /** Every string, in order. */
  toArray(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.size; i++)
      out.push(this.all.slice(this.starts[i], this.starts[i + 1]));
    return out;
  }

  /**
   * The first id of `s`, or -1. The first lookup fills a hash table from the stored
   * hashes (or the text) instead of cutting out every string and keying a map with them:
   * a worker just started looks up one page's terms in a dictionary of hundreds of
   * thousands.
   */
  indexOf(s: string): number {
    const { all, starts } = this;
    let slots = this.slots;
    if (!slots) {
      const n = this.size;
      let size = 16;
      while (size < n * 2) size *= 2;
      slots = new Int32Array(size);
      const hashes = this.hashes ?? Uint32Array.from(this.toArray(), hash32);
      for (let i = 0; i < n; i++) {
        let slot = hashes[i]! & (size - 1);
        while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
        slots[slot] = i + 1;
      }
      this.slots = slots;
    }
    const mask = slots.length - 1;
    for (let slot = hash32(s) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const id = slots[slot]! - 1;
      if (starts[id + 1]! - starts[id]! === s.length && all.startsWith(s, starts[id])) return id;
    }
    return -1;
  }
}

/**
 * Pieces of metadata text: a run of letters or digits with the one character after it,
 * or a single other character. Concatenated, a string's pieces give it back exactly.
 */
const PIECE = /[\p{L}\p{N}]+[^\p{L}\p{N}]?|[^\p{L}\p{N}]/gsu;

/** Fields per document in a metadata table. */
export const META_FIELDS = 4;
/** Documents between two stored offsets of the metadata stream. */
const META_STRIDE = 8;

/**
 * Per-document text fields stored as numbers into a table of pieces, the most common
 * pieces first (one byte each). A document's fields are read without decoding others.
 */
export interface PackedMeta {
  /** Piece table: lengths and characters (see `encodeStrings`). */
  pieceLengths: Uint8Array;
  pieceChars: Uint8Array;
  /** Byte offset of every META_STRIDE-th document in `stream`. */
  strideOff: Uint32Array;
  /** Per document, META_FIELDS fields: piece ids + 1, each field ended by 0. */
  stream: Uint8Array;
}

export function packMeta(n: number, field: (doc: number, f: number) => string): PackedMeta {
  const count = new Map<string, number>();
  const split: string[][] = [];
  for (let d = 0; d < n; d++) {
    for (let f = 0; f < META_FIELDS; f++) {
      const pieces = field(d, f).match(PIECE) ?? [];
      split.push(pieces);
      for (const p of pieces) count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
  const pieces = [...count.keys()].sort(
    (a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : 1),
  );
  const id = new Map<string, number>();
  pieces.forEach((p, i) => id.set(p, i + 1));
  const w = new VarintWriter();
  const strideOff = new Uint32Array(Math.ceil(n / META_STRIDE));
  for (let d = 0; d < n; d++) {
    if (d % META_STRIDE === 0) strideOff[d / META_STRIDE] = w.length;
    for (let f = 0; f < META_FIELDS; f++) {
      for (const p of split[d * META_FIELDS + f]!) w.push(id.get(p)!);
      w.push(0);
    }
  }
  const { lengths, chars } = encodeStrings(pieces);
  return { pieceLengths: lengths, pieceChars: chars, strideOff, stream: w.bytes() };
}

/** Reads documents' fields from a `PackedMeta`; the piece table is decoded on first use. */
export class MetaReader {
  private pieces: StringTable | null = null;
  constructor(private readonly packed: PackedMeta) {}

  fields(doc: number): string[] {
    const pieces = (this.pieces ??= new StringTable(
      this.packed.pieceLengths,
      this.packed.pieceChars,
    ));
    const r = new VarintReader(this.packed.stream);
    const stride = Math.floor(doc / META_STRIDE);
    if (stride >= this.packed.strideOff.length) throw new CodecError('no such document');
    r.pos = this.packed.strideOff[stride]!;
    // Skip the documents before ours in its stride.
    for (let skip = (doc % META_STRIDE) * META_FIELDS; skip > 0;) if (r.next() === 0) skip--;
    const out: string[] = [];
    for (let f = 0; f < META_FIELDS; f++) {
      let s = '';
      for (let p = r.next(); p !== 0; p = r.next()) {
        const piece = pieces.at(p - 1);
        if (piece === undefined) throw new CodecError('stored metadata names an unknown piece');
        s += piece;
      }
      out.push(s);
    }
    return out;
  }
}

/** Eight 256-entry tables for CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320). */
const CRC_TABLES = (() => {
  const t = new Uint32Array(256 * 8);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  for (let i = 0; i < 256; i++)
    for (let s = 1; s < 8; s++)
      t[s * 256 + i] = (t[(s - 1) * 256 + i]! >>> 8) ^ t[t[(s - 1) * 256 + i]! & 0xff]!;
  return t;
})();

/**
 * CRC-32 of `bytes` (the checksum of zip and PNG: crc32("123456789") = 0xCBF43926),
 * as an unsigned 32-bit number, optionally continuing the CRC `previous` of earlier bytes. Eight bytes a step ("slicing by 8"), so checking a
 * 100 MB index costs a few hundred milliseconds at most.
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  // Continuing from `previous`: crc32(b, crc32(a)) is the CRC of a followed by b.
  let c = (previous ^ 0xffffffff) >>> 0;
  let i = 0;
  const whole = bytes.length - (bytes.length % 8);
  for (; i < whole; i += 8) {
    const a =
      c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      t[7 * 256 + (a & 0xff)]! ^
      t[6 * 256 + ((a >>> 8) & 0xff)]! ^
      t[5 * 256 + ((a >>> 16) & 0xff)]! ^
      t[4 * 256 + (a >>> 24)]! ^
      t[3 * 256 + bytes[i + 4]!]! ^
      t[2 * 256 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
