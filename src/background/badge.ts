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
import type { TabState } from '../shared/messages';

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

const NAME = 'Second Source';

/** The badge that describes `state`. */
export function badgeFor(state: TabState, showBadge = true): Badge {
  const quiet = (title: string): Badge => ({ text: '', color: BADGE_COLORS.neutral, title });
  switch (state.status) {
    case 'idle':
      return quiet(`${NAME}: click to check this article`);
    case 'loading':
      return showBadge
        ? { text: '…', color: BADGE_COLORS.neutral, title: `${NAME}: checking this page…` }
        : quiet(`${NAME}: checking this page…`);
    case 'error':
      return quiet(`${NAME}: the check failed. Click to try again.`);
    case 'no-article':
    case 'restricted': {
      const title = `${NAME}: ${state.reason}`;
      return showBadge ? { text: '–', color: BADGE_COLORS.neutral, title } : quiet(title);
    }
    case 'done': {
      const statements = state.report.quotes.filter((q) => q.kind === 'statement');
      const corroborated = statements.filter((q) => CORROBORATING_VERDICTS.includes(q.verdict));
      const altered = statements.filter((q) => q.verdict === 'altered').length;
      const stories = state.report.related.filter((r) => r.relation === 'same-story').length;
      const parts = [
        `${corroborated.length} of ${statements.length} quotation${statements.length === 1 ? '' : 's'} found in other outlets`,
      ];
      if (altered > 0) parts.push(`${altered} worded differently elsewhere (altered)`);
      parts.push(`${stories} other report${stories === 1 ? '' : 's'} of this story`);
      const title = `${NAME}: ${parts.join('; ')}.`;
      if (!showBadge) return quiet(title);
      if (altered > 0) return { text: '!', color: BADGE_COLORS.altered, title };
      return {
        text: String(corroborated.length),
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
