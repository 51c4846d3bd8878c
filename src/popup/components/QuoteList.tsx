import { useMemo, useState } from 'preact/hooks';
import type { QuoteDifference, QuoteMatch, QuoteReport } from '../../core/types';
import { matchDiff } from '../../core/word-diff';
import { t, tn } from '../../shared/i18n';
import { differenceName } from '../../shared/verdict-words';
import { formatDate, quoteForDisplay, verdictInfo, verdictWords } from '../verdicts';
import { ExternalLink } from './CoverageList';
import { DiffView } from './DiffView';

function Difference({ d }: { d: QuoteDifference }) {
  return (
    <li>
      <strong>{t('popup_difference_label', differenceName(d.type))}</strong>
      {t(
        'popup_difference',
        d.ours ? t('quote_in_marks', d.ours) : t('popup_nothing'),
        d.theirs ? t('quote_in_marks', d.theirs) : t('popup_nothing'),
      )}
    </li>
  );
}

function MatchItem({
  match,
  quote,
  language,
}: {
  match: QuoteMatch;
  quote: QuoteReport;
  language: string;
}) {
  const date = formatDate(match.published);
  const diff = useMemo(() => matchDiff(quote.text, language, match), [quote, language, match]);
  const info = verdictWords(match.kind);
  return (
    <li class="match" data-kind={match.kind}>
      <div class="item-head">
        <span class="outlet">{match.source}</span>
        {date && <time dateTime={match.published ?? undefined}>{date}</time>}
      </div>
      <p class="item-title">
        <ExternalLink href={match.url}>{match.title || match.url}</ExternalLink>
      </p>
      <p class="match-kind">
        <span class={`verdict verdict-${match.kind}`}>
          <span aria-hidden="true">{info.icon}</span> {info.name}
        </span>
        {' · '}
        {match.quoted ? t('popup_match_quoted') : t('popup_match_unquoted')}
        {match.speaker ? ` · ${t('popup_match_speaker', match.speaker)}` : ''}
      </p>
      {match.differences.length > 0 && (
        <ul class="differences" aria-label={t('popup_what_differs')}>
          {match.differences.map((d, i) => (
            <Difference key={i} d={d} />
          ))}
        </ul>
      )}
      {/* A diff helps only when the wordings share words; a translation shares none. */}
      {diff.some((p) => p.op === 'equal') && diff.some((p) => p.op !== 'equal') ? (
        <DiffView diff={diff} />
      ) : (
        <p class="their-text">{quoteForDisplay(match.text)}</p>
      )}
    </li>
  );
}

function QuoteItem({
  quote,
  index,
  language,
  onShowInPage,
}: {
  quote: QuoteReport;
  index: number;
  /** The analysed article's language. */
  language: string;
  onShowInPage: (index: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const info = verdictInfo(quote);
  const verdict = quote.kind === 'term' ? 'term' : quote.verdict;
  const detailsId = `quote-${index}-sources`;
  return (
    <li class="quote" data-verdict={verdict} data-index={index}>
      <div class="item-head">
        <span class={`verdict verdict-${verdict}`} title={info.meaning}>
          <span aria-hidden="true">{info.icon}</span> {info.name}
        </span>
        {quote.kind === 'statement' && (
          <span class="outlets">{tn('count_other_outlets', quote.outlets)}</span>
        )}
      </div>
      <blockquote class="quote-text">{quoteForDisplay(quote.text)}</blockquote>
      {quote.kind === 'statement' && (
        <p class="speaker">
          {quote.speaker ? `— ${quote.speaker}` : `— ${t('popup_speaker_not_named')}`}
        </p>
      )}
      <div class="quote-actions">
        {quote.matches.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? t('popup_hide_sources') : t('popup_show_sources', quote.matches.length)}
          </button>
        )}
        <button type="button" onClick={() => onShowInPage(index)}>
          {t('popup_show_in_page')}
        </button>
      </div>
      {open && (
        <div id={detailsId} class="sources">
          <p class="help">{info.meaning}</p>
          <ul class="match-list">
            {quote.matches.map((m) => (
              <MatchItem key={m.url} match={m} quote={quote} language={language} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** The article's quotations in page order; terms in quotation marks apart, after them. */
export function QuoteList({
  quotes,
  language,
  onShowInPage,
}: {
  quotes: QuoteReport[];
  /** The analysed article's language (word diffs are shown within one language). */
  language: string;
  onShowInPage: (index: number) => void;
}) {
  const indexed = quotes.map((quote, index) => ({ quote, index }));
  const statements = indexed.filter((q) => q.quote.kind === 'statement');
  const terms = indexed.filter((q) => q.quote.kind === 'term');
  if (quotes.length === 0) {
    return <p class="empty">{t('popup_no_quotes')}</p>;
  }
  const shared = { language, onShowInPage };
  const item = ({ quote, index }: { quote: QuoteReport; index: number }) => (
    <QuoteItem key={index} quote={quote} index={index} {...shared} />
  );
  return (
    <div class="quotes">
      {statements.length > 0 && (
        <ul class="quote-list" aria-label={t('popup_quotations')}>
          {statements.map(item)}
        </ul>
      )}
      {terms.length > 0 && (
        <section aria-labelledby="terms-h">
          <h2 id="terms-h">{t('popup_terms_heading')}</h2>
          <ul class="quote-list">{terms.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
