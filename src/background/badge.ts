/**
 * The toolbar badge for a tab:
 * - a number (green): quotations other outlets carry (verbatim, fragment or variant);
 * - `!` (red): at least one quotation reads differently elsewhere (altered), which
 *   matters more than any count;
 * - `0` (grey): an article, but none of its quotations found elsewhere;
 * - `–` (grey): no article on the page, or a page extensions may not read;
 * - `…` while the analysis runs; nothing when idle or hidden by the `showBadge` setting.
 * The tooltip says the same in words, so the colour is never the only signal.
 */
import { CORROBORATING_VERDICTS } from '../core/types';
import browser from '../shared/browser';
import { formatNumber, t, tn } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { TOOLBAR_MARKS } from '../shared/verdict-icons';

export const BADGE_COLORS = {
  corroborated: '#1b6e3a',
  altered: '#b3261e',
  neutral: '#5f6368',
} as const;

export interface Badge {
  text: string;
  color: string;
  /** Tooltip of the toolbar button. */
  title: string;
}

/** The badge that describes `state`. */
export function badgeFor(state: TabState, showBadge = true): Badge {
  const quiet = (title: string): Badge => ({ text: '', color: BADGE_COLORS.neutral, title });
  switch (state.status) {
    case 'idle':
      return quiet(t('toolbar_idle'));
    case 'loading':
      return showBadge
        ? {
            text: TOOLBAR_MARKS.checking,
            color: BADGE_COLORS.neutral,
            title: t('toolbar_checking'),
          }
        : quiet(t('toolbar_checking'));
    case 'error':
      return quiet(t('toolbar_failed'));
    case 'no-article':
    case 'restricted': {
      const title = t('toolbar_reason', state.reason);
      return showBadge
        ? { text: TOOLBAR_MARKS.none, color: BADGE_COLORS.neutral, title }
        : quiet(title);
    }
    case 'done': {
      const statements = state.report.quotes.filter((q) => q.kind === 'statement');
      const corroborated = statements.filter((q) => CORROBORATING_VERDICTS.includes(q.verdict));
      const altered = statements.filter((q) => q.verdict === 'altered').length;
      const stories = state.report.related.filter((r) => r.relation === 'same-story').length;
      const parts = [tn('toolbar_found', statements.length, corroborated.length)];
      if (altered > 0) parts.push(tn('toolbar_altered', altered));
      parts.push(tn('count_other_reports', stories));
      const title = t('toolbar_summary', parts.join(t('toolbar_separator')));
      if (!showBadge) return quiet(title);
      if (altered > 0) return { text: TOOLBAR_MARKS.altered, color: BADGE_COLORS.altered, title };
      return {
        // Digits as the interface writes them; a badge holds no room for grouping.
        text: formatNumber(corroborated.length, { useGrouping: false }),
        color: corroborated.length > 0 ? BADGE_COLORS.corroborated : BADGE_COLORS.neutral,
        title,
      };
    }
  }
}

/** Show `state` on the tab's toolbar button. Failures (tab closed) are ignored. */
export async function applyBadge(tabId: number, state: TabState, showBadge = true): Promise<void> {
  const badge = badgeFor(state, showBadge);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setTitle({ tabId, title: badge.title }),
    ]);
    // White text on our dark badge colours; Chrome otherwise picks a colour itself.
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // The tab is gone; there is nothing to show it on.
  }
}
