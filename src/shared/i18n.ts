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

/**
 * The message `key` split into text and `values`, or `[fallback]` when no catalogue has
 * it. The browser is given markers, never the values themselves.
 */
function pieces<T>(key: string, values: readonly T[], fallback: string): (string | T)[] {
  const markers = values.map((_, i) => `${OPEN}${i}${CLOSE}`);
  const raw = browser.i18n.getMessage(key, markers);
  if (!raw) return [fallback];
  return raw
    .split(/\uE000(\d)\uE001/)
    .map((part, i) => (i % 2 ? (values[Number(part)] as T) : part))
    .filter((part) => part !== '' && part !== undefined);
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
  const own = browser.i18n.getMessage('locale') || 'en';
  const ui = (browser.i18n.getUILanguage?.() ?? '').replace(/_/g, '-');
  locale = ui.split('-')[0]!.toLowerCase() === own ? ui : own;
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
export function formatDate(iso: string | null | undefined, fallback = ''): string {
  if (!iso) return fallback;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const ms = Date.parse(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(ms)) return iso;
  return new Intl.DateTimeFormat(uiLocale(), {
    dateStyle: 'medium',
    ...(dayOnly ? { timeZone: 'UTC' } : {}),
  }).format(ms);
}

/** Two days as the locale writes a span ("19 Jan – 2 Dec 2026", "19.01.–02.12.2026"). */
export function formatDateRange(fromIso: string, toIso: string): string {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) {
    return `${formatDate(fromIso)} – ${formatDate(toIso)}`;
  }
  return new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
    from,
    to,
  );
}

/** "3 hours ago", "in 25 minutes", "now", in the interface's language. */
export function formatRelative(ms: number, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  const minutes = Math.round((ms - now) / 60_000);
  const hours = Math.round(minutes / 60);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  if (Math.abs(hours) < 48) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}

/** A list joined as the locale joins lists ("A, B and C", "A, B и C"). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale()).format(items);
}

/**
 * A language's name in the interface's language, capitalised as a label ("German",
 * "Deutsch", "Немецкий", where Russian and French write it in lower case in a sentence).
 */
export function languageName(code: string): string {
  let name = code;
  try {
    name = new Intl.DisplayNames(uiLocale(), { type: 'language' }).of(code) ?? code;
  } catch {
    // Not a language code: shown as it is.
  }
  return name.charAt(0).toLocaleUpperCase(uiLocale()) + name.slice(1);
}

function text(parts: readonly MessageValue[]): string {
  return parts.map((v) => (typeof v === 'number' ? formatNumber(v) : v)).join('');
}

/** The message `key` with `values` as `$1`, `$2`…; the key itself when no catalogue has it. */
export function t(key: MessageKey, ...values: MessageValue[]): string {
  return text(pieces(key, values, key));
}

/**
 * The message `key` as pieces, with `values` (text or elements) in their places, for a
 * message that holds a link or other markup.
 */
export function tParts<T>(key: MessageKey, ...values: T[]): (string | T)[] {
  return pieces(key, values, key);
}

/**
 * The form of `base` for `count` (`$1`, written for the locale), with `values` as `$2`…,
 * chosen by `Intl.PluralRules`; a category the catalogue lacks falls back to `_other`.
 */
export function tn(base: PluralKey, count: number, ...values: MessageValue[]): string {
  const all = [count, ...values];
  const form = `${base}_${new Intl.PluralRules(uiLocale()).select(count)}`;
  const found = pieces(form, all, '');
  return text(found[0] === '' ? pieces(`${base}_other`, all, base) : found);
}
