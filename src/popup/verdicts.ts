/**
 * How verdicts and relations are shown: a label, an icon and a one-line explanation for
 * each, so that no meaning rests on colour alone. The icons match the badges the content
 * script draws in the page.
 */
import type { QuoteReport, Verdict } from '../core/types';

export interface VerdictInfo {
  label: string;
  icon: string;
  /** One sentence saying what the verdict means. */
  help: string;
}

export const VERDICTS: Readonly<Record<Verdict, VerdictInfo>> = {
  verbatim: {
    label: 'Verbatim',
    icon: '✓',
    help: 'Other outlets quote exactly these words.',
  },
  fragment: {
    label: 'Fragment',
    icon: '⊂',
    help: 'These words are part of a longer quotation carried elsewhere.',
  },
  variant: {
    label: 'Variant',
    icon: '≈',
    help: 'Other outlets carry this quotation with slightly different wording.',
  },
  altered: {
    label: 'Altered',
    icon: '⚠',
    help: 'Other outlets carry these words with a different number, negation or speaker.',
  },
  unverified: {
    label: 'Not found',
    icon: '?',
    help: 'No other outlet in your corpus carries these words.',
  },
};

export const TERM_INFO: VerdictInfo = {
  label: 'Term',
  icon: '“”',
  help: 'A word or phrase in quotation marks, not a statement; it is not checked.',
};

export function verdictInfo(q: Pick<QuoteReport, 'kind' | 'verdict'>): VerdictInfo {
  return q.kind === 'term' ? TERM_INFO : VERDICTS[q.verdict];
}

/** "12 Mar 2026" in the reader's locale; empty for a missing or invalid date. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "1 outlet", "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Quotation text as shown between quotation marks: a comma or colon the writer put
 * inside the marks ("…our farmers," Brandvold said) belongs to the sentence around it.
 */
export function quoteForDisplay(text: string): string {
  return `“${text.trim().replace(/[,;:]+$/u, '')}”`;
}
