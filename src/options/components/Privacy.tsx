import { t } from '../../shared/i18n';

/**
 * What is stored where, and the only network requests Second Source ever makes: to the
 * feeds the reader follows and their articles' sites.
 */
export function Privacy() {
  return (
    <section class="card" id="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacy_title')}</h2>
      <p>
        <strong>{t('privacy_nothing_leaves')}</strong> {t('privacy_nothing_leaves_more')}
      </p>
      <p>
        <strong>{t('privacy_requests')}</strong> {t('privacy_requests_more')}
      </p>
      <ul class="plain">
        <li>
          <strong>{t('privacy_settings')}</strong> {t('privacy_settings_more')}
        </li>
        <li>
          <strong>{t('privacy_corpora')}</strong> {t('privacy_corpora_more')}
        </li>
        <li>
          <strong>{t('privacy_reports')}</strong> {t('privacy_reports_more')}
        </li>
        <li>
          <strong>{t('privacy_pages')}</strong> {t('privacy_pages_more')}
        </li>
      </ul>
      <p>
        {t('privacy_policy_before')}{' '}
        <a href="privacy.txt" target="_blank" rel="noopener">
          {t('privacy_policy_link')}
        </a>
        {t('privacy_policy_after')}
      </p>
    </section>
  );
}
