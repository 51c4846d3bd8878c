/**
 * The settings sections of the options page: Annotations, Matching, Toolbar and Reading
 * history. Every change is saved at once (there is no Save button) and confirmed in a
 * polite live region; other open contexts pick it up through `watchSettings`.
 */
import type { ComponentChildren } from 'preact';
import browser from '../shared/browser';
import {
  ALL_VERDICTS,
  ANNOTATE_MODES,
  HIGHLIGHT_STYLES,
  MIN_QUOTE_WORDS_RANGE,
  SENSITIVITIES,
  type AnnotateMode,
  type HighlightStyle,
  type Sensitivity,
  type Settings,
} from '../shared/settings';
import type { Verdict } from '../core/types';
import { t } from '../shared/i18n';
import { TOOLBAR_MARKS } from '../shared/verdict-icons';
import { verdictWords } from '../shared/verdict-words';
import { Choice, NumberField, RadioGroup, Switch } from './components/fields';
import { Section } from './components/layout';
import { SiteList } from './components/SiteList';

/** What automatic annotation needs: the optional host permission of the manifest. */
export const ALL_URLS = { origins: ['<all_urls>'] };

/** A choice's name and the line under it, read in the interface's language when drawn. */
type ChoiceWords = () => { label: string; hint: string };

const MODE_LABELS: Record<AnnotateMode, ChoiceWords> = {
  off: () => ({ label: t('opt_mode_off'), hint: t('opt_mode_off_hint') }),
  sites: () => ({ label: t('opt_mode_sites'), hint: t('opt_mode_sites_hint') }),
  everywhere: () => ({ label: t('opt_mode_everywhere'), hint: t('opt_mode_everywhere_hint') }),
};

const SENSITIVITY_LABELS: Record<Sensitivity, ChoiceWords> = {
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

/** Each highlight style's name (drawn in that style) and what it looks like. */
const STYLE_LABELS: Record<HighlightStyle, ChoiceWords> = {
  underline: () => ({ label: t('opt_style_underline'), hint: t('opt_style_underline_hint') }),
  background: () => ({ label: t('opt_style_background'), hint: t('opt_style_background_hint') }),
};

/** A highlight style's choice: its name drawn in that style, then what it looks like. */
function styleChoice(style: HighlightStyle): { label: ComponentChildren } {
  const { label, hint } = STYLE_LABELS[style]();
  return {
    label: (
      <>
        <span class={`sample sample-${style}`}>{label}</span> {hint}
      </>
    ),
  };
}

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
        <RadioGroup
          legend={t('opt_mark_quotations')}
          name="annotateMode"
          idPrefix="mode"
          values={ANNOTATE_MODES}
          words={(mode) => MODE_LABELS[mode]()}
          chosen={settings.annotateMode}
          onChoose={chooseMode}
        />
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
          {ALL_VERDICTS.map((verdict) => {
            const words = verdictWords(verdict);
            return (
              <Choice
                key={verdict}
                type="checkbox"
                id={`verdict-${verdict}`}
                label={
                  <>
                    <span aria-hidden="true">{words.icon}</span> {words.name}
                  </>
                }
                hint={words.meaning}
                checked={settings.markedVerdicts.includes(verdict)}
                onChange={(on) => toggleVerdict(verdict, on)}
              />
            );
          })}
        </fieldset>
        <RadioGroup
          legend={t('opt_highlight_style')}
          name="highlightStyle"
          values={HIGHLIGHT_STYLES}
          words={styleChoice}
          chosen={settings.highlightStyle}
          onChoose={(highlightStyle) => void save({ highlightStyle })}
        />
      </Section>

      <Section id="matching" title={t('opt_section_matching')}>
        <RadioGroup
          legend={t('opt_sensitivity')}
          name="sensitivity"
          values={SENSITIVITIES}
          words={(s) => SENSITIVITY_LABELS[s]()}
          chosen={settings.sensitivity}
          onChoose={(sensitivity) => void save({ sensitivity })}
        />
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
          onChange={(excludedSites) => void save({ excludedSites })}
          sites={settings.excludedSites}
        />
      </Section>
    </>
  );
}
