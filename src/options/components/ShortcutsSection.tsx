/**
 * The Keyboard section: the shortcuts the browser has given Second Source's commands
 * (`commands.getAll()`, so a change the reader made in the browser shows here), and how to
 * change them in Chrome and in Firefox. The list is read again whenever this tab gets the
 * focus back, for instance after the reader changed a shortcut in another tab.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';
import { t } from '../../shared/i18n';
import { Problem, Section } from './layout';

/** What each command does, by its manifest name (the browser omits the popup's description). */
const COMMAND_LABELS = new Map<string, () => string>([
  ['_execute_action', () => t('cmd_open')],
  ['toggle-marks', () => t('cmd_toggle_marks')],
  ['next-quote', () => t('cmd_next_quote')],
  ['previous-quote', () => t('cmd_previous_quote')],
]);

/** Where the browser lets the reader change extension shortcuts (Chromium). */
const CHROME_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

interface CommandRow {
  name: string;
  label: string;
  shortcut: string;
}

/** Firefox 137+ opens its shortcut settings for the extension itself. */
type CommandsWithSettings = typeof browser.commands & { openShortcutSettings?: () => unknown };

export function ShortcutsSection({ onError }: { onError: (message: string) => void }) {
  const [rows, setRows] = useState<CommandRow[] | null>(null);
  const [failed, setFailed] = useState(false);

  const reload = useCallback(() => {
    browser.commands.getAll().then(
      (commands) => {
        setRows(
          commands
            .filter((c) => c.name !== undefined)
            .map((c) => ({
              name: c.name!,
              label: COMMAND_LABELS.get(c.name!)?.() ?? c.description ?? c.name!,
              shortcut: c.shortcut ?? '',
            })),
        );
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, []);

  useEffect(() => {
    reload();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);

  const openSettings = useCallback(() => {
    const commands = browser.commands as CommandsWithSettings;
    const opening =
      __BROWSER__ === 'firefox' && typeof commands.openShortcutSettings === 'function'
        ? Promise.resolve(commands.openShortcutSettings())
        : browser.tabs.create({ url: CHROME_SHORTCUTS_URL });
    opening.catch((e: Error) => onError(e.message));
  }, [onError]);

  return (
    <Section id="keyboard" title={t('shortcuts_title')}>
      <p class="hint">{t('shortcuts_intro')}</p>
      <Problem text={failed ? t('shortcuts_load_failed') : null} />
      {rows && (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts_command')}</th>
              <th scope="col">{t('shortcuts_shortcut')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} data-command={r.name}>
                <td>{r.label}</td>
                <td>
                  {r.shortcut ? (
                    <kbd>{r.shortcut}</kbd>
                  ) : (
                    <span class="hint">{t('shortcuts_not_set')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{t('shortcuts_popover')}</p>
      <ul class="plain">
        <li>{t('shortcuts_chrome')}</li>
        <li>{t('shortcuts_firefox')}</li>
      </ul>
      <button type="button" onClick={openSettings}>
        {t('shortcuts_open')}
      </button>
    </Section>
  );
}
