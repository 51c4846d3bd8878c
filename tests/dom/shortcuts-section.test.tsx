// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const api = vi.hoisted(() => ({
  getAll: vi.fn(),
  openShortcutSettings: vi.fn(async () => undefined),
  create: vi.fn(async () => ({})),
}));
vi.mock('../../src/shared/browser', async () => ({
  default: {
    i18n: (await import('../fixtures/i18n')).fakeI18n('en'),
    commands: { getAll: api.getAll, openShortcutSettings: api.openShortcutSettings },
    tabs: { create: api.create },
  },
}));

const { ShortcutsSection } = await import('../../src/options/components/ShortcutsSection');

/** Lets promises settle and Preact run its effects (after a paint, or 100 ms without one). */
const flush = () => new Promise((ok) => setTimeout(ok, 150));

const COMMANDS = [
  { name: '_execute_action', description: '', shortcut: 'Alt+Shift+Q' },
  { name: 'toggle-marks', description: 'Show or hide the marks in the page', shortcut: '' },
];

afterEach(() => {
  vi.unstubAllGlobals();
  for (const f of Object.values(api)) f.mockClear();
});

function rows(root: HTMLElement): string[][] {
  return Array.from(root.querySelectorAll('tr[data-command]')).map((tr) =>
    Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''),
  );
}

describe('the Keyboard section of the options page', () => {
  it('lists each command with its shortcut, or says it has none', async () => {
    api.getAll.mockResolvedValue(COMMANDS);
    const root = document.createElement('div');
    render(<ShortcutsSection onError={() => undefined} />, root);
    await flush();
    expect(rows(root)).toEqual([
      ['Open Second Source for this page', 'Alt+Shift+Q'],
      ['Show or hide the marks in the page', 'Not set'],
    ]);
    expect(root.textContent).toContain('chrome://extensions/shortcuts');
    expect(root.textContent).toContain('Manage Extension Shortcuts');
  });

  it('reads the shortcuts again when the tab gets the focus back', async () => {
    api.getAll.mockResolvedValue(COMMANDS);
    const root = document.createElement('div');
    render(<ShortcutsSection onError={() => undefined} />, root);
    await flush();
    api.getAll.mockResolvedValue([{ ...COMMANDS[1]!, shortcut: 'Ctrl+Shift+7' }]);
    window.dispatchEvent(new Event('focus'));
    await flush();
    expect(rows(root)).toEqual([['Show or hide the marks in the page', 'Ctrl+Shift+7']]);
    render(null, root);
  });

  it('opens the browser’s own shortcut settings: Firefox’s page, or Chrome’s', async () => {
    api.getAll.mockResolvedValue(COMMANDS);
    for (const browserName of ['firefox', 'chrome'] as const) {
      vi.stubGlobal('__BROWSER__', browserName);
      const root = document.createElement('div');
      render(<ShortcutsSection onError={() => undefined} />, root);
      await flush();
      root.querySelector('button')!.click();
      await flush();
      render(null, root);
    }
    expect(api.openShortcutSettings).toHaveBeenCalledTimes(1);
    expect(api.create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('says so when the browser does not answer', async () => {
    api.getAll.mockRejectedValue(new Error('no commands API'));
    const root = document.createElement('div');
    render(<ShortcutsSection onError={() => undefined} />, root);
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'The browser did not say which shortcuts are set.',
    );
  });
});
