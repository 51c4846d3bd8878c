// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../src/content/extract';
import {
  MAX_SETTLE_MS,
  startContentScript,
  type ContentBrowser,
  type ContentScript,
} from '../../src/content/main';
import { SETTINGS_KEY } from '../../src/shared/settings';

vi.mock('../../src/shared/browser', () => ({
  default: { runtime: { id: 'ext-id', onMessage: { addListener: vi.fn() } } },
}));

const para = (topic: string, i: number): string =>
  `<p>Paragraph ${i} of the report on ${topic}, which the council discussed at length on Tuesday evening before a vote.</p>`;

function story(headline: string, topic: string): string {
  return `<article><h1>${headline}</h1>${[0, 1, 2, 3].map((i) => para(topic, i)).join('')}</article>`;
}

/** A content script with automatic annotation on, recording each article it sends. */
function start(): { sent: { title: string; url: string }[]; script: ContentScript } {
  const sent: { title: string; url: string }[] = [];
  const api = {
    runtime: {
      id: 'ext-id',
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
      sendMessage: async (msg: { payload: { article: { title: string; url: string } } }) => {
        sent.push({ title: msg.payload.article.title, url: msg.payload.article.url });
        return { ok: true, value: { status: 'no-article', url: null, reason: 'test' } };
      },
    },
    storage: {
      sync: {
        get: async () => ({ [SETTINGS_KEY]: { version: 2, annotateMode: 'everywhere' } }),
        set: async () => undefined,
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  return {
    sent,
    script: startContentScript({ browser: api as unknown as ContentBrowser, env: null }),
  };
}

let running: ContentScript | null = null;

afterEach(() => {
  running?.stop();
  running = null;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
  vi.useRealTimers();
});

function firstPage(): void {
  document.head.innerHTML =
    '<meta property="og:title" content="Harbour fees to rise in spring"><meta property="og:type" content="article">';
  document.title = 'Harbour fees to rise in spring – Island Post';
  document.body.innerHTML = `<main id="app">${story('Harbour fees to rise in spring', 'harbour fees')}</main>`;
}

/** Fake timers, the first story loaded and the content script started on it. */
async function startOnFirstPage(): Promise<{ title: string; url: string }[]> {
  vi.useFakeTimers();
  firstPage();
  const { sent, script } = start();
  running = script;
  await vi.advanceTimersByTimeAsync(50);
  return sent;
}

describe('single-page navigation', () => {
  it('re-analyses within 1 s of the new content settling, with the headline the page now shows', async () => {
    const sent = await startOnFirstPage();
    expect(sent.map((s) => s.title)).toEqual(['Harbour fees to rise in spring']);

    // The site pushes the new URL, then renders the next story in three steps; og:title
    // stays the first story's.
    history.pushState(null, '', '/ferries/winter-rota');
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Loading…</p>';
    await vi.advanceTimersByTimeAsync(200);
    document.title = 'Ferry crews accept winter rota – Island Post';
    app.innerHTML = '<article><h1>Ferry crews accept winter rota</h1></article>';
    await vi.advanceTimersByTimeAsync(200);
    app.innerHTML = story('Ferry crews accept winter rota', 'the ferry rota');
    const settledAt = Date.now();
    // Nothing is read while the page is still changing.
    expect(sent).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({
      title: 'Ferry crews accept winter rota',
      url: `${location.origin}/ferries/winter-rota`,
    });
    expect(Date.now() - settledAt).toBeLessThanOrEqual(1000);
  });

  it('waits past a loading screen that stays quiet longer than the settle time', async () => {
    const sent = await startOnFirstPage();
    history.pushState(null, '', '/ferries/winter-rota');
    const app = document.getElementById('app')!;
    app.innerHTML = '<p>Loading…</p>';
    await vi.advanceTimersByTimeAsync(900);
    expect(sent).toHaveLength(1);
    document.title = 'Ferry crews accept winter rota – Island Post';
    app.innerHTML = story('Ferry crews accept winter rota', 'the ferry rota');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((s) => s.title)).toEqual([
      'Harbour fees to rise in spring',
      'Ferry crews accept winter rota',
    ]);
  });

  it('reads the page after at most MAX_SETTLE_MS when it never stops changing', async () => {
    const sent = await startOnFirstPage();
    history.pushState(null, '', '/live-ticker');
    const ticker = document.body.appendChild(document.createElement('div'));
    for (let t = 0; t < MAX_SETTLE_MS + 600; t += 100) {
      ticker.textContent = `tick ${t}`;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(sent).toHaveLength(2);
  });
});

describe('the headline', () => {
  const doc = (head: string, body: string): Document =>
    new DOMParser().parseFromString(
      `<html lang="en"><head>${head}</head><body>${body}</body></html>`,
      'text/html',
    );

  it('comes from <h1> and <title>, not a stale og:title', () => {
    const page = doc(
      '<title>Ferry crews accept winter rota | Island Post</title><meta property="og:title" content="Harbour fees to rise in spring">',
      story('Ferry crews accept winter rota', 'the ferry rota'),
    );
    expect(extractArticle(page, 'https://island-post.example/f').article?.title).toBe(
      'Ferry crews accept winter rota',
    );
  });

  it('is <title> without its outlet tail when the only <h1> is the outlet name', () => {
    const page = doc(
      '<title>Ferry crews accept winter rota – Island Post</title><meta property="og:site_name" content="Island Post">',
      `<header><h1>Island Post</h1></header>${story('', 'the ferry rota').replace('<h1></h1>', '')}`,
    );
    expect(extractArticle(page, 'https://island-post.example/f').article?.title).toBe(
      'Ferry crews accept winter rota',
    );
  });
});
