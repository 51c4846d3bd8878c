import type { DiffPart } from '../../core/types';
import { t } from '../../shared/i18n';

/**
 * A word-level diff from our wording to another outlet's. Inserted and deleted words are
 * styled (underline, strike-through) and also announced: screen readers do not say
 * anything for <ins> and <del>, so each carries hidden "added"/"removed" text.
 */
export function DiffView({ diff }: { diff: DiffPart[] }) {
  return (
    <p class="diff">
      {diff.map((part, i) => {
        // The space between words stays outside <ins>/<del>, so only words are styled.
        const space = i > 0 ? ' ' : '';
        if (part.op === 'equal') return <span key={i}>{space + part.text}</span>;
        const Mark = part.op === 'insert' ? 'ins' : 'del';
        return (
          <span key={i}>
            {space}
            <Mark>
              <span class="visually-hidden">
                {part.op === 'insert'
                  ? t('popup_diff_added_before')
                  : t('popup_diff_removed_before')}
              </span>
              {part.text}
              <span class="visually-hidden">{t('popup_diff_after')}</span>
            </Mark>
          </span>
        );
      })}
    </p>
  );
}
