/**
 * How each verdict looks in the page: never colour alone, so every verdict also has its
 * own underline style and its own mark and word (shared/verdict-icons.ts,
 * shared/verdict-words.ts).
 */
import type { Verdict } from '../core/types';
import { t, tn } from '../shared/i18n';
import { VERDICT_ICONS } from '../shared/verdict-icons';
import { verdictWords } from '../shared/verdict-words';

export interface VerdictLook {
  /** Shown on the badge and in the popover. */
  icon: string;
  /** CSS `text-decoration-style` of the underline. */
  line: 'solid' | 'double' | 'dashed' | 'wavy' | 'dotted';
  /** Underline and badge colour (contrast ≥ 4.5:1 on white). */
  color: string;
  /** Background tint for the 'background' highlight style. */
  tint: string;
}

export const VERDICT_LOOKS: Readonly<Record<Verdict, VerdictLook>> = {
  verbatim: {
    icon: VERDICT_ICONS.verbatim,
    line: 'solid',
    color: '#1a7f37',
    tint: 'rgba(26, 127, 55, 0.16)',
  },
  fragment: {
    icon: VERDICT_ICONS.fragment,
    line: 'double',
    color: '#0b6285',
    tint: 'rgba(11, 98, 133, 0.16)',
  },
  variant: {
    icon: VERDICT_ICONS.variant,
    line: 'dashed',
    color: '#6d3fc0',
    tint: 'rgba(109, 63, 192, 0.16)',
  },
  altered: {
    icon: VERDICT_ICONS.altered,
    line: 'wavy',
    color: '#b3261e',
    tint: 'rgba(179, 38, 30, 0.16)',
  },
  unverified: {
    icon: VERDICT_ICONS.unverified,
    line: 'dotted',
    color: '#5f6368',
    tint: 'rgba(95, 99, 104, 0.14)',
  },
};

/** "3 outlets", "1 outlet", "no other outlet", in the interface's language. */
export function outletsPhrase(outlets: number): string {
  return outlets <= 0 ? t('page_no_other_outlet') : tn('page_outlets', outlets);
}

/** The accessible name of a quotation's badge: "Quotation: Variant, 3 outlets". */
export function quoteLabel(verdict: Verdict, outlets: number): string {
  return t('page_badge_label', verdictWords(verdict).name, outletsPhrase(outlets));
}
