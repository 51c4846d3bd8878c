import { useState } from 'preact/hooks';
import type { QuoteDifference, QuoteMatch, QuoteReport } from '../../core/types';
import { VERDICTS, formatDate, plural, quoteForDisplay, verdictInfo } from '../verdicts';
import { ExternalLink } from './CoverageList';
import { DiffView } from './DiffView';

const DIFFERENCE_NAMES: Record<QuoteDifference['type'], string> = {
  number: 'Number',
  negation: 'Negation',
  speaker: 'Speaker',
};

function Difference({ d }: { d: QuoteDifference }) {
  return (
    <li>
      <strong>{`${DIFFERENCE_NAMES[d.type]}: `}</strong>
      {`this article has “${d.ours || '(nothing)'}”, theirs has “${d.theirs || '(nothing)'}”`}
    </li>
  );
}

function MatchItem({ match }: { match: QuoteMatch }) {
  const date = formatDate(match.published);
  const info = VERDICTS[match.kind];
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
          <span aria-hidden="true">{info.icon}</span> {info.label}
        </span>
        {match.quoted ? ' · in quotation marks' : ' · in the text, without quotation marks'}
        {match.speaker ? ` · attributed to ${match.speaker}` : ''}
      </p>
      {match.differences.length > 0 && (
        <ul class="differences" aria-label="What differs">
          {match.differences.map((d, i) => (
            <Difference key={i} d={d} />
          ))}
        </ul>
      )}
      {/* A diff helps only when the wordings share words; a translation shares none. */}
      {match.diff.some((p) => p.op === 'equal') && match.diff.some((p) => p.op !== 'equal') ? (
        <DiffView diff={match.diff} />
      ) : (
        <p class="their-text">{quoteForDisplay(match.text)}</p>
      )}
    </li>
  );
}

function QuoteItem({
  quote,
  index,
  onShowInPage,
}: {
  quote: QuoteReport;
  index: number;
  onShowInPage: (index: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const info = verdictInfo(quote);
  const verdict = quote.kind === 'term' ? 'term' : quote.verdict;
  const detailsId = `quote-${index}-sources`;
  return (
    <li class="quote" data-verdict={verdict} data-index={index}>
      <div class="item-head">
        <span class={`verdict verdict-${verdict}`} title={info.help}>
          <span aria-hidden="true">{info.icon}</span> {info.label}
        </span>
        {quote.kind === 'statement' && (
          <span class="outlets">{plural(quote.outlets, 'other outlet')}</span>
        )}
      </div>
      <blockquote class="quote-text">{quoteForDisplay(quote.text)}</blockquote>
      {quote.kind === 'statement' && (
        <p class="speaker">{quote.speaker ? `— ${quote.speaker}` : '— speaker not named'}</p>
      )}
      <div class="quote-actions">
        {quote.matches.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={detailsId}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide sources' : `Show sources (${quote.matches.length})`}
          </button>
        )}
        <button type="button" onClick={() => onShowInPage(index)}>
          Show in page
        </button>
      </div>
      {open && (
        <div id={detailsId} class="sources">
          <p class="help">{info.help}</p>
          <ul class="match-list">
            {quote.matches.map((m) => (
              <MatchItem key={m.url} match={m} />
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
  onShowInPage,
}: {
  quotes: QuoteReport[];
  onShowInPage: (index: number) => void;
}) {
  const indexed = quotes.map((quote, index) => ({ quote, index }));
  const statements = indexed.filter((q) => q.quote.kind === 'statement');
  const terms = indexed.filter((q) => q.quote.kind === 'term');
  if (quotes.length === 0) {
    return <p class="empty">This article quotes no one.</p>;
  }
  return (
    <div class="quotes">
      {statements.length > 0 && (
        <ul class="quote-list" aria-label="Quotations">
          {statements.map(({ quote, index }) => (
            <QuoteItem key={index} quote={quote} index={index} onShowInPage={onShowInPage} />
          ))}
        </ul>
      )}
      {terms.length > 0 && (
        <section aria-labelledby="terms-h">
          <h2 id="terms-h">Terms in quotation marks</h2>
          <ul class="quote-list">
            {terms.map(({ quote, index }) => (
              <QuoteItem key={index} quote={quote} index={index} onShowInPage={onShowInPage} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
