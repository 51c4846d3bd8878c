import type { ComponentChildren } from 'preact';
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
        <Status title={t('popup_no_article')} retry={t('popup_check_again')} onRetry={onRetry}>
          {/* The usual reason repeats the heading; show only a more specific one. */}
          {state.reason !== t('page_no_article') && !/^no article found/i.test(state.reason) && (
            <p>{state.reason}</p>
          )}
          <p>{t('popup_no_article_hint')}</p>
        </Status>
      );
    case 'restricted':
      return (
        <Status title={t('popup_restricted')}>
          <p>{state.reason}</p>
        </Status>
      );
    case 'error':
      return (
        <Status title={t('popup_error')} error retry={t('try_again')} onRetry={onRetry}>
          <p>{state.error}</p>
        </Status>
      );
  }
}

/**
 * A state with a heading, said politely (an error at once), and the button that tries
 * again when there is a way to (`retry` is its text).
 */
function Status(props: {
  title: string;
  error?: boolean;
  retry?: string;
  onRetry?: (() => void) | null;
  children: ComponentChildren;
}) {
  return (
    <div
      class={props.error ? 'status status-error' : 'status'}
      role={props.error ? 'alert' : 'status'}
    >
      <h1>{props.title}</h1>
      {props.children}
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {props.retry}
        </button>
      )}
    </div>
  );
}
