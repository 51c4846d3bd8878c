/**
 * `npm run bench:browser`: what a reader feels, measured on the test build in Chromium
 * (Debian's, through playwright-core) and Firefox ESR (Debian's, through puppeteer-core):
 * the time from the toolbar action to the popup showing the first verdicts, with a user
 * corpus of 0, 10,000 and 50,000 articles stored in IndexedDB, on three pages of real size
 * (short, long, very long), with the background stopped first (cold) and running (warm).
 *
 * Each run reloads the page (a finished analysis is not reused), opens the popup for its
 * tab as a click would (in a tab: a test cannot read the real popup), and waits for its
 * report. The total runs to the popup's own mark of the first frame that shows the report
 * (src/popup/marks.ts); "seen" is when the test driver found it, which adds the driver's
 * own polling (tens of ms warm, up to hundreds in a new worker's first popup). The
 * breakdown comes from the background's own timings of that analysis: extraction in the
 * page, the rest of the round trip to the content script (injection, messaging), loading
 * the index, the analysis; "popup and rest" is what remains of the total (opening the
 * popup, its messages, drawing the highlights, rendering, and a new worker's start).
 *
 * Chromium's worker is stopped through the DevTools protocol. Firefox's background page is
 * left idle until Firefox suspends it (its idle time is shortened to 8 s for the bench;
 * each cold run waits it out, so Firefox runs 10 times on the long page by default);
 * a test cannot open Firefox's popup, so the test build's bridge in the page asks the
 * background to open it in a tab, which wakes a suspended background before the popup
 * loads rather than after. A cold run that finds the background still running (its
 * analysis is not the background's first) is run again, and counted under the table.
 *
 *   npm run bench:browser [-- --runs 20] [-- --sizes 0,10000,50000] [-- --pages long]
 *                         [-- --browsers chromium,firefox] [-- --firefox-runs 10]
 *                         [-- --firefox-pages long]
 *
 * The articles are the benchmark generator's (scripts/gen-corpus.ts): the pages are
 * held-out articles of stories the corpus also tells, lengthened to size.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Article } from '../src/core/types';
import { serializePack } from '../src/core/pack';
import {
  askExtension,
  chromiumTabId,
  launchChromium,
  launchFirefox,
  openFirefoxPopupTab,
  optionsOnInstall,
  waitFor,
  waitForBridge,
  type ChromiumSession,
} from '../tests/e2e/helpers';
import { BROWSERS, buildExtension } from './build';
import { makeSplit } from './bench-corpus';
import { fmt, parseArgs, percentile, table } from './bench-util';
import { FIRST_VERDICTS_MARK } from '../src/popup/marks';

interface Timings {
  extractMs: number;
  messagingMs: number;
  indexMs: number;
  analysisMs: number;
  /** Set by the background: its first analysis since it started, and who found the quotations. */
  firstInWorker?: boolean;
  quotesInPage?: boolean;
}

interface Run extends Timings {
  /** To the popup's own mark of the first frame showing verdicts. */
  totalMs: number;
  /** To the test driver finding the verdicts in the popup (includes its own polling). */
  seenMs: number;
}

const IMPORT_CHUNK = 5000;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page of about `words` words from a generated article and its story's fellows. */
function pageHtml(a: Article, filler: readonly Article[], words: number): string {
  const paragraphs = [...a.paragraphs];
  let n = a.text.split(/\s+/).length;
  for (let i = 0; n < words && filler.length > 0; i++) {
    const p = filler[i % filler.length]!.paragraphs[i % 3] ?? '';
    paragraphs.push(p);
    n += p.split(/\s+/).length;
  }
  return `<!doctype html><html lang="${a.language}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:site_name" content="${esc(a.source)}"><meta property="og:type" content="article">
<meta property="article:published_time" content="${a.published ?? ''}"></head>
<body><header><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/business">Business</a></nav></header>
<main><article><h1>${esc(a.title)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ol><li><a href="/a">First</a></li><li><a href="/b">Second</a></li></ol></aside></main>
<footer>© ${esc(a.source)}</footer></body></html>`;
}

const ask = askExtension;

async function stopWorker(session: ChromiumSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * The id of the tab showing `url`, asked from the running worker (after a stop the
 * session's first worker handle is gone; the browser lists the live one).
 */
async function tabIdOf(session: ChromiumSession, url: string): Promise<number> {
  const worker =
    session.context.serviceWorkers().at(-1) ??
    (await session.context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return chromiumTabId({ ...session, worker }, url);
}

/**
 * Have the background save its live index now and wait until it is stored (a save that
 * finds a change under way is tried again).
 */
async function savedIndex(page: Parameters<typeof ask>[0]): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    const { saved } = await ask<{ saved: boolean }>(page, 'test/save-index', {});
    if (saved) return;
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  throw new Error('the live index was never saved');
}

/** One browser as the bench drives it. */
interface Driver {
  /** How many articles one imported pack holds. */
  importChunk: number;
  /** Stores `chunk` in the user's corpus, as an imported pack. */
  importPack(id: string, chunk: readonly Article[]): Promise<void>;
  /** Saves the live index for the next worker start, as the background does after a change. */
  saveIndex(): Promise<void>;
  /** Opens `url` in a tab; `measure` then times one click on it. */
  open(url: string): Promise<{ measure(cold: boolean): Promise<Run>; close(): Promise<void> }>;
  close(): Promise<void>;
}

async function chromiumDriver(): Promise<Driver> {
  const session = await launchChromium(undefined, {});
  const options = await optionsOnInstall(session);
  return {
    importChunk: IMPORT_CHUNK,
    async importPack(id, chunk) {
      await ask(options, 'bg/import-pack', {
        importId: id,
        name: `${id}.jsonl`,
        text: serializePack(chunk),
      });
    },
    async saveIndex() {
      await savedIndex(options);
    },
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      // The tab keeps its id across reloads; asked once, while the worker runs (a
      // stopped worker's handle would never answer).
      const tabId = await tabIdOf(session, url);
      return {
        measure: (cold) => measureChromium(session, page, tabId, cold),
        close: () => page.close(),
      };
    },
    close: () => session.close(),
  };
}

async function measureChromium(
  session: ChromiumSession,
  page: Page,
  tabId: number,
  cold: boolean,
): Promise<Run> {
  await page.reload();
  if (cold) await stopWorker(session, page);
  await page.bringToFront();
  const popup = await session.context.newPage();
  // Wall-clock time, which the popup's marks share.
  const t0 = performance.timeOrigin + performance.now();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.article-title', { timeout: 120_000 });
  const seenMs = performance.timeOrigin + performance.now() - t0;
  const marked = await popup.waitForFunction(
    (name) => {
      const mark = performance.getEntriesByName(name)[0];
      return mark ? performance.timeOrigin + mark.startTime : null;
    },
    FIRST_VERDICTS_MARK,
    { timeout: 10_000 },
  );
  const totalMs = ((await marked.jsonValue()) as number) - t0;
  const state = await ask<{ timings?: Timings }>(popup, 'bg/get-tab-state', { tabId });
  await popup.close();
  return { totalMs, seenMs, ...timingsOf(state) };
}

function timingsOf(state: { timings?: Timings }): Timings {
  return state.timings ?? { extractMs: NaN, messagingMs: NaN, indexMs: NaN, analysisMs: NaN };
}

/**
 * Firefox suspends an idle background page after `extensions.background.idle.timeout`
 * (30 s by default), even while it still works on a message: an import or a save of the
 * index must finish within it. The bench shortens it so that a cold run waits less, keeps
 * warm runs closer together than that, and imports in chunks that take a few seconds.
 */
const FIREFOX_IDLE_MS = 8000;
const FIREFOX_IMPORT_CHUNK = 1000;

/**
 * tsx compiles this script keeping function names through a helper, `__name`, that
 * functions sent to a page then call; the page needs it too.
 */
async function readyForScripts(page: PuppeteerPage): Promise<void> {
  await waitForBridge(page);
  await page.evaluate('globalThis.__name ??= (f) => f');
}

async function firefoxDriver(pageUrl: string): Promise<Driver> {
  const session = await launchFirefox(undefined, {
    prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS },
  });
  // An extension page to import from: the popup opened for any test page.
  const first = await session.browser.newPage();
  await first.goto(pageUrl);
  await readyForScripts(first);
  let ext: PuppeteerPage | null = await openFirefoxPopupTab(session, first);
  return {
    importChunk: FIREFOX_IMPORT_CHUNK,
    async importPack(id, chunk) {
      if (!ext) throw new Error('imports come before the runs');
      await ask(ext, 'bg/import-pack', {
        importId: id,
        name: `${id}.jsonl`,
        text: serializePack(chunk),
      });
    },
    async saveIndex() {
      if (!ext) throw new Error('the index is saved before the runs');
      await savedIndex(ext);
    },
    async open(url) {
      // The import page is closed; each tab measured gets a launcher of its own.
      if (ext) await Promise.all([ext.close(), first.close()]);
      ext = null;
      const page = await session.browser.newPage();
      await page.goto(url);
      await readyForScripts(page);
      // The launcher: the popup opened once for this tab (through the test bridge), which
      // tells the tab's id, then kept at an extension page with no script between runs.
      const tab = await openFirefoxPopupTab(session, page);
      const tabId = Number(
        await tab.evaluate(() => new URLSearchParams(location.search).get('tab') ?? ''),
      );
      await sendTo(tab, IDLE_PAGE);
      return {
        measure: (cold) => measureFirefox(page, { tab, tabId }, cold),
        close: async () => {
          await Promise.all([tab.close(), page.close()]);
        },
      };
    },
    async close() {
      await session.close();
    },
  };
}

/** Where an extension tab of Firefox is (Puppeteer's page.url() does not follow them). */
const pathOf = (page: PuppeteerPage) =>
  page.evaluate(() => location.pathname + location.search).catch(() => '');

/**
 * Send the extension tab `tab` to `path` (an extension page) and wait until it is there.
 * An extension page may open another one without the background, as the toolbar does.
 */
async function sendTo(tab: PuppeteerPage, path: string): Promise<void> {
  await tab.evaluate((to: string) => location.assign(to), path);
  await waitFor(`the extension tab at ${path}`, async () => (await pathOf(tab)) === `/${path}`);
}

/** An extension page with no script, where the launcher tab waits between runs. */
const IDLE_PAGE = 'privacy.txt';

async function measureFirefox(
  page: PuppeteerPage,
  launcher: { tab: PuppeteerPage; tabId: number },
  cold: boolean,
): Promise<Run> {
  await page.reload();
  await readyForScripts(page);
  // Long enough without a message for Firefox to suspend the background page.
  if (cold) await new Promise((ok) => setTimeout(ok, FIREFOX_IDLE_MS + 2000));
  // Firefox's performance.timeOrigin is not on this process's clock; the system clock
  // (Date) is shared, so the mark is placed on it.
  const t0 = Date.now();
  // Firefox lets no test click the toolbar button. An extension tab kept for it loads the
  // popup for the news tab instead: like a click, this wakes a suspended background only
  // when the popup asks it for the analysis.
  const popup = launcher.tab;
  await popup.evaluate((to: string) => location.assign(to), `popup.html?tab=${launcher.tabId}`);
  await waitFor('the popup', async () => (await pathOf(popup)).startsWith('/popup.html'));
  await popup.waitForSelector('.article-title', { timeout: 120_000 });
  const seenMs = Date.now() - t0;
  const markAt = await waitFor(
    'the first-verdicts mark',
    () =>
      popup.evaluate((name: string) => {
        const mark = performance.getEntriesByName(name)[0];
        return mark ? Date.now() - (performance.now() - mark.startTime) : null;
      }, FIRST_VERDICTS_MARK),
    10_000,
  );
  const state = await ask<{ timings?: Timings }>(popup, 'bg/get-tab-state', {
    tabId: launcher.tabId,
  });
  await sendTo(popup, IDLE_PAGE);
  return { totalMs: markAt - t0, seenMs, ...timingsOf(state) };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const chromiumRuns = Number(args.get('runs') ?? 20);
  // A cold run in Firefox waits out the idle time: fewer runs, on the long page only,
  // unless asked otherwise.
  const firefoxRuns = Number(args.get('firefox-runs') ?? args.get('runs') ?? 10);
  const firefoxPages = (args.get('firefox-pages') ?? args.get('pages') ?? 'long')
    .split(',')
    .map((x) => x.trim());
  const sizes = (args.get('sizes') ?? '0,10000,50000')
    .split(',')
    .map((s) => Number(s.trim().replace(/k$/i, '000')));
  const only = args
    .get('pages')
    ?.split(',')
    .map((s) => s.trim());
  const browsers = (args.get('browsers') ?? 'chromium,firefox').split(',').map((s) => s.trim());
  for (const b of browsers)
    if (b !== 'chromium' && b !== 'firefox') throw new Error(`unknown browser: ${b}`);
  console.error('building the test extension…');
  await buildExtension({
    browsers: BROWSERS.filter(
      (b) =>
        (b === 'chrome' && browsers.includes('chromium')) ||
        (b === 'firefox' && browsers.includes('firefox')),
    ),
    test: true,
    dev: false,
    zip: false,
    quiet: true,
  });

  const biggest = Math.max(...sizes, 1000);
  console.error(`generating ${biggest} articles…`);
  const split = makeSplit(biggest, 10, 20_261_201);
  const query = split.queries[0]!;
  const fellows = split.indexed.filter(
    (a) => split.truth.get(a.url) === split.truth.get(query.url),
  );
  const pages = new Map([
    ['short', pageHtml(query, fellows, 400)],
    ['long', pageHtml(query, fellows, 1500)],
    ['very long', pageHtml(query, fellows, 6000)],
  ]);
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1).replace(/\.html$/, ''));
    const html = pages.get(name);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  for (const browserName of browsers) {
    const label = browserName === 'chromium' ? 'Chromium' : 'Firefox';
    const runs = browserName === 'chromium' ? chromiumRuns : firefoxRuns;
    const pagesHere = browserName === 'chromium' ? only : firefoxPages;
    const rows: string[][] = [];
    const summary: { size: number; page: string; cold: number; warm: number }[] = [];
    let notCold = 0;
    let inPage = 0;
    let coldRuns = 0;
    for (const size of sizes) {
      const driver =
        browserName === 'chromium'
          ? await chromiumDriver()
          : await firefoxDriver(`${origin}/short.html`);
      try {
        for (let i = 0; i < size; i += driver.importChunk) {
          const chunk = split.indexed.slice(i, Math.min(size, i + driver.importChunk));
          console.error(`  ${label} ${size}: importing ${i + chunk.length}…`);
          await driver.importPack(`bench-${i}`, chunk);
        }
        // The live index is saved for the next worker start shortly after a change; the
        // runs start once it is stored (a stop during the save would lose it).
        await driver.saveIndex();
        for (const [name] of pages) {
          if (pagesHere && !pagesHere.includes(name)) continue;
          const tab = await driver.open(`${origin}/${encodeURIComponent(name)}.html`);
          // One run first so that the first cold run is not also the first ever.
          await tab.measure(false);
          for (const mode of ['cold', 'warm'] as const) {
            const samples: Run[] = [];
            // A cold run is the first analysis of a background just started; one that
            // found the background awake is run again (up to as many times again as asked).
            for (let tries = 0; samples.length < runs && tries < 2 * runs; tries++) {
              const run = await tab.measure(mode === 'cold');
              if (mode === 'cold' && run.firstInWorker !== true) notCold++;
              else samples.push(run);
            }
            if (mode === 'cold') {
              inPage += samples.filter((s) => s.quotesInPage === true).length;
              coldRuns += samples.length;
            }
            type Figure = 'extractMs' | 'messagingMs' | 'indexMs' | 'analysisMs';
            const p = (k: Figure | 'totalMs' | 'seenMs', q: number) =>
              percentile(
                samples.map((s) => s[k]),
                q,
              );
            const rest = samples.map(
              (s) => s.totalMs - s.extractMs - s.messagingMs - s.indexMs - s.analysisMs,
            );
            rows.push([
              size.toLocaleString('en'),
              name,
              mode,
              `${fmt(p('totalMs', 50), 0)} / ${fmt(p('totalMs', 95), 0)}`,
              fmt(p('seenMs', 50), 0),
              fmt(p('extractMs', 50), 0),
              fmt(p('messagingMs', 50), 0),
              fmt(p('indexMs', 50), 0),
              fmt(p('analysisMs', 50), 0),
              fmt(percentile(rest, 50), 0),
            ]);
            const entry = summary.find((s) => s.size === size && s.page === name);
            if (entry) entry[mode] = p('totalMs', 50);
            else
              summary.push({
                size,
                page: name,
                cold: mode === 'cold' ? p('totalMs', 50) : NaN,
                warm: mode === 'warm' ? p('totalMs', 50) : NaN,
              });
            console.error(`  ${label} ${size} ${name} ${mode}: p50 ${fmt(p('totalMs', 50), 0)} ms`);
          }
          await tab.close();
        }
      } finally {
        await driver.close();
      }
    }
    report(label, runs, sizes, rows, summary, notCold, { inPage, coldRuns });
  }
  server.close();
}

function report(
  label: string,
  runs: number,
  sizes: readonly number[],
  rows: string[][],
  summary: readonly { size: number; page: string; cold: number; warm: number }[],
  notCold: number,
  quotes: { inPage: number; coldRuns: number },
): void {
  console.log(`\nClick to first verdicts in ${label} (test build, ${runs} runs each; ms)`);
  console.log(
    table(
      [
        'user corpus',
        'page',
        'worker',
        'total p50 / p95',
        'seen p50',
        'extract',
        'messaging',
        'index',
        'analysis',
        'popup and rest',
      ],
      rows,
    ),
  );
  if (notCold)
    console.log(`(${notCold} cold runs found the background still running and were run again)`);
  // A worker just started has the page's tab find the quotations (background/page-quotes.ts).
  console.log(
    `(quotations found in the page's tab in ${quotes.inPage} of ${quotes.coldRuns} cold runs; "analysis" includes that wait, while the index loads)`,
  );
  const long50 = summary.find((s) => s.size === 50_000 && s.page === 'long');
  console.log(`\nTargets (${label})`);
  if (long50) {
    console.log(
      `  [${long50.warm <= 150 ? 'met' : 'NOT met'}] warm p50 ≤ 150 ms, long page, 50,000 articles: ${fmt(long50.warm, 0)} ms`,
    );
    console.log(
      `  [${long50.cold <= 400 ? 'met' : 'NOT met'}] cold p50 ≤ 400 ms, long page, 50,000 articles: ${fmt(long50.cold, 0)} ms`,
    );
  }
  for (const size of sizes) {
    const ratios = summary.filter((s) => s.size === size).map((s) => s.cold / s.warm);
    const worst = ratios.reduce((a, b) => Math.max(a, b), 0);
    console.log(
      `  [${worst <= 2.5 ? 'met' : 'NOT met'}] cold p50 ≤ 2.5× warm p50 at ${size.toLocaleString('en')} articles: worst ${fmt(worst, 2)}×`,
    );
  }
}

await main();
