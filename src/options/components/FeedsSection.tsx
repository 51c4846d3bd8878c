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
import { formatList, formatNumber, formatRelative, languageName, t, tn } from '../../shared/i18n';
import { ask, download, formatDate, onBroadcast } from '../api';
import { opmlProblem } from '../opml-problem';
import { ConfirmRemoval, FileButton, NumberField } from './fields';
import { LoadFailed, Problem, Section, Stat } from './layout';

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

/** "in 25 minutes", "3 hours ago", "now": how far a time is from now, in the locale. */
export function relativeTime(ms: number | null, now = Date.now()): string {
  if (ms === null) return t('feeds_never');
  return formatRelative(ms, now);
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
        if (ok.length > 0) onStatus(tn('feeds_following', ok.length));
        if (failed.length > 0) onError(failed.map((r) => r.error).join(' '));
        reload();
      } catch (e) {
        onError(t('feeds_follow_failed', (e as Error).message));
      }
    },
    [onError, onStatus, reload],
  );

  return (
    <Section id="feeds" title={t('opt_section_feeds')}>
      <p class="hint">{t('feeds_intro')}</p>

      <h3 class="sub">{t('feeds_follow_heading')}</h3>
      <AddFeed onFollow={follow} onError={onError} followed={followed} />

      <h3 class="sub">{t('feeds_followed_heading')}</h3>
      {loadError && <LoadFailed message={t('feeds_read_failed', loadError)} onRetry={reload} />}
      {!feeds && !loadError && <p class="empty">{t('loading')}</p>}
      {feeds && feeds.length === 0 && <p class="empty">{t('feeds_none')}</p>}
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
                onStatus(t('feeds_reading_all'));
                ask('bg/refresh-feeds', { feedId: null })
                  .then((r) => {
                    setFeeds(r.feeds);
                    onStatus(t('feeds_read_all'));
                  })
                  .catch((e: Error) => onError(e.message));
              }}
            >
              {t('feeds_refresh_all')}
            </button>
            <button
              type="button"
              onClick={() => {
                const day = new Date().toISOString().slice(0, 10);
                const text = serializeOpml(
                  t('feeds_opml_title'),
                  feeds.map((f) => ({
                    xmlUrl: f.url,
                    htmlUrl: f.siteUrl,
                    title: f.outlet,
                    language: f.language,
                  })),
                );
                download(`second-source-feeds-${day}.opml`, text, 'text/x-opml');
                onStatus(tn('feeds_exported', feeds.length));
              }}
            >
              {t('feeds_export')}
            </button>
          </div>
        </>
      )}

      <h3 class="sub">{t('feeds_opml_heading')}</h3>
      <OpmlImport onFollow={follow} followed={followed} />

      <h3 class="sub">{t('feeds_directory_heading')}</h3>
      <Directory onFollow={follow} followed={followed} />

      <h3 class="sub">{t('feeds_schedule_heading')}</h3>
      {settings && <FeedSettings settings={settings} save={save} onError={onError} />}
    </Section>
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
      setProblem(t('feeds_type_address'));
      return;
    }
    setProblem(null);
    setBusy(true);
    // Inside the click: ask for the site's host before anything else.
    void requestHosts([url]).then(async (granted) => {
      try {
        if (!granted) {
          setProblem(t('feeds_no_permission', new URL(url).hostname));
          return;
        }
        const { feeds } = await ask('bg/discover-feeds', { url });
        if (feeds.length === 0) {
          setProblem(t('feeds_none_found'));
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
          {t('feeds_address')}
        </label>
        <input
          id="feed-address"
          type="text"
          inputMode="url"
          placeholder={t('feeds_address_placeholder')}
          value={address}
          onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('feeds_looking') : t('feeds_find')}
        </button>
      </form>
      <Problem text={problem} />
      {found && (
        <ul class="found-feeds" aria-label={t('feeds_found')}>
          {found.map((f) => (
            <li key={f.url}>
              <span>
                {f.title ?? f.url} <span class="tag">{f.type.toUpperCase()}</span>
              </span>
              {f.followed || props.followed.has(f.url) ? (
                <span class="tag">{t('feeds_followed_tag')}</span>
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
                        : props.onError(t('feeds_permission_refused', new URL(f.url).hostname)),
                    )
                  }
                >
                  {t('feeds_follow')}
                  <span class="visually-hidden"> {f.title ?? f.url}</span>
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
    ? t('feed_state_reading')
    : feed.paused
      ? t('feed_state_paused')
      : feed.lastError
        ? t('feed_state_problem')
        : feed.lastCheck === null
          ? t('feed_state_unread')
          : t('feed_state_ok');
  return (
    <li
      class={`feed${feed.lastError ? ' failing' : ''}`}
      data-feed-url={feed.url}
      data-testid="feed"
    >
      <div class="corpus-head">
        <h4 id={`${id}-name`}>
          {feed.outlet} {feed.language && <span class="tag">{languageName(feed.language)}</span>}
          <span class="tag" data-testid="feed-state">
            {state}
          </span>
        </h4>
      </div>
      <p class="feed-url">{feed.url}</p>
      <dl class="stats">
        <Stat name={t('feed_articles_kept')} testId="feed-articles">
          {formatNumber(feed.articles)}
        </Stat>
        <Stat name={t('feed_last_check')}>
          {relativeTime(feed.lastCheck)}
          {feed.lastCheck !== null && (
            <span class="visually-hidden">
              {' '}
              ({formatDate(new Date(feed.lastCheck).toISOString())})
            </span>
          )}
        </Stat>
        <Stat name={t('feed_next_check')} testId="feed-next">
          {feed.nextCheck === null
            ? t('feed_next_paused')
            : relativeTime(Math.max(feed.nextCheck, Date.now()))}
        </Stat>
      </dl>
      {feed.lastError && (
        <p class="error" data-testid="feed-error">
          {feed.lastError}
          {feed.failures > 1 && ` ${tn('feed_failures', feed.failures)}`}
        </p>
      )}
      {feed.summaryOnly > 0 && <p class="hint">{tn('feed_summary_only', feed.summaryOnly)}</p>}
      {feed.pageAccessNeeded && (
        <p class="warning">
          {t('feed_page_access', new URL(feed.pageAccessNeeded).hostname)}{' '}
          <button
            type="button"
            onClick={() =>
              void requestHosts([feed.pageAccessNeeded!]).then((ok) => {
                if (ok) run(() => ask('bg/refresh-feeds', { feedId: feed.id }));
              })
            }
          >
            {t('feed_allow')}
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
          {feed.paused ? t('feed_resume') : t('feed_pause')}
          <span class="visually-hidden"> {feed.outlet}</span>
        </button>
        <button
          type="button"
          disabled={busy || feed.refreshing}
          onClick={() => run(() => ask('bg/refresh-feeds', { feedId: feed.id }))}
        >
          {t('feed_refresh')}
          <span class="visually-hidden"> {feed.outlet}</span>
        </button>
        <ConfirmRemoval
          action={t('sites_remove')}
          target={feed.outlet}
          asking={removing}
          onAsk={setRemoving}
          groupLabel={t('feed_remove_label', feed.outlet)}
          question={tn('feed_remove_confirm', feed.articles)}
          choices={[
            {
              text: t('feed_keep_articles'),
              onChoose: () =>
                run(() => ask('bg/remove-feed', { feedId: feed.id, keepArticles: true })),
            },
            {
              text: t('feed_delete_articles'),
              danger: true,
              onChoose: () =>
                run(() => ask('bg/remove-feed', { feedId: feed.id, keepArticles: false })),
            },
          ]}
          cancel={t('cancel')}
          busy={busy}
        />
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
          if (parsed.feeds.length === 0) setProblem(t('opml_no_feeds', chosen.name));
          else if (feeds.length === 0) setProblem(t('opml_all_followed', chosen.name));
          else setFile({ name: chosen.name, feeds });
        } catch (e) {
          setProblem(
            t(
              'opml_unreadable',
              chosen.name,
              e instanceof FeedError ? opmlProblem(e) : (e as Error).message,
            ),
          );
        }
      },
      (e: Error) => setProblem(t('import_read_failed', chosen.name, e.message)),
    );
  };
  return (
    <div class="opml">
      <FileButton
        id="opml-file"
        label={t('opml_choose')}
        accept=".opml,.xml,text/x-opml,text/xml,application/xml"
        onChoose={read}
      />
      <Problem text={problem} />
      {file && (
        <div class="opml-found" data-testid="opml-found">
          <p>
            {tn(
              'opml_found',
              file.feeds.length,
              file.name,
              formatList([
                ...file.feeds.slice(0, 8).map((f) => f.outlet ?? f.url),
                ...(file.feeds.length > 8
                  ? [tn('corpus_more_outlets', file.feeds.length - 8)]
                  : []),
              ]),
            )}
          </p>
          <button
            type="button"
            onClick={() => {
              const feeds = file.feeds;
              void requestHosts(feeds.map((f) => f.url)).then((ok) => {
                if (ok) void props.onFollow(feeds).then(() => setFile(null));
                else setProblem(t('opml_permission_refused'));
              });
            }}
          >
            {tn('opml_follow', file.feeds.length)}
          </button>
          <button type="button" class="link-button" onClick={() => setFile(null)}>
            {t('cancel')}
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
      <p class="hint">{t('directory_intro')}</p>
      {groups.map(([lang, entries]) => (
        <fieldset key={lang}>
          <legend>{languageName(lang)}</legend>
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
                  {isFollowed && <span class="tag">{t('feeds_followed_tag')}</span>}
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
          {picked.length === 0 ? t('directory_follow_none') : tn('directory_follow', picked.length)}
        </button>
      </div>
    </div>
  );
}

function FeedSettings({
  settings,
  save,
  onError,
}: {
  settings: Settings;
  save: (p: Partial<Settings>) => Promise<void>;
  onError: (message: string) => void;
}) {
  return (
    <div class="feed-settings">
      <div class="field inline">
        <label for="feed-interval">{t('feeds_interval')}</label>
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
                ? tn('feeds_every_minutes', m)
                : m === 1440
                  ? t('feeds_every_day')
                  : tn('feeds_every_hours', m / 60)}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        id="feed-retention"
        inline
        label={t('feeds_retention')}
        value={settings.feedRetentionDays}
        range={FEED_RETENTION_DAYS_RANGE}
        onValid={(n) => void save({ feedRetentionDays: n })}
        onError={onError}
      />
      <NumberField
        id="feed-max"
        inline
        label={t('feeds_max')}
        value={settings.feedMaxArticles}
        step={100}
        range={FEED_MAX_ARTICLES_RANGE}
        onValid={(n) => void save({ feedMaxArticles: n })}
        onError={onError}
      />
      <p class="hint">{t('feeds_retention_hint')}</p>
    </div>
  );
}
