/**
 * The popup: asks the background to analyse the tab (or for its last result), then shows
 * the article's coverage and its quotations. It never reads the page itself.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser, { sendToBackground, sendToTab } from '../shared/browser';
import { ANSWERED_MARK, ASKED_MARK, FIRST_VERDICTS_MARK } from './marks';
import { withOneRetry } from './retry';
import type { PassageCheck, Result, TabState } from '../shared/messages';
import { ArticleHeader } from './components/ArticleHeader';
import { CoverageList } from './components/CoverageList';
import { FeedStatusLine, FollowFeed } from './components/FeedsLine';
import { PassagePanel } from './components/PassagePanel';
import { QuoteList } from './components/QuoteList';
import { StatusView } from './components/StatusView';
import { Tabs } from './components/Tabs';
import { t, tn } from '../shared/i18n';

/** How often the popup reads the tab's state while an analysis runs (ms). */
const POLL_MS = 250;

type Load = { kind: 'no-tab'; error: string } | { kind: 'state'; state: TabState };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The popup's first questions to the background, asked before it draws anything. */
export interface FirstAsk {
  tabId: number | null;
  /** The tab's analysis (a finished one, or one started for it). */
  analysis: Promise<Result<TabState>> | null;
  passage: Promise<Result<PassageCheck | null>> | null;
}

/**
 * Ask for the tab's analysis and passage check at once, as soon as the popup's script
 * runs: the analysis then runs while the popup draws itself. `tabIdParam` is the tab
 * named in the popup's address (a popup opened in a tab); else the active tab.
 */
export async function askFirst(tabIdParam: number | null): Promise<FirstAsk> {
  const tabId = tabIdParam ?? (await activeTabId());
  if (tabId === null) return { tabId, analysis: null, passage: null };
  return {
    tabId,
    // The worker may be stopped mid-analysis: one retry by itself, then plain words.
    analysis: withOneRetry(() => {
      performance.mark(ASKED_MARK);
      return sendToBackground('bg/analyze-tab', { tabId, force: false });
    }).finally(() => performance.mark(ANSWERED_MARK)),
    passage: sendToBackground('bg/get-passage-check', { tabId }),
  };
}

export function App({ first }: { first: Promise<FirstAsk> }) {
  const [tabId, setTabId] = useState<number | null>(null);
  const [load, setLoad] = useState<Load>(() => ({
    kind: 'state',
    state: { status: 'loading', url: null, progress: t('popup_starting') },
  }));
  const [passage, setPassage] = useState<PassageCheck | null>(null);
  const [tab, setTab] = useState<'coverage' | 'quotes'>('coverage');
  const [feedsKey, setFeedsKey] = useState(0);
  const running = useRef(false);

  const run = useCallback(async (id: number, force: boolean, asked?: Promise<Result<TabState>>) => {
    running.current = true;
    setLoad({
      kind: 'state',
      state: { status: 'loading', url: null, progress: t('popup_starting') },
    });
    // Show the background's progress while the analysis runs.
    const poll = setInterval(() => {
      void sendToBackground('bg/get-tab-state', { tabId: id }).then((r) => {
        if (running.current && r.ok && r.value.status === 'loading') {
          setLoad({ kind: 'state', state: r.value });
        }
      });
    }, POLL_MS);
    // The worker may be stopped mid-analysis: one retry by itself, then plain words.
    const result = await (asked ??
      withOneRetry(() => sendToBackground('bg/analyze-tab', { tabId: id, force })));
    clearInterval(poll);
    running.current = false;
    setLoad(
      result.ok
        ? { kind: 'state', state: result.value }
        : { kind: 'state', state: { status: 'error', url: null, error: result.error } },
    );
  }, []);

  useEffect(() => {
    void (async () => {
      const { tabId: id, analysis, passage: check } = await first;
      if (id === null) {
        setLoad({ kind: 'no-tab', error: t('popup_no_tab') });
        return;
      }
      setTabId(id);
      // Both asked at once: the analysis need not wait for the passage check's answer.
      void check?.then((r) => {
        if (r.ok) setPassage(r.value);
      });
      await run(id, false, analysis ?? undefined);
    })();
  }, [first, run]);

  const retry = () => {
    if (tabId !== null) void run(tabId, true);
  };

  const state = load.kind === 'state' ? load.state : null;
  const done = state?.status === 'done' ? state : null;
  const pending = state && state.status !== 'done' ? state : null;

  const toggleAnnotations = async (visible: boolean) => {
    if (tabId === null || !done) return;
    const r = await sendToBackground('bg/set-annotations', { tabId, visible });
    if (r.ok) setLoad({ kind: 'state', state: { ...done, annotations: r.value } });
  };

  const showInPage = async (index: number) => {
    if (tabId === null) return;
    if (done && !done.annotations) await toggleAnnotations(true);
    await sendToTab(tabId, 'cs/scroll-to-quote', { index });
  };

  const dismissPassage = async () => {
    if (tabId === null) return;
    await sendToBackground('bg/dismiss-passage-check', { tabId });
    setPassage(null);
  };

  // Marked once, at the frame after the first finished report is in the page.
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!done || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark(FIRST_VERDICTS_MARK));
  }, [done]);

  const statements = done?.report.quotes.filter((q) => q.kind === 'statement').length ?? 0;
  const sameStory = done?.report.related.filter((r) => r.relation === 'same-story').length ?? 0;

  return (
    <main class="popup" aria-busy={state?.status === 'loading'}>
      {passage && <PassagePanel check={passage} onDismiss={() => void dismissPassage()} />}
      {load.kind === 'no-tab' && (
        <StatusView state={{ status: 'error', url: null, error: load.error }} onRetry={null} />
      )}
      {pending && <StatusView state={pending} onRetry={tabId === null ? null : retry} />}
      {pending?.status === 'no-article' && pending.feeds && pending.url && (
        <FollowFeed
          feeds={pending.feeds}
          outlet={hostOf(pending.url)}
          pageUrl={pending.url}
          onFollowed={() => setFeedsKey((k) => k + 1)}
        />
      )}
      {done && (
        <>
          <ArticleHeader article={done.report.article} />
          {done.feeds && (
            <FollowFeed
              feeds={done.feeds}
              outlet={done.report.article.source}
              pageUrl={done.url}
              onFollowed={() => setFeedsKey((k) => k + 1)}
            />
          )}
          <Tabs
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: 'coverage', label: t('popup_tab_coverage', sameStory) },
              { id: 'quotes', label: t('popup_tab_quotations', statements) },
            ]}
          >
            {tab === 'coverage' ? (
              <>
                <CoverageList related={done.report.related} />
                <FeedStatusLine refreshKey={feedsKey} />
              </>
            ) : (
              <QuoteList
                quotes={done.report.quotes}
                language={done.report.article.language}
                onShowInPage={(i) => void showInPage(i)}
              />
            )}
          </Tabs>
          <footer class="footer">
            <label class="switch">
              <input
                type="checkbox"
                checked={done.annotations !== null}
                onChange={(e) => void toggleAnnotations(e.currentTarget.checked)}
              />
              <span>{t('popup_highlight')}</span>
            </label>
            <span class="footer-actions">
              <button type="button" class="link-button" onClick={retry}>
                {t('popup_check_again')}
              </button>
              <button
                type="button"
                class="link-button"
                onClick={() => void browser.runtime.openOptionsPage()}
              >
                {t('popup_settings')}
              </button>
            </span>
          </footer>
          <p class="visually-hidden" role="status">
            {t(
              'popup_checked_summary',
              tn('count_other_reports', sameStory),
              tn('count_quotations', statements),
            )}
          </p>
        </>
      )}
    </main>
  );
}
