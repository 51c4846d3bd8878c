import type { PassageCheck } from '../../shared/messages';
import { t, tn } from '../../shared/i18n';
import { quoteForDisplay, verdictInfo } from '../verdicts';

/** The result of "Check this passage with Second Source" from the context menu. */
export function PassagePanel({ check, onDismiss }: { check: PassageCheck; onDismiss: () => void }) {
  const quotes = check.report.quotes.filter((q) => q.kind === 'statement');
  return (
    <section class="passage" aria-labelledby="passage-h">
      <div class="item-head">
        <h2 id="passage-h">{t('popup_passage_heading')}</h2>
        <button type="button" class="link-button" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
      {quotes.length === 0 ? (
        <p>{t('popup_passage_too_short', t('quote_in_marks', check.text))}</p>
      ) : (
        <ul class="quote-list">
          {quotes.map((q, i) => {
            const info = verdictInfo(q);
            return (
              <li key={i} class="quote" data-verdict={q.verdict}>
                <div class="item-head">
                  <span class={`verdict verdict-${q.verdict}`}>
                    <span aria-hidden="true">{info.icon}</span> {info.name}
                  </span>
                  <span class="outlets">{tn('count_other_outlets', q.outlets)}</span>
                </div>
                <blockquote class="quote-text">{quoteForDisplay(q.text)}</blockquote>
                {q.matches.slice(0, 3).map((m) => (
                  <p key={m.url} class="help">
                    {t('popup_source_says', m.source, quoteForDisplay(m.text))}
                  </p>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
