import type { PassageCheck } from '../../shared/messages';
import { plural, quoteForDisplay, verdictInfo } from '../verdicts';

/** The result of "Check this passage with Second Source" from the context menu. */
export function PassagePanel({ check, onDismiss }: { check: PassageCheck; onDismiss: () => void }) {
  const quotes = check.report.quotes.filter((q) => q.kind === 'statement');
  return (
    <section class="passage" aria-labelledby="passage-h">
      <div class="item-head">
        <h2 id="passage-h">Selected passage</h2>
        <button type="button" class="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {quotes.length === 0 ? (
        <p>{`“${check.text}”: too short to check.`}</p>
      ) : (
        <ul class="quote-list">
          {quotes.map((q, i) => {
            const info = verdictInfo(q);
            return (
              <li key={i} class="quote" data-verdict={q.verdict}>
                <div class="item-head">
                  <span class={`verdict verdict-${q.verdict}`}>
                    <span aria-hidden="true">{info.icon}</span> {info.label}
                  </span>
                  <span class="outlets">{plural(q.outlets, 'other outlet')}</span>
                </div>
                <blockquote class="quote-text">{quoteForDisplay(q.text)}</blockquote>
                {q.matches.slice(0, 3).map((m) => (
                  <p key={m.url} class="help">{`${m.source}: ${quoteForDisplay(m.text)}`}</p>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
