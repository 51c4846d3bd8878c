/**
 * How quotations are shown in the popup. The verdicts' words and marks are shared with
 * the page's badges (shared/verdict-words.ts, shared/verdict-icons.ts).
 */
import { t } from '../shared/i18n';

export { formatDate } from '../shared/i18n';
export { quoteWords as verdictInfo, verdictWords } from '../shared/verdict-words';

/**
 * Quotation text as shown between the language's quotation marks: a comma or colon the
 * writer put inside the marks ("…our farmers," Brandvold said) belongs to the sentence
 * around it. The words themselves are never changed.
 */
export function quoteForDisplay(text: string): string {
  return t('quote_in_marks', text.trim().replace(/[,;:]+$/u, ''));
}
