/**
 * How each verdict looks in the page: never colour alone, so every verdict also has its
 * own underline style and its own icon and word.
 */
import type { Verdict } from '../core/types';

export interface VerdictLook {
  /** Shown on the badge and in the popover. */
  icon: string;
  /** The word used in labels ("variant"). */
  word: string;
  /** A short sentence for the popover heading. */
  meaning: string;
  /** CSS `text-decoration-style` of the underline. */
  line: 'solid' | 'double' | 'dashed' | 'wavy' | 'dotted';
  /** Underline and badge colour (contrast ≥ 4.5:1 on white). */
  color: string;
  /** Background tint for the 'background' highlight style. */
  tint: string;
}

export const VERDICT_LOOKS: Readonly<Record<Verdict, VerdictLook>> = {
  verbatim: {
    icon: '✓',
    word: 'verbatim',
    meaning: 'Other outlets carry these exact words.',
    line: 'solid',
    color: '#1a7f37',
    tint: 'rgba(26, 127, 55, 0.16)',
  },
  fragment: {
    icon: '⊂',
    word: 'fragment',
    meaning: 'These words are part of a longer quotation elsewhere.',
    line: 'double',
    color: '#0b6285',
    tint: 'rgba(11, 98, 133, 0.16)',
  },
  variant: {
    icon: '≈',
    word: 'variant',
    meaning: 'Other outlets quote this with slightly different words.',
    line: 'dashed',
    color: '#6d3fc0',
    tint: 'rgba(109, 63, 192, 0.16)',
  },
  altered: {
    icon: '⚠',
    word: 'altered',
    meaning: 'Other outlets quote this differently in a way that changes its meaning.',
    line: 'wavy',
    color: '#b3261e',
    tint: 'rgba(179, 38, 30, 0.16)',
  },
  unverified: {
    icon: '?',
    word: 'unverified',
    meaning: 'No other outlet in your corpora carries these words.',
    line: 'dotted',
    color: '#5f6368',
    tint: 'rgba(95, 99, 104, 0.14)',
  },
};

/** "3 outlets", "1 outlet", "no other outlet". */
export function outletsPhrase(outlets: number): string {
  if (outlets <= 0) return 'no other outlet';
  return outlets === 1 ? '1 outlet' : `${outlets} outlets`;
}

/** The accessible name of a quotation's badge: "Quotation: variant, 3 outlets". */
export function quoteLabel(verdict: Verdict, outlets: number): string {
  return `Quotation: ${VERDICT_LOOKS[verdict].word}, ${outletsPhrase(outlets)}`;
}
