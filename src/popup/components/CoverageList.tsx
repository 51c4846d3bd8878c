import type { RelatedArticle } from '../../core/types';
import { formatDate, plural } from '../verdicts';

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
      <span class="strength-text">{`${pct}% match`}</span>
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
          <span class="tag" title="Only the title and summary of this article are known">
            summary only
          </span>
        )}
        {date && <time dateTime={item.published ?? undefined}>{date}</time>}
      </div>
      <p class="item-title">
        <ExternalLink href={item.url}>{item.title || item.url}</ExternalLink>
      </p>
      <Strength score={item.score} />
      {item.reasons.length > 0 && (
        <ul class="reasons" aria-label="Why it matches">
          {item.reasons.map((r) => (
            <li key={r.kind + r.label}>{r.label}</li>
          ))}
        </ul>
      )}
      {item.copies.length > 0 && (
        <p class="copies">
          {'Also carried by '}
          {item.copies.map((c, i) => (
            <span key={c.url}>
              {i > 0 && ', '}
              <ExternalLink href={c.url}>{c.source}</ExternalLink>
            </span>
          ))}
          {' (same text, counted once)'}
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
        <p class="empty">
          Nothing in your corpus covers this story yet. Follow outlets’ feeds or import more news in
          Settings to widen the search.
        </p>
      ) : (
        <section aria-labelledby="same-story-h">
          <h2 id="same-story-h">{`Same story · ${plural(same.length, 'outlet')}`}</h2>
          <ul class="coverage-list">
            {same.map((r) => (
              <CoverageItem key={r.url} item={r} />
            ))}
          </ul>
        </section>
      )}
      {topics.length > 0 && (
        <section aria-labelledby="related-h">
          <h2 id="related-h">Related topics</h2>
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
