/**
 * The one definition of the marks that stand for verdicts, wherever they appear: the
 * popup, the badges and popover in the page, the toolbar button and the command line.
 * Each verdict also has a word (its message in _locales), so no meaning rests on the
 * mark alone.
 */
import type { Verdict } from '../core/types';

/** The mark of each verdict. */
export const VERDICT_ICONS: Readonly<Record<Verdict, string>> = {
  verbatim: '✓',
  fragment: '⊂',
  variant: '≈',
  altered: '⚠',
  unverified: '?',
};

/** The mark of a term in quotation marks (a word or phrase, not a statement). */
export const TERM_ICON = '“”';

/** The mark of a quotation: a term's, or its verdict's. */
export function quoteIcon(q: { kind: 'statement' | 'term'; verdict: Verdict }): string {
  return q.kind === 'term' ? TERM_ICON : VERDICT_ICONS[q.verdict];
}

/**
 * What the toolbar button's badge shows besides a count (the badge holds a character or
 * two, so altered gets the plainest warning sign).
 */
export const TOOLBAR_MARKS = {
  /** A quotation reads differently elsewhere. */
  altered: '!',
  /** No article on the page, or a page extensions may not read. */
  none: '–',
  /** The check is running. */
  checking: '…',
  /** A passage check from the context menu waits in the popup. */
  passage: '?',
} as const;
