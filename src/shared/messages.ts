/**
 * Every message that crosses a context boundary (content script, background worker,
 * popup, options page), with its request and response types. Names say receiver and
 * action: `bg/…` is handled by the background worker, `cs/…` by the content script.
 * `test/…` messages exist only in test builds (`__TEST__`); release builds drop their
 * handlers, so the background ignores them there like any unknown message.
 *
 * Every message travels as an `Envelope` and every answer as a `Result`, because Error
 * objects do not survive serialisation.
 */
import type { ParsedFeed } from '../core/feeds';
import type { Article, Report } from '../core/types';
import type { ArticlePage, CorpusInfo, ImportProgress, ImportResult } from './corpus-types';
import type { FeedInfo, FeedStatus, FollowRequest, FollowResult, PageFeed } from './feed-types';

// ---- Followed feeds (options page and popup) ----
// Handlers: `feedHandlers` in background/feeds/handlers.ts; payload guards:
// `FEED_REQUEST_GUARDS` in shared/feed-guards.ts.
/** A feed link a page announces (`<link rel="alternate">`), as the content script reads it. */
export interface FeedLinkData {
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json';
}

/** Messages about followed feeds. */
export interface FeedMessageMap {
  /** Options → background: every followed feed. */
  'bg/list-feeds': { request: Record<string, never>; response: { feeds: FeedInfo[] } };
  /**
   * Options/popup → background: follow these feeds. The caller has asked the browser for
   * the host permissions first (inside the click); a feed whose host was refused is not
   * followed. Each followed feed is read at once, in the background.
   */
  'bg/follow-feeds': {
    request: { feeds: FollowRequest[] };
    response: { results: FollowResult[] };
  };
  /** Options → background: the feeds a site announces (its page's links, then usual paths). */
  'bg/discover-feeds': { request: { url: string }; response: { feeds: PageFeed[] } };
  /** Options → background: pause or resume a feed. */
  'bg/set-feed-paused': { request: { feedId: string; paused: boolean }; response: FeedInfo };
  /** Options/popup → background: read one feed (or every active one, `null`) now. */
  'bg/refresh-feeds': { request: { feedId: string | null }; response: { feeds: FeedInfo[] } };
  /** Options → background: stop following; `keepArticles` keeps its corpus as a pack. */
  'bg/remove-feed': {
    request: { feedId: string; keepArticles: boolean };
    response: { removed: number };
  };
  /** Popup → background: the one-line summary of feeds under the coverage list. */
  'bg/feed-status': { request: Record<string, never>; response: FeedStatus };
  /** Background → options pages (broadcast): feeds changed (followed, read, removed…). */
  'opt/feeds-changed': { request: { reason: string }; response: null };
  /** Background → its offscreen document (Chrome): parse a fetched feed. */
  'off/parse-feed': { request: { text: string; url: string }; response: { feed: ParsedFeed } };
  /** Background → its offscreen document (Chrome): the feed links of a fetched page. */
  'off/find-feed-links': {
    request: { html: string; url: string };
    response: { links: FeedLinkData[] };
  };
  /** Background → its offscreen document (Chrome): extract the article of a fetched page. */
  'off/extract-page': {
    request: { html: string; url: string };
    response: { article: Article | null };
  };
  /**
   * Test builds only: run what an alarm of this name runs, as the browser would; with
   * `due`, every feed is first made due (as if its next check time had come).
   */
  'test/fire-alarm': { request: { name: string; due?: boolean }; response: null };
}

// ---- end of feeds block ----

// ---- Corpora and reading history (options page) ----
// Handlers: `corpusHandlers` in background/corpus-handlers.ts (spread into the router's
// table); payload guards: `CORPUS_REQUEST_GUARDS` in shared/corpus-guards.ts (spread
// into `REQUEST_GUARDS` in guards.ts).
/** Messages of the options page's corpus management. */
export interface CorpusMessageMap {
  /** Options → background: every corpus (bundled, imported packs, reading history). */
  'bg/list-corpora': {
    request: Record<string, never>;
    response: { corpora: CorpusInfo[]; corrupt: number };
  };
  /** Options → background: import a JSONL pack as a new corpus (progress: `opt/import-progress`). */
  'bg/import-pack': {
    request: {
      importId: string;
      name: string;
      text: string;
      /** The user chose to import the valid lines and skip the wrong ones. */
      skipInvalid?: boolean;
      /** 1-based lines of the file that are not valid UTF-8 (their text is left out). */
      invalidUtf8Lines?: number[];
    };
    response: ImportResult;
  };
  /**
   * Options → background: a pack streamed from a file, one batch of lines at a time
   * (`src/options/pack-stream.ts`). Batches come in order; the answer is null until the
   * last batch, then the import's result (as for `bg/import-pack`). A rejection may also
   * come early (the name is being imported already); the page then stops sending.
   */
  'bg/import-lines': {
    request: {
      importId: string;
      name: string;
      /** 1-based number of the first line in `lines`. */
      firstLine: number;
      /** Decoded lines; '' for a line that is not UTF-8 (listed in `invalidUtf8Lines`). */
      lines: string[];
      invalidUtf8Lines?: number[];
      bytesRead: number;
      bytesTotal: number;
      last: boolean;
      skipInvalid?: boolean;
    };
    response: ImportResult | null;
  };
  /** Options → background: one page of a corpus's articles, newest first. */
  'bg/list-articles': {
    request: { corpusId: string; offset: number; limit: number; filter?: string };
    response: ArticlePage;
  };
  /** Options → background: delete one article; the corpus afterwards (null: it was not there). */
  'bg/delete-article': { request: { corpusId: string; url: string }; response: CorpusInfo | null };
  /** Options → background: delete a whole corpus (not the bundled one). */
  'bg/delete-corpus': { request: { corpusId: string }; response: { deleted: number } };
  /** Options → background: switch a corpus on or off for matching. */
  'bg/set-corpus-enabled': {
    request: { corpusId: string; enabled: boolean };
    response: CorpusInfo;
  };
  /** Options → background: a corpus (or every corpus, `corpusId: null`) as a JSONL pack. */
  'bg/export-corpus': {
    request: { corpusId: string | null };
    response: { filename: string; text: string; articles: number; corrupt: number };
  };
  /** Background → options pages (broadcast): how far an import has got. */
  'opt/import-progress': { request: ImportProgress; response: null };
  /** Background → options pages (broadcast): the corpora changed (import, delete, history…). */
  'opt/corpora-changed': { request: { reason: string }; response: null };
}

// ---- end of corpora block ----

/** How many quotations of a report the content script managed to find and draw. */
export interface AnnotationCount {
  anchored: number;
  total: number;
}

/** How long each step of a tab's analysis took, in ms (shown nowhere; measured by benchmarks). */
export interface AnalysisTimings {
  /** Article extraction in the page (Readability on a clone of the document). */
  extractMs: number;
  /** The rest of the round trip to the content script (injection, messaging). */
  messagingMs: number;
  /** Loading (or reusing) the corpus index. */
  indexMs: number;
  /** The engine's analysis. */
  analysisMs: number;
  /**
   * Whether the page's tab found the article's quotations (a worker's first analysis,
   * see background/page-quotes.ts); absent or false: the worker did.
   */
  quotesInPage?: boolean;
  /** Whether this was the first analysis of a worker just started (a cold click). */
  firstInWorker?: boolean;
  /** Test builds: when each step happened (background/click-steps.ts). */
  steps?: AnalysisStep[];
}

/** A step of an analysis and when it happened, in ms since the epoch. */
export interface AnalysisStep {
  step: string;
  at: number;
}

/** What the background knows about one tab's page. */
export type TabState =
  | { status: 'idle'; url: string | null }
  | { status: 'loading'; url: string | null; progress?: string }
  | { status: 'no-article'; url: string | null; reason: string; feeds?: PageFeed[] }
  /** Pages the browser does not let extensions read (chrome://, about:, the web store…). */
  | { status: 'restricted'; url: string | null; reason: string }
  | { status: 'error'; url: string | null; error: string }
  | {
      status: 'done';
      url: string | null;
      report: Report;
      /** When the analysis finished, in ms since the epoch. */
      analysedAt: number;
      /** Annotations currently drawn in the page, or null when they are hidden. */
      annotations: AnnotationCount | null;
      /** Feeds the page announces, for "Follow". */
      feeds?: PageFeed[];
      timings?: AnalysisTimings;
    };

/**
 * A passage the user selected and checked from the context menu, analysed as a
 * one-paragraph article. Shown in the popup above the page's own report.
 */
export interface PassageCheck {
  /** The selected text, trimmed. */
  text: string;
  /** The page it was selected on. */
  url: string;
  report: Report;
  /** ms since the epoch. */
  checkedAt: number;
}

/** Messages the content script receives. */
export interface ContentMessageMap {
  /** Background → content script: extract the article and send it back for analysis. */
  'cs/extract': {
    request: Record<string, never>;
    response: {
      article: Article | null;
      reason?: string;
      feeds?: FeedLinkData[];
      /** Time the extraction took in the page (ms). */
      extractMs?: number;
      /** The page visit: an id the content script draws once per document (`isVisitId`). */
      visit?: string;
    };
  };
  /** Background/popup → content script: draw annotations for this report. */
  'cs/annotate': { request: { report: Report }; response: AnnotationCount };
  /** Background/popup → content script: remove every annotation, restoring the page. */
  'cs/clear': { request: Record<string, never>; response: { cleared: number } };
  /** Popup → content script: scroll to a quotation (index into `report.quotes`) and flash it. */
  'cs/scroll-to-quote': { request: { index: number }; response: { found: boolean } };
  /**
   * Background → content script (keyboard command): move to the next (1) or previous (-1)
   * drawn quotation, focus its badge and open its popover. Answers with the quotation's
   * index in `report.quotes`, or null when none is drawn.
   */
  'cs/step-quote': { request: { direction: 1 | -1 }; response: { index: number | null } };
}

/**
 * Every message, each with its request and response. These interfaces are the one list of
 * message names: the payload guards (`REQUEST_GUARDS` in guards.ts) and the handler
 * tables are typed over them, so a name added here must be handled and validated.
 */
export interface MessageMap extends ContentMessageMap, CorpusMessageMap, FeedMessageMap {
  /**
   * Popup → background: analyse the page in this tab (injects the content script if
   * needed). Without `force`, a finished analysis of the same URL is returned as is.
   */
  'bg/analyze-tab': { request: { tabId: number; force?: boolean }; response: TabState };
  /** Popup → background: the last known state of this tab, without new work. */
  'bg/get-tab-state': { request: { tabId: number }; response: TabState };
  /** Popup → background: draw (`visible: true`) or remove the annotations in the tab. */
  'bg/set-annotations': {
    request: { tabId: number; visible: boolean };
    response: AnnotationCount | null;
  };
  /** Popup → background: the tab's last passage check, or null. */
  'bg/get-passage-check': { request: { tabId: number }; response: PassageCheck | null };
  /** Popup → background: forget the tab's passage check. */
  'bg/dismiss-passage-check': { request: { tabId: number }; response: null };
  /**
   * Content script → background: the article it extracted (null: none on this page).
   * The sender's tab is the tab analysed. The content script draws the annotations
   * itself from the returned state (the background does not send `cs/annotate` back).
   */
  'bg/analyze-article': {
    request: {
      article: Article | null;
      reason?: string;
      feeds?: FeedLinkData[];
      /** The page visit, as in `cs/extract`'s answer. */
      visit?: string;
    };
    response: TabState;
  };
  /** Content script → background: check a selected passage as a quotation. */
  'bg/check-passage': { request: { text: string; url: string }; response: Report };
  /**
   * Test builds only, sent from a page through the test bridge content script: open the
   * popup page in a new tab for the sender's tab (Firefox will not let a test navigate
   * to an extension page itself).
   */
  'test/open-popup': { request: Record<string, never>; response: { popupTabId: number } };
  /** Test builds only: analyse the sender's tab as a toolbar click would. */
  'test/analyze-sender': { request: Record<string, never>; response: TabState };
  /**
   * Test builds only: act as if the user chose "Check this passage with Second Source"
   * on `text` selected in the sender's tab. Answers with the stored passage check.
   */
  'test/context-menu': { request: { text: string }; response: PassageCheck | null };
  /**
   * Test builds only: run keyboard command `name` for the sender's tab, as the browser does
   * when its shortcut is pressed (headless browsers do not deliver extension shortcuts).
   */
  'test/command': { request: { name: string }; response: null };
  /**
   * Test builds only: save the live index for the next worker start now, and answer once
   * it is stored (false: a change was under way, or the index was found damaged).
   */
  'test/save-index': { request: Record<string, never>; response: { saved: boolean } };
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: Request<T>;
}

/** The messages of `M` the background worker handles: their names start with `bg/`. */
export type BackgroundMessageType<M = MessageMap> = Extract<keyof M, `bg/${string}`>;
