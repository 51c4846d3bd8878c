/**
 * The Feeds section: follow outlets' feeds (by the feed's or the site's address, from the
 * starter directory, or from an OPML file), see each followed feed's state, pause it,
 * read it now or remove it, and choose how often feeds are read and how long their
 * articles are kept.
 *
 * Following asks the browser for the host permission of each feed inside the click (a
 * user gesture), before anything is sent to the background; a refused permission leaves
 * nothing behind.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import {
  FEED_DIRECTORY,
  FeedError,
  parseOpml,
  serializeOpml,
  type DirectoryEntry,
} from '../../core/feeds';
import type { FeedInfo, FollowRequest, PageFeed } from '../../shared/feed-types';
import browser from '../../shared/browser';
import {
  FEED_INTERVAL_RANGE,
  FEED_MAX_ARTICLES_RANGE,
  FEED_RETENTION_DAYS_RANGE,
  type Settings,
} from '../../shared/settings';
import { ask, download, formatDate, onBroadcast, plural } from '../api';

/** Language names for the directory's groups and each feed's line. */
const LANGUAGES: Record<string, string> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  ru: 'Russian',
};

const INTERVALS = [15, 30, 60, 120, 360, 720, 1440];

/** "https://news.example/*" for an address: the permission a feed or page needs. */
function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * Ask the browser for access to the hosts of `urls`. Must be called inside a click,
 * before any await. Resolves false when the reader refuses.
 */
export function requestHosts(urls: readonly string[]): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern).filter((o): o is string => o !== null))];
  if (origins.length === 0) return Promise.resolve(false);
  return browser.permissions.request({ origins }).catch(() => false);
}

/** "in 25 min", "3 h ago", "just now": how far a time is from now. */
export function relativeTime(ms: number | null, now = Date.now()): string {
  if (ms === null) return 'never';
  const diff = ms - now;
  const abs = Math.abs(diff);
  if (abs < 60_000) return diff > 0 ? 'in under a minute' : 'just now';
  const minutes = Math.round(abs / 60_000);
  const text =
    minutes < 60
      ? `${minutes} min`
      : minutes < 48 * 60
        ? `${Math.round(minutes / 60)} h`
        : `${Math.round(minutes / 1440)} days`;
  return diff > 0 ? `in ${text}` : `${text} ago`;
}

/** A normalised address typed by the reader: "example.com/news" becomes https://example.com/news. */
function typedUrl(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export interface FeedsSectionProps {
  settings: Settings | null;
  save: (partial: Partial<Settings>) => Promise<void>;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
}

export function FeedsSection({ settings, save, onError, onStatus }: FeedsSectionProps) {
  const [feeds, setFeeds] = useState<FeedInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(() => {
    ask('bg/list-feeds', {})
      .then((r) => {
        setFeeds(r.feeds);
        setLoadError(null);
      })
      .catch((e: Error) => setLoadError(e.message));
  }, []);

  useEffect(() => {
    reload();
    const stop = onBroadcast('opt/feeds-changed', reload);
    // Relative times ("next check in 12 min") stay current.
    const timer = setInterval(reload, 30_000);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [reload]);

  const followed = useMemo(() => new Set(feeds?.map((f) => f.url) ?? []), [feeds]);

  /** Follow feeds whose host permissions were just granted; say what happened. */
  const follow = useCallback(
    async (requests: FollowRequest[]) => {
      try {
        const { results } = await ask('bg/follow-feeds', { feeds: requests });
        const ok = results.filter((r) => r.feed);
        const failed = results.filter((r) => r.error);
        if (ok.length > 0) onStatus(`Following ${plural(ok.length, 'feed')}. Reading it now…`);
        if (failed.length > 0) onError(failed.map((r) => r.error).join(' '));
        reload();
      } catch (e) {
        onError(`The feed could not be followed: ${(e as Error).message}`);
      }
    },
    [onError, onStatus, reload],
  );

  return (
    <section class="card" id="feeds" aria-labelledby="feeds-title">
      <h2 id="feeds-title">Feeds</h2>
      <p class="hint">
        Follow the news feeds of outlets you read: Second Source reads them on a schedule and keeps
        their articles, so the next article on the same story finds them. Only the sites you follow
        are ever contacted.
      </p>

      <h3 class="sub">Follow a feed</h3>
      <AddFeed onFollow={follow} onError={onError} followed={followed} />

      <h3 class="sub">Followed feeds</h3>
      {loadError && (
        <div class="error" role="alert">
          <p>Your feeds could not be read: {loadError}</p>
          <button type="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {!feeds && !loadError && <p class="empty">Loading…</p>}
      {feeds && feeds.length === 0 && (
        <p class="empty">
          No feed followed yet. Add one above, pick some from the directory below, or import an OPML
          file from your feed reader.
        </p>
      )}
      {feeds && feeds.length > 0 && (
        <>
          <ul class="feeds" data-testid="feeds">
            {feeds.map((f) => (
              <FeedCard key={f.id} feed={f} onChanged={reload} onError={onError} />
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              onClick={() => {
                onStatus('Reading every feed now…');
                ask('bg/refresh-feeds', { feedId: null })
                  .then((r) => {
                    setFeeds(r.feeds);
                    onStatus('Every feed was read.');
                  })
                  .catch((e: Error) => onError(e.message));
              }}
            >
              Refresh all now
            </button>
            <button
              type="button"
              onClick={() => {
                const day = new Date().toISOString().slice(0, 10);
                const text = serializeOpml(
                  'Feeds followed in Second Source',
                  feeds.map((f) => ({
                    xmlUrl: f.url,
                    htmlUrl: f.siteUrl,
                    title: f.outlet,
                    language: f.language,
                  })),
                );
                download(`second-source-feeds-${day}.opml`, text, 'text/x-opml');
                onStatus(`Exported ${plural(feeds.length, 'feed')} as OPML.`);
              }}
            >
              Export as OPML
            </button>
          </div>
        </>
      )}

      <h3 class="sub">Import an OPML file</h3>
      <OpmlImport onFollow={follow} followed={followed} />

      <h3 class="sub">Starter directory</h3>
      <Directory onFollow={follow} followed={followed} />

      <h3 class="sub">Schedule and retention</h3>
      {settings && <FeedSettings settings={settings} save={save} />}
    </section>
  );
}

function AddFeed(props: {
  onFollow: (r: FollowRequest[]) => Promise<void>;
  onError: (m: string) => void;
  followed: Set<string>;
}) {
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<PageFeed[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const find = (e: Event) => {
    e.preventDefault();
    const url = typedUrl(address);
    setFound(null);
    if (!url) {
      setProblem('Type the address of a feed or of a news site, such as https://news.example/.');
      return;
    }
    setProblem(null);
    setBusy(true);
    // Inside the click: ask for the site's host before anything else.
    void requestHosts([url]).then(async (granted) => {
      try {
        if (!granted) {
          setProblem(`Without permission to read ${new URL(url).hostname}, it cannot be followed.`);
          return;
        }
        const { feeds } = await ask('bg/discover-feeds', { url });
        if (feeds.length === 0) {
          setProblem('No feed was found at that address or on that site.');
        } else if (feeds.length === 1 && feeds[0]!.url === url && !feeds[0]!.followed) {
          // The address is a feed itself: follow it straight away.
          await props.onFollow([{ url, outlet: feeds[0]!.title }]);
          setAddress('');
        } else {
          setFound(feeds);
        }
      } catch (err) {
        setProblem((err as Error).message);
      } finally {
        setBusy(false);
      }
    });
  };

  return (
    <div class="add-feed">
      <form class="row" onSubmit={find}>
        <label for="feed-address" class="visually-hidden">
          Feed or site address
        </label>
        <input
          id="feed-address"
          type="text"
          inputMode="url"
          placeholder="Feed or site address, e.g. https://news.example/"
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? 'Looking…' : 'Find and follow'}
        </button>
      </form>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {found && (
        <ul class="found-feeds" aria-label="Feeds found on the site">
          {found.map((f) => (
            <li key={f.url}>
              <span>
                {f.title ?? f.url} <span class="tag">{f.type.toUpperCase()}</span>
              </span>
              {f.followed || props.followed.has(f.url) ? (
                <span class="tag">Followed</span>
              ) : (
                <button
                  type="button"
                  onClick={() =>
                    void requestHosts([f.url]).then((ok) =>
                      ok
                        ? props.onFollow([{ url: f.url, outlet: f.title }]).then(() => {
                            setFound(null);
                            setAddress('');
                          })
                        : props.onError(
                            `Permission to read ${new URL(f.url).hostname} was refused.`,
                          ),
                    )
                  }
                >
                  Follow<span class="visually-hidden"> {f.title ?? f.url}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FeedCard(props: { feed: FeedInfo; onChanged: () => void; onError: (m: string) => void }) {
  const { feed } = props;
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const id = `feed-${feed.id}`;
  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .then(props.onChanged)
      .catch((e: Error) => props.onError(e.message))
      .finally(() => setBusy(false));
  };
  const state = feed.refreshing
    ? 'Reading now…'
    : feed.paused
      ? 'Paused'
      : feed.lastError
        ? 'Problem'
        : feed.lastCheck === null
          ? 'Not read yet'
          : 'OK';
  return (
    <li
      class={`feed${feed.lastError ? ' failing' : ''}`}
      data-feed-url={feed.url}
      data-testid="feed"
    >
      <div class="corpus-head">
        <h4 id={`${id}-name`}>
          {feed.outlet}{' '}
          {feed.language && <span class="tag">{LANGUAGES[feed.language] ?? feed.language}</span>}
          <span class="tag" data-testid="feed-state">
            {state}
          </span>
        </h4>
      </div>
      <p class="feed-url">{feed.url}</p>
      <dl class="stats">
        <div>
          <dt>Articles kept</dt>
          <dd data-testid="feed-articles">{feed.articles.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Last check</dt>
          <dd>
            {feed.lastCheck === null ? 'never' : relativeTime(feed.lastCheck)}
            {feed.lastCheck !== null && (
              <span class="visually-hidden">
                {' '}
                ({formatDate(new Date(feed.lastCheck).toISOString())})
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Next check</dt>
          <dd data-testid="feed-next">
            {feed.nextCheck === null
              ? 'paused'
              : relativeTime(Math.max(feed.nextCheck, Date.now()))}
          </dd>
        </div>
      </dl>
      {feed.lastError && (
        <p class="error" data-testid="feed-error">
          {feed.lastError}
          {feed.failures > 1 &&
            ` (${plural(feed.failures, 'failed check')} in a row; checks are spaced out until it works again.)`}
        </p>
      )}
      {feed.summaryOnly > 0 && (
        <p class="hint">
          {plural(feed.summaryOnly, 'article')} kept with title and summary only, because their page
          could not be read.
        </p>
      )}
      {feed.pageAccessNeeded && (
        <p class="warning">
          This feed carries summaries only. To keep whole articles, Second Source needs to read
          pages on {new URL(feed.pageAccessNeeded).hostname}.{' '}
          <button
            type="button"
            onClick={() =>
              void requestHosts([feed.pageAccessNeeded!]).then((ok) => {
                if (ok) run(() => ask('bg/refresh-feeds', { feedId: feed.id }));
              })
            }
          >
            Allow
          </button>
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(() => ask('bg/set-feed-paused', { feedId: feed.id, paused: !feed.paused }))
          }
        >
          {feed.paused ? 'Resume' : 'Pause'}
          <span class="visually-hidden"> {feed.outlet}</span>
        </button>
        <button
          type="button"
          disabled={busy || feed.refreshing}
          onClick={() => run(() => ask('bg/refresh-feeds', { feedId: feed.id }))}
        >
          Refresh now<span class="visually-hidden"> {feed.outlet}</span>
        </button>
        {removing ? (
          <span class="confirm" role="group" aria-label={`Remove ${feed.outlet}?`}>
            <span>Stop following it. Keep its {plural(feed.articles, 'article')}?</span>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run(() => ask('bg/remove-feed', { feedId: feed.id, keepArticles: true }))
              }
            >
              Keep articles
            </button>
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={() =>
                run(() => ask('bg/remove-feed', { feedId: feed.id, keepArticles: false }))
              }
            >
              Delete articles
            </button>
            <button type="button" onClick={() => setRemoving(false)} autoFocus>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="danger-quiet" onClick={() => setRemoving(true)}>
            Remove<span class="visually-hidden"> {feed.outlet}</span>
          </button>
        )}
      </div>
    </li>
  );
}

function OpmlImport(props: {
  onFollow: (r: FollowRequest[]) => Promise<void>;
  followed: Set<string>;
}) {
  const [file, setFile] = useState<{ name: string; feeds: FollowRequest[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const read = (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    setProblem(null);
    setFile(null);
    void chosen.text().then(
      (text) => {
        try {
          const parsed = parseOpml(text);
          const feeds = parsed.feeds
            .filter((f) => !props.followed.has(f.xmlUrl))
            .map((f) => ({
              url: f.xmlUrl,
              outlet: f.title,
              siteUrl: f.htmlUrl,
              language: f.language,
            }));
          if (parsed.feeds.length === 0) setProblem(`“${chosen.name}” lists no feeds.`);
          else if (feeds.length === 0)
            setProblem(`Every feed in “${chosen.name}” is followed already.`);
          else setFile({ name: chosen.name, feeds });
        } catch (e) {
          setProblem(
            `“${chosen.name}” could not be read as OPML: ${e instanceof FeedError ? e.message : (e as Error).message}`,
          );
        }
      },
      (e: Error) => setProblem(`“${chosen.name}” could not be read: ${e.message}`),
    );
  };
  return (
    <div class="opml">
      <label class="button-like" for="opml-file">
        Choose an OPML file…
      </label>
      <input
        id="opml-file"
        class="visually-hidden"
        type="file"
        accept=".opml,.xml,text/x-opml,text/xml,application/xml"
        onChange={(e) => read(e.target as HTMLInputElement)}
      />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {file && (
        <div class="opml-found" data-testid="opml-found">
          <p>
            {plural(file.feeds.length, 'new feed')} in “{file.name}”:{' '}
            {file.feeds
              .slice(0, 8)
              .map((f) => f.outlet ?? f.url)
              .join(', ')}
            {file.feeds.length > 8 ? ` and ${file.feeds.length - 8} more` : ''}.
          </p>
          <button
            type="button"
            onClick={() => {
              const feeds = file.feeds;
              void requestHosts(feeds.map((f) => f.url)).then((ok) => {
                if (ok) void props.onFollow(feeds).then(() => setFile(null));
                else
                  setProblem('Permission to read those sites was refused; nothing was followed.');
              });
            }}
          >
            Follow {plural(file.feeds.length, 'feed')}
          </button>
          <button type="button" class="link-button" onClick={() => setFile(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}

function Directory(props: {
  onFollow: (r: FollowRequest[]) => Promise<void>;
  followed: Set<string>;
}) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const groups = useMemo(() => {
    const map = new Map<string, DirectoryEntry[]>();
    for (const e of FEED_DIRECTORY) {
      const list = map.get(e.language) ?? [];
      list.push(e);
      map.set(e.language, list);
    }
    return [...map];
  }, []);
  const picked = FEED_DIRECTORY.filter((e) => chosen.has(e.url));
  return (
    <div class="directory">
      <p class="hint">
        Well-known public news feeds. Tick the ones you want; following them asks your browser for
        permission to read those sites.
      </p>
      {groups.map(([lang, entries]) => (
        <fieldset key={lang}>
          <legend>{LANGUAGES[lang] ?? lang}</legend>
          {entries.map((e) => {
            const id = `dir-${e.url}`;
            const isFollowed = props.followed.has(e.url);
            return (
              <div class="choice" key={e.url}>
                <input
                  type="checkbox"
                  id={id}
                  checked={isFollowed || chosen.has(e.url)}
                  disabled={isFollowed}
                  onChange={(ev) => {
                    const next = new Set(chosen);
                    if ((ev.target as HTMLInputElement).checked) next.add(e.url);
                    else next.delete(e.url);
                    setChosen(next);
                  }}
                />
                <label for={id}>
                  {e.outlet}
                  {isFollowed && <span class="tag">Followed</span>}
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
      <div class="actions">
        <button
          type="button"
          disabled={picked.length === 0}
          onClick={() => {
            const feeds = picked.map((e) => ({
              url: e.url,
              outlet: e.outlet,
              siteUrl: e.site,
              language: e.language,
            }));
            void requestHosts([...feeds.map((f) => f.url), ...feeds.map((f) => f.siteUrl)]).then(
              (ok) => {
                if (ok) void props.onFollow(feeds).then(() => setChosen(new Set()));
              },
            );
          }}
        >
          {picked.length === 0
            ? 'Follow selected'
            : `Follow ${plural(picked.length, 'selected feed')}`}
        </button>
      </div>
    </div>
  );
}

function FeedSettings({
  settings,
  save,
}: {
  settings: Settings;
  save: (p: Partial<Settings>) => Promise<void>;
}) {
  const number =
    (key: 'feedRetentionDays' | 'feedMaxArticles', range: { min: number; max: number }) =>
    (e: Event) => {
      const v = Number((e.target as HTMLInputElement).value);
      if (Number.isInteger(v) && v >= range.min && v <= range.max) void save({ [key]: v });
    };
  return (
    <div class="feed-settings">
      <div class="field inline">
        <label for="feed-interval">Read each feed every</label>
        <select
          id="feed-interval"
          value={String(settings.feedIntervalMinutes)}
          onChange={(e) =>
            void save({ feedIntervalMinutes: Number((e.target as HTMLSelectElement).value) })
          }
        >
          {INTERVALS.filter(
            (m) => m >= FEED_INTERVAL_RANGE.min && m <= FEED_INTERVAL_RANGE.max,
          ).map((m) => (
            <option key={m} value={String(m)}>
              {m < 60
                ? `${m} minutes`
                : m === 60
                  ? '1 hour'
                  : m === 1440
                    ? 'day'
                    : `${m / 60} hours`}
            </option>
          ))}
        </select>
      </div>
      <div class="field inline">
        <label for="feed-retention">Keep feed articles for (days)</label>
        <input
          id="feed-retention"
          type="number"
          min={FEED_RETENTION_DAYS_RANGE.min}
          max={FEED_RETENTION_DAYS_RANGE.max}
          value={settings.feedRetentionDays}
          onChange={number('feedRetentionDays', FEED_RETENTION_DAYS_RANGE)}
        />
      </div>
      <div class="field inline">
        <label for="feed-max">Keep at most (articles, across feeds)</label>
        <input
          id="feed-max"
          type="number"
          min={FEED_MAX_ARTICLES_RANGE.min}
          max={FEED_MAX_ARTICLES_RANGE.max}
          step={100}
          value={settings.feedMaxArticles}
          onChange={number('feedMaxArticles', FEED_MAX_ARTICLES_RANGE)}
        />
      </div>
      <p class="hint">
        The oldest articles are dropped first. Articles you keep after removing a feed are not
        touched.
      </p>
    </div>
  );
}
