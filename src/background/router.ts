/**
 * The dispatcher the background's single `runtime.onMessage` listener calls, and the
 * types of its handler tables (the tables themselves are in handlers.ts).
 */
import { toResult } from '../shared/errors';
import { isEnvelope } from '../shared/guards';
import type { MessageType, Request, Response, Result } from '../shared/messages';

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

/**
 * The `runtime.onMessage` listener over a table. It answers through `sendResponse` and
 * returns true while the answer is pending: the one way both Chrome's own API and
 * Firefox's take an asynchronous answer, so the worker needs no promise-style wrapper
 * around the browser's API. Called without `sendResponse`, it returns the answer's
 * promise instead. Messages the table does not handle get no answer.
 */
export function messageListener(
  table: HandlerTable,
  ownId: () => string,
): (
  message: unknown,
  sender: Sender,
  sendResponse?: (answer: unknown) => void,
) => Promise<Result<unknown>> | true | undefined {
  return (message, sender, sendResponse) => {
    const answer = dispatch(table, message, sender, ownId());
    if (!answer || typeof sendResponse !== 'function') return answer;
    void answer.then(sendResponse);
    return true;
  };
}
