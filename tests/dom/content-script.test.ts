// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  startContentScript,
  type ContentBrowser,
  type ContentScript,
} from '../../src/content/main';
import { OWN_ELEMENT_ATTR } from '../../src/content/text-map';
import type { Report } from '../../src/core/types';
import { SETTINGS_KEY } from '../../src/shared/settings';
import { demoReport, DEMO_PAGE } from './report-fixture';

vi.mock('../../src/shared/browser', async () => ({
  default: {
    i18n: (await import('../fixtures/i18n')).fakeI18n('en'),
    runtime: {
      id: 'ext-id',
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
      sendMessage: vi.fn(),
    },
  },
}));

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const OWN = { id: 'ext-id' };

type Listener = (message: unknown, sender: { id?: string }) => unknown;

function fakeBrowser(
  options: { settings?: Record<string, unknown>; send?: (msg: unknown) => unknown } = {},
) {
  const listeners: Listener[] = [];
  const changeListeners: unknown[] = [];
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  const api = {
    runtime: {
      id: 'ext-id',
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
        hasListener: () => listeners.length > 0,
      },
      sendMessage: async (msg: { type: string; payload: Record<string, unknown> }) => {
        sent.push(msg);
        return options.send ? options.send(msg) : undefined;
      },
    },
    storage: {
      sync: {
        get: async () => (options.settings ? { [SETTINGS_KEY]: options.settings } : {}),
        set: async () => undefined,
      },
      onChanged: {
        addListener: (l: unknown) => changeListeners.push(l),
        removeListener: (l: unknown) => changeListeners.splice(changeListeners.indexOf(l), 1),
      },
    },
  };
  return { api: api as unknown as ContentBrowser, listeners, sent, changeListeners };
}

let running: ContentScript | null = null;

afterEach(() => {
  running?.stop();
  running = null;
  document.body.innerHTML = '';
  for (const h of Array.from(document.querySelectorAll(`[${OWN_ELEMENT_ATTR}]`))) h.remove();
  history.replaceState(null, '', '/');
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function loadFixtureIntoDocument(slug: string): void {
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  document.documentElement.lang = parsed.documentElement.lang;
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

describe('the message listener', () => {
  it('registers exactly one listener and answers only our extension with valid envelopes', async () => {
    const { api, listeners } = fakeBrowser();
    running = startContentScript({ browser: api, env: null });
    expect(listeners).toHaveLength(1);
    const handle = listeners[0]!;
    expect(
      handle({ type: 'cs/extract', payload: {} }, { id: 'another-extension' }),
    ).toBeUndefined();
    expect(handle({ type: 'cs/annotate', payload: { report: { nope: 1 } } }, OWN)).toBeUndefined();
    expect(handle({ type: 'cs/scroll-to-quote', payload: { index: -1 } }, OWN)).toBeUndefined();
    expect(handle({ type: 'bg/analyze-tab', payload: { tabId: 1 } }, OWN)).toBeUndefined();
    expect(handle('cs/extract', OWN)).toBeUndefined();
    expect(handle({ type: 'cs/unknown', payload: {} }, OWN)).toBeUndefined();
  });

  it('cs/extract answers with the article of the page, or a reason', async () => {
    loadFixtureIntoDocument('harbour-ledger-trade-talks');
    const { api, listeners } = fakeBrowser();
    running = startContentScript({ browser: api, env: null });
    const answer = (await listeners[0]!({ type: 'cs/extract', payload: {} }, OWN)) as {
      ok: true;
      value: { article: { source: string; text: string }; visit: string };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.article.source).toBe('The Harbour Ledger');
    expect(answer.value.article.text).toContain('“Exports of grain fell by 21 percent last year,”');
    expect(answer.value.visit).toMatch(/^[0-9a-f]{32}$/);

    // The document changes, but it is the same visit (as after history.pushState).
    loadFixtureIntoDocument('login-page');
    expect(await listeners[0]!({ type: 'cs/extract', payload: {} }, OWN)).toEqual({
      ok: true,
      value: {
        article: null,
        reason: 'No article found on this page',
        feeds: [],
        visit: answer.value.visit,
      },
    });
  });

  it('cs/annotate draws, cs/scroll-to-quote finds, cs/clear restores the page', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const before = document.body.innerHTML;
    const { api, listeners } = fakeBrowser();
    running = startContentScript({ browser: api, env: null });
    const send = listeners[0]!;
    expect(await send({ type: 'cs/annotate', payload: { report: demoReport() } }, OWN)).toEqual({
      ok: true,
      value: { anchored: 4, total: 4 },
    });
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(await send({ type: 'cs/scroll-to-quote', payload: { index: 3 } }, OWN)).toEqual({
      ok: true,
      value: { found: true },
    });
    expect(await send({ type: 'cs/clear', payload: {} }, OWN)).toEqual({
      ok: true,
      value: { cleared: 4 },
    });
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll(`[${OWN_ELEMENT_ATTR}]`)).toHaveLength(0);
  });
});

describe('single-page navigation', () => {
  const otherReport = (): Report => {
    const r = demoReport();
    r.quotes = [r.quotes[4]!];
    return r;
  };

  it('clears stale annotations, re-extracts and redraws when the URL changes', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const { api, listeners, sent } = fakeBrowser({
      send: () => ({
        ok: true,
        value: {
          status: 'done',
          url: location.href,
          report: otherReport(),
          analysedAt: 1,
          annotations: null,
        },
      }),
    });
    running = startContentScript({ browser: api, env: null });
    await listeners[0]!({ type: 'cs/annotate', payload: { report: demoReport() } }, OWN);
    expect(
      document.querySelectorAll('mark[data-second-source-mark="altered"]').length,
    ).toBeGreaterThan(0);

    history.pushState(null, '', '/next-article');
    loadFixtureIntoDocument('harbour-ledger-trade-talks');
    await running.checkNavigation();
    await flush();

    expect(sent).toHaveLength(1);
    expect(sent[0]!.type).toBe('bg/analyze-article');
    const article = sent[0]!.payload.article as { url: string; title: string };
    expect(article.url).toBe(`${location.origin}/next-article`);
    expect(article.title).toMatch(/^Brandvold rejects deal/);
    // Only the new report's quotation is drawn.
    const marks = Array.from(document.querySelectorAll('mark'));
    expect(new Set(marks.map((m) => m.getAttribute('data-second-source-mark')))).toEqual(
      new Set(['unverified']),
    );
  });

  it('ignores a change of fragment only', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const { api, listeners, sent } = fakeBrowser();
    running = startContentScript({ browser: api, env: null });
    await listeners[0]!({ type: 'cs/annotate', payload: { report: demoReport() } }, OWN);
    history.pushState(null, '', '#comments');
    await running.checkNavigation();
    expect(sent).toHaveLength(0);
    expect(running.annotations.active).toBe(true);
  });

  it('does nothing on navigation when nothing was drawn and automatic annotation is off', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const { api, sent } = fakeBrowser();
    running = startContentScript({ browser: api, env: null });
    history.pushState(null, '', '/elsewhere');
    await running.checkNavigation();
    expect(sent).toHaveLength(0);
  });

  it('checks the URL about once a second without the Navigation API', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = DEMO_PAGE;
    const { api, listeners, sent } = fakeBrowser({
      send: () => ({ ok: true, value: { status: 'no-article', url: null, reason: 'x' } }),
    });
    running = startContentScript({ browser: api, env: null });
    await listeners[0]!({ type: 'cs/annotate', payload: { report: demoReport() } }, OWN);
    history.pushState(null, '', '/polled');
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent.map((m) => m.type)).toEqual(['bg/analyze-article']);
    expect(running.annotations.active).toBe(false);
  });
});

describe('automatic annotation and a dead extension context', () => {
  it('analyses the page on load when the settings say so', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const { api, sent } = fakeBrowser({
      settings: { version: 2, annotateMode: 'everywhere' },
      send: () => ({
        ok: true,
        value: {
          status: 'done',
          url: location.href,
          report: demoReport(),
          analysedAt: 1,
          annotations: null,
        },
      }),
    });
    running = startContentScript({ browser: api, env: null });
    await flush();
    expect(sent.map((m) => m.type)).toEqual(['bg/analyze-article']);
    expect(running.annotations.active).toBe(true);
  });

  it('does not analyse on load when automatic annotation is off', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const { api, sent } = fakeBrowser({ settings: { version: 2, annotateMode: 'off' } });
    running = startContentScript({ browser: api, env: null });
    await flush();
    expect(sent).toHaveLength(0);
  });

  it('stops quietly when the extension context is invalidated', async () => {
    document.body.innerHTML = DEMO_PAGE;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { api, listeners } = fakeBrowser({
      settings: { version: 2, annotateMode: 'everywhere' },
      send: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    running = startContentScript({ browser: api, env: null });
    await flush();
    expect(listeners).toHaveLength(0);
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('the entry point', () => {
  it('starts once however many times it is injected', async () => {
    const browser = (await import('../../src/shared/browser')).default as unknown as {
      runtime: { onMessage: { addListener: ReturnType<typeof vi.fn> } };
    };
    vi.resetModules();
    await import('../../src/content/index');
    vi.resetModules();
    await import('../../src/content/index');
    const again = (await import('../../src/shared/browser')).default as unknown as typeof browser;
    const calls =
      browser.runtime.onMessage.addListener.mock.calls.length +
      (again === browser ? 0 : again.runtime.onMessage.addListener.mock.calls.length);
    expect(calls).toBe(1);
  });
});
