/**
 * Shared helpers of the end-to-end tests: a static server for the test pages, launching
 * Chromium (playwright-core) and Firefox (puppeteer-core) with the test build of the
 * extension, and the test bridge that lets a page ask the extension to act.
 *
 * Browsers: Debian's /usr/bin/chromium and /usr/bin/firefox-esr (override with
 * CHROMIUM_PATH / FIREFOX_PATH). Nothing here downloads a browser.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { outDir } from '../../scripts/build';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = join(ROOT, 'tests/e2e/pages');
/** Screenshots and logs (git-ignored). */
export const ARTIFACTS = join(ROOT, 'artifacts');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox extension UUID the tests fix through `extensions.webextensions.uuids`. */
export const FIREFOX_UUID = '5ec0d5ce-0000-4000-8000-00000000e2e0';
export const GECKO_ID = 'second-source@secondsource.example';

export const TEST_DIRS = {
  chrome: outDir('chrome', true),
  firefox: outDir('firefox', true),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** Paths requested so far. */
  requested: string[];
  close(): Promise<void>;
}

/** Serve `dir` on 127.0.0.1 (random free port). Unknown paths get a 404 page. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requested.push(path);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested by pages, extension pages and the service worker. */
  requests: { url: string; fromWorker: boolean }[];
  close(): Promise<void>;
}

/** Launch Chromium with the extension at `extDir` loaded (STYLE.md flags). */
export async function launchChromium(
  extDir = TEST_DIRS.chrome,
  opts: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    /**
     * Wait for the options page the extension opens on first install and close it, so it
     * does not take the focus or interrupt a navigation of the test's own tab.
     */
    closeWelcome?: boolean;
    /** The browser's interface language ("de", "ru"); the system's when not given. */
    lang?: string;
  } = {},
): Promise<ChromiumSession> {
  const headless = opts.headless ?? true;
  const profile = await mkdtemp(join(tmpdir(), 'second-source-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-default-apps',
    // Test outlets that must be different sites are served as <name>.test on 127.0.0.1.
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
  ];
  if (headless) args.unshift('--headless=new');
  // Chromium on Linux takes its interface language from --lang and LANGUAGE.
  if (opts.lang) args.push(`--lang=${opts.lang}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    ...(opts.lang ? { env: { ...process.env, LANGUAGE: opts.lang }, locale: opts.lang } : {}),
    // The new headless mode is selected through the flag above; Playwright's own
    // headless switch would pick the old one, which has no extensions.
    headless: false,
    args,
    viewport: { width: 1200, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
  });
  const requests: ChromiumSession['requests'] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  if (opts.closeWelcome) {
    const isWelcome = (p: Page) =>
      p.url().startsWith(`chrome-extension://${extensionId}/options.html`);
    const welcome =
      context.pages().find(isWelcome) ??
      (await context
        .waitForEvent('page', { predicate: isWelcome, timeout: 10_000 })
        .catch(() => null));
    await welcome?.close();
  }
  return {
    context,
    worker,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The test pages' server and Chromium with the test build (welcome page closed). */
export async function chromiumOnTestPages(): Promise<{
  server: StaticServer;
  session: ChromiumSession;
  artifacts: string;
}> {
  const artifacts = await ensureArtifacts();
  const server = await serveDir(PAGES_DIR);
  const session = await launchChromium(undefined, { closeWelcome: true });
  return { server, session, artifacts };
}

/**
 * `chromiumOnTestPages` with the test page `file` open in a tab (and its id, asked while
 * the first worker runs: after a stop its handle never answers) and the options page in
 * another, to talk to the background from.
 */
export async function chromiumOnNewsPage(file: string): Promise<{
  server: StaticServer;
  session: ChromiumSession;
  artifacts: string;
  news: Page;
  tabId: number;
  control: Page;
}> {
  const setup = await chromiumOnTestPages();
  const news = await setup.session.context.newPage();
  await news.goto(`${setup.server.origin}/${file}`);
  const tabId = await chromiumTabId(setup.session, `${setup.server.origin}/${file}`);
  const control = await setup.session.context.newPage();
  await control.goto(`chrome-extension://${setup.session.extensionId}/options.html`);
  return { ...setup, news, tabId, control };
}

/** Waits until the test bridge content script runs in `page` (Playwright or Puppeteer). */
export function waitForBridge(page: { evaluate(f: () => boolean): Promise<boolean> }) {
  return waitFor('the test bridge', () =>
    page.evaluate(() => document.documentElement.dataset.secondSourceTestBridge === 'ready'),
  );
}

/** The options page a fresh install opens by itself (the first-run welcome). */
export async function optionsOnInstall(session: ChromiumSession): Promise<Page> {
  const optionsUrl = `chrome-extension://${session.extensionId}/options.html`;
  return waitFor(
    'the options page opened on install',
    async () => session.context.pages().find((p) => p.url().startsWith(optionsUrl)),
    20_000,
  );
}

/** A page of either driver (Playwright or Puppeteer) that can run a script with one argument. */
interface EvaluatingWith {
  evaluate<T, A>(f: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

/**
 * Send a message to the background from an extension page (`page`, e.g. the options page)
 * as that page would, and resolve with the answer's value (reject with its error). Works
 * in Chromium (`chrome`) and Firefox (`browser`).
 */
export function askExtension<T>(
  page: Page | PuppeteerPage,
  type: string,
  payload: object,
): Promise<T> {
  return (page as unknown as EvaluatingWith).evaluate(
    async ([t, p]) => {
      type Runtime = {
        runtime: {
          sendMessage(m: object): Promise<{ ok: boolean; value?: unknown; error?: string }>;
        };
      };
      const g = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
      const r = await (g.browser ?? g.chrome).runtime.sendMessage({ type: t, payload: p });
      if (!r.ok) throw new Error(r.error);
      return r.value as T;
    },
    [type, payload] as const,
  );
}

/** Wait until `check` returns a truthy value (polling), or throw with `what`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
  everyMs = 150,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) {
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}

/**
 * Open the real toolbar popup for `page`, as a click on the toolbar button would: bring
 * the page to the front and call `chrome.action.openPopup()` in the worker. Resolves
 * once the browser reports the popup open. Playwright does not expose the popup as a
 * page, so tests read the report from the same popup page opened in a tab
 * (`openPopupInTab`).
 */
export async function openChromiumPopup(session: ChromiumSession, page: Page): Promise<void> {
  await page.bringToFront();
  const opened = await session.worker.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: {
          action: { openPopup(): Promise<void> };
          runtime: { getContexts(f: object): Promise<{ contextType: string }[]> };
        };
      }
    ).chrome;
    await c.action.openPopup();
    for (let i = 0; i < 50; i++) {
      const contexts = await c.runtime.getContexts({ contextTypes: ['POPUP'] });
      if (contexts.length > 0) return true;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return false;
  });
  if (!opened) throw new Error('The toolbar popup did not open');
}

/** The popup page for the tab showing `pageUrl`, opened in a tab of its own. */
export async function openPopupInTab(session: ChromiumSession, pageUrl: string): Promise<Page> {
  const tabId = await chromiumTabId(session, pageUrl);
  const tab = await session.context.newPage();
  await tab.setViewportSize({ width: 400, height: 760 });
  await tab.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return tab;
}

/** The id of the tab showing `url`, asked from the worker. */
export async function chromiumTabId(session: ChromiumSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(async (target) => {
    const api = (
      globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      }
    ).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** What the page can see of our annotations through the CSS Custom Highlight API. */
export interface HighlightSnapshot {
  /** Highlight name → the text of each range in it. */
  highlights: Record<string, string[]>;
}

/** Read the `second-source-*` entries of `CSS.highlights` from the page's main world. */
export const READ_HIGHLIGHTS = (): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> })
    .highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('second-source-')) continue;
    out[name] = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }
  return out;
};

/**
 * The page's body markup without Second Source's badges (run in the page): the marks
 * themselves wrap no text, so this is the page's own markup while annotations are shown.
 */
export const BODY_WITHOUT_BADGES = (): string => {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const own of Array.from(copy.querySelectorAll('[data-second-source]'))) own.remove();
  return copy.innerHTML;
};

/** A box in viewport CSS pixels. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One badge in the page, as `READ_BADGES` measures it. */
export interface BadgeReading {
  /** The text of the quotation the badge follows (its highlight), or null when none does. */
  quote: string | null;
  /** The badge's box. */
  box: Box;
  /** The last box of its quotation (closing mark included), or null. */
  last: Box | null;
  /** The text around the badge runs right to left. */
  rtl: boolean;
  /** The badge has keyboard focus. */
  focused: boolean;
  /** Words of the page, other than its own quotation's, whose boxes intersect the badge's. */
  covers: string[];
}

/**
 * Every Second Source badge in the page (run in the page's main world), in page order,
 * with its quotation and the words of the page it covers. A badge belongs to the
 * quotation (a `second-source-*` highlight) that ends right before it, closing marks
 * aside. Text boxes are measured word by word with `Range.getClientRects` over every text
 * node of the body; boxes overlapping by less than half a pixel do not count.
 */
export const READ_BADGES = (): BadgeReading[] => {
  const boxOf = (r: DOMRect): Box => ({
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
  });
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const quotes: Range[] = [];
  const registry = (CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> })
    .highlights;
  for (const [name, highlight] of registry ?? []) {
    if (!name.startsWith('second-source-') || name === 'second-source-flash') continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      quotes.push(range);
    }
  }
  // The words of the page.
  const words: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent || parent.closest('script, style, noscript, [data-second-source]')) continue;
    for (const m of n.data.matchAll(/\S+/g)) {
      const w = document.createRange();
      w.setStart(n, m.index);
      w.setEnd(n, m.index + m[0].length);
      words.push(w);
    }
  }
  const hosts = Array.from(document.querySelectorAll('second-source-badge'));
  return hosts.map((host) => {
    const box = boxOf(host.getBoundingClientRect());
    // Its quotation: ends before the badge, with at most closing marks in between.
    let own: Range | null = null;
    for (const q of quotes) {
      if (q.comparePoint(host, 0) !== 1) continue;
      const between = document.createRange();
      between.setStart(q.endContainer, q.endOffset);
      between.setEndBefore(host);
      if (/^["'”’“‘»«›‹」』]{0,2}$/.test(between.toString())) own = q;
    }
    let span: Range | null = null;
    if (own) {
      span = document.createRange();
      span.setStart(own.startContainer, own.startOffset);
      span.setEndBefore(host);
    }
    const rects = span ? Array.from(span.getClientRects()).filter((r) => r.width > 0) : [];
    const covers: string[] = [];
    for (const w of words) {
      const mine =
        span !== null &&
        span.comparePoint(w.startContainer, w.startOffset) <= 0 &&
        span.comparePoint(w.endContainer, w.endOffset) >= 0;
      if (mine) continue;
      if (Array.from(w.getClientRects()).some((r) => overlap(boxOf(r), box))) {
        covers.push(w.toString());
      }
    }
    return {
      quote: own ? own.toString() : null,
      box,
      last: rects.length > 0 ? boxOf(rects[rects.length - 1]!) : null,
      rtl: getComputedStyle(host.parentElement ?? document.body).direction === 'rtl',
      focused: document.activeElement === host,
      covers,
    };
  });
};

/**
 * Why `b` is not right after the end of its quotation in the reading direction, or null
 * when it is: on the same line within `maxGap` px of the quotation's last box, or, when
 * the line broke right there, at the start of the next line.
 */
export function notBesideItsQuotation(b: BadgeReading, maxGap = 12): string | null {
  if (!b.quote || !b.last) return 'no quotation';
  const mid = (x: Box) => (x.top + x.bottom) / 2;
  const height = (x: Box) => x.bottom - x.top;
  const sameLine =
    Math.abs(mid(b.box) - mid(b.last)) <= Math.max(height(b.box), height(b.last)) / 2;
  if (sameLine) {
    const gap = b.rtl ? b.last.left - b.box.right : b.box.left - b.last.right;
    return gap >= -0.5 && gap <= maxGap ? null : `${gap.toFixed(1)} px from its quotation`;
  }
  const below = b.box.top - b.last.bottom;
  return below >= -2 && below <= height(b.last) * 1.5
    ? null
    : `not on its quotation's line (${below.toFixed(1)} px below it)`;
}

/** A page of either driver, as far as these helpers use it. */
interface Evaluating {
  evaluate<T>(f: () => T | Promise<T>): Promise<T>;
}

/**
 * Every problem of the badges in `page` now (after two animation frames, so that layout
 * has caught up): a word of the page covered, a badge away from its quotation.
 */
export async function badgeProblems(page: Evaluating, stage: string): Promise<string[]> {
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null)))),
  );
  const badges = await page.evaluate(READ_BADGES);
  const out: string[] = [];
  badges.forEach((b, i) => {
    const what = `${stage}, badge ${i + 1} (${(b.quote ?? '?').slice(0, 30)}…)`;
    if (b.covers.length > 0) out.push(`${what} covers ${b.covers.join(' ')}`);
    const away = notBesideItsQuotation(b);
    if (away) out.push(`${what}: ${away}`);
  });
  return out;
}

/**
 * Post a `test/…` request (a type, or a type with its payload) through the test bridge in
 * the page and wait for the answer.
 */
export const BRIDGE_REQUEST = (
  request: string | { type: string; payload: Record<string, unknown> },
): Promise<unknown> =>
  new Promise((resolveAnswer) => {
    const type = typeof request === 'string' ? request : request.type;
    const payload = typeof request === 'string' ? {} : request.payload;
    const id = Math.random().toString(36).slice(2);
    window.addEventListener('message', function onAnswer(event: MessageEvent) {
      const data = event.data as { secondSourceTest?: string; id?: string; result?: unknown };
      if (data?.secondSourceTest === 'answer' && data.id === id) {
        window.removeEventListener('message', onAnswer);
        resolveAnswer(data.result);
      }
    });
    window.postMessage({ secondSourceTest: 'request', id, type, payload }, '*');
  });

export interface FirefoxSession {
  browser: PuppeteerBrowser;
  extensionId: string;
  /** moz-extension://<FIREFOX_UUID> */
  base: string;
  close(): Promise<void>;
}

/** Launch Firefox ESR through WebDriver BiDi and install the extension temporarily. */
export async function launchFirefox(
  extDir = TEST_DIRS.firefox,
  opts: {
    /**
     * The browser's interface language (`intl.locale.requested`). Firefox switches only
     * to a language it has a language pack for (Debian: firefox-esr-l10n-<lang>).
     */
    lang?: string;
    /** More preferences, e.g. a shorter idle time before the background is suspended. */
    prefs?: Record<string, unknown>;
  } = {},
): Promise<FirefoxSession> {
  // Starting Firefox through WebDriver BiDi and installing the extension has, rarely,
  // never returned: each try is bounded, and a second one made.
  for (let attempt = 1; ; attempt++) {
    const start = startFirefox(extDir, opts);
    const timedOut = new Promise<null>((ok) => setTimeout(() => ok(null), FIREFOX_START_MS));
    const session = await Promise.race([start, timedOut]);
    if (session) return session;
    // Whatever the late start brings is closed.
    void start.then((late) => late.close()).catch(() => undefined);
    if (attempt >= 2) throw new Error(`Firefox did not start within ${FIREFOX_START_MS} ms, twice`);
  }
}

/**
 * Firefox with the extension, and a test file's first steps in it (open the news page,
 * the options page…). Each start and each setup is bounded; a setup that fails or never
 * returns closes that browser and is made once more in a new one, so one stuck step of
 * a headless start does not fail the whole file.
 */
export async function launchFirefoxWith<T>(
  setup: (session: FirefoxSession) => Promise<T>,
  opts: Parameters<typeof launchFirefox>[1] = {},
): Promise<{ session: FirefoxSession; value: T }> {
  for (let attempt = 1; ; attempt++) {
    const session = await launchFirefox(TEST_DIRS.firefox, opts);
    try {
      const value = await bounded(setup(session), FIREFOX_SETUP_MS, 'the Firefox setup');
      return { session, value };
    } catch (error) {
      await bounded(session.close(), 10_000, 'closing Firefox').catch(() => undefined);
      if (attempt >= 2) throw error;
      console.warn(`Firefox setup failed, made once more: ${String(error)}`);
    }
  }
}

/** How long a test file's first steps in a started Firefox may take. */
const FIREFOX_SETUP_MS = 60_000;

/**
 * A fresh install opens the options page (its welcome panel) in a tab of its own. A test
 * that opened its first tab meanwhile has seen that tab's navigation never answer (about
 * one start in twenty), so the start waits until the welcome tab is there (5 s at most).
 */
async function welcomeOpened(browser: PuppeteerBrowser, base: string): Promise<void> {
  const until = Date.now() + 5000;
  while (Date.now() < until) {
    for (const page of await browser.pages()) {
      const href = await bounded(
        page.evaluate(() => location.href),
        2000,
        'a new tab',
      ).catch(() => '');
      if (href.startsWith(`${base}/options.html`)) return;
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** How long one start of Firefox with the extension may take. */
const FIREFOX_START_MS = 60_000;

async function startFirefox(
  extDir: string,
  opts: { lang?: string; prefs?: Record<string, unknown> },
): Promise<FirefoxSession> {
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = await mkdtemp(join(tmpdir(), 'second-source-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // MV3 host permissions are opt-in in Firefox; the test build's 127.0.0.1 access
      // stands in for the grant a toolbar click gives, so grant it at install.
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...(opts.lang
        ? {
            'intl.locale.requested': opts.lang,
            // Language packs installed with Firefox itself are enabled without asking.
            'extensions.autoDisableScopes': 0,
          }
        : {}),
      ...opts.prefs,
    },
  });
  const extensionId = await browser.installExtension(extDir);
  const base = `moz-extension://${FIREFOX_UUID}`;
  await welcomeOpened(browser, base);
  return {
    browser,
    extensionId,
    base,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** `work`, or an error once `ms` have passed without it settling. */
function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Open the popup for the tab of `news` through the test bridge (Firefox will not let a
 * test navigate to an extension page) and return the popup's page.
 */
export async function openFirefoxPopupTab(
  session: FirefoxSession,
  news: PuppeteerPage,
): Promise<PuppeteerPage> {
  await news.bringToFront();
  // A request that reaches a background page just as Firefox suspends it may never be
  // answered: it is bounded and asked once more.
  const ask = () =>
    bounded(news.evaluate(BRIDGE_REQUEST, 'test/open-popup'), 20_000, 'test/open-popup');
  const answer = (await ask().catch(ask)) as { ok: boolean; error?: string };
  if (!answer.ok) throw new Error(`test/open-popup failed: ${answer.error}`);
  // Puppeteer may still list the new tab as about:blank; ask each page where it is.
  return waitFor(
    'the popup tab',
    async () => {
      for (const page of await session.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`${session.base}/popup.html`)) return page;
      }
      return null;
    },
    15_000,
  );
}

/**
 * The options page in Firefox: the popup opened for `news`, sent on to options.html as a
 * link inside the extension would. Resolves once `selector` is on the page.
 */
export async function openFirefoxOptions(
  session: FirefoxSession,
  news: PuppeteerPage,
  selector: string,
): Promise<PuppeteerPage> {
  const options = await openFirefoxPopupTab(session, news);
  await options.evaluate(() => location.assign('options.html'));
  // Puppeteer's page.url() does not follow moz-extension pages; ask the page itself.
  await waitFor('the options page', async () =>
    (await options.evaluate(() => location.pathname).catch(() => '')).endsWith('/options.html'),
  );
  await options.waitForSelector(selector, { timeout: 15_000 });
  return options;
}

export async function ensureArtifacts(): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

/** The quotations of the test page and the verdict each must get against the bundled corpus. */
export const EXPECTED_QUOTES = [
  { start: 'We will not accept any agreement', verdict: 'variant' },
  { start: 'The negotiations will continue next week', verdict: 'verbatim' },
  { start: 'have carried this country through three hard winters', verdict: 'fragment' },
  { start: 'Exports of grain fell by 21 percent', verdict: 'altered' },
  { start: 'I have never seen a harvest like this one', verdict: 'unverified' },
] as const;

/** Outlets the popup must list as covering the same story. */
export const EXPECTED_OUTLETS = [
  'Northgate Post',
  'Larsberger Rundschau',
  'Meridian Wire',
  'Le Courrier du Nord',
] as const;

/** Runs a script or function in a page (Playwright's or Puppeteer's `page.evaluate`). */
export type Evaluate = (script: string | (() => unknown)) => Promise<unknown>;

/**
 * axe-core's violations in the page, as "rule: help (targets)" lines; loads axe-core
 * first when the page does not have it. `evaluate` runs outside the page's CSP, which
 * forbids inline scripts.
 */
export async function axeViolations(evaluate: Evaluate): Promise<string[]> {
  if (!(await evaluate(() => 'axe' in window))) {
    const require = createRequire(import.meta.url);
    await evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  }
  const result = (await evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(
      document,
      { resultTypes: ['violations'] },
    ),
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Text that does not fit, in the page it runs in: elements that reach past the right or
 * left edge of the viewport, and elements whose content is wider or taller than their box
 * when that box clips it (overflow other than visible) or is a control (a button's label
 * spilling out of it). Hidden screen-reader text is left out. Each entry names the
 * element and its first words.
 */
export const LAYOUT_PROBLEMS = (): string[] => {
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
      typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''
    } “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    if (el.closest('.sr-only, .visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.right > width + 1 || rect.left < -1) {
      problems.push(`${name(el)} reaches past the page (${Math.round(rect.right)} > ${width})`);
      continue;
    }
    const html = el as HTMLElement;
    // An inline box has no client size of its own (0×0); its line box is its parent's.
    if (style.display === 'inline') continue;
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const control = /^(BUTTON|LABEL|SELECT|A|SUMMARY)$/.test(el.tagName) || el.matches('.tag');
    if (
      (clips || control) &&
      (html.scrollWidth > html.clientWidth + 1 ||
        (clips && style.overflowY !== 'auto' && html.scrollHeight > html.clientHeight + 1))
    ) {
      // Scrolling panes (the popup's tab panel, the popover) are meant to scroll.
      if (style.overflowY === 'auto' && html.scrollWidth <= html.clientWidth + 1) continue;
      problems.push(
        `${name(el)} is cut off (${html.scrollWidth}×${html.scrollHeight} in ${html.clientWidth}×${html.clientHeight})`,
      );
    }
  }
  return problems;
};

/** What the popup and the options page say in each language the browser tests use. */
export const UI_WORDS: Record<'de' | 'ru', { popup: string[]; options: string[] }> = {
  de: {
    popup: ['Berichte (', 'Zitate (', 'Zitate auf der Seite markieren', 'Neu prüfen'],
    options: ['Second Source – Einstellungen', 'Markierungen', 'Empfindlichkeit', 'Sammlungen'],
  },
  ru: {
    popup: ['Освещение (', 'Цитаты (', 'Выделять цитаты на странице', 'Проверить снова'],
    options: ['Настройки Second Source', 'Пометки', 'Чувствительность', 'Корпуса'],
  },
};

/** English interface words that must not be left in a page shown in another language. */
export const ENGLISH_UI_WORDS = [
  'Highlight quotations in the page',
  'Check again',
  'Show in page',
  'Settings',
  'Sensitivity',
  'Reading history',
  'Follow a feed',
  'Import a pack',
];

/**
 * A fingerprint of the page as the reader's DOM has it, open shadow roots and
 * same-origin frames included, with the stylesheets each adopted and the highlights
 * each registered; written without array or JSON built-ins, which one of the pages
 * replaces.
 */
export const DEEP_SNAPSHOT = (): string => {
  let text = '';
  const docs: Document[] = [document];
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    const highlights = (doc.defaultView?.CSS as unknown as { highlights?: { size: number } })
      ?.highlights;
    text += `\u0001${doc.documentElement.outerHTML}\u0002${doc.adoptedStyleSheets.length}:${highlights?.size}`;
    const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const root = (n as Element).shadowRoot;
      if (root) text += '\u0000' + root.innerHTML + root.adoptedStyleSheets.length;
      const inner = (n as HTMLIFrameElement).contentDocument;
      if (n.nodeName === 'IFRAME' && inner) docs[docs.length] = inner;
    }
  }
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return text.length + ':' + h;
};

/** What is drawn for one quotation, read in the page: where its text is, and its badge. */
export interface DeepMark {
  text: string;
  /** The tree of the highlighted text. */
  where: 'document' | 'shadow' | 'frame';
  /** A `::highlight` stylesheet is adopted by that tree (document or shadow root). */
  styled: boolean;
  /** Badge hosts in that tree. */
  badges: number;
  /** The element with focus in that tree is a badge host. */
  badgeFocused: boolean;
}

/**
 * Every highlighted quotation of the page's registry and of each same-origin frame's,
 * with the tree it lives in; run in the page.
 */
export const READ_DEEP = (): DeepMark[] => {
  const out: DeepMark[] = [];
  const docs: Document[] = [document];
  for (const f of Array.from(document.querySelectorAll('iframe'))) {
    if (f.contentDocument) docs.push(f.contentDocument);
  }
  for (const doc of docs) {
    const registry = (
      doc.defaultView!.CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> }
    ).highlights;
    for (const [name, highlight] of registry ?? []) {
      if (!name.startsWith('second-source-')) continue;
      for (const r of highlight) {
        const range = doc.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const tree = r.startContainer.getRootNode() as Document | ShadowRoot;
        const styled = Array.from(tree.adoptedStyleSheets).some((sheet) =>
          Array.from(sheet.cssRules).some((rule) =>
            rule.cssText.includes('::highlight(second-source-'),
          ),
        );
        const active = tree.activeElement;
        out.push({
          text: range.toString(),
          where: doc !== document ? 'frame' : tree instanceof ShadowRoot ? 'shadow' : 'document',
          styled,
          badges: tree.querySelectorAll('second-source-badge').length,
          badgeFocused: active?.nodeName === 'SECOND-SOURCE-BADGE',
        });
      }
    }
  }
  return out;
};

/** Where the first line of `quote` is, in the page's viewport (inside a frame, too). */
export const QUOTE_BOX = (quote: string): { left: number; top: number; bottom: number } | null => {
  const docs: [Document, number, number][] = [[document, 0, 0]];
  for (const f of Array.from(document.querySelectorAll('iframe'))) {
    const box = f.getBoundingClientRect();
    if (f.contentDocument)
      docs.push([f.contentDocument, box.left + f.clientLeft, box.top + f.clientTop]);
  }
  for (const [doc, dx, dy] of docs) {
    const roots: Node[] = [doc.body];
    for (const el of Array.from(doc.querySelectorAll('*')))
      if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(quote);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 10);
        const r = range.getClientRects()[0]!;
        return { left: r.left + dx, top: r.top + dy, bottom: r.bottom + dy };
      }
    }
  }
  return null;
};
