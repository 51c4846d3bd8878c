/**
 * An editable list of host names (sites to annotate, sites never remembered): type a
 * site or paste a URL, press Add; each entry has its own Remove button.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { MAX_SITES, normalizeSite } from '../../shared/settings';

export interface SiteListProps {
  /** Unique id prefix for labels. */
  id: string;
  label: string;
  hint: string;
  sites: string[];
  onChange: (sites: string[]) => void;
  disabled?: boolean;
}

export function SiteList({ id, label, hint, sites, onChange, disabled }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setError(t('sites_not_a_site', draft.trim()));
      return;
    }
    if (sites.includes(site)) {
      setError(t('sites_already', site));
      return;
    }
    if (sites.length >= MAX_SITES) {
      setError(t('sites_limit', MAX_SITES));
      return;
    }
    setError(null);
    setDraft('');
    onChange([...sites, site]);
  };

  return (
    <div class="site-list">
      <form class="site-add" onSubmit={add}>
        <label for={`${id}-input`}>{label}</label>
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
        <div class="row">
          <input
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            disabled={disabled}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={disabled || draft.trim() === ''}>
            {t('sites_add')}
          </button>
        </div>
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="empty">{t('sites_none')}</p>
      ) : (
        <ul class="sites" aria-label={label}>
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                class="link-button"
                disabled={disabled}
                aria-label={t('sites_remove_site', site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
