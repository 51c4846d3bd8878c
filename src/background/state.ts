/**
 * Per-tab state kept in `storage.session`: it survives the MV3 worker being stopped and
 * restarted, and is dropped when the browser closes, the tab closes or navigates.
 */
import browser from '../shared/browser';
import type { PassageCheck, TabState } from '../shared/messages';

/** The part of `storage.session` used here; a parameter so tests can pass a Map-backed area. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function sessionArea(): SessionArea {
  return browser.storage.session as unknown as SessionArea;
}

/** A value kept per tab in `storage.session`, under `<prefix>:<tabId>`. */
function tabSlot<T>(prefix: string) {
  const key = (tabId: number): string => `${prefix}:${tabId}`;
  return {
    key,
    async get(tabId: number, area = sessionArea()): Promise<T | undefined> {
      return (await area.get(key(tabId)))[key(tabId)] as T | undefined;
    },
    async set(tabId: number, value: T, area = sessionArea()): Promise<void> {
      await area.set({ [key(tabId)]: value });
    },
    async clear(tabId: number, area = sessionArea()): Promise<void> {
      await area.remove(key(tabId));
    },
  };
}

const tabStates = tabSlot<TabState>('tab');
const passageChecks = tabSlot<PassageCheck>('passage');

/** The tab's state; `idle` when nothing is stored. */
export async function getTabState(tabId: number, area = sessionArea()): Promise<TabState> {
  return (await tabStates.get(tabId, area)) ?? { status: 'idle', url: null };
}

export const setTabState = tabStates.set;

/** The tab's last passage check, or null. */
export async function getPassageCheck(
  tabId: number,
  area = sessionArea(),
): Promise<PassageCheck | null> {
  return (await passageChecks.get(tabId, area)) ?? null;
}

export const setPassageCheck = passageChecks.set;
export const clearPassageCheck = passageChecks.clear;

/** Forget everything about a tab (closed, or its page replaced). */
export async function forgetTab(tabId: number, area = sessionArea()): Promise<void> {
  await area.remove([tabStates.key(tabId), passageChecks.key(tabId)]);
}
