/**
 * The time of an article's date: a bare day is its midnight UTC wherever the reader is,
 * a date-time keeps its zone, and what does not parse has no time.
 */
import { describe, expect, it } from 'vitest';
import { publishedDay } from '../../src/core/article';
import { isoTime } from '../../src/core/iso-time';

describe('isoTime', () => {
  it('reads a bare day as its midnight UTC', () => {
    expect(isoTime('2026-03-14')).toBe(Date.UTC(2026, 2, 14));
  });
  it('reads a date-time with its zone', () => {
    expect(isoTime('2026-03-14T23:30:00Z')).toBe(Date.UTC(2026, 2, 14, 23, 30));
    expect(isoTime('2026-03-15T01:30:00+02:00')).toBe(Date.UTC(2026, 2, 14, 23, 30));
  });
  it('has no time for a missing date or one that does not parse', () => {
    for (const v of [null, undefined, '', 'yesterday', '2026-13-45', '14/03/2026', '2026/03/14']) {
      expect(isoTime(v), String(v)).toBeNull();
    }
  });
});

describe('publishedDay', () => {
  it('counts whole days since 1970 in UTC, the same for a day and a time on it', () => {
    const day = Date.UTC(2026, 2, 14) / 86_400_000;
    expect(publishedDay('2026-03-14')).toBe(day);
    expect(publishedDay('2026-03-14T23:59:59Z')).toBe(day);
    expect(publishedDay('2026-03-15T01:00:00+02:00')).toBe(day);
    expect(publishedDay('not a date')).toBeNull();
    expect(publishedDay(null)).toBeNull();
  });
});
