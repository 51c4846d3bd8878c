/**
 * The engine's quotation finder, injected into a page's isolated world (never the page's
 * own) on a worker's first analysis, where it leaves itself for the worker to call
 * through `scripting.executeScript` (see background/page-quotes.ts). It reads only the
 * article it is given and touches nothing of the page.
 */
import { extractQuotes } from '../core/quotes';
import type { Article } from '../core/types';
import { PAGE_QUOTES_GLOBAL } from './name';

(globalThis as unknown as Record<string, unknown>)[PAGE_QUOTES_GLOBAL] = (article: Article) =>
  extractQuotes(article);
