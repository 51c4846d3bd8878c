/**
 * The articles of one corpus, a page at a time (big corpora hold tens of thousands, so
 * only one page is ever fetched), with a filter and a Delete button per article.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticlePage, CorpusInfo } from '../../shared/corpus-types';
import { languageName, t, tn } from '../../shared/i18n';
import { ask, corpusName, formatDate } from '../api';

/** Articles per page. */
export const PAGE_SIZE = 25;

export interface ArticleListProps {
  corpus: CorpusInfo;
  onError: (message: string) => void;
}

export function ArticleList({ corpus, onError }: ArticleListProps) {
  const [offset, setOffset] = useState(0);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState<ArticlePage | null>(null);
  const [loading, setLoading] = useState(true);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    ask('bg/list-articles', { corpusId: corpus.id, offset, limit: PAGE_SIZE, filter })
      .then((p) => {
        if (!live) return;
        // Deleting the last article of the last page: step back a page.
        if (p.items.length === 0 && offset > 0) setOffset(Math.max(0, offset - PAGE_SIZE));
        else setPage(p);
      })
      .catch((e: Error) => live && onError(t('articles_list_failed', e.message)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [corpus.id, corpus.articles, offset, filter, revision]);

  const remove = async (url: string, title: string) => {
    try {
      await ask('bg/delete-article', { corpusId: corpus.id, url });
      setRevision((r) => r + 1);
    } catch (e) {
      onError(t('articles_delete_failed', title, (e as Error).message));
    }
  };

  const total = page?.total ?? 0;
  const last = Math.min(offset + PAGE_SIZE, total);
  const listId = `articles-${corpus.id}`;

  return (
    <div class="article-list" id={listId}>
      <div class="field inline">
        <label for={`${listId}-filter`}>{t('articles_filter')}</label>
        <input
          id={`${listId}-filter`}
          type="search"
          value={filter}
          onInput={(e) => {
            setOffset(0);
            setFilter((e.target as HTMLInputElement).value);
          }}
        />
      </div>
      {page && page.corrupt > 0 && <p class="warning">{tn('articles_corrupt', page.corrupt)}</p>}
      {!page && loading && <p class="empty">{t('loading')}</p>}
      {page && page.items.length === 0 && (
        <p class="empty">{filter ? t('articles_no_match') : t('articles_empty')}</p>
      )}
      {page && page.items.length > 0 && (
        <>
          <p class="hint" aria-live="polite">
            {total === 0 ? '' : t('articles_range', offset + 1, last, total)}
          </p>
          <ul class="articles" aria-busy={loading ? 'true' : 'false'}>
            {page.items.map((a) => (
              <li key={a.url} data-url={a.url}>
                <div class="article-text">
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    {a.title || a.url}
                  </a>
                  <span class="meta">
                    {a.source} · {formatDate(a.published)} · {languageName(a.language)}
                  </span>
                </div>
                {corpus.editable && (
                  <button
                    type="button"
                    class="danger-quiet"
                    aria-label={t('articles_delete_label', a.title, corpusName(corpus))}
                    onClick={() => void remove(a.url, a.title)}
                  >
                    {t('delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <div class="pager">
            <button
              type="button"
              disabled={offset === 0 || loading}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              {t('articles_previous')}
            </button>
            <button
              type="button"
              disabled={last >= total || loading}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              {t('articles_next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
