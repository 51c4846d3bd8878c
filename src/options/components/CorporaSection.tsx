/**
 * The Corpora section: every corpus with its statistics and controls, the import box, and
 * "Export everything". The list reloads whenever the background says corpora changed
 * (an import here or in another tab, an article remembered while browsing).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CorpusInfo } from '../../shared/corpus-types';
import { t, tn } from '../../shared/i18n';
import { ask, download, onBroadcast } from '../api';
import { CorpusCard } from './CorpusCard';
import { ImportBox } from './ImportBox';
import { LoadFailed, Section } from './layout';

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
    <Section id="corpora" title={t('opt_section_corpora')}>
      <p class="hint">{t('corpora_intro')}</p>
      <h3 class="sub">{t('corpora_import')}</h3>
      <ImportBox onImported={reload} />

      <h3 class="sub">{t('corpora_yours')}</h3>
      {loadError && <LoadFailed message={t('corpora_read_failed', loadError)} onRetry={reload} />}
      {corrupt > 0 && <p class="warning">{tn('corpora_corrupt', corrupt)}</p>}
      {!corpora && !loadError && <p class="empty">{t('loading')}</p>}
      {corpora && corpora.length === 0 && <p class="empty">{t('corpora_none')}</p>}
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
        <p class="hint">{t('corpora_history_later')}</p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={total === 0}
          onClick={() => {
            ask('bg/export-corpus', { corpusId: null })
              .then((out) => {
                download(out.filename, out.text);
                onStatus(tn('corpora_exported', out.articles, out.filename));
              })
              .catch((e: Error) => onError(t('corpora_export_failed', e.message)));
          }}
        >
          {t('corpora_export_all')}
        </button>
      </div>
    </Section>
  );
}
