/**
 * The word-level diff between a quotation and a match found elsewhere, worked out where it
 * is shown (the popup, the command line's JSON) rather than by the engine for every match:
 * a reader opens a few quotations, and the worker need not carry a diff library.
 */
import { diffArrays } from 'diff';
import type { DiffPart, QuoteMatch } from './types';

/** Word-level diff from our words to theirs, as written (case and punctuation kept). */
export function wordDiff(ours: string, theirs: string): DiffPart[] {
  const a = ours.split(/\s+/).filter(Boolean);
  const b = theirs.split(/\s+/).filter(Boolean);
  const key = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const parts: DiffPart[] = [];
  // diffArrays compares normalised keys; each run is mapped back to the words as written.
  let ia = 0;
  let ib = 0;
  for (const c of diffArrays(a.map(key), b.map(key))) {
    const n = c.value.length;
    if (c.added) {
      parts.push({ op: 'insert', text: b.slice(ib, ib + n).join(' ') });
      ib += n;
    } else if (c.removed) {
      parts.push({ op: 'delete', text: a.slice(ia, ia + n).join(' ') });
      ia += n;
    } else {
      parts.push({ op: 'equal', text: b.slice(ib, ib + n).join(' ') });
      ia += n;
      ib += n;
    }
  }
  return parts;
}

/**
 * The diff a reader is shown for `match` of a quotation with words `ours` in an article in
 * `language`: none for the same words, and none across languages, where it says nothing.
 */
export function matchDiff(ours: string, language: string, match: QuoteMatch): DiffPart[] {
  return match.kind === 'verbatim' || match.language !== language ? [] : wordDiff(ours, match.text);
}
