import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';

/** Every state but a finished report: progress, no article, restricted page, error. */
export function StatusView({
  state,
  onRetry,
}: {
  state: Exclude<TabState, { status: 'done' }>;
  onRetry: (() => void) | null;
}) {
  switch (state.status) {
    case 'idle':
    case 'loading':
      return (
        <div class="status status-loading" role="status">
          <span class="spinner" aria-hidden="true" />
          <p>
            {state.status === 'loading' && state.progress ? state.progress : t('popup_checking')}
          </p>
        </div>
      );
    case 'no-article':
      return (
        <div class="status" role="status">
          <h1>{t('popup_no_article')}</h1>
          {/* The usual reason repeats the heading; show only a more specific one. */}
          {state.reason !== t('page_no_article') && !/^no article found/i.test(state.reason) && (
            <p>{state.reason}</p>
          )}
          <p>{t('popup_no_article_hint')}</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('popup_check_again')}
            </button>
          )}
        </div>
      );
    case 'restricted':
      return (
        <div class="status" role="status">
          <h1>{t('popup_restricted')}</h1>
          <p>{state.reason}</p>
        </div>
      );
    case 'error':
      return (
        <div class="status status-error" role="alert">
          <h1>{t('popup_error')}</h1>
          <p>{state.error}</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('try_again')}
            </button>
          )}
        </div>
      );
  }
}
