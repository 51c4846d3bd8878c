/**
 * Every message that crosses a context boundary (content script, background worker,
 * popup, options page), with its request and response types. Names say receiver and
 * action: `bg/…` is handled by the background worker, `cs/…` by the content script.
 *
 * Responses are a result union because Error objects do not survive serialisation.
 */
import type { Article, Report } from '../core/types';

/** What the background knows about one tab's page. */
export type TabState =
  | { status: 'idle'; url: string | null }
  | { status: 'loading'; url: string | null }
  | { status: 'no-article'; url: string | null; reason: string }
  | { status: 'error'; url: string | null; error: string }
  | { status: 'done'; url: string | null; report: Report; analysedAt: number };

export interface MessageMap {
  /** Popup → background: analyse the page in this tab (injects the content script if needed). */
  'bg/analyze-tab': { request: { tabId: number }; response: TabState };
  /** Popup → background: the last known state of this tab, without new work. */
  'bg/get-tab-state': { request: { tabId: number }; response: TabState };
  /** Content script → background: the article it extracted (null: none on this page). */
  'bg/analyze-article': {
    request: { article: Article | null; reason?: string };
    response: TabState;
  };
  /** Content script → background: check a selected passage as a quotation. */
  'bg/check-passage': { request: { text: string; url: string }; response: Report };
  /** Background → content script: extract the article and send it back for analysis. */
  'cs/extract': { request: Record<string, never>; response: { article: Article | null; reason?: string } };
  /** Background/popup → content script: draw annotations for this report. */
  'cs/annotate': { request: { report: Report }; response: { anchored: number; total: number } };
  /** Background/popup → content script: remove every annotation, restoring the page. */
  'cs/clear': { request: Record<string, never>; response: { cleared: number } };
  /** Popup → content script: scroll to a quotation and flash it. */
  'cs/scroll-to-quote': { request: { index: number }; response: { found: boolean } };
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}
