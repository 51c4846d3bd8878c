/**
 * The words for verdicts, differences and the reasons two articles are taken to be one
 * story, in the interface's language: one place for the popup, the options page and the
 * page's badges and popover. The marks are in verdict-icons.ts.
 */
import type { QuoteDifference, RelatedReason, Verdict } from '../core/types';
import { formatList, t, tn } from './i18n';
import { TERM_ICON, VERDICT_ICONS } from './verdict-icons';

export interface VerdictWords {
  /** The mark, shown with the name. */
  icon: string;
  /** "Verbatim", "Wörtlich"… */
  name: string;
  /** One sentence for readers saying what the verdict means. */
  meaning: string;
}

/** Each verdict's name and the sentence that explains it. */
const WORDS: Readonly<Record<Verdict, () => [name: string, meaning: string]>> = {
  verbatim: () => [t('verdict_verbatim'), t('verdict_verbatim_meaning')],
  fragment: () => [t('verdict_fragment'), t('verdict_fragment_meaning')],
  variant: () => [t('verdict_variant'), t('verdict_variant_meaning')],
  altered: () => [t('verdict_altered'), t('verdict_altered_meaning')],
  unverified: () => [t('verdict_unverified'), t('verdict_unverified_meaning')],
};

/** The words and mark of a verdict. */
export function verdictWords(verdict: Verdict): VerdictWords {
  const [name, meaning] = WORDS[verdict]();
  return { icon: VERDICT_ICONS[verdict], name, meaning };
}

/** The words and mark of a quotation: a term's, or its verdict's. */
export function quoteWords(q: { kind: 'statement' | 'term'; verdict: Verdict }): VerdictWords {
  if (q.kind === 'term') {
    return { icon: TERM_ICON, name: t('verdict_term'), meaning: t('verdict_term_meaning') };
  }
  return verdictWords(q.verdict);
}

/** "Number", "Negation", "Speaker": what differs in an altered quotation. */
export function differenceName(type: QuoteDifference['type']): string {
  switch (type) {
    case 'number':
      return t('difference_number');
    case 'negation':
      return t('difference_negation');
    case 'speaker':
      return t('difference_speaker');
  }
}

/**
 * One reason two articles tell the same story, in the interface's language. The names,
 * places and figures are the articles' own and stay as written. A reason from an older
 * report without its parts keeps the engine's English words.
 */
export function reasonText(r: RelatedReason): string {
  const list = Array.isArray(r.items) && r.items.length ? formatList(r.items.map(String)) : '';
  switch (r.kind) {
    case 'names':
      return list ? t('reason_names', list) : r.label;
    case 'places':
      return list ? t('reason_places', list) : r.label;
    case 'numbers':
      return list ? t('reason_numbers', list) : r.label;
    case 'quotes':
      return t('reason_quotes');
    case 'time':
      if (typeof r.days !== 'number') return r.label;
      return r.days === 0 ? t('reason_same_day') : tn('reason_days_apart', r.days);
    case 'text':
      return r.copy ? t('reason_copy') : t('reason_wording');
  }
}
