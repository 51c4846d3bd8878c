/**
 * A feed failure in the reader's language. The feed code (src/core/feeds) also serves the
 * command line and words its errors in English; here each kind of failure is put into the
 * interface's language with what matters to the reader: the server and its HTTP status.
 */
import { MAX_FEED_BYTES, type FeedError, type FeedErrorCode } from '../../core/feeds/errors';
import { formatNumber, t } from '../../shared/i18n';

/** Each kind of failure, given the error and the server's name. */
const TEXTS: Readonly<Record<FeedErrorCode, (error: FeedError, host: string) => string>> = {
  http: (error, host) => t('feed_error_http', host, String(error.status ?? '?')),
  'too-large': () =>
    t(
      'feed_error_too_large',
      formatNumber(MAX_FEED_BYTES / 1024 / 1024, { style: 'unit', unit: 'megabyte' }),
    ),
  timeout: (_, host) => t('feed_error_timeout', host),
  network: (_, host) => t('feed_error_network', host),
  malformed: () => t('feed_error_malformed'),
  'not-a-feed': () => t('feed_error_not_a_feed'),
  entities: () => t('feed_error_entities'),
  redirects: () => t('feed_error_redirects'),
  permission: (_, host) => t('feed_error_permission', host),
};

/** `error` for the reader; `url` names the server the request went to. */
export function feedErrorText(error: FeedError, url: string): string {
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // Not an address: named as given.
  }
  return TEXTS[error.code](error, host);
}
