import { t } from '../../shared/i18n';
import { Section } from './layout';

/** What is kept in the browser, and where: each in bold, then what it holds. */
const STORED = (): [string, string][] => [
  [t('privacy_settings'), t('privacy_settings_more')],
  [t('privacy_corpora'), t('privacy_corpora_more')],
  [t('privacy_reports'), t('privacy_reports_more')],
  [t('privacy_pages'), t('privacy_pages_more')],
];

/**
 * What is stored where, and the only network requests Second Source ever makes: to the
 * feeds the reader follows and their articles' sites.
 */
export function Privacy() {
  return (
    <Section id="privacy" title={t('privacy_title')}>
      <p>
        <strong>{t('privacy_nothing_leaves')}</strong> {t('privacy_nothing_leaves_more')}
      </p>
      <p>
        <strong>{t('privacy_requests')}</strong> {t('privacy_requests_more')}
      </p>
      <ul class="plain">
        {STORED().map(([what, where]) => (
          <li key={what}>
            <strong>{what}</strong> {where}
          </li>
        ))}
      </ul>
      <p>
        {t('privacy_policy_before')}{' '}
        <a href="privacy.txt" target="_blank" rel="noopener">
          {t('privacy_policy_link')}
        </a>
        {t('privacy_policy_after')}
      </p>
    </Section>
  );
}
