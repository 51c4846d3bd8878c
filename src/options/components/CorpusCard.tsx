/**
 * One corpus in the list: what it holds (articles, size, outlets, dates), a switch to use
 * it for matching, export, its articles, and delete (with a second click to confirm).
 */
import { useState } from 'preact/hooks';
import type { CorpusInfo } from '../../shared/corpus-types';
import { ask, download, formatBytes, formatDate, plural } from '../api';
import { ArticleList } from './ArticleList';

/** Outlets named before "and N more". */
const OUTLETS_SHOWN = 6;

const KIND_LABEL: Record<CorpusInfo['kind'], string> = {
  bundled: 'Built in',
  pack: 'Imported pack',
  history: 'Reading history',
  feed: 'Followed feed',
};

export interface CorpusCardProps {
  corpus: CorpusInfo;
  onChanged: () => void;
  onError: (message: string) => void;
  onStatus: (message: string) => void;
}

export function CorpusCard({ corpus, onChanged, onError, onStatus }: CorpusCardProps) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = `corpus-${corpus.id}`;
  const shown = corpus.outlets.slice(0, OUTLETS_SHOWN);
  const more = corpus.outlets.length - shown.length;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      class={`corpus${corpus.enabled ? '' : ' disabled'}`}
      data-corpus-id={corpus.id}
      data-kind={corpus.kind}
    >
      <div class="corpus-head">
        <h3 id={`${id}-name`}>
          {corpus.name} <span class="tag">{KIND_LABEL[corpus.kind]}</span>
          {!corpus.enabled && <span class="tag">Not used for matching</span>}
        </h3>
        <div class="switch">
          <input
            type="checkbox"
            role="switch"
            id={`${id}-enabled`}
            checked={corpus.enabled}
            disabled={busy}
            aria-describedby={`${id}-name`}
            onChange={(e) => {
              const enabled = (e.target as HTMLInputElement).checked;
              void run(async () => {
                await ask('bg/set-corpus-enabled', { corpusId: corpus.id, enabled });
                onStatus(`${corpus.name} is ${enabled ? 'used' : 'no longer used'} for matching.`);
                onChanged();
              });
            }}
          />
          <label for={`${id}-enabled`}>Use for matching</label>
        </div>
      </div>
      <dl class="stats">
        <div>
          <dt>Articles</dt>
          <dd data-testid="article-count">{corpus.articles.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Size</dt>
          <dd>{formatBytes(corpus.bytes)}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            {corpus.earliest
              ? corpus.earliest.slice(0, 10) === corpus.latest?.slice(0, 10)
                ? formatDate(corpus.earliest)
                : `${formatDate(corpus.earliest)} – ${formatDate(corpus.latest)}`
              : 'none'}
          </dd>
        </div>
        <div>
          <dt>Outlets ({corpus.outlets.length})</dt>
          <dd data-testid="outlets">
            {shown.length === 0
              ? 'none'
              : shown.map((o) => `${o.source} (${o.articles})`).join(', ') +
                (more > 0 ? ` and ${more} more` : '')}
          </dd>
        </div>
      </dl>
      <div class="actions">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={open ? `articles-${corpus.id}` : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide articles' : 'Show articles'}
          <span class="visually-hidden"> of {corpus.name}</span>
        </button>
        <button
          type="button"
          disabled={busy || corpus.articles === 0}
          onClick={() =>
            void run(async () => {
              const out = await ask('bg/export-corpus', { corpusId: corpus.id });
              download(out.filename, out.text);
              onStatus(
                `Exported ${plural(out.articles, 'article')} as ${out.filename}` +
                  (out.corrupt ? ` (${plural(out.corrupt, 'unreadable record')} skipped).` : '.'),
              );
            })
          }
        >
          Export<span class="visually-hidden"> {corpus.name}</span>
        </button>
        {corpus.kind === 'feed' && (
          <span class="hint">Remove the feed in the Feeds section to delete these articles.</span>
        )}
        {corpus.editable &&
          corpus.kind !== 'feed' &&
          (confirming ? (
            <span class="confirm" role="group" aria-label={`Delete ${corpus.name}?`}>
              <span>Delete {plural(corpus.articles, 'article')} for good?</span>
              <button
                type="button"
                class="danger"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    const { deleted } = await ask('bg/delete-corpus', { corpusId: corpus.id });
                    onStatus(`Deleted ${corpus.name} (${plural(deleted, 'article')}).`);
                    setConfirming(false);
                    onChanged();
                  })
                }
              >
                Yes, delete
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
              Delete<span class="visually-hidden"> {corpus.name}</span>
            </button>
          ))}
      </div>
      {open && <ArticleList corpus={corpus} onError={onError} />}
    </li>
  );
}
