/**
 * The time of a date an article carries: an ISO 8601 date-time, or a bare calendar day
 * ("2026-03-14"), which is read as midnight UTC so that a day never moves with the
 * reader's time zone.
 */

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Milliseconds since 1970-01-01 UTC of an ISO 8601 date or date-time (a bare day is its
 * midnight UTC); null for a missing value or one that does not parse.
 */
export function isoTime(value: string | null | undefined): number | null {
  if (!value) return null;
  // Any ten characters are read as a day, so that a day written otherwise ("2026/03/14",
  // a form the standard leaves to each engine) reads as nothing.
  const t = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(t) ? null : t;
}
