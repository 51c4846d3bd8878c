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
  SENSITIVITY_DESCRIPTIONS,
  SENSITIVITIES,
  type AnnotateMode,
  type Settings,
} from '../shared/settings';
import type { Verdict } from '../core/types';
import { SiteList } from './components/SiteList';

/** What automatic annotation needs: the optional host permission of the manifest. */
export const ALL_URLS = { origins: ['<all_urls>'] };

const VERDICT_LABELS: Record<Verdict, { label: string; hint: string }> = {
  verbatim: { label: 'Verbatim', hint: 'another outlet has the same words' },
  fragment: {
    label: 'Fragment',
    hint: 'part of a longer quotation elsewhere, or the other way round',
  },
  variant: { label: 'Variant', hint: 'the same statement in other words or another language' },
  altered: { label: 'Altered', hint: 'a number, a negation or the speaker differs elsewhere' },
  unverified: { label: 'Unverified', hint: 'no other outlet in your corpora carries it' },
};

const MODE_LABELS: Record<AnnotateMode, { label: string; hint: string }> = {
  off: {
    label: 'Only when I click the toolbar button',
    hint: 'Second Source reads a page only when you ask it to.',
  },
  sites: {
    label: 'Automatically on the sites I list',
    hint: 'Needs permission to read pages; only the listed sites are annotated.',
  },
  everywhere: {
    label: 'Automatically on every page with an article',
    hint: 'Needs permission to read pages on all sites.',
  },
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
        else
          onError('Automatic annotation stays off: the permission to read pages was not granted.');
      },
      (e: unknown) => onError(`The browser refused to ask for the permission: ${String(e)}`),
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
      <Section id="annotations" title="Annotations">
        <fieldset>
          <legend>Mark quotations in pages</legend>
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
              <label for={`mode-${mode}`}>{MODE_LABELS[mode].label}</label>
              <p class="hint" id={`mode-${mode}-hint`}>
                {MODE_LABELS[mode].hint}
              </p>
            </div>
          ))}
        </fieldset>
        {settings.annotateMode !== 'off' && !hasHostPermission && (
          <p class="warning" role="status">
            The permission to read pages was removed, so nothing is annotated automatically.{' '}
            <button type="button" onClick={() => chooseMode(settings.annotateMode)}>
              Grant it again
            </button>
          </p>
        )}
        {settings.annotateMode === 'sites' && (
          <SiteList
            id="annotate-sites"
            label="Sites to annotate automatically"
            hint="A site includes its subdomains: news.example also covers city.news.example."
            sites={settings.annotateSites}
            onChange={(annotateSites) => void save({ annotateSites })}
          />
        )}
        <fieldset>
          <legend>Verdicts to mark in pages</legend>
          <p class="hint">The toolbar popup always lists every quotation.</p>
          {ALL_VERDICTS.map((verdict) => (
            <div class="choice" key={verdict}>
              <input
                type="checkbox"
                id={`verdict-${verdict}`}
                checked={settings.markedVerdicts.includes(verdict)}
                aria-describedby={`verdict-${verdict}-hint`}
                onChange={(e) => toggleVerdict(verdict, (e.target as HTMLInputElement).checked)}
              />
              <label for={`verdict-${verdict}`}>{VERDICT_LABELS[verdict].label}</label>
              <p class="hint" id={`verdict-${verdict}-hint`}>
                {VERDICT_LABELS[verdict].hint}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>Highlight style</legend>
          <div class="choice">
            <input
              type="radio"
              id="style-underline"
              name="highlightStyle"
              checked={settings.highlightStyle === 'underline'}
              onChange={() => void save({ highlightStyle: 'underline' })}
            />
            <label for="style-underline">
              <span class="sample sample-underline">Underline</span> (a different line for each
              verdict)
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
              <span class="sample sample-background">Background</span> (a tinted background and the
              same lines)
            </label>
          </div>
        </fieldset>
      </Section>

      <Section id="matching" title="Matching">
        <fieldset>
          <legend>Sensitivity</legend>
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
              <label for={`sensitivity-${s}`}>{s[0]!.toUpperCase() + s.slice(1)}</label>
              <p class="hint" id={`sensitivity-${s}-hint`}>
                {SENSITIVITY_DESCRIPTIONS[s]}
              </p>
            </div>
          ))}
        </fieldset>
        <div class="field">
          <label for="min-quote-words">Ignore quotations shorter than (words)</label>
          <input
            id="min-quote-words"
            type="number"
            min={MIN_QUOTE_WORDS_RANGE.min}
            max={MIN_QUOTE_WORDS_RANGE.max}
            step={1}
            value={settings.minQuoteWords}
            aria-describedby="min-quote-words-hint"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const n = Number(input.value);
              if (
                Number.isInteger(n) &&
                n >= MIN_QUOTE_WORDS_RANGE.min &&
                n <= MIN_QUOTE_WORDS_RANGE.max
              ) {
                void save({ minQuoteWords: n });
              } else {
                input.value = String(settings.minQuoteWords);
                onError(
                  `The minimum quotation length must be a whole number from ${MIN_QUOTE_WORDS_RANGE.min} to ${MIN_QUOTE_WORDS_RANGE.max}.`,
                );
              }
            }}
          />
          <p class="hint" id="min-quote-words-hint">
            Short quotations are often names or slogans rather than statements.
          </p>
        </div>
      </Section>

      <Section id="toolbar" title="Toolbar">
        <div class="choice">
          <input
            type="checkbox"
            role="switch"
            id="show-badge"
            checked={settings.showBadge}
            aria-describedby="show-badge-hint"
            onChange={(e) => void save({ showBadge: (e.target as HTMLInputElement).checked })}
          />
          <label for="show-badge">Show a count on the toolbar button</label>
          <p class="hint" id="show-badge-hint">
            The number of quotations other outlets corroborate; “!” when one was altered.
          </p>
        </div>
      </Section>

      <Section id="history" title="Reading history">
        <div class="choice">
          <input
            type="checkbox"
            role="switch"
            id="remember-reading"
            checked={settings.rememberReading}
            aria-describedby="remember-reading-hint"
            onChange={(e) => void save({ rememberReading: (e.target as HTMLInputElement).checked })}
          />
          <label for="remember-reading">Remember the articles I check</label>
          <p class="hint" id="remember-reading-hint">
            Each article you check is kept in the “Reading history” corpus on this device, so the
            next article on the same story, from another outlet, finds it as coverage. Turning this
            off keeps what is stored; delete it under Corpora.
          </p>
        </div>
        <SiteList
          id="excluded-sites"
          label="Never remember articles from"
          hint="For example your bank or webmail. Subdomains are included."
          sites={settings.excludedSites}
          onChange={(excludedSites) => void save({ excludedSites })}
        />
      </Section>
    </>
  );
}
