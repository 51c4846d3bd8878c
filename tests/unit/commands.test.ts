import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../src/shared/messages';

const calls = vi.hoisted(() => ({
  sendToTab: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: { index: 0 } })),
  analyzeTab: vi.fn(),
  setAnnotations: vi.fn(async () => null),
  getTabState: vi.fn(),
  query: vi.fn(async () => [{ id: 42 }]),
}));

vi.mock('../../src/shared/browser', () => ({
  default: { tabs: { query: calls.query } },
  sendToTab: calls.sendToTab,
}));
vi.mock('../../src/background/analyze', () => ({
  analyzeTab: calls.analyzeTab,
  setAnnotations: calls.setAnnotations,
}));
vi.mock('../../src/background/state', () => ({ getTabState: calls.getTabState }));

const { onCommand, isCommandName } = await import('../../src/background/commands');

const report = { article: { url: 'https://news.example/a' }, related: [], quotes: [] };
const shown: TabState = {
  status: 'done',
  url: 'https://news.example/a',
  report: report as never,
  analysedAt: 1,
  annotations: { anchored: 3, total: 3 },
};
const hidden: TabState = { ...shown, annotations: null };
const idle: TabState = { status: 'idle', url: null };

beforeEach(() => {
  for (const f of Object.values(calls)) f.mockClear();
});

describe('keyboard commands', () => {
  it('the marks shortcut hides marks that are shown', async () => {
    calls.getTabState.mockResolvedValue(shown);
    await onCommand('toggle-marks', { id: 7 });
    expect(calls.setAnnotations).toHaveBeenCalledWith(7, false);
    expect(calls.analyzeTab).not.toHaveBeenCalled();
  });

  it('the marks shortcut shows hidden marks again, without a new analysis', async () => {
    calls.getTabState.mockResolvedValue(hidden);
    await onCommand('toggle-marks', { id: 7 });
    expect(calls.setAnnotations).toHaveBeenCalledWith(7, true);
    expect(calls.analyzeTab).not.toHaveBeenCalled();
  });

  it('on a page not analysed yet, the marks shortcut analyses it (which draws the marks)', async () => {
    calls.getTabState.mockResolvedValue(idle);
    calls.analyzeTab.mockResolvedValue(shown);
    await onCommand('toggle-marks', { id: 7 });
    expect(calls.analyzeTab).toHaveBeenCalledWith(7);
    expect(calls.setAnnotations).not.toHaveBeenCalled();
  });

  it('next and previous ask the page to move one quotation forward or back', async () => {
    calls.getTabState.mockResolvedValue(shown);
    await onCommand('next-quote', { id: 7 });
    await onCommand('previous-quote', { id: 7 });
    expect(calls.sendToTab.mock.calls).toEqual([
      [7, 'cs/step-quote', { direction: 1 }],
      [7, 'cs/step-quote', { direction: -1 }],
    ]);
  });

  it('moving between quotations shows hidden marks first', async () => {
    calls.getTabState.mockResolvedValue(hidden);
    await onCommand('next-quote', { id: 7 });
    expect(calls.setAnnotations).toHaveBeenCalledWith(7, true);
    expect(calls.sendToTab).toHaveBeenCalledWith(7, 'cs/step-quote', { direction: 1 });
  });

  it('does not move on a page without an article', async () => {
    calls.getTabState.mockResolvedValue(idle);
    calls.analyzeTab.mockResolvedValue({ status: 'no-article', url: null, reason: 'none' });
    await onCommand('next-quote', { id: 7 });
    expect(calls.sendToTab).not.toHaveBeenCalled();
  });

  it('acts on the active tab when the browser gives none, and ignores unknown commands', async () => {
    calls.getTabState.mockResolvedValue(shown);
    await onCommand('toggle-marks');
    expect(calls.setAnnotations).toHaveBeenCalledWith(42, false);
    await onCommand('_execute_action', { id: 7 });
    await onCommand('constructor', { id: 7 });
    expect(calls.setAnnotations).toHaveBeenCalledTimes(1);
    expect(isCommandName('toString')).toBe(false);
    expect(isCommandName('next-quote')).toBe(true);
  });
});
