import { t } from '../../shared/i18n';

/**
 * The first-run panel: what Second Source does, and the offer to turn on reading history
 * (off until the user says yes). Either answer hides the panel for good.
 */
export interface WelcomeProps {
  onAnswer: (rememberReading: boolean) => void;
}

export function Welcome({ onAnswer }: WelcomeProps) {
  return (
    <section class="card welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('welcome_title')}</h2>
      <p>{t('welcome_intro')}</p>
      <p>
        <strong>{t('welcome_remember')}</strong> {t('welcome_remember_more')}
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => onAnswer(true)}>
          {t('welcome_yes')}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {t('welcome_no')}
        </button>
      </div>
    </section>
  );
}
