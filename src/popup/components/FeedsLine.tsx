/**
 * Feeds in the popup: "Follow <outlet>" when the page announces a feed (reading the page's
 * links cost no request; nothing is fetched until the reader confirms), and the quiet
 * line under the coverage list that says how current the corpus is.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FeedStatus, PageFeed } from '../../shared/feed-types';
import browser, { sendToBackground } from '../../shared/browser';
import { formatRelative, t, tn } from '../../shared/i18n';

/** The line under the coverage list; empty until the background answers. */
export function FeedStatusLine({ refreshKey }: { refreshKey: number }) {
  const [status, setStatus] = useState<FeedStatus | null>(null);
  useEffect(() => {
    void sendToBackground('bg/feed-status', {}).then((r) => setStatus(r.ok ? r.value : null));
  }, [refreshKey]);
  if (!status) return null;
  let text: string;
  if (status.feeds === 0) {
    text = t('popup_feeds_none');
  } else {
    const parts = [
      status.refreshing
        ? t('popup_feeds_reading')
        : status.lastRefresh === null
          ? t('popup_feeds_not_read')
          : t('popup_feeds_refreshed', formatRelative(Math.min(status.lastRefresh, Date.now()))),
      t(
        'popup_feeds_holding',
        tn('count_articles', status.articles),
        tn('count_outlets', status.outlets),
      ),
    ];
    if (status.failing > 0) parts.push(tn('popup_feeds_failing', status.failing));
    text = parts.join(' · ');
  }
  return (
    <p class={`feed-status${status.failing > 0 ? ' failing' : ''}`} data-testid="feed-status">
      {text}
    </p>
  );
}

/** "Follow <outlet>" for the feeds a page announces that are not followed yet. */
export function FollowFeed({
  feeds,
  outlet,
  pageUrl,
  onFollowed,
}: {
  feeds: readonly PageFeed[];
  outlet: string;
  /** The page's address: its site is where the feed's articles will be read. */
  pageUrl: string | null;
  onFollowed: () => void;
}) {
  const open = feeds.filter((f) => !f.followed);
  const [chosen, setChosen] = useState(open[0]?.url ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (open.length === 0 && !message) return null;
  const feed = open.find((f) => f.url === chosen) ?? open[0];

  const follow = () => {
    if (!feed) return;
    setBusy(true);
    const host = new URL(feed.url);
    const origins = [`${host.protocol}//${host.hostname}/*`];
    const page = pageUrl && /^https?:/.test(pageUrl) ? new URL(pageUrl) : null;
    if (page && page.hostname !== host.hostname)
      origins.push(`${page.protocol}//${page.hostname}/*`);
    // Asked inside the click, before anything else: the feed's host and the page's.
    void browser.permissions
      .request({ origins })
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setMessage(t('popup_follow_refused', host.hostname, outlet));
          return;
        }
        const r = await sendToBackground('bg/follow-feeds', {
          feeds: [{ url: feed.url, outlet }],
        });
        const result = r.ok ? r.value.results[0] : null;
        if (result?.feed) {
          setMessage(t('popup_following', result.feed.outlet));
          onFollowed();
        } else {
          setMessage(result?.error ?? (r.ok ? t('popup_follow_failed') : r.error));
        }
      })
      .finally(() => setBusy(false));
  };

  return (
    <div class="follow-feed" data-testid="follow-feed">
      {message ? (
        <p role="status">{message}</p>
      ) : (
        <>
          {open.length > 1 && (
            <select
              aria-label={t('popup_which_feed')}
              value={feed?.url}
              onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
            >
              {open.map((f) => (
                <option key={f.url} value={f.url}>
                  {f.title ?? f.url}
                </option>
              ))}
            </select>
          )}
          <button type="button" disabled={busy} onClick={follow}>
            {t('popup_follow_outlet', outlet)}
          </button>
        </>
      )}
    </div>
  );
}
