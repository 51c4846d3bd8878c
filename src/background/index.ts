/**
 * The background worker's entry. Every listener is registered synchronously at the top
 * level, so the MV3 worker (or Firefox event page) is woken for the events it missed
 * while stopped.
 */
import browser from '../shared/browser';
import { logOnce } from '../shared/log';
import { watchSettings } from '../shared/settings';
import { readTestEnginePause, tabGone } from './analyze';
import { syncAutoAnnotation } from './auto-annotate';
import { onCommand } from './commands';
import { createContextMenu, onMenuClicked } from './context-menu';
import { getBundledCorpus } from './corpus';
import { welcomeOnInstall } from './corpus-handlers';
import { HANDLERS } from './handlers';
import { messageListener, type HandlerTable } from './router';
import { useBundledLoader } from './store-live';
import { TEST_HANDLERS } from './test-handlers';
import { onAlarm, syncFeedAlarm } from './feeds/schedule';
import { markWorkerReady } from './click-steps';

// The user's corpora (store-live.ts) are merged with the bundled one (corpus.ts).
useBundledLoader(getBundledCorpus);

// Test handlers are compiled out of release builds (`__TEST__` is false there).
const table: HandlerTable = __TEST__ ? { ...HANDLERS, ...TEST_HANDLERS } : HANDLERS;
if (__TEST__) readTestEnginePause();

// The one message listener. It answers only the messages it handles, so messages meant
// for other contexts are left alone.
browser.runtime.onMessage.addListener(messageListener(table, () => browser.runtime.id));

browser.runtime.onInstalled.addListener((details) => {
  void welcomeOnInstall(details);
  createContextMenu().catch((error: unknown) => logOnce('context-menu', error));
  void syncAutoAnnotation();
  void syncFeedAlarm();
});
browser.runtime.onStartup.addListener(() => {
  // Menus persist; made again at each start, the entry follows a change of the browser's
  // language (which takes a restart).
  createContextMenu().catch((error: unknown) => logOnce('context-menu', error));
  void syncAutoAnnotation();
  void syncFeedAlarm();
});
// Followed feeds are read when their alarm fires, also after the worker was stopped.
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClicked(info, tab);
});
// Keyboard shortcuts (the popup's own, `_execute_action`, never arrives here).
browser.commands.onCommand.addListener((name, tab) => {
  void onCommand(name, tab);
});

// A page that goes away takes its annotations with it; so does its state.
browser.tabs.onRemoved.addListener((tabId) => {
  void tabGone(tabId, true);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void tabGone(tabId, false);
});

browser.permissions.onAdded.addListener(() => void syncAutoAnnotation());
browser.permissions.onRemoved.addListener(() => void syncAutoAnnotation());
watchSettings((settings, changed) => {
  if (changed.includes('annotateMode') || changed.includes('annotateSites')) {
    void syncAutoAnnotation(settings);
  }
});

// Test builds: the worker's start, for the breakdown of a cold click (click-steps.ts).
markWorkerReady();
