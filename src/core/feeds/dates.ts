/**
 * Dates as feeds write them: RFC 822 (with named zones, two-digit years, missing
 * seconds, month names in a few languages), ISO 8601 with or without a zone, and the
 * rest. Parsed by hand so that every engine gives the same answer (Date.parse differs
 * between V8 and SpiderMonkey on anything but ISO).
 */

const MONTHS = new Map<string, number>();
[
  ['jan', 'janv', 'ene', 'jän', 'янв'],
  ['feb', 'fév', 'fev', 'févr', 'фев'],
  ['mar', 'mär', 'märz', 'mrz', 'mars', 'марта', 'мар'],
  ['apr', 'avr', 'abr', 'апр'],
  ['may', 'mai', 'mayo', 'мая', 'май'],
  ['jun', 'juin', 'июн'],
  ['jul', 'juil', 'июл'],
  ['aug', 'aoû', 'aou', 'ago', 'авг'],
  ['sep', 'sept', 'set', 'сен'],
  ['oct', 'okt', 'окт'],
  ['nov', 'ноя'],
  ['dec', 'dez', 'déc', 'dic', 'дек'],
].forEach((names, month) => names.forEach((n) => MONTHS.set(n, month)));

/** Offsets in minutes east of UTC of the zone names RFC 822 allows and feeds use. */
const ZONES = new Map<string, number>([
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['z', 0],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['bst', 60],
  ['cet', 60],
  ['cest', 120],
  ['met', 60],
  ['mest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
]);

/** Earliest and latest years accepted; anything outside is a broken date, not news. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2200;

/** A date as a feed writes it, once its parts are found: the time and zone as written. */
interface DateParts {
  year: number;
  /** 0 for January. */
  month: number;
  day: number;
  /** Missing parts of the time are 0. */
  hour?: string;
  minute?: string;
  second?: string;
  zone?: string;
}

/** The ISO 8601 form in UTC of a date, or null when it names no real day or time. */
function build(p: DateParts): string | null {
  const { year: y, month: mo, day: d } = p;
  const h = Number(p.hour ?? 0);
  const mi = Number(p.minute ?? 0);
  const s = Number(p.second ?? 0);
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 0 || mo > 11 || d < 1 || d > 31) return null;
  if (h > 24 || mi > 59 || s > 60) return null;
  // An unknown zone name ("IST" means three different zones) is read as UTC: the day is
  // still right to within hours, which is all matching needs.
  const offsetMin = zoneOffset(p.zone) ?? 0;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59)) - offsetMin * 60_000;
  const check = new Date(Date.UTC(y, mo, d));
  // 31 April rolls over into May: not a real day.
  if (check.getUTCDate() !== d) return null;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/**
 * Minutes east of UTC of a zone as feeds write it: none (UTC), "+0100", "-05:00", "+02",
 * or a name ("GMT", "(CEST)", "Z"); null for a name it does not know.
 */
function zoneOffset(zone: string | undefined): number | null {
  if (!zone) return 0;
  const z = zone.toLowerCase();
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return ZONES.get(z.replace(/^\(|\)$/g, '')) ?? null;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 =
  /^(?:[\p{L}]+\.?,?\s*)?(\d{1,2})[\s-]+([\p{L}]+)\.?[\s-]+(\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5}|\([a-z]{1,5}\))?(?:\s.*)?$/iu;

/**
 * An ISO 8601 date-time in UTC ("2026-03-03T15:00:00.000Z") for a feed date, or null
 * when it cannot be read. A time without a zone is taken as UTC; a date without a time
 * as midnight UTC; an unknown zone name as UTC. Years outside 1990–2200 are rejected.
 */
export function parseFeedDate(value: unknown): string | null {
  const s = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : null;
  if (!s || s.length > 100) return null;
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, hour, minute, second, zone] = iso;
    return build({
      year: Number(y),
      month: Number(mo) - 1,
      day: Number(d),
      hour,
      minute,
      second,
      zone,
    });
  }
  const rfc = RFC822.exec(s);
  if (rfc) {
    const [, d, monthName, yRaw, hour, minute, second, zone] = rfc;
    const mname = monthName!.toLowerCase();
    const month =
      MONTHS.get(mname) ?? MONTHS.get(mname.slice(0, 4)) ?? MONTHS.get(mname.slice(0, 3));
    if (month === undefined) return null;
    let year = Number(yRaw);
    if (yRaw!.length === 2) year += year < 70 ? 2000 : 1900;
    return build({ year, month, day: Number(d), hour, minute, second, zone });
  }
  return null;
}
