import type { ArticleSummary } from '../../core/types';
import { formatDate } from '../verdicts';

/** The analysed article: title, outlet and date. */
export function ArticleHeader({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.published);
  return (
    <header class="article-header">
      <h1 class="article-title">{article.title || 'Untitled article'}</h1>
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
          Article too long: checked the first {article.checkedWords.toLocaleString('en')} words of{' '}
          {article.words.toLocaleString('en')}.
        </p>
      )}
    </header>
  );
}
