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
          <p>{state.status === 'loading' && state.progress ? state.progress : 'Checking…'}</p>
        </div>
      );
    case 'no-article':
      return (
        <div class="status" role="status">
          <h1>No article on this page</h1>
          {/* The usual reason repeats the heading; show only a more specific one. */}
          {!/^no article found/i.test(state.reason) && <p>{state.reason}</p>}
          <p>Second Source checks news articles: open one and click its button again.</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              Check again
            </button>
          )}
        </div>
      );
    case 'restricted':
      return (
        <div class="status" role="status">
          <h1>This page can’t be checked</h1>
          <p>{state.reason}</p>
        </div>
      );
    case 'error':
      return (
        <div class="status status-error" role="alert">
          <h1>Something went wrong</h1>
          <p>{state.error}</p>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      );
  }
}
