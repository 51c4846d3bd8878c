/**
 * One corpus in the list: what it holds (articles, size, outlets, dates), a switch to use
 * it for matching, export, its articles, and delete (with a second click to confirm).
 */
import { useState } from 'preact/hooks';
import type { CorpusInfo } from '../../shared/corpus-types';
import { formatDateRange, formatList, formatNumber, t, tn } from '../../shared/i18n';
import { ask, corpusName, download, formatBytes, formatDate } from '../api';
import { ArticleList } from './ArticleList';
import { ConfirmRemoval, Switch } from './fields';
import { Stat } from './layout';

/** Outlets named before "and N more". */
const OUTLETS_SHOWN = 6;

const KIND_LABEL: Record<CorpusInfo['kind'], () => string> = {
  bundled: () => t('corpus_kind_bundled'),
  pack: () => t('corpus_kind_pack'),
  history: () => t('corpus_kind_history'),
  feed: () => t('corpus_kind_feed'),
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
  const name = corpusName(corpus);
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
          {name} <span class="tag">{KIND_LABEL[corpus.kind]()}</span>
          {!corpus.enabled && <span class="tag">{t('corpus_not_used')}</span>}
        </h3>
        <Switch
          id={`${id}-enabled`}
          layout="switch"
          label={t('corpus_use')}
          describedBy={`${id}-name`}
          checked={corpus.enabled}
          disabled={busy}
          onToggle={(enabled) => {
            void run(async () => {
              await ask('bg/set-corpus-enabled', { corpusId: corpus.id, enabled });
              onStatus(enabled ? t('corpus_now_used', name) : t('corpus_no_longer_used', name));
              onChanged();
            });
          }}
        />
      </div>
      <dl class="stats">
        <Stat name={t('corpus_articles')} testId="article-count">
          {formatNumber(corpus.articles)}
        </Stat>
        <Stat name={t('corpus_size')}>{formatBytes(corpus.bytes)}</Stat>
        <Stat name={t('corpus_dates')}>
          {corpus.earliest
            ? corpus.earliest.slice(0, 10) === corpus.latest?.slice(0, 10)
              ? formatDate(corpus.earliest)
              : formatDateRange(corpus.earliest, corpus.latest ?? corpus.earliest)
            : t('corpus_none')}
        </Stat>
        <Stat name={t('corpus_outlets', corpus.outlets.length)} testId="outlets">
          {shown.length === 0
            ? t('corpus_none')
            : formatList([
                ...shown.map((o) => t('corpus_outlet_count', o.source, o.articles)),
                ...(more > 0 ? [tn('corpus_more_outlets', more)] : []),
              ])}
        </Stat>
      </dl>
      <div class="actions">
        <button
          type="button"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={open ? `articles-${corpus.id}` : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('corpus_hide_articles') : t('corpus_show_articles')}
          <span class="visually-hidden"> {t('corpus_of', name)}</span>
        </button>
        <button
          type="button"
          disabled={busy || corpus.articles === 0}
          onClick={() =>
            void run(async () => {
              const out = await ask('bg/export-corpus', { corpusId: corpus.id });
              download(out.filename, out.text);
              onStatus(
                out.corrupt
                  ? tn(
                      'corpus_exported_skipped',
                      out.articles,
                      out.filename,
                      tn('corpus_unreadable', out.corrupt),
                    )
                  : tn('corpora_exported', out.articles, out.filename),
              );
            })
          }
        >
          {t('corpus_export')}
          <span class="visually-hidden"> {name}</span>
        </button>
        {corpus.kind === 'feed' && <span class="hint">{t('corpus_feed_delete_hint')}</span>}
        {corpus.editable && corpus.kind !== 'feed' && (
          <ConfirmRemoval
            action={t('delete')}
            target={name}
            asking={confirming}
            onAsk={setConfirming}
            groupLabel={t('corpus_delete_label', name)}
            question={tn('corpus_delete_confirm', corpus.articles)}
            choices={[
              {
                text: t('corpus_yes_delete'),
                danger: true,
                onChoose: () =>
                  void run(async () => {
                    const { deleted } = await ask('bg/delete-corpus', { corpusId: corpus.id });
                    onStatus(t('corpus_deleted', name, tn('count_articles', deleted)));
                    setConfirming(false);
                    onChanged();
                  }),
              },
            ]}
            cancel={t('corpus_keep')}
            busy={busy}
          />
        )}
      </div>
      {open && <ArticleList corpus={corpus} onError={onError} />}
    </li>
  );
}
