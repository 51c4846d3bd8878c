import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
const state = await import('../../src/background/state');

/** An in-memory stand-in for `storage.session`. */
function memoryArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys: string | string[]) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (data.has(k)) out[k] = data.get(k);
      return out;
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, v);
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

describe('per-tab state', () => {
  it('is idle until something is stored, and keeps tabs apart', async () => {
    const area = memoryArea();
    expect(await state.getTabState(1, area)).toEqual({ status: 'idle', url: null });
    await state.setTabState(1, { status: 'no-article', url: 'a', reason: 'none' }, area);
    expect(await state.getTabState(1, area)).toEqual({
      status: 'no-article',
      url: 'a',
      reason: 'none',
    });
    expect(await state.getTabState(2, area)).toEqual({ status: 'idle', url: null });
  });

  it('forgets both the report and the passage check of a closed tab', async () => {
    const area = memoryArea();
    await state.setTabState(3, { status: 'error', url: null, error: 'x' }, area);
    const report = {
      article: {
        url: '',
        title: '',
        source: '',
        published: null,
        language: 'en',
        byline: null,
        words: 0,
      },
      related: [],
      quotes: [],
    };
    await state.setPassageCheck(3, { text: 't', url: 'u', report, checkedAt: 1 }, area);
    await state.setTabState(4, { status: 'error', url: null, error: 'y' }, area);
    await state.forgetTab(3, area);
    expect(await state.getTabState(3, area)).toEqual({ status: 'idle', url: null });
    expect(await state.getPassageCheck(3, area)).toBeNull();
    expect((await state.getTabState(4, area)).status).toBe('error');
  });
});
