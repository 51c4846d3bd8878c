import type { RelatedArticle } from '../../core/types';
import { formatNumber, t, tParts, tn } from '../../shared/i18n';
import { reasonText } from '../../shared/verdict-words';
import { formatDate } from '../verdicts';

/** A link that opens in a new tab, never giving the page a handle on the popup. */
export function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

function Strength({ score }: { score: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return (
    <span class="strength">
      <span class="strength-bar" aria-hidden="true">
        <span class="strength-fill" style={{ width: `${pct}%` }} />
      </span>
      <span class="strength-text">
        {t('popup_match', formatNumber(pct / 100, { style: 'percent' }))}
      </span>
    </span>
  );
}

function CoverageItem({ item }: { item: RelatedArticle }) {
  const date = formatDate(item.published);
  return (
    <li class="coverage-item" data-source={item.source}>
      <div class="item-head">
        <span class="outlet">{item.source}</span>
        {item.summaryOnly && (
          <span class="tag" title={t('popup_summary_only_hint')}>
            {t('popup_summary_only')}
          </span>
        )}
        {date && <time dateTime={item.published ?? undefined}>{date}</time>}
      </div>
      <p class="item-title">
        <ExternalLink href={item.url}>{item.title || item.url}</ExternalLink>
      </p>
      <Strength score={item.score} />
      {item.reasons.length > 0 && (
        <ul class="reasons" aria-label={t('popup_why_it_matches')}>
          {item.reasons.map((r) => (
            <li key={r.kind + r.label}>{reasonText(r)}</li>
          ))}
        </ul>
      )}
      {item.copies.length > 0 && (
        <p class="copies">
          {tParts(
            'popup_also_carried_by',
            item.copies.map((c, i) => (
              <span key={c.url}>
                {i > 0 && t('list_separator')}
                <ExternalLink href={c.url}>{c.source}</ExternalLink>
              </span>
            )),
          )}
        </p>
      )}
    </li>
  );
}

/** Same-story coverage first, then related topics in a section of their own. */
export function CoverageList({ related }: { related: RelatedArticle[] }) {
  const same = related.filter((r) => r.relation === 'same-story');
  const topics = related.filter((r) => r.relation === 'related');
  return (
    <div class="coverage">
      {same.length === 0 ? (
        <p class="empty">{t('popup_no_coverage')}</p>
      ) : (
        <section aria-labelledby="same-story-h">
          <h2 id="same-story-h">{tn('popup_same_story_heading', same.length)}</h2>
          <ul class="coverage-list">
            {same.map((r) => (
              <CoverageItem key={r.url} item={r} />
            ))}
          </ul>
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="related-h">
          <h2 id="related-h">{t('popup_related_topics')}</h2>
          <ul class="coverage-list">
            {topics.map((r) => (
              <CoverageItem key={r.url} item={r} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
