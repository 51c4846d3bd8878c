/**
 * The Keyboard section: the shortcuts the browser has given Second Source's commands
 * (`commands.getAll()`, so a change the reader made in the browser shows here), and how to
 * change them in Chrome and in Firefox. The list is read again whenever this tab gets the
 * focus back, for instance after the reader changed a shortcut in another tab.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';

/** Every string of this section, in one place. */
const TEXT = {
  title: 'Keyboard shortcuts',
  intro: 'Second Source can be used without the mouse. The browser keeps these shortcuts:',
  command: 'Command',
  shortcut: 'Shortcut',
  notSet: 'Not set',
  loadFailed: 'The browser did not say which shortcuts are set.',
  chrome:
    'Chrome, Edge and other Chromium browsers: open chrome://extensions/shortcuts (Edge: edge://extensions/shortcuts), find Second Source and click the pencil beside a command.',
  firefox:
    'Firefox: open about:addons, click the gear button, choose “Manage Extension Shortcuts”, and type the new keys in the box of a command.',
  open: 'Change shortcuts…',
  popover:
    'In the page, Tab reaches each quotation’s badge; Enter opens its sources and Escape closes them.',
};

/** What each command does, by its manifest name (the browser omits the popup's description). */
const COMMAND_LABELS = new Map([
  ['_execute_action', 'Open Second Source for this page'],
  ['toggle-marks', 'Show or hide the marks in the page'],
  ['next-quote', 'Go to the next quotation in the page'],
  ['previous-quote', 'Go to the previous quotation in the page'],
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
              label: COMMAND_LABELS.get(c.name!) ?? c.description ?? c.name!,
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
    <section class="card" id="keyboard" aria-labelledby="keyboard-title">
      <h2 id="keyboard-title">{TEXT.title}</h2>
      <p class="hint">{TEXT.intro}</p>
      {failed && (
        <p class="error" role="alert">
          {TEXT.loadFailed}
        </p>
      )}
      {rows && (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{TEXT.command}</th>
              <th scope="col">{TEXT.shortcut}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} data-command={r.name}>
                <td>{r.label}</td>
                <td>
                  {r.shortcut ? <kbd>{r.shortcut}</kbd> : <span class="hint">{TEXT.notSet}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">{TEXT.popover}</p>
      <ul class="plain">
        <li>{TEXT.chrome}</li>
        <li>{TEXT.firefox}</li>
      </ul>
      <button type="button" onClick={openSettings}>
        {TEXT.open}
      </button>
    </section>
  );
}
