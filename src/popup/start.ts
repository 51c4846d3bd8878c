/**
 * The popup's first script (`popup-start.js`, a few hundred bytes loaded before
 * `popup.js`). It asks the background for the tab's analysis the moment the popup opens,
 * so that a stopped worker starts, and the analysis runs, while the popup's own script
 * is still being fetched and run. The popup then asks again (App.tsx, `askFirst`) and
 * the background hands it the run under way (background/analyze.ts, `analyzeTab`), so
 * nothing is analysed twice. The answer is the popup's to read, not this script's.
 */
import browser from '../shared/native-browser';
import type { Envelope } from '../shared/messages';
import { tabIdFromUrl } from './tab-param';

async function askEarly(): Promise<void> {
  const tabId =
    tabIdFromUrl() ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const envelope: Envelope<'bg/analyze-tab'> = {
    type: 'bg/analyze-tab',
    payload: { tabId, force: false },
  };
  await browser.runtime.sendMessage(envelope);
}

// Whatever goes wrong here, the popup's own request finds it and says so.
askEarly().catch(() => undefined);
