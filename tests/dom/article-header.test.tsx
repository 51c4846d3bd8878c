// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { ArticleHeader } from '../../src/popup/components/ArticleHeader';
import type { ArticleSummary } from '../../src/core/types';

// The interface's words: English, as the browser gives them.
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

const summary: ArticleSummary = {
  url: 'https://long.example/a',
  title: 'A very long page',
  source: 'Long Post',
  published: '2026-03-12',
  language: 'en',
  byline: null,
  words: 1_729_875,
};

describe('the popup header', () => {
  it('says when an article was too long to check whole', () => {
    const root = document.createElement('div');
    render(<ArticleHeader article={{ ...summary, checkedWords: 10_000 }} />, root);
    expect(root.querySelector('[data-testid="too-long"]')?.textContent).toBe(
      'Article too long: checked the first 10,000 words of 1,729,875.',
    );
    render(<ArticleHeader article={summary} />, root);
    expect(root.querySelector('[data-testid="too-long"]')).toBeNull();
  });
});
