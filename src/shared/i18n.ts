/**
 * The interface's words, from _locales/<lang>/messages.json through `browser.i18n`: the
 * browser picks the catalogue of its own language, or English when there is none.
 *
 * - `t(key, …values)`: a message with its values put in.
 * - `tn(base, count, …values)`: a message that depends on a number, chosen by
 *   `Intl.PluralRules` among the keys `<base>_one`, `<base>_few`, `<base>_many`,
 *   `<base>_other` (each language has the categories its rules use); the count is `$1`.
 * - `tParts(key, …values)`: the same as pieces, for values that are elements (links).
 *
 * Values are never handed to the browser's substitution: the message is fetched with
 * markers in their place and the values spliced in afterwards, so text from the page or
 * the corpus reaches the reader exactly as it came, whatever `$` signs it holds.
 * Numbers are written with `Intl.NumberFormat`, dates with `Intl.DateTimeFormat`, both in
 * the interface's locale (`uiLocale`).
 */
import browser from './browser';
import type Catalog from '../../_locales/en/messages.json';

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type AnyKey = Extract<keyof typeof Catalog, string>;

/** The key of a message that does not depend on a number. */
export type MessageKey = Exclude<AnyKey, `${string}_${PluralCategory}`>;
/** The common stem of a message's plural forms (`outlets` for `outlets_one`…). */
export type PluralKey = AnyKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** A value put into a message: numbers are formatted for the locale. */
export type MessageValue = string | number;

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d)\uE001/;

/** The raw message with markers for its values, or '' when no catalogue has it. */
function rawMessage(key: string, values: number): string {
  const markers: string[] = [];
  for (let i = 0; i < values; i++) markers.push(`${OPEN}${i}${CLOSE}`);
  return browser.i18n.getMessage(key, markers);
}

let locale: string | null = null;

/**
 * The interface's locale: the browser's language when a catalogue for it exists
 * ("de-AT" with the German catalogue), else the catalogue's own ("en" for an Italian
 * browser, whose interface falls back to English). Numbers, dates and plurals follow it,
 * so they always match the words around them.
 */
export function uiLocale(): string {
  if (locale) return locale;
  const catalogue = browser.i18n.getMessage('locale') || 'en';
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage().replace(/_/g, '-');
  } catch {
    // No UI language: the catalogue's language alone.
  }
  const same = ui.split('-')[0]?.toLowerCase() === catalogue.toLowerCase();
  try {
    locale = same ? (Intl.getCanonicalLocales(ui)[0] ?? catalogue) : catalogue;
  } catch {
    locale = catalogue;
  }
  return locale;
}

/** Forget the cached locale (tests switch languages). */
export function resetLocale(): void {
  locale = null;
}

/** A number written as the interface's locale writes it ("1,234", "1 234", "1.234"). */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLocale(), options).format(n);
}

/**
 * A date as the interface's locale writes it ("12 Mar 2026", "12.03.2026"); `fallback`
 * for a missing date, the raw text for one that cannot be read. A bare day
 * ("2026-03-12") is read in UTC, so it never shifts by a day.
 */
export function formatDate(
  iso: string | null | undefined,
  fallback = '',
  style: 'medium' | 'long' = 'medium',
): string {
  if (!iso) return fallback;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const ms = Date.parse(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(uiLocale(), {
    dateStyle: style,
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(new Date(ms));
}

/** "3 hours ago", "in 25 minutes", "now", in the interface's language. */
export function formatRelative(ms: number, now = Date.now()): string {
  const diff = ms - now;
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const minutes = Math.round(diff / 60_000);
  if (Math.abs(minutes) < 1) return rtf.format(0, 'minute');
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

/** A list joined as the locale joins lists ("A, B and C", "A, B и C"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}

/** A language's name in the interface's language ("German", "Deutsch", "немецкий"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(uiLocale(), { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function show(value: MessageValue): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** Split a message fetched with markers into text and the values it names. */
function splice<T>(raw: string, values: readonly T[]): (string | T)[] {
  const out: (string | T)[] = [];
  let rest = raw;
  for (let m = MARKER.exec(rest); m; m = MARKER.exec(rest)) {
    if (m.index > 0) out.push(rest.slice(0, m.index));
    const value = values[Number(m[1])];
    if (value !== undefined) out.push(value);
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest);
  return out;
}

function join(pieces: readonly (string | MessageValue)[]): string {
  return pieces.map(show).join('');
}

/** The message `key` with `values` as `$1`, `$2`…; the key itself when no catalogue has it. */
export function t(key: MessageKey, ...values: MessageValue[]): string {
  const raw = rawMessage(key, values.length);
  return raw ? join(splice(raw, values)) : key;
}

/**
 * The message `key` as pieces, with `values` (text or elements) in their places, for a
 * message that holds a link or other markup.
 */
export function tParts<T>(key: MessageKey, ...values: T[]): (string | T)[] {
  const raw = rawMessage(key, values.length);
  return raw ? splice(raw, values) : [key];
}

/** The plural category of `count` in the interface's locale ("one", "few", "other"…). */
export function pluralCategory(count: number): PluralCategory {
  return new Intl.PluralRules(uiLocale()).select(count) as PluralCategory;
}

/**
 * The form of `base` for `count` (`$1`, written for the locale), with `values` as `$2`…
 * A category the catalogue lacks falls back to `<base>_other`.
 */
export function tn(base: PluralKey, count: number, ...values: MessageValue[]): string {
  const all: MessageValue[] = [count];
  for (const v of values) all.push(v);
  let raw = rawMessage(`${base}_${pluralCategory(count)}`, all.length);
  if (!raw) raw = rawMessage(`${base}_other`, all.length);
  return raw ? join(splice(raw, all)) : base;
}
