/**
 * The options page: settings (saved as they change) and the user's corpora. Opens in a
 * tab; on first install the background opens it with the welcome panel showing.
 */
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t, uiLocale } from '../shared/i18n';
import {
  InvalidSettingError,
  loadSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../shared/settings';
import { ALL_URLS, OptionsForm } from './OptionsForm';
import { CorporaSection } from './components/CorporaSection';
import { FeedsSection } from './components/FeedsSection';
import { Privacy } from './components/Privacy';
import { ShortcutsSection } from './components/ShortcutsSection';
import { Welcome } from './components/Welcome';
import './options.css';

/** The page's sections, for the table of contents (ids set on each section). */
const SECTIONS: [string, () => string][] = [
  ['annotations', () => t('opt_section_annotations')],
  ['matching', () => t('opt_section_matching')],
  ['toolbar', () => t('opt_section_toolbar')],
  ['history', () => t('opt_section_history')],
  ['feeds', () => t('opt_section_feeds')],
  ['corpora', () => t('opt_section_corpora')],
  ['keyboard', () => t('opt_section_keyboard')],
  ['privacy', () => t('opt_section_privacy')],
];

/** How long a confirmation ("Saved.") stays on screen, in ms. */
const STATUS_MS = 4000;

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [hasHostPermission, setHostPermission] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.permissions.contains(ALL_URLS).then(setHostPermission, () => undefined);
    // Another tab (or the popup) may change settings while this page is open.
    return watchSettings((next) => setSettings(next));
  }, []);

  const save = useCallback(async (partial: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(partial));
      setError(null);
      setStatus(t('opt_saved'));
    } catch (e) {
      setError(
        e instanceof InvalidSettingError
          ? t('opt_value_not_allowed', e.field)
          : t('opt_save_failed', (e as Error).message),
      );
    }
  }, []);

  const showError = useCallback((message: string) => {
    setStatus('');
    setError(message);
  }, []);
  const showStatus = useCallback((message: string) => {
    setError(null);
    setStatus(message);
  }, []);

  // A confirmation fades after a few seconds; errors stay until dismissed.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <>
      <header class="page-head">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <h1>{t('opt_title')}</h1>
      </header>
      <nav class="toc" aria-label={t('opt_toc')}>
        <ul>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label()}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <div class="messages">
          <p class="status" role="status" aria-live="polite" data-testid="status">
            {status}
          </p>
          {error && (
            <div class="error banner" role="alert" data-testid="error">
              <p>{error}</p>
              <button type="button" class="link-button" onClick={() => setError(null)}>
                {t('dismiss')}
              </button>
            </div>
          )}
        </div>
        {settings === null ? (
          <p class="empty">{t('opt_loading_settings')}</p>
        ) : (
          <>
            {!settings.welcomeSeen && (
              <Welcome
                onAnswer={(rememberReading) => void save({ welcomeSeen: true, rememberReading })}
              />
            )}
            <OptionsForm
              settings={settings}
              save={save}
              hasHostPermission={hasHostPermission}
              onPermissionChange={setHostPermission}
              onError={showError}
            />
          </>
        )}
        <FeedsSection settings={settings} save={save} onError={showError} onStatus={showStatus} />
        <CorporaSection onError={showError} onStatus={showStatus} />
        <ShortcutsSection onError={showError} />
        <Privacy />
      </main>
    </>
  );
}

// The page speaks the interface's language: its title, and `lang` for screen readers,
// hyphenation and quotation marks.
document.documentElement.lang = uiLocale();
document.title = t('opt_title');
const root = document.getElementById('app');
if (root) render(<App />, root);
