/**
 * The background's message handlers, one per message type, and the dispatcher the single
 * `runtime.onMessage` listener calls. Other background modules add their handlers by
 * spreading their own table into `HANDLERS`.
 */
import { toResult } from '../shared/browser';
import { isEnvelope } from '../shared/guards';
import type { MessageType, Request, Response, Result } from '../shared/messages';
import { analyzeArticle, analyzeTab, checkPassage, setAnnotations } from './analyze';
import { clearPassageCheck, getPassageCheck, getTabState } from './state';
import { corpusHandlers } from './corpus-handlers';
import { feedHandlers } from './feeds/handlers';

/** What the background needs to know about a message's sender. */
export interface Sender {
  /** Extension id of the sending context. */
  id?: string;
  /** Set for messages from content scripts. */
  tab?: { id?: number; url?: string };
  /** URL of the sending page or frame. */
  url?: string;
}

export type Handler<T extends MessageType> = (
  payload: Request<T>,
  sender: Sender,
) => Promise<Response<T>> | Response<T>;

export type HandlerTable = { [T in MessageType]?: Handler<T> };

/** The sender's tab id; messages that need one and come from elsewhere are refused. */
export function senderTabId(sender: Sender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new Error('This message must come from a tab');
  return id;
}

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

/**
 * Handle one incoming message. Returns a promise of the result for messages this table
 * handles, and undefined for everything else (messages from other extensions or web
 * pages, malformed envelopes, types handled elsewhere), so that the listener leaves
 * them alone and another context may answer.
 */
export function dispatch(
  table: HandlerTable,
  message: unknown,
  sender: Sender,
  ownId: string,
): Promise<Result<unknown>> | undefined {
  if (sender.id !== ownId) return undefined;
  if (!isEnvelope(message)) return undefined;
  const handler = table[message.type] as Handler<MessageType> | undefined;
  if (!handler) return undefined;
  return toResult(() => handler(message.payload, sender));
}
