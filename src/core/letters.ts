/**
 * Letter classes narrowed to the scripts the attribution patterns read.
 *
 * The speaker patterns are long and use `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}`
 * many times over. Compiling a Unicode property class means compiling every range of it,
 * astral planes included (matched as surrogate pairs in a two-byte subject, which any text
 * with typographic quotation marks is): the first analysis in a new worker spent most of
 * its time compiling these patterns. Names are only told by capitals, so what the
 * patterns need to know of letters lies in the cased scripts and their neighbours:
 * Latin, Greek, Cyrillic and Armenian, with Hebrew and Arabic for word edges, and the
 * Latin and Greek extensions (Vietnamese, polytonic Greek). `narrowLetters` rewrites a
 * pattern's property classes to those blocks; inside them each class is exactly the
 * Unicode property of the running engine.
 */

/** Code point blocks, inclusive: Basic Latin … Arabic, Latin and Greek additions. */
const BLOCKS: readonly (readonly [number, number])[] = [
  [0x0000, 0x06ff],
  [0x1e00, 0x1fff],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
];

/** The property classes rewritten. */
export const NARROWED = ['L', 'Lu', 'Ll', 'M', 'N'] as const;
type Narrowed = (typeof NARROWED)[number];

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

let ranges: Map<string, string> | null = null;

/** Each class's code points within `BLOCKS`, as the body of a character class. */
function classBodies(): Map<string, string> {
  if (ranges) return ranges;
  // Every code point of the blocks in a row, a space between two blocks: each class's
  // ranges are then its runs in that text, found in one search per class (testing each
  // code point on its own took several milliseconds of every worker start).
  const points: number[] = [];
  let all = '';
  for (const [from, to] of BLOCKS) {
    for (let c = from; c <= to; c++) {
      points.push(c);
      all += String.fromCharCode(c);
    }
    points.push(-1);
    all += ' ';
  }
  ranges = new Map();
  for (const prop of NARROWED) {
    let body = '';
    for (const run of all.matchAll(new RegExp(`\\p{${prop}}+`, 'gu'))) {
      const start = points[run.index]!;
      const end = points[run.index + run[0].length - 1]!;
      body += start === end ? hex(start) : `${hex(start)}-${hex(end)}`;
    }
    ranges.set(prop, body);
  }
  return ranges;
}

/** The body of the narrowed class for `prop` (for tests and callers building classes). */
export function narrowedClass(prop: Narrowed): string {
  return classBodies().get(prop)!;
}

/** A character class, a property class to narrow, or any other escape. */
const PIECE = /\[(?:\\[^]|[^\\\]])*\]|\\p\{(?:L|Lu|Ll|M|N)\}|\\[^]/gu;
const IN_CLASS = /\\p\{(L|Lu|Ll|M|N)\}|\\[^]/gu;

/**
 * `re` with every `\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{M}` and `\p{N}` narrowed to the blocks
 * above, in a class or on its own; other escapes, properties and flags are kept. A
 * pattern without the `u` flag has no property classes and is returned as it is.
 */
export function narrowLetters(re: RegExp): RegExp {
  if (!re.unicode || !re.source.includes('\\p{')) return re;
  return narrowedRegExp(re.source, re.flags);
}

/**
 * `new RegExp(source, flags)` with its letter classes narrowed as `narrowLetters` does,
 * without compiling the pattern as written first: its full property classes are what
 * make the first compilation slow.
 */
export function narrowedRegExp(source: string, flags: string): RegExp {
  return new RegExp(flags.includes('u') ? narrowedSource(source) : source, flags);
}

/** `source`, a pattern for the `u` flag, with its letter classes narrowed. */
export function narrowedSource(source: string): string {
  if (!source.includes('\\p{')) return source;
  const bodies = classBodies();
  const inClass = (escape: string, prop: string | undefined) => (prop ? bodies.get(prop)! : escape);
  return source.replace(PIECE, (piece) => {
    if (piece.startsWith('[')) return piece.replace(IN_CLASS, inClass);
    if (piece.startsWith('\\p{')) return `[${bodies.get(piece.slice(3, -1))!}]`;
    return piece;
  });
}
