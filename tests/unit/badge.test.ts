import { describe, expect, it, vi } from 'vitest';
import type { QuoteReport, Report } from '../../src/core/types';

vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));
const { BADGE_COLORS, badgeFor } = await import('../../src/background/badge');

function quote(
  verdict: QuoteReport['verdict'],
  kind: QuoteReport['kind'] = 'statement',
): QuoteReport {
  return {
    text: 'words',
    start: 0,
    end: 5,
    paragraph: 0,
    kind,
    marks: ['“', '”'],
    speaker: null,
    speakerMethod: null,
    verdict,
    outlets: verdict === 'unverified' ? 0 : 2,
    earliest: null,
    prefix: '',
    suffix: '',
    matches: [],
  };
}

function done(quotes: QuoteReport[], sameStory = 2) {
  const report: Report = {
    article: {
      url: 'u',
      title: 't',
      source: 's',
      published: null,
      language: 'en',
      byline: null,
      words: 100,
    },
    related: Array.from({ length: sameStory }, (_, i) => ({
      url: `r${i}`,
      title: '',
      source: `S${i}`,
      published: null,
      language: 'en',
      score: 0.9,
      relation: 'same-story' as const,
      reasons: [],
      daysApart: null,
      copies: [],
    })),
    quotes,
  };
  return { status: 'done' as const, url: 'u', report, analysedAt: 0, annotations: null };
}

describe('toolbar badge', () => {
  it('counts corroborated statements, not terms or unverified ones', () => {
    const b = badgeFor(
      done([quote('verbatim'), quote('variant'), quote('unverified'), quote('verbatim', 'term')]),
    );
    expect(b.text).toBe('2');
    expect(b.color).toBe(BADGE_COLORS.corroborated);
    expect(b.title).toBe(
      'Second Source: 2 of 3 quotations found in other outlets; 2 other reports of this story.',
    );
  });

  it('shows "!" in red when any quotation is altered, and says so in the tooltip', () => {
    const b = badgeFor(done([quote('verbatim'), quote('altered')], 1));
    expect(b.text).toBe('!');
    expect(b.color).toBe(BADGE_COLORS.altered);
    expect(b.title).toContain('1 worded differently elsewhere (altered)');
    expect(b.title).toContain('1 other report of this story');
  });

  it('shows a grey 0 when nothing is corroborated, and "–" without an article', () => {
    expect(badgeFor(done([quote('unverified')], 0))).toMatchObject({
      text: '0',
      color: BADGE_COLORS.neutral,
    });
    const none = badgeFor({
      status: 'no-article',
      url: null,
      reason: 'No article found on this page',
    });
    expect(none.text).toBe('–');
    expect(none.title).toBe('Second Source: No article found on this page');
  });

  it('keeps the tooltip but hides the text when the user turned the badge off', () => {
    const b = badgeFor(done([quote('altered')]), false);
    expect(b.text).toBe('');
    expect(b.title).toContain('altered');
  });
});
