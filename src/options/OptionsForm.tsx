/**
 * The settings sections of the options page: Annotations, Matching, Toolbar and Reading
 * history. Every change is saved at once (there is no Save button) and confirmed in a
 * polite live region; other open contexts pick it up through `watchSettings`.
 */
import type { ComponentChildren } from 'preact';
import browser from '../shared/browser';
import {
  ALL_VERDICTS,
  MIN_QUOTE_WORDS_RANGE,
  SENSITIVITIES,
  type AnnotateMode,
  type Sensitivity,
  type Settings,
} from '../shared/settings';
import type { Verdict } from '../core/types';
import { t } from '../shared/i18n';
import { TOOLBAR_MARKS } from '../shared/verdict-icons';
import { verdictWords } from '../shared/verdict-words';
import { NumberField, Switch } from './components/fields';
import { SiteList } from './components/SiteList';

/** What automatic annotation needs: the optional host permission of the manifest. */
export const ALL_URLS = { origins: ['<all_urls>'] };

const MODE_LABELS: Record<AnnotateMode, () => { label: string; hint: string }> = {
  off: () => ({ label: t('opt_mode_off'), hint: t('opt_mode_off_hint') }),
  sites: () => ({ label: t('opt_mode_sites'), hint: t('opt_mode_sites_hint') }),
  everywhere: () => ({ label: t('opt_mode_everywhere'), hint: t('opt_mode_everywhere_hint') }),
};

const SENSITIVITY_LABELS: Record<Sensitivity, () => { label: string; hint: string }> = {
  strict: () => ({ label: t('opt_sensitivity_strict'), hint: t('opt_sensitivity_strict_hint') }),
  balanced: () => ({
    label: t('opt_sensitivity_balanced'),
    hint: t('opt_sensitivity_balanced_hint'),
  }),
  lenient: () => ({
    label: t('opt_sensitivity_lenient'),
    hint: t('opt_sensitivity_lenient_hint'),
  }),
};

export interface OptionsFormProps {
  settings: Settings;
  /** Save a change; resolves once stored (the form shows errors itself). */
  save: (partial: Partial<Settings>) => Promise<void>;
  /** Whether the host permission for automatic annotation is granted. */
  hasHostPermission: boolean;
  onPermissionChange: (granted: boolean) => void;
  /** Report a problem in words the user understands. */
  onError: (message: string) => void;
}

function Section(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function OptionsForm({
  settings,
  save,
  hasHostPermission,
  onPermissionChange,
  onError,
}: OptionsFormProps) {
  const chooseMode = (mode: AnnotateMode) => {
    if (mode === 'off' || hasHostPermission) {
      void save({ annotateMode: mode });
      return;
    }
    // permissions.request must run inside the click (a user gesture), before any await.
    browser.permissions.request(ALL_URLS).then(
      (granted) => {
        onPermissionChange(granted);
        if (granted) void save({ annotateMode: mode });
        else onError(t('opt_permission_refused'));
      },
      (e: unknown) => onError(t('opt_permission_failed', String(e))),
    );
  };

  const toggleVerdict = (verdict: Verdict, on: boolean) => {
    const next = on
      ? [...settings.markedVerdicts, verdict]
      : settings.markedVerdicts.filter((v) => v !== verdict);
    void save({ markedVerdicts: ALL_VERDICTS.filter((v) => next.includes(v)) });
  };

  return (
    <>
      <Section id="annotations" title={t('opt_section_annotations')}>
        <fieldset>
          <legend>{t('opt_mark_quotations')}</legend>
          {(['off', 'sites', 'everywhere'] as const).map((mode) => (
            <div class="choice" key={mode}>
              <input
                type="radio"
                id={`mode-${mode}`}
                name="annotateMode"
                value={mode}
                checked={settings.annotateMode === mode}
                aria-describedby={`mode-${mode}-hint`}
                onChange={() => chooseMode(mode)}
              />
              <label for={`mode-${mode}`}>{MODE_LABELS[mode]().label}</label>
              <p class="hint" id={`mode-${mode}-hint`}>
                {MODE_LABELS[mode]().hint}
              </p>
            </div>
          ))}
        </fieldset>
        {settings.annotateMode !== 'off' && !hasHostPermission && (
          <p class="warning" role="status">
            {t('opt_permission_removed')}{' '}
            <button type="button" onClick={() => chooseMode(settings.annotateMode)}>
              {t('opt_grant_again')}
            </button>
          </p>
        )}
        {settings.annotateMode === 'sites' && (
          <SiteList
            id="annotate-sites"
            label={t('opt_annotate_sites')}
            hint={t('opt_annotate_sites_hint')}
            sites={settings.annotateSites}
            onChange={(annotateSites) => void save({ annotateSites })}
          />
        )}
        <fieldset>
          <legend>{t('opt_verdicts_to_mark')}</legend>
          <p class="hint">{t('opt_verdicts_to_mark_hint')}</p>
          {ALL_VERDICTS.map((verdict) => (
            <div class="choice" key={verdict}>
              <input
                type="checkbox"
                id={`verdict-${verdict}`}
                checked={settings.markedVerdicts.includes(verdict)}
                aria-describedby={`verdict-${verdict}-hint`}
                onChange={(e) => toggleVerdict(verdict, (e.target as HTMLInputElement).checked)}
              />
              <label for={`verdict-${verdict}`}>
                <span aria-hidden="true">{verdictWords(verdict).icon}</span>{' '}
                {verdictWords(verdict).name}
              </label>
              <p class="hint" id={`verdict-${verdict}-hint`}>
                {verdictWords(verdict).meaning}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('opt_highlight_style')}</legend>
          <div class="choice">
            <input
              type="radio"
              id="style-underline"
              name="highlightStyle"
              checked={settings.highlightStyle === 'underline'}
              onChange={() => void save({ highlightStyle: 'underline' })}
            />
            <label for="style-underline">
              <span class="sample sample-underline">{t('opt_style_underline')}</span>{' '}
              {t('opt_style_underline_hint')}
            </label>
          </div>
          <div class="choice">
            <input
              type="radio"
              id="style-background"
              name="highlightStyle"
              checked={settings.highlightStyle === 'background'}
              onChange={() => void save({ highlightStyle: 'background' })}
            />
            <label for="style-background">
              <span class="sample sample-background">{t('opt_style_background')}</span>{' '}
              {t('opt_style_background_hint')}
            </label>
          </div>
        </fieldset>
      </Section>

      <Section id="matching" title={t('opt_section_matching')}>
        <fieldset>
          <legend>{t('opt_sensitivity')}</legend>
          {SENSITIVITIES.map((s) => (
            <div class="choice" key={s}>
              <input
                type="radio"
                id={`sensitivity-${s}`}
                name="sensitivity"
                checked={settings.sensitivity === s}
                aria-describedby={`sensitivity-${s}-hint`}
                onChange={() => void save({ sensitivity: s })}
              />
              <label for={`sensitivity-${s}`}>{SENSITIVITY_LABELS[s]().label}</label>
              <p class="hint" id={`sensitivity-${s}-hint`}>
                {SENSITIVITY_LABELS[s]().hint}
              </p>
            </div>
          ))}
        </fieldset>
        <NumberField
          id="min-quote-words"
          label={t('opt_min_words')}
          hint={t('opt_min_words_hint')}
          value={settings.minQuoteWords}
          range={MIN_QUOTE_WORDS_RANGE}
          onValid={(n) => void save({ minQuoteWords: n })}
          onError={onError}
        />
      </Section>

      <Section id="toolbar" title={t('opt_section_toolbar')}>
        <Switch
          id="show-badge"
          label={t('opt_show_badge')}
          hint={t('opt_show_badge_hint', TOOLBAR_MARKS.altered)}
          checked={settings.showBadge}
          onToggle={(on) => void save({ showBadge: on })}
        />
      </Section>

      <Section id="history" title={t('opt_section_history')}>
        <Switch
          id="remember-reading"
          label={t('opt_remember')}
          hint={t('opt_remember_hint')}
          checked={settings.rememberReading}
          onToggle={(on) => void save({ rememberReading: on })}
        />
        <SiteList
          id="excluded-sites"
          label={t('opt_excluded_sites')}
          hint={t('opt_excluded_sites_hint')}
          sites={settings.excludedSites}
          onChange={(excludedSites) => void save({ excludedSites })}
        />
      </Section>
    </>
  );
}
