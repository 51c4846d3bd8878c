/**
 * The extractor's reasons for not checking a page, in the interface's language. The
 * extractor (content/extract.ts) also serves the command line, which speaks English, so it
 * gives its reasons in English and they are put into the reader's language here, before
 * they reach the popup and the toolbar tooltip. A reason not known here is shown as given.
 */
import { t } from '../shared/i18n';

/** "1,234,567" as the extractor writes it, read back as a number. */
function count(text: string): number {
  return Number(text.replace(/[^\d]/g, ''));
}

const TOO_LARGE = /^This page is too large to check \(([\d,]+) elements; the limit is ([\d,]+)\)$/;
const TOO_LONG = /^Article too long to check \(([\d,]+) characters; the limit is ([\d,]+)\)$/;
const TOO_DEEP = /^This page is nested too deeply to check \(more than ([\d,]+) levels\)$/;

/** Why a page holds no article that can be checked, for the reader. */
export function noArticleReason(reason: string | undefined): string {
  if (reason === undefined || reason === 'No article found on this page') {
    return t('page_no_article');
  }
  let m = TOO_LARGE.exec(reason);
  if (m) return t('page_too_large', count(m[1]!), count(m[2]!));
  m = TOO_LONG.exec(reason);
  if (m) return t('page_too_long', count(m[1]!), count(m[2]!));
  m = TOO_DEEP.exec(reason);
  if (m) return t('page_too_deep', count(m[1]!));
  return reason;
}
