/**
 * The user's settings: one typed object kept in `storage.sync` under one key, read with
 * defaults, validated field by field and migrated from older versions. Nothing else in
 * the extension touches `storage.sync`.
 *
 * Every context (background, content script, popup, options) reads settings through
 * `loadSettings` and follows changes with `watchSettings`, so a change made on the options
 * page applies everywhere without a reload.
 */
import browser from './browser';
import type { Verdict } from '../core/types';

/** Current schema version; bump it and append a migration whenever `Settings` changes shape. */
export const SETTINGS_VERSION = 3;

/** The `storage.sync` key holding the whole settings object. */
export const SETTINGS_KEY = 'settings';

/** When the content script annotates pages on its own (without a click on the toolbar icon). */
export type AnnotateMode = 'off' | 'sites' | 'everywhere';
/** How much evidence the engine needs before it calls two articles the same story. */
export type Sensitivity = 'strict' | 'balanced' | 'lenient';
/** How quotations are drawn in pages. */
export type HighlightStyle = 'underline' | 'background';

export interface Settings {
  /** Schema version of the stored object (see `MIGRATIONS`). */
  version: number;
  annotateMode: AnnotateMode;
  /** Host names (lower case, no "www.") annotated automatically when `annotateMode` is 'sites'. */
  annotateSites: string[];
  /** Verdicts drawn in pages; the popup always lists every quotation. */
  markedVerdicts: Verdict[];
  highlightStyle: HighlightStyle;
  sensitivity: Sensitivity;
  /** Quotations with fewer words than this are ignored. Range `MIN_QUOTE_WORDS_RANGE`. */
  minQuoteWords: number;
  /** Show the number of corroborated quotations on the toolbar icon. */
  showBadge: boolean;
  /** Add every analysed article to the local "Reading history" corpus. Off unless the user opts in. */
  rememberReading: boolean;
  /** Host names never remembered in reading history. */
  excludedSites: string[];
  /** True once the user has seen (and closed) the first-run welcome panel. */
  welcomeSeen: boolean;
  /** Minutes between two reads of each followed feed. Range `FEED_INTERVAL_RANGE`. */
  feedIntervalMinutes: number;
  /** Feed articles older than this many days are dropped. Range `FEED_RETENTION_DAYS_RANGE`. */
  feedRetentionDays: number;
  /** At most this many feed articles are kept, oldest dropped first. Range `FEED_MAX_ARTICLES_RANGE`. */
  feedMaxArticles: number;
}

export const ALL_VERDICTS: readonly Verdict[] = [
  'verbatim',
  'fragment',
  'variant',
  'altered',
  'unverified',
];
export const ANNOTATE_MODES: readonly AnnotateMode[] = ['off', 'sites', 'everywhere'];
export const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'lenient'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];

/** Inclusive bounds of the feed settings. */
export const FEED_INTERVAL_RANGE = { min: 15, max: 1440 } as const;
export const FEED_RETENTION_DAYS_RANGE = { min: 1, max: 365 } as const;
export const FEED_MAX_ARTICLES_RANGE = { min: 100, max: 200_000 } as const;

/** Inclusive bounds for `minQuoteWords`. */
export const MIN_QUOTE_WORDS_RANGE = { min: 1, max: 30 } as const;

/**
 * At most this many host names per site list: `storage.sync` allows 8,192 bytes per item,
 * and the whole settings object is one item.
 */
export const MAX_SITES = 200;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  annotateMode: 'off',
  annotateSites: [],
  markedVerdicts: [...ALL_VERDICTS],
  highlightStyle: 'underline',
  sensitivity: 'balanced',
  minQuoteWords: 3,
  showBadge: true,
  rememberReading: false,
  excludedSites: [],
  welcomeSeen: false,
  feedIntervalMinutes: 30,
  feedRetentionDays: 30,
  feedMaxArticles: 50_000,
});

type Raw = Record<string, unknown>;

/**
 * Ordered migrations: `MIGRATIONS[i]` turns a version `i + 1` object into version `i + 2`.
 * Each gets a plain copy of what was stored and returns the new shape; unknown values are
 * left for validation to replace with defaults.
 */
export const MIGRATIONS: readonly ((raw: Raw) => Raw)[] = [
  // 1 → 2: version 1 stored automatic annotation as `autoAnnotate: boolean` plus
  // `annotateSites` as one comma-separated string, and `minQuoteLength` in characters.
  (raw) => {
    const { autoAnnotate, minQuoteLength, ...rest } = raw;
    const out: Raw = { ...rest };
    const sites =
      typeof raw.annotateSites === 'string'
        ? raw.annotateSites
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean)
        : raw.annotateSites;
    out.annotateSites = sites;
    if (typeof autoAnnotate === 'boolean') {
      out.annotateMode = !autoAnnotate
        ? 'off'
        : Array.isArray(sites) && sites.length > 0
          ? 'sites'
          : 'everywhere';
    }
    // About six characters to a word, the rule of thumb used in version 1.
    if (typeof minQuoteLength === 'number' && Number.isFinite(minQuoteLength)) {
      out.minQuoteWords = Math.max(1, Math.round(minQuoteLength / 6));
    }
    return out;
  },
  // 2 → 3: the feed settings were added; their defaults fill in.
  (raw) => ({ ...raw }),
];

/**
 * Bring a stored object up to `SETTINGS_VERSION`. An object without a version is taken as
 * version 1. An object from a newer version (written by a later release through sync) is
 * returned as is; validation keeps the fields it understands.
 */
export function migrateSettings(stored: unknown): Raw {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  let raw: Raw = { ...(stored as Raw) };
  let version =
    typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1
      ? raw.version
      : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version - 1];
    if (!step) break;
    raw = step(raw);
    version++;
  }
  raw.version = Math.max(version, SETTINGS_VERSION);
  return raw;
}

/**
 * A host name as stored in site lists: lower case, without "www." and port, from either a
 * bare host ("Example.com") or a URL ("https://www.example.com/news"). Null when the input
 * names no host.
 */
export function normalizeSite(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && !/^\[[0-9a-f:.]+\]$/.test(host)) return null;
  return host;
}

/** True when `url`'s host is one of `sites` or a subdomain of one. */
export function siteMatches(url: string, sites: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return sites.some((site) => host === site || host.endsWith(`.${site}`));
}

function siteList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== 'string') continue;
    const site = normalizeSite(v);
    if (site && !out.includes(site)) out.push(site);
  }
  return out.slice(0, MAX_SITES);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : null;
}

function intIn(v: unknown, range: { min: number; max: number }): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= range.min && v <= range.max
    ? v
    : null;
}

/** Per-field validators: each returns the clean value, or null when the value is unusable. */
const VALIDATORS: { [K in keyof Settings]: (v: unknown) => Settings[K] | null } = {
  version: () => SETTINGS_VERSION,
  annotateMode: (v) => oneOf(v, ANNOTATE_MODES),
  annotateSites: siteList,
  markedVerdicts: (v) => {
    if (!Array.isArray(v)) return null;
    // Keep the canonical order so the options page and comparisons are stable.
    return ALL_VERDICTS.filter((verdict) => v.includes(verdict));
  },
  highlightStyle: (v) => oneOf(v, HIGHLIGHT_STYLES),
  sensitivity: (v) => oneOf(v, SENSITIVITIES),
  minQuoteWords: (v) =>
    typeof v === 'number' &&
    Number.isInteger(v) &&
    v >= MIN_QUOTE_WORDS_RANGE.min &&
    v <= MIN_QUOTE_WORDS_RANGE.max
      ? v
      : null,
  showBadge: (v) => (typeof v === 'boolean' ? v : null),
  rememberReading: (v) => (typeof v === 'boolean' ? v : null),
  excludedSites: siteList,
  welcomeSeen: (v) => (typeof v === 'boolean' ? v : null),
  feedIntervalMinutes: (v) => intIn(v, FEED_INTERVAL_RANGE),
  feedRetentionDays: (v) => intIn(v, FEED_RETENTION_DAYS_RANGE),
  feedMaxArticles: (v) => intIn(v, FEED_MAX_ARTICLES_RANGE),
};

export const SETTING_KEYS = Object.keys(VALIDATORS) as (keyof Settings)[];

function copyDefault<K extends keyof Settings>(key: K): Settings[K] {
  const value = DEFAULT_SETTINGS[key];
  return (Array.isArray(value) ? [...value] : value) as Settings[K];
}

/**
 * A complete `Settings` from anything stored: migrated, each field validated, and every
 * missing or invalid field replaced by its default. `invalid` names the fields that were
 * present but unusable (missing fields are not listed).
 */
export function validateSettings(stored: unknown): {
  settings: Settings;
  invalid: (keyof Settings)[];
} {
  const raw = migrateSettings(stored);
  const settings = {} as Record<keyof Settings, unknown>;
  const invalid: (keyof Settings)[] = [];
  for (const key of SETTING_KEYS) {
    const value = key in raw ? VALIDATORS[key](raw[key]) : null;
    if (value === null) {
      if (key in raw) invalid.push(key);
      settings[key] = copyDefault(key);
    } else {
      settings[key] = value;
    }
  }
  return { settings: settings as unknown as Settings, invalid };
}

/** The part of the storage API settings use; a parameter so tests can pass an in-memory area. */
export interface SettingsArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function syncArea(): SettingsArea {
  return browser.storage.sync as unknown as SettingsArea;
}

/** The stored settings, migrated and validated; defaults when nothing is stored or storage fails. */
export async function loadSettings(area: SettingsArea = syncArea()): Promise<Settings> {
  let stored: unknown;
  try {
    stored = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    // A profile with sync storage disabled or broken still works, with defaults.
    stored = undefined;
  }
  return validateSettings(stored).settings;
}

/** Thrown by `saveSettings` when a value is not acceptable for its field. */
export class InvalidSettingError extends Error {
  constructor(readonly field: keyof Settings) {
    super(`"${field}" has an invalid value`);
    this.name = 'InvalidSettingError';
  }
}

/**
 * Merge `partial` into the stored settings and write them back. Invalid values are
 * refused with `InvalidSettingError` (nothing is written), so the options page can tell
 * the user. Returns the settings now stored.
 */
export async function saveSettings(
  partial: Partial<Settings>,
  area: SettingsArea = syncArea(),
): Promise<Settings> {
  const current = await loadSettings(area);
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(partial) as [keyof Settings, unknown][]) {
    if (!(key in VALIDATORS) || key === 'version') continue;
    const clean = VALIDATORS[key](value);
    if (clean === null) throw new InvalidSettingError(key);
    next[key] = clean;
  }
  next.version = SETTINGS_VERSION;
  await area.set({ [SETTINGS_KEY]: next });
  return validateSettings(next).settings;
}

/** The part of `storage.onChanged` `watchSettings` uses. */
export interface SettingsChangeEvent {
  addListener(
    cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void,
  ): void;
  removeListener(
    cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void,
  ): void;
}

/**
 * Call `cb` with the new settings whenever they change in any context, and with the list
 * of fields whose value changed. Returns a function that stops watching.
 */
export function watchSettings(
  cb: (settings: Settings, changed: (keyof Settings)[]) => void,
  onChanged: SettingsChangeEvent = browser.storage.onChanged as unknown as SettingsChangeEvent,
): () => void {
  const listener = (
    changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
    areaName: string,
  ) => {
    if (areaName !== 'sync' || !(SETTINGS_KEY in changes)) return;
    const change = changes[SETTINGS_KEY]!;
    const next = validateSettings(change.newValue).settings;
    const prev = validateSettings(change.oldValue).settings;
    const changed = SETTING_KEYS.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(prev[k]));
    cb(next, changed);
  };
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/**
 * Whether pages on `url` are annotated automatically under `settings` (the host permission
 * must also have been granted; the background checks that).
 */
export function isAutoAnnotated(settings: Settings, url: string): boolean {
  if (!/^https?:/.test(url)) return false;
  if (settings.annotateMode === 'everywhere') return true;
  return settings.annotateMode === 'sites' && siteMatches(url, settings.annotateSites);
}

/** Whether an article read at `url` may go into reading history under `settings`. */
export function mayRemember(settings: Settings, url: string): boolean {
  return (
    settings.rememberReading && /^https?:/.test(url) && !siteMatches(url, settings.excludedSites)
  );
}
