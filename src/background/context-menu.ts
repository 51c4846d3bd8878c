/**
 * The "Check this passage with Second Source" context-menu entry on selected text. The
 * result is kept as the tab's passage check and shown at the top of the popup, which is
 * opened for it where the browser allows (`action.openPopup` from a menu click works in
 * Firefox and in Chrome 127+); otherwise the badge says a result is waiting.
 */
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { logOnce } from '../shared/log';
import { TOOLBAR_MARKS } from '../shared/verdict-icons';
import { checkPassageForTab } from './analyze';

export const MENU_ID = 'second-source-check-passage';

/** Create the menu entry (menus persist, so this runs on install and update only). */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menu_check_passage'),
    contexts: ['selection'],
  });
}

/** Handle a click on our menu entry. */
export async function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; pageUrl?: string },
  tab: { id?: number; url?: string } | undefined,
): Promise<void> {
  if (info.menuItemId !== MENU_ID) return;
  const text = info.selectionText?.trim();
  const tabId = tab?.id;
  if (!text || tabId === undefined || tabId < 0) return;
  // Open the popup first, while the click still counts as a user gesture; it shows
  // "checking…" until the result is stored and then picks it up.
  const opened = browser.action.openPopup?.().catch(() => undefined);
  try {
    await checkPassageForTab(tabId, text, tab?.url ?? info.pageUrl ?? '');
    await browser.action.setBadgeText({ tabId, text: TOOLBAR_MARKS.passage });
    await browser.action.setTitle({ tabId, title: t('toolbar_passage_ready') });
  } catch (error) {
    logOnce('check-passage', error);
  }
  await opened;
}
