/**
 * The content script's behaviour, separate from its entry so tests can run it with a
 * fake browser API: the one `runtime.onMessage` listener, automatic annotation and
 * single-page-site navigation.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import type { Report } from '../core/types';
import { errorMessage, isContextInvalidated } from '../shared/errors';
import { CONTENT_REQUEST_GUARDS, isEnvelopeIn, newVisitId } from '../shared/guards';
import { logOnce } from '../shared/log';
import type { Envelope, MessageType, Response, Result, TabState } from '../shared/messages';
import {
  isAutoAnnotated,
  loadSettings,
  watchSettings,
  type Settings,
  type SettingsArea,
  type SettingsChangeEvent,
} from '../shared/settings';
import { PageAnnotations } from './annotations';
import { extractArticle, type ExtractResult } from './extract';
import { pageFeedLinks } from './feed-links';
import type { HighlightEnv } from './highlight';

/**
 * How often the URL is checked (ms): Firefox has no Navigation API, and a page's
 * `history.pushState` fires no event the content script can rely on. Comparing two
 * strings costs nothing next to a frame.
 */
export const URL_POLL_MS = 250;

/**
 * After a URL change, the page counts as settled once its DOM has not changed for this
 * long (ms): single-page sites change the URL first and render the article after, often
 * in several steps.
 */
export const SETTLE_QUIET_MS = 300;

/** Read the page at the latest this long after a URL change, settled or not (ms). */
export const MAX_SETTLE_MS = 3000;

/** The parts of the WebExtension API the content script uses. */
export type ContentBrowser = Pick<Browser, 'runtime'> & {
  storage?: { sync: unknown; onChanged: unknown };
};

export interface ContentScriptDeps {
  browser: ContentBrowser;
  doc?: Document;
  /** Highlight environment override (tests). */
  env?: HighlightEnv | null;
}

/** The page URL without its fragment: a fragment change is not another article. */
function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}

interface NavigationLike {
  addEventListener(type: 'navigate', cb: () => void): void;
  removeEventListener(type: 'navigate', cb: () => void): void;
}

/** The running content script; `stop` removes every listener and annotation. */
export interface ContentScript {
  /** Handles one message; undefined for messages that are not ours. */
  handle(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined;
  annotations: PageAnnotations;
  /** Checks the URL now (navigation handling; exposed for tests). */
  checkNavigation(extracted?: ExtractResult): Promise<void>;
  stop(): void;
}

/** Starts the content script in `doc` (the page's document by default). */
export function startContentScript(deps: ContentScriptDeps): ContentScript {
  const doc = deps.doc ?? document;
  const win = doc.defaultView!;
  const api = deps.browser;
  const annotations = new PageAnnotations(doc, deps.env !== undefined ? { env: deps.env } : {});
  let settings: Settings | null = null;
  let stopped = false;
  let lastUrl = pageKey(win.location.href);
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let unwatch: (() => void) | null = null;
  /** The user asked for annotations on this page (cs/annotate without a cs/clear since). */
  let wanted = false;
  /** This page visit: one document, whatever addresses it takes with history.pushState. */
  const visit = newVisitId();

  const fail = (where: string, error: unknown): void => {
    if (isContextInvalidated(error)) {
      // The extension was reloaded or removed: this copy of the script is an orphan.
      stop();
      return;
    }
    logOnce(`content: ${where}`, error);
  };

  const handlers: { [T in MessageType]?: (payload: Envelope<T>['payload']) => Response<T> } = {
    'cs/extract': () => {
      const t0 = performance.now();
      const result = extractArticle(doc, win.location.href);
      const extractMs = performance.now() - t0;
      const feeds = pageFeedLinks(doc, win.location.href);
      return result.article
        ? { article: result.article, feeds, extractMs, visit }
        : { article: null, reason: result.reason, feeds, visit };
    },
    'cs/annotate': ({ report }) => {
      wanted = true;
      return annotations.annotate(report);
    },
    'cs/clear': () => {
      wanted = false;
      return { cleared: annotations.clear() };
    },
    'cs/scroll-to-quote': ({ index }) => ({ found: annotations.scrollTo(index) }),
    'cs/step-quote': ({ direction }) => ({ index: annotations.step(direction) }),
  };

  const handle = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Result<unknown>> | undefined => {
    if (stopped) return undefined;
    // Only our own extension talks to us; pages cannot reach runtime.onMessage, but other
    // extensions' messages are ignored all the same.
    if (sender.id !== api.runtime.id) return undefined;
    if (!isEnvelopeIn(CONTENT_REQUEST_GUARDS, message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    try {
      return Promise.resolve({ ok: true, value: handler(message.payload) });
    } catch (error) {
      fail(message.type, error);
      return Promise.resolve({ ok: false, error: errorMessage(error) });
    }
  };

  /**
   * Answers through `sendResponse` when the browser passes one: Chrome's own API takes an
   * answer only that way (a returned promise is ignored), Firefox's takes either. Without
   * it (the polyfill's promise style), the answer is the returned promise.
   */
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse?: (answer: unknown) => void,
  ): Promise<Result<unknown>> | true | undefined => {
    const answer = handle(message, sender);
    if (!answer || typeof sendResponse !== 'function') return answer;
    void answer.then(sendResponse);
    return true;
  };

  const autoOn = (): boolean => settings !== null && isAutoAnnotated(settings, win.location.href);

  /** Extracts the page's article, has the background analyse it and draws the result. */
  const analyzeHere = async (extracted?: ExtractResult): Promise<void> => {
    const result = extracted ?? extractArticle(doc, win.location.href);
    const feeds = pageFeedLinks(doc, win.location.href);
    const payload = result.article
      ? { article: result.article, feeds, visit }
      : { article: null, reason: result.reason, feeds, visit };
    const envelope: Envelope<'bg/analyze-article'> = { type: 'bg/analyze-article', payload };
    const answer = (await api.runtime.sendMessage(envelope)) as Result<TabState> | undefined;
    if (stopped || !answer || !answer.ok) {
      if (answer && !answer.ok) logOnce('content: analyze-article', new Error(answer.error));
      return;
    }
    const state = answer.value;
    if (state.status === 'done') {
      annotations.annotate(state.report as Report);
      wanted = true;
    }
  };

  const checkNavigation = async (extracted?: ExtractResult): Promise<void> => {
    if (stopped) return;
    const now = pageKey(win.location.href);
    if (now === lastUrl) return;
    lastUrl = now;
    const hadAnnotations = wanted || annotations.active;
    // Whatever was drawn belongs to the previous article.
    annotations.reset();
    if (!hadAnnotations && !autoOn()) return;
    try {
      await analyzeHere(extracted);
    } catch (error) {
      fail('navigation', error);
    }
  };

  // Waiting for the page to settle: a MutationObserver restarts a quiet timer on every
  // change, for at most MAX_SETTLE_MS; then the URL is compared and the page read.
  let observer: MutationObserver | null = null;
  let capTimer: ReturnType<typeof setTimeout> | null = null;
  const stopSettling = (): void => {
    observer?.disconnect();
    observer = null;
    if (settleTimer !== null) clearTimeout(settleTimer);
    if (capTimer !== null) clearTimeout(capTimer);
    settleTimer = capTimer = null;
  };
  let changeAt = 0;
  const settled = (): void => {
    // A quiet page may still be a loading screen: while time remains, a page without
    // an article waits for its next change instead of being reported as empty.
    const early = Date.now() - changeAt < MAX_SETTLE_MS - SETTLE_QUIET_MS;
    if (early && capTimer !== null && pageKey(win.location.href) !== lastUrl) {
      const result = extractArticle(doc, win.location.href);
      if (!result.article) {
        if (settleTimer !== null) clearTimeout(settleTimer);
        settleTimer = null;
        return;
      }
      stopSettling();
      void checkNavigation(result);
      return;
    }
    stopSettling();
    void checkNavigation();
  };
  const restartQuiet = (): void => {
    if (settleTimer !== null) clearTimeout(settleTimer);
    settleTimer = setTimeout(settled, SETTLE_QUIET_MS);
  };
  const scheduleCheck = (): void => {
    if (stopped) return;
    if (capTimer === null) {
      changeAt = Date.now();
      capTimer = setTimeout(settled, MAX_SETTLE_MS);
      const Observer = win.MutationObserver;
      if (typeof Observer === 'function') {
        observer = new Observer(restartQuiet);
        observer.observe(doc, { childList: true, subtree: true, characterData: true });
      }
    }
    restartQuiet();
  };

  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  const onNavigate = (): void => scheduleCheck();

  function stop(): void {
    if (stopped) return;
    stopped = true;
    try {
      api.runtime.onMessage.removeListener(listener);
    } catch {
      // The context may already be gone; nothing to remove then.
    }
    navigation?.removeEventListener('navigate', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    if (pollTimer !== null) clearInterval(pollTimer);
    stopSettling();
    unwatch?.();
    try {
      annotations.clear();
    } catch {
      // Never let cleanup break the page.
    }
  }

  api.runtime.onMessage.addListener(listener);
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigate', onNavigate);
  }
  // Always poll as well: the isolated world's Navigation API does not report every
  // same-document navigation of the page's own scripts (history.pushState), and
  // Firefox has no Navigation API.
  pollTimer = setInterval(() => {
    if (capTimer === null && pageKey(win.location.href) !== lastUrl) scheduleCheck();
  }, URL_POLL_MS);
  win.addEventListener('popstate', onNavigate);

  if (api.storage) {
    const area = api.storage.sync as SettingsArea;
    void loadSettings(area)
      .then((loaded) => {
        if (stopped) return;
        settings = loaded;
        annotations.configure({ style: loaded.highlightStyle, marked: loaded.markedVerdicts });
        if (autoOn() && !annotations.active) return analyzeHere();
      })
      .catch((error) => fail('settings', error));
    try {
      unwatch = watchSettings((next, changed) => {
        settings = next;
        if (changed.includes('highlightStyle') || changed.includes('markedVerdicts')) {
          annotations.configure({ style: next.highlightStyle, marked: next.markedVerdicts });
        }
      }, api.storage.onChanged as SettingsChangeEvent);
    } catch (error) {
      fail('settings', error);
    }
  }

  return { handle, annotations, checkNavigation, stop };
}
