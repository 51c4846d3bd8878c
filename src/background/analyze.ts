/**
 * The tab analysis flow: make sure the content script is in the page, ask it for the
 * article, run the engine against the corpus, keep the result as the tab's state, show
 * it on the badge and have the content script draw it.
 */
import { makeArticle } from '../core/article';
import {
  analyzeSteps,
  boundArticle,
  prepareArticle,
  finishPrepare,
  withRelatedStart,
  startPrepare,
  type AnalyzeOptions,
  type PreparedArticle,
} from '../core/analyze';
import type { BackgroundStats } from '../core/background';
import type { Corpus } from '../core/corpus';
import type { Lexicon } from '../core/lexicon';
import { finishLoading } from '../core/steps';
import type { Article, Report } from '../core/types';
import browser, { sendToTab } from '../shared/browser';
import { ExpectedError, errorMessage, isNoReceiver, isRestrictedInjection } from '../shared/errors';
import { isVisitId, MAX_PASSAGE_CHARS } from '../shared/guards';
import { logOnce } from '../shared/log';
import { t } from '../shared/i18n';
import type {
  AnalysisStep,
  AnalysisTimings,
  AnnotationCount,
  FeedLinkData,
  PassageCheck,
  TabState,
} from '../shared/messages';
import type { PageFeed } from '../shared/feed-types';
import { markFollowed } from './feeds/handlers';
import { loadSettings, type Settings } from '../shared/settings';
import { applyBadge } from './badge';
import { noArticleReason } from './reasons';
import { getBackground, getCorpus } from './corpus';
import { getLexicon } from './package-data';
import { rememberArticle, type PageVisit } from './corpus-handlers';
import { forgetTab, getTabState, setPassageCheck, setTabState } from './state';
import { prefetchSavedIndex } from './store-live';
import { firstSteps, markStep } from './click-steps';
import {
  forgetQuoteFinder,
  preloadQuoteFinder,
  quotesFound,
  quotesInPage,
  quotesWarm,
} from './page-quotes';

/** The file the build writes for the content script (manifest-relative). */
export const CONTENT_SCRIPT_FILE = 'content.js';

/** Hosts no extension may script, whatever its permissions. */
const BLOCKED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/**
 * True for pages extensions can never read: browser pages (chrome://, about:, edge://,
 * moz-extension://, view-source:…) and the add-on stores. Null or unknown URLs are not
 * judged here; injection tells.
 */
export function isRestrictedUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') {
    return true;
  }
  return BLOCKED_HOSTS.includes(parsed.hostname);
}

/**
 * Analysis generation per tab: bumped whenever the tab's page goes away, so that an
 * analysis still running for the old page does not store its result over the new one.
 */
const generations = new Map<number, number>();
/** Analyses in progress per tab, so two popups opening at once share one run. */
const inFlight = new Map<number, Promise<TabState>>();

function generation(tabId: number): number {
  return generations.get(tabId) ?? 0;
}

/** The tab's page was replaced or closed: drop its state and let running work lapse. */
export async function tabGone(tabId: number, closed: boolean): Promise<void> {
  generations.set(tabId, generation(tabId) + 1);
  inFlight.delete(tabId);
  // A finder injected into the page that goes away goes with it.
  forgetQuoteFinder(tabId);
  if (closed) generations.delete(tabId);
  await forgetTab(tabId);
}

/**
 * The page visit an analysis belongs to: the content script's id for its document when
 * it sent one (a history.pushState address change keeps it; the browser may report such
 * a change as a new load), else the tab's analysis generation.
 */
function pageVisit(tabId: number, gen: number, visit: string | null): PageVisit {
  return { tabId, visit: visit ?? `generation-${gen}` };
}

async function store(tabId: number, gen: number, state: TabState, settings: Settings) {
  if (generation(tabId) !== gen) return;
  await Promise.all([setTabState(tabId, state), applyBadge(tabId, state, settings.showBadge)]);
}

type Extracted =
  | { article: Article; feeds: PageFeed[]; extractMs: number; visit: string | null }
  | { state: TabState };

/** The page's feed links, each marked when it is followed already. Never throws. */
async function pageFeeds(links: readonly FeedLinkData[] | undefined): Promise<PageFeed[]> {
  if (!links || links.length === 0) return [];
  try {
    return await markFollowed(links);
  } catch {
    return links.map((l) => ({ ...l, followed: false }));
  }
}

/** Ask the tab's content script for the article, injecting the script first if needed. */
async function extractFromTab(tabId: number, url: string | null): Promise<Extracted> {
  let answer = await sendToTab(tabId, 'cs/extract', {});
  if (!answer.ok && isNoReceiver(answer.error)) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } catch (error) {
      if (isRestrictedInjection(error)) {
        // Without page access the tab's URL is hidden from us, but the browser's refusal
        // names a browser page ("Cannot access a chrome:// URL").
        const browserPage =
          isRestrictedUrl(url) ||
          /[a-z-]+:\/\/ URL|about:|extensions gallery|cannot be scripted|privileged/i.test(
            errorMessage(error),
          );
        const reason = browserPage ? t('page_restricted') : t('page_needs_click');
        return { state: { status: 'restricted', url, reason } };
      }
      throw error;
    }
    answer = await sendToTab(tabId, 'cs/extract', {});
  }
  if (!answer.ok) {
    if (isNoReceiver(answer.error)) throw new ExpectedError(t('page_unreachable'));
    throw new Error(answer.error);
  }
  const { article, reason } = answer.value;
  const feeds = await pageFeeds(answer.value.feeds);
  if (!article) {
    return {
      state: {
        status: 'no-article',
        url,
        reason: noArticleReason(reason),
        feeds,
      },
    };
  }
  const visit = isVisitId(answer.value.visit) ? answer.value.visit : null;
  return { article, feeds, extractMs: answer.value.extractMs ?? 0, visit };
}

/** The index and the engine's data files, loading side by side (each loads once per worker life). */
function engineData() {
  return Promise.all([getCorpus(), getBackground(), getLexicon()]);
}

/**
 * The engine's report on a prepared article. A worker just started holds the texts of
 * its saved index in storage still: those the engine reads are loaded as it asks.
 */
function engineReport(
  prepared: PreparedArticle,
  corpus: Corpus,
  options: Partial<AnalyzeOptions>,
): Promise<Report> {
  return finishLoading(analyzeSteps(prepared, corpus, options), (docs) => corpus.loadTexts(docs));
}

/**
 * `storage.session` key of a pause (ms) before each analysis, in test builds only: a test
 * that stops the worker in the middle of an analysis sets it, so the stop lands there
 * however fast the analysis is.
 */
export const TEST_ENGINE_PAUSE_KEY = 'test:engine-pause';

/** The pause as read when the worker started (test builds); null: not read. */
let testPause: Promise<number> | null = null;

/**
 * Test builds: read the pause once, when the worker starts (index.ts), so that reading it
 * costs an analysis nothing.
 */
export function readTestEnginePause(): void {
  testPause = browser.storage.session.get(TEST_ENGINE_PAUSE_KEY).then(
    (got) => {
      const ms = got[TEST_ENGINE_PAUSE_KEY];
      return typeof ms === 'number' && ms > 0 ? Math.min(ms, 5000) : 0;
    },
    () => 0,
  );
}

async function testEnginePause(): Promise<void> {
  const ms = testPause ? await testPause : 0;
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether this worker has run the engine yet (its first analysis is a cold click's). */
let engineRan = false;

/**
 * Run the engine on `article` with the user's settings; `timings` gets what each step
 * took: the wait for the index after the article was prepared, and the analysis.
 * `tabId`: the tab the article comes from, which a worker just started has find the
 * article's quotations (page-quotes.ts).
 */
async function runEngine(
  article: Article,
  settings: Settings,
  timings?: AnalysisTimings,
  tabId?: number,
): Promise<Report> {
  if (__TEST__) await testEnginePause();
  const first = !engineRan;
  engineRan = true;
  const data = engineData();
  // A worker just started reads and decodes its index meanwhile: the storage reads go
  // on off this thread, and so does finding the quotations when the page's tab does it;
  // else the worker finds them first and decodes after (a page's article is read first).
  const p0 = performance.now();
  const bound = boundArticle(article);
  const asked = tabId !== undefined && !quotesWarm() ? quotesInPage(tabId, bound.article) : null;
  // What needs no quotations is worked out while the page finds them: the article's own
  // features, then, once the index is loaded, the start of the related-coverage search.
  let started = startPrepare(bound);
  const options = (background: BackgroundStats | null, lexicon: Lexicon | null) => ({
    sensitivity: settings.sensitivity,
    minQuoteWords: settings.minQuoteWords,
    background,
    lexicon,
  });
  // A failed load is reported below; a failed start is made again by the engine.
  const early = asked
    ? data
        .then(([corpus, background, lexicon]) => {
          started = withRelatedStart(started, corpus, options(background, lexicon));
        })
        .catch(() => undefined)
    : null;
  if (__TEST__ && timings)
    void data.then(
      () => markStep(timings.steps, 'data'),
      () => undefined,
    );
  const inPage = asked ? await asked : null;
  quotesFound(bound.article, inPage !== null);
  markStep(timings?.steps, 'quotes');
  const p1 = performance.now();
  const [corpus, background, lexicon] = await data;
  await early;
  const t1 = performance.now();
  const prepared = finishPrepare(started, inPage ?? undefined);
  const report = await engineReport(prepared, corpus, options(background, lexicon));
  markStep(timings?.steps, 'engine');
  if (timings) {
    timings.indexMs = t1 - p1;
    timings.analysisMs = p1 - p0 + performance.now() - t1;
    timings.quotesInPage = inPage !== null;
    timings.firstInWorker = first;
  }
  return report;
}

/** Have the content script draw `report`; null when it could not. */
async function annotate(tabId: number, report: Report): Promise<AnnotationCount | null> {
  const answer = await sendToTab(tabId, 'cs/annotate', { report });
  if (answer.ok) return answer.value;
  logOnce('annotate', answer.error);
  return null;
}

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

async function runTabAnalysis(tabId: number, steps?: AnalysisStep[]): Promise<TabState> {
  const gen = generation(tabId);
  // A worker just started reads its saved index from storage (off this thread) while
  // the page's article is being read.
  prefetchSavedIndex();
  const [settings, url] = await Promise.all([loadSettings(), tabUrl(tabId)]);
  if (isRestrictedUrl(url)) {
    const state: TabState = {
      status: 'restricted',
      url,
      reason: t('page_restricted'),
    };
    await store(tabId, gen, state, settings);
    return state;
  }
  // Progress states are stored on the way, for a popup that polls, without waiting for
  // them; each waits for the one before, and the final state waits for them all.
  const quietly = (work: Promise<void>) =>
    work.catch((error: unknown) => logOnce('progress', error));
  let progress = quietly(
    store(tabId, gen, { status: 'loading', url, progress: t('progress_reading') }, settings),
  );
  let state: TabState;
  try {
    markStep(steps, 'settings');
    const t0 = performance.now();
    // A worker just started has the page find the quotations too (page-quotes.ts).
    preloadQuoteFinder(tabId);
    const extracted = await extractFromTab(tabId, url);
    markStep(steps, 'article');
    const t1 = performance.now();
    const roundTrip = t1 - t0;
    if ('state' in extracted) {
      state = extracted.state;
    } else {
      progress = progress.then(() =>
        quietly(
          store(
            tabId,
            gen,
            { status: 'loading', url, progress: t('progress_comparing') },
            settings,
          ),
        ),
      );
      const timings: AnalysisTimings = {
        extractMs: extracted.extractMs,
        messagingMs: Math.max(0, roundTrip - extracted.extractMs),
        indexMs: 0,
        analysisMs: 0,
        ...(steps ? { steps } : {}),
      };
      const report = await runEngine(extracted.article, settings, timings, tabId);
      // Reading history (when the user turned it on), after the analysis so it never matches itself.
      void rememberArticle(extracted.article, pageVisit(tabId, gen, extracted.visit));
      const annotations = generation(tabId) === gen ? await annotate(tabId, report) : null;
      markStep(steps, 'annotated');
      state = {
        status: 'done',
        url,
        report,
        analysedAt: Date.now(),
        annotations,
        feeds: extracted.feeds,
        timings,
      };
    }
  } catch (error) {
    logOnce('analyze-tab', error);
    state = { status: 'error', url, error: errorMessage(error) };
  }
  await progress;
  await store(tabId, gen, state, settings);
  return state;
}

/**
 * Analyse the page in `tabId`. Without `force`, a finished analysis of the page now in
 * the tab is returned unchanged (a reload or navigation drops it first), and a run
 * already in progress is shared: the popup asks twice as it opens (popup/start.ts, then
 * its own script), and the second request must find the first's run at once, before
 * either has read anything.
 */
export function analyzeTab(tabId: number, force = false): Promise<TabState> {
  const steps = firstSteps('request');
  if (!force) {
    const running = inFlight.get(tabId);
    if (running) return running;
  }
  const run = (async () => {
    if (!force) {
      const previous = await getTabState(tabId);
      if (previous.status === 'done' && previous.url === (await tabUrl(tabId))) return previous;
    }
    return runTabAnalysis(tabId, steps);
  })().finally(() => {
    if (inFlight.get(tabId) === run) inFlight.delete(tabId);
  });
  inFlight.set(tabId, run);
  return run;
}

/**
 * Analyse an article the content script sent on its own (automatic annotation or a
 * single-page site moving to another article). The content script draws the result.
 */
export async function analyzeArticle(
  tabId: number,
  article: Article | null,
  reason: string | undefined,
  url: string | null,
  links?: readonly FeedLinkData[],
  visit?: string,
): Promise<TabState> {
  const gen = generation(tabId);
  const settings = await loadSettings();
  const feeds = await pageFeeds(links);
  let state: TabState;
  if (!article) {
    state = {
      status: 'no-article',
      url,
      reason: noArticleReason(reason),
      feeds,
    };
  } else {
    try {
      const report = await runEngine(article, settings, undefined, tabId);
      void rememberArticle(article, pageVisit(tabId, gen, visit ?? null));
      state = {
        status: 'done',
        url,
        report,
        analysedAt: Date.now(),
        annotations: { anchored: 0, total: report.quotes.length },
        feeds,
      };
    } catch (error) {
      logOnce('analyze-article', error);
      state = { status: 'error', url, error: errorMessage(error) };
    }
  }
  await store(tabId, gen, state, settings);
  return state;
}

/** Show or hide the annotations of the tab's finished analysis. */
export async function setAnnotations(
  tabId: number,
  visible: boolean,
): Promise<AnnotationCount | null> {
  const state = await getTabState(tabId);
  if (state.status !== 'done') return null;
  let annotations: AnnotationCount | null = null;
  if (visible) {
    annotations = await annotate(tabId, state.report);
  } else {
    const answer = await sendToTab(tabId, 'cs/clear', {});
    if (!answer.ok) logOnce('clear', answer.error);
  }
  await setTabState(tabId, { ...state, annotations });
  return annotations;
}

const QUOTE_MARK = /["“”„«»‘’‚‹›「」『』]/;

/**
 * Check a selected passage: it becomes a one-paragraph article and goes through the
 * same engine. A selection without quote marks is taken as a quotation as a whole.
 */
export async function checkPassage(text: string, url: string): Promise<Report> {
  const passage = text.replace(/\s+/g, ' ').trim().slice(0, MAX_PASSAGE_CHARS);
  const body = QUOTE_MARK.test(passage) ? passage : `“${passage}”`;
  const article = makeArticle({
    url,
    title: 'Selected passage',
    source: 'Selected passage',
    published: null,
    paragraphs: [body],
  });
  const settings = await loadSettings();
  // Selections are short: accept quotations down to one word so the whole passage counts.
  const [corpus, background, lexicon] = await engineData();
  return engineReport(prepareArticle(article), corpus, {
    sensitivity: settings.sensitivity,
    minQuoteWords: 1,
    background,
    lexicon,
  });
}

/** Check a passage and keep the result as the tab's passage check for the popup. */
export async function checkPassageForTab(
  tabId: number,
  text: string,
  url: string,
): Promise<PassageCheck> {
  const report = await checkPassage(text, url);
  const check: PassageCheck = {
    text: text.replace(/\s+/g, ' ').trim(),
    url,
    report,
    checkedAt: Date.now(),
  };
  await setPassageCheck(tabId, check);
  return check;
}
