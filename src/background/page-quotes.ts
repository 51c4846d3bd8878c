/**
 * Quotations found in the page's tab on a worker's first analysis.
 *
 * A worker just started has never run the engine's quotation finder: its patterns are
 * compiled and its code runs for the first time, which takes most of a first analysis.
 * The page's tab has a thread of its own, so the worker has it find the article's
 * quotations with the same code (page-quotes/index.ts, injected into the page's isolated
 * world, never its own) while the worker reads and decodes its index. The answer is
 * checked (`checkQuotes`) and, when anything is wrong or late, the worker finds the
 * quotations itself. After its first answer the worker runs the finder once on its own,
 * so that its later analyses need no page.
 */
import { checkQuotes } from '../core/quote-check';
import { extractQuotes } from '../core/quotes';
import type { Article, ExtractedQuote } from '../core/types';
import { PAGE_QUOTES_FILE, PAGE_QUOTES_GLOBAL } from '../page-quotes/name';
import browser from '../shared/browser';
import { logOnce } from '../shared/log';

/** Longest wait for the page's quotations before the worker finds them itself (ms). */
const PAGE_QUOTES_TIMEOUT_MS = 2000;

/** Wait after an answer before the worker runs its own finder once (ms): the popup's next messages come first. */
const WARM_DELAY_MS = 300;

let warm = false;

/** Whether this worker has its own quotation finder ready (it ran once). */
export function quotesWarm(): boolean {
  return warm;
}

/**
 * The quotations of `article` were found, by the page (`byPage`) or by the worker's own
 * finder. After the page's, the worker runs its finder once, after the answer has gone
 * out, so that its later analyses need no page.
 */
export function quotesFound(article: Article, byPage: boolean): void {
  if (warm) return;
  warm = true;
  if (!byPage) return;
  setTimeout(() => {
    try {
      extractQuotes(article);
    } catch (error) {
      logOnce('quotes: warm-up', error);
    }
  }, WARM_DELAY_MS);
}

/** The finder's injection into each tab, started before the article was asked for. */
const injections = new Map<number, Promise<unknown>>();

/**
 * A worker just started: inject the finder into tab `tabId` now, while the page is asked
 * for its article, so that the page has it ready when the article comes back.
 */
export function preloadQuoteFinder(tabId: number): void {
  if (warm || injections.has(tabId)) return;
  const injecting = browser.scripting.executeScript({
    target: { tabId },
    files: [PAGE_QUOTES_FILE],
  });
  injecting.catch(() => undefined);
  injections.set(tabId, injecting);
}

/** Tab `tabId` navigated or closed: a finder injected into it is gone. */
export function forgetQuoteFinder(tabId: number): void {
  injections.delete(tabId);
}

/**
 * The quotations of `article` (the part of the page's article the engine reads) found in
 * tab `tabId`; null when the page could not answer, answered wrongly, or took longer than
 * `PAGE_QUOTES_TIMEOUT_MS`.
 */
export async function quotesInPage(
  tabId: number,
  article: Article,
): Promise<ExtractedQuote[] | null> {
  const target = { tabId };
  const injected =
    injections.get(tabId) ?? browser.scripting.executeScript({ target, files: [PAGE_QUOTES_FILE] });
  injections.delete(tabId);
  const find = async (): Promise<ExtractedQuote[] | null> => {
    await injected;
    const [frame] = await browser.scripting.executeScript({
      target,
      // Runs in the page's isolated world, where the finder left itself.
      func: (name: string, given: Article) => {
        const finder = (globalThis as unknown as Record<string, unknown>)[name];
        return typeof finder === 'function' ? (finder as (a: Article) => unknown)(given) : null;
      },
      args: [PAGE_QUOTES_GLOBAL, article],
    });
    return checkQuotes(frame?.result, article);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), PAGE_QUOTES_TIMEOUT_MS);
  });
  try {
    return await Promise.race([find().catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}
