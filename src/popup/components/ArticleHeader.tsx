import type { ArticleSummary } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatDate } from '../verdicts';

/** The analysed article: title, outlet and date. */
export function ArticleHeader({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.published);
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title || t('popup_untitled')}</h1>
      <p class="article-meta">
        <span class="outlet">{article.source}</span>
        {date && (
          <>
            {' · '}
            <time dateTime={article.published ?? undefined}>{date}</time>
          </>
        )}
      </p>
      {article.checkedWords !== undefined && (
        <p class="article-note" data-testid="too-long">
          {t('popup_too_long', article.checkedWords, article.words)}
        </p>
      )}
    </header>
  );
}
