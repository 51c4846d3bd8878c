import { describe, expect, it, vi } from 'vitest';

// The polyfill refuses to load outside an extension; every test passes its own storage.
vi.mock('../../src/shared/browser', () => ({ default: {} }));

import {
  DEFAULT_SETTINGS,
  InvalidSettingError,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  isAutoAnnotated,
  loadSettings,
  mayRemember,
  migrateSettings,
  normalizeSite,
  saveSettings,
  validateSettings,
  watchSettings,
  type Settings,
  type SettingsArea,
  type SettingsChangeEvent,
} from '../../src/shared/settings';

type Listener = Parameters<SettingsChangeEvent['addListener']>[0];

/** An in-memory `storage.sync` with its `onChanged` event, shared by several "contexts". */
function fakeSync(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const listeners = new Set<Listener>();
  const area: SettingsArea = {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      const changes: Record<string, { newValue?: unknown; oldValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      for (const l of listeners) l(changes, 'sync');
    },
  };
  const onChanged: SettingsChangeEvent = {
    addListener: (l) => listeners.add(l),
    removeListener: (l) => listeners.delete(l),
  };
  return { area, onChanged, data, listeners };
}

describe('loadSettings', () => {
  it('gives the defaults on first run, with reading history off', async () => {
    const { area } = fakeSync();
    const s = await loadSettings(area);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.rememberReading).toBe(false);
    expect(s.annotateMode).toBe('off');
    expect(s.welcomeSeen).toBe(false);
  });

  it('falls back to defaults when storage itself fails', async () => {
    const area: SettingsArea = {
      get: () => Promise.reject(new Error('sync is disabled')),
      set: () => Promise.resolve(),
    };
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy: changing it does not change the defaults', async () => {
    const s = await loadSettings(fakeSync().area);
    s.markedVerdicts.pop();
    s.annotateSites.push('example.org');
    expect(DEFAULT_SETTINGS.markedVerdicts).toHaveLength(5);
    expect(DEFAULT_SETTINGS.annotateSites).toHaveLength(0);
  });
});

describe('migrations', () => {
  it('turns version 1 (autoAnnotate + comma-separated sites + characters) into version 2', async () => {
    const { area } = fakeSync({
      [SETTINGS_KEY]: {
        version: 1,
        autoAnnotate: true,
        annotateSites: 'News.Example, www.ledger.example',
        minQuoteLength: 30,
        sensitivity: 'strict',
      },
    });
    const s = await loadSettings(area);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.annotateMode).toBe('sites');
    expect(s.annotateSites).toEqual(['news.example', 'ledger.example']);
    expect(s.minQuoteWords).toBe(5);
    expect(s.sensitivity).toBe('strict');
    expect(s).not.toHaveProperty('autoAnnotate');
  });

  it('reads an object without a version as version 1', () => {
    expect(validateSettings({ autoAnnotate: true }).settings.annotateMode).toBe('everywhere');
    expect(validateSettings({ autoAnnotate: false }).settings.annotateMode).toBe('off');
  });

  it('leaves a current object alone', () => {
    const raw = { ...DEFAULT_SETTINGS, annotateMode: 'everywhere' };
    expect(migrateSettings(raw)).toEqual(raw);
  });

  it('keeps what it understands of a newer version written by a later release', () => {
    const { settings, invalid } = validateSettings({
      version: SETTINGS_VERSION + 1,
      sensitivity: 'lenient',
      someFutureOption: 42,
    });
    expect(settings.sensitivity).toBe('lenient');
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(invalid).toEqual([]);
  });
});

describe('validation', () => {
  it('replaces each invalid field with its default and keeps the valid ones', () => {
    const { settings, invalid } = validateSettings({
      version: SETTINGS_VERSION,
      annotateMode: 'always',
      sensitivity: 'lenient',
      minQuoteWords: 0,
      showBadge: 'yes',
      markedVerdicts: ['altered', 'bogus', 'verbatim'],
      excludedSites: ['Bank.Example', 42, 'https://www.mail.example/inbox', '::nonsense::'],
      highlightStyle: 'background',
    });
    expect(settings.annotateMode).toBe('off');
    expect(settings.sensitivity).toBe('lenient');
    expect(settings.minQuoteWords).toBe(DEFAULT_SETTINGS.minQuoteWords);
    expect(settings.showBadge).toBe(true);
    expect(settings.markedVerdicts).toEqual(['verbatim', 'altered']);
    expect(settings.excludedSites).toEqual(['bank.example', 'mail.example']);
    expect(settings.highlightStyle).toBe('background');
    expect(invalid.sort()).toEqual(['annotateMode', 'minQuoteWords', 'showBadge']);
  });

  it('survives garbage in storage', () => {
    for (const junk of [null, 'settings', 7, [1, 2], { version: 'two' }]) {
      expect(validateSettings(junk).settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('normalises site entries the user types', () => {
    expect(normalizeSite(' WWW.Example.COM ')).toBe('example.com');
    expect(normalizeSite('https://news.example:8080/a/b?c')).toBe('news.example');
    expect(normalizeSite('not a site')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });
});

describe('saveSettings', () => {
  it('merges a partial change into what is stored', async () => {
    const { area, data } = fakeSync();
    await saveSettings({ sensitivity: 'strict' }, area);
    const s = await saveSettings({ rememberReading: true, excludedSites: ['bank.example'] }, area);
    expect(s.sensitivity).toBe('strict');
    expect(s.rememberReading).toBe(true);
    expect((data[SETTINGS_KEY] as Settings).version).toBe(SETTINGS_VERSION);
    expect((await loadSettings(area)).excludedSites).toEqual(['bank.example']);
  });

  it('refuses an invalid value and writes nothing', async () => {
    const { area, data } = fakeSync();
    await saveSettings({ minQuoteWords: 6 }, area);
    const before = structuredClone(data);
    await expect(
      saveSettings({ showBadge: false, minQuoteWords: 500 } as Partial<Settings>, area),
    ).rejects.toBeInstanceOf(InvalidSettingError);
    expect(data).toEqual(before);
  });
});

describe('watchSettings', () => {
  it('tells every other context what changed, without a reload', async () => {
    const sync = fakeSync();
    const seenByContent: (keyof Settings)[][] = [];
    const seenByPopup: Settings[] = [];
    const stopContent = watchSettings((_s, changed) => seenByContent.push(changed), sync.onChanged);
    const stopPopup = watchSettings((s) => seenByPopup.push(s), sync.onChanged);

    await saveSettings({ highlightStyle: 'background', markedVerdicts: ['altered'] }, sync.area);
    expect(seenByContent).toEqual([['markedVerdicts', 'highlightStyle']]);
    expect(seenByPopup[0]?.highlightStyle).toBe('background');

    stopContent();
    await saveSettings({ showBadge: false }, sync.area);
    expect(seenByContent).toHaveLength(1);
    expect(seenByPopup.at(-1)?.showBadge).toBe(false);
    stopPopup();
    expect(sync.listeners.size).toBe(0);
  });

  it('ignores other storage areas and other keys', () => {
    const sync = fakeSync();
    const cb = vi.fn();
    watchSettings(cb, sync.onChanged);
    for (const l of sync.listeners) {
      l({ [SETTINGS_KEY]: { newValue: { showBadge: false } } }, 'local');
      l({ somethingElse: { newValue: 1 } }, 'sync');
    }
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('site rules', () => {
  const base = validateSettings({}).settings;

  it('annotates automatically only where the user asked', () => {
    const sites = { ...base, annotateMode: 'sites' as const, annotateSites: ['ledger.example'] };
    expect(isAutoAnnotated(sites, 'https://www.ledger.example/2026/story')).toBe(true);
    expect(isAutoAnnotated(sites, 'https://city.ledger.example/x')).toBe(true);
    expect(isAutoAnnotated(sites, 'https://notledger.example/x')).toBe(false);
    expect(isAutoAnnotated(base, 'https://ledger.example/x')).toBe(false);
    expect(isAutoAnnotated({ ...base, annotateMode: 'everywhere' }, 'chrome://settings')).toBe(
      false,
    );
  });

  it('remembers reading only when turned on, and never on an excluded site', () => {
    const on = { ...base, rememberReading: true, excludedSites: ['bank.example'] };
    expect(mayRemember(base, 'https://news.example/a')).toBe(false);
    expect(mayRemember(on, 'https://news.example/a')).toBe(true);
    expect(mayRemember(on, 'https://online.bank.example/statement')).toBe(false);
  });
});
