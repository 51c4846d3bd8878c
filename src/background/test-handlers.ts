/**
 * Handlers that exist only in test builds (`__TEST__`): the end-to-end tests drive the
 * extension through them where a test cannot act as a user would (Firefox will not let a
 * test open the popup or navigate a tab to an extension page). Release builds never
 * import this table, so these messages are ignored there like any unknown type.
 */
import browser from '../shared/browser';
import { analyzeTab } from './analyze';
import { onCommand } from './commands';
import { MENU_ID, onMenuClicked } from './context-menu';
import { senderTabId, type HandlerTable } from './router';
import { getPassageCheck } from './state';
import { onAlarm } from './feeds/schedule';
import { getLiveIndex, getStore } from './store-live';

export const TEST_HANDLERS: HandlerTable = {
  'test/open-popup': async (_payload, sender) => {
    const tabId = senderTabId(sender);
    const tab = await browser.tabs.create({
      url: browser.runtime.getURL(`popup.html?tab=${tabId}`),
      active: true,
    });
    return { popupTabId: tab.id ?? -1 };
  },
  'test/analyze-sender': (_payload, sender) => analyzeTab(senderTabId(sender), true),
  'test/context-menu': async ({ text }, sender) => {
    const tabId = senderTabId(sender);
    await onMenuClicked({ menuItemId: MENU_ID, selectionText: text }, { ...sender.tab, id: tabId });
    return getPassageCheck(tabId);
  },
  'test/command': async ({ name }, sender) => {
    await onCommand(name, { id: senderTabId(sender) });
    return null;
  },
  'test/save-index': async () => ({ saved: await (await getLiveIndex()).saveCache() }),
  'test/fire-alarm': async ({ name, due }) => {
    if (due) {
      const store = await getStore();
      for (const feed of await store.listFeeds()) await store.putFeed({ ...feed, nextCheck: 0 });
    }
    await onAlarm({ name });
    return null;
  },
};
