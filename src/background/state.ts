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

const stateKey = (tabId: number): string => `tab:${tabId}`;
const passageKey = (tabId: number): string => `passage:${tabId}`;

/** The value stored under `key`, or undefined. */
async function read<T>(area: SessionArea, key: string): Promise<T | undefined> {
  return (await area.get(key))[key] as T | undefined;
}

/** The tab's state; `idle` when nothing is stored. */
export async function getTabState(tabId: number, area = sessionArea()): Promise<TabState> {
  return (await read<TabState>(area, stateKey(tabId))) ?? { status: 'idle', url: null };
}

export async function setTabState(
  tabId: number,
  state: TabState,
  area = sessionArea(),
): Promise<void> {
  await area.set({ [stateKey(tabId)]: state });
}

export async function getPassageCheck(
  tabId: number,
  area = sessionArea(),
): Promise<PassageCheck | null> {
  return (await read<PassageCheck>(area, passageKey(tabId))) ?? null;
}

export async function setPassageCheck(
  tabId: number,
  check: PassageCheck,
  area = sessionArea(),
): Promise<void> {
  await area.set({ [passageKey(tabId)]: check });
}

export async function clearPassageCheck(tabId: number, area = sessionArea()): Promise<void> {
  await area.remove(passageKey(tabId));
}

/** Forget everything about a tab (closed, or its page replaced). */
export async function forgetTab(tabId: number, area = sessionArea()): Promise<void> {
  await area.remove([stateKey(tabId), passageKey(tabId)]);
}
