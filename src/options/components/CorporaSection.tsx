/**
 * The Corpora section: every corpus with its statistics and controls, the import box, and
 * "Export everything". The list reloads whenever the background says corpora changed
 * (an import here or in another tab, an article remembered while browsing).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CorpusInfo } from '../../shared/corpus-types';
import { ask, download, onBroadcast, plural } from '../api';
import { CorpusCard } from './CorpusCard';
import { ImportBox } from './ImportBox';

export interface CorporaSectionProps {
  onError: (message: string) => void;
  onStatus: (message: string) => void;
}

export function CorporaSection({ onError, onStatus }: CorporaSectionProps) {
  const [corpora, setCorpora] = useState<CorpusInfo[] | null>(null);
  const [corrupt, setCorrupt] = useState(0);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(() => {
    ask('bg/list-corpora', {})
      .then((r) => {
        setCorpora(r.corpora);
        setCorrupt(r.corrupt);
        setLoadError(null);
      })
      .catch((e: Error) => setLoadError(e.message));
  }, []);

  useEffect(() => {
    reload();
    return onBroadcast('opt/corpora-changed', reload);
  }, [reload]);

  const total = corpora?.reduce((n, c) => n + c.articles, 0) ?? 0;

  return (
    <section class="card" id="corpora" aria-labelledby="corpora-title">
      <h2 id="corpora-title">Corpora</h2>
      <p class="hint">
        Articles are compared with every corpus switched on. Import packs of articles you trust, or
        let reading history collect the articles you check.
      </p>
      <h3 class="sub">Import a pack</h3>
      <ImportBox onImported={reload} />

      <h3 class="sub">Your corpora</h3>
      {loadError && (
        <div class="error" role="alert">
          <p>Your corpora could not be read: {loadError}</p>
          <button type="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {corrupt > 0 && (
        <p class="warning">
          {plural(corrupt, 'stored corpus record')} could not be read and{' '}
          {corrupt === 1 ? 'is' : 'are'} left out.
        </p>
      )}
      {!corpora && !loadError && <p class="empty">Loading…</p>}
      {corpora && corpora.length === 0 && (
        <p class="empty">No corpus yet. Import a pack above to start.</p>
      )}
      {corpora && corpora.length > 0 && (
        <ul class="corpora" data-testid="corpora">
          {corpora.map((c) => (
            <CorpusCard
              key={c.id}
              corpus={c}
              onChanged={reload}
              onError={onError}
              onStatus={onStatus}
            />
          ))}
        </ul>
      )}
      {corpora && !corpora.some((c) => c.kind === 'history') && (
        <p class="hint">Reading history appears here once it has remembered an article.</p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={total === 0}
          onClick={() => {
            ask('bg/export-corpus', { corpusId: null })
              .then((out) => {
                download(out.filename, out.text);
                onStatus(`Exported ${plural(out.articles, 'article')} as ${out.filename}.`);
              })
              .catch((e: Error) => onError(`The export failed: ${e.message}`));
          }}
        >
          Export everything as one pack
        </button>
      </div>
    </section>
  );
}
