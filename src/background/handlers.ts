/**
 * The background's message handlers, one per message type. Other background modules add
 * their handlers by spreading their own table into `HANDLERS`.
 */
import { analyzeArticle, analyzeTab, checkPassage, setAnnotations } from './analyze';
import { corpusHandlers } from './corpus-handlers';
import { feedHandlers } from './feeds/handlers';
import { senderTabId, type HandlerTable } from './router';
import { clearPassageCheck, getPassageCheck, getTabState } from './state';

export const HANDLERS: HandlerTable = {
  'bg/analyze-tab': ({ tabId, force }) => analyzeTab(tabId, force ?? false),
  'bg/get-tab-state': ({ tabId }) => getTabState(tabId),
  'bg/set-annotations': ({ tabId, visible }) => setAnnotations(tabId, visible),
  'bg/get-passage-check': ({ tabId }) => getPassageCheck(tabId),
  'bg/dismiss-passage-check': async ({ tabId }) => {
    await clearPassageCheck(tabId);
    return null;
  },
  'bg/analyze-article': ({ article, reason, feeds, visit }, sender) =>
    analyzeArticle(
      senderTabId(sender),
      article,
      reason,
      sender.tab?.url ?? article?.url ?? null,
      feeds,
      visit,
    ),
  'bg/check-passage': ({ text, url }) => checkPassage(text, url),
  ...corpusHandlers,
  ...feedHandlers,
};
