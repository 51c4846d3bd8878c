/**
 * Why an OPML file was refused, in the reader's language: the feed code (src/core/feeds)
 * also serves the command line and words its errors in English.
 */
import { MAX_FEED_BYTES, type FeedError } from '../core/feeds/errors';
import { formatNumber, t } from '../shared/i18n';

export function opmlProblem(e: FeedError): string {
  if (e.code === 'too-large')
    return t(
      'opml_error_too_large',
      formatNumber(MAX_FEED_BYTES / 1024 / 1024, { style: 'unit', unit: 'megabyte' }),
    );
  if (e.code === 'entities') return t('opml_error_entities');
  return t('opml_error_malformed');
}
