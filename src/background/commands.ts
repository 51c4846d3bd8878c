/**
 * Keyboard commands (`commands` in the manifest). Opening the popup (`_execute_action`)
 * is done by the browser itself; the others arrive here through `commands.onCommand`,
 * with the tab the shortcut was pressed in. Pressing a shortcut grants `activeTab` as a
 * click on the toolbar button does, so a page not analysed yet is analysed first.
 */
import browser, { sendToTab } from '../shared/browser';
import { logOnce } from '../shared/log';
import { analyzeTab, setAnnotations } from './analyze';
import { getTabState } from './state';

/** The commands this module handles, by their manifest names. */
export const COMMANDS = {
  toggleMarks: 'toggle-marks',
  nextQuote: 'next-quote',
  previousQuote: 'previous-quote',
} as const;

export type CommandName = (typeof COMMANDS)[keyof typeof COMMANDS];

const NAMES: ReadonlySet<string> = new Set(Object.values(COMMANDS));

export function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && NAMES.has(name);
}

/** The tab a command acts on: the one it was pressed in, else the active tab. */
async function targetTab(tab: { id?: number } | undefined): Promise<number | null> {
  if (typeof tab?.id === 'number' && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof active?.id === 'number' ? active.id : null;
}

/**
 * Makes sure the tab's report is drawn: analyses the page when it has no finished
 * analysis, shows the marks when they are hidden. Returns false when the page has no
 * report to draw (no article, a browser page, an error).
 */
async function ensureMarks(tabId: number): Promise<boolean> {
  let state = await getTabState(tabId);
  if (state.status !== 'done') state = await analyzeTab(tabId);
  if (state.status !== 'done') return false;
  if (state.annotations === null) await setAnnotations(tabId, true);
  return true;
}

/**
 * Runs keyboard command `name` in `tab` (the tab the browser passes, or the active tab).
 * Unknown names are ignored. Never throws: failures are logged once.
 */
export async function onCommand(name: string, tab?: { id?: number }): Promise<void> {
  if (!isCommandName(name)) return;
  try {
    const tabId = await targetTab(tab);
    if (tabId === null) return;
    if (name === COMMANDS.toggleMarks) {
      const state = await getTabState(tabId);
      if (state.status === 'done' && state.annotations !== null) {
        await setAnnotations(tabId, false);
      } else {
        await ensureMarks(tabId);
      }
      return;
    }
    if (!(await ensureMarks(tabId))) return;
    const direction = name === COMMANDS.nextQuote ? 1 : -1;
    const answer = await sendToTab(tabId, 'cs/step-quote', { direction });
    if (!answer.ok) logOnce('command', answer.error);
  } catch (error) {
    logOnce('command', error);
  }
}
