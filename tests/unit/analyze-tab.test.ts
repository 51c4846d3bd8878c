import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

// The popup asks for its tab's analysis twice as it opens (popup/start.ts, then its own
// script): the page must be read once, and both requests get the same answer.
const calls = vi.hoisted(() => ({
  sendToTab: vi.fn(),
  states: new Map<number, unknown>(),
}));

vi.mock('../../src/shared/browser', () => ({
  default: {
    tabs: { get: async (id: number) => ({ id, url: 'https://news.example/story' }) },
    scripting: { executeScript: async () => [] },
  },
  sendToTab: calls.sendToTab,
}));
vi.mock('../../src/background/state', () => ({
  getTabState: async (tabId: number) => calls.states.get(tabId) ?? { status: 'idle', url: null },
  setTabState: async (tabId: number, state: unknown) => void calls.states.set(tabId, state),
  setPassageCheck: async () => undefined,
  forgetTab: async (tabId: number) => void calls.states.delete(tabId),
}));
vi.mock('../../src/shared/settings', async (original) => ({
  ...(await original<typeof import('../../src/shared/settings')>()),
  loadSettings: async () => DEFAULT_SETTINGS,
}));
vi.mock('../../src/shared/i18n', () => ({ t: (key: string) => key }));
vi.mock('../../src/background/badge', () => ({ applyBadge: async () => undefined }));
vi.mock('../../src/background/store-live', () => ({ prefetchSavedIndex: () => undefined }));

// A release build (test builds also pause and mark their steps).
vi.stubGlobal('__TEST__', false);
const { analyzeTab } = await import('../../src/background/analyze');

/** The page's answer to "cs/extract": a page without an article, after `ms`. */
function pageWithoutArticle(ms: number) {
  calls.sendToTab.mockImplementation(async (_tabId: number, type: string) => {
    if (type !== 'cs/extract') return { ok: false, error: `unexpected ${type}` };
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { ok: true, value: { article: null, reason: 'no-article', feeds: [] } };
  });
}

beforeEach(() => {
  calls.sendToTab.mockReset();
  calls.states.clear();
});

describe('the analysis of a tab', () => {
  it('asked for twice at once, reads the page once and gives both the same answer', async () => {
    pageWithoutArticle(20);
    const [early, own] = await Promise.all([analyzeTab(3), analyzeTab(3)]);
    expect(calls.sendToTab).toHaveBeenCalledTimes(1);
    expect(own).toBe(early);
    expect((early as TabState).status).toBe('no-article');
  });

  it('asked for again after it finished, reads the page again (no finished report to keep)', async () => {
    pageWithoutArticle(0);
    await analyzeTab(4);
    await analyzeTab(4);
    expect(calls.sendToTab).toHaveBeenCalledTimes(2);
  });

  it('asked for with force while a run is under way, reads the page again', async () => {
    pageWithoutArticle(20);
    await Promise.all([analyzeTab(5), analyzeTab(5, true)]);
    expect(calls.sendToTab).toHaveBeenCalledTimes(2);
  });
});
