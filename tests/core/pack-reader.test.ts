import { describe, expect, it } from 'vitest';
import { decodePackBytes, isIsoDate, PackReader, parsePack } from '../../src/core/pack';

const rec = (i: number, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    url: `https://o${i % 7}.example/n/${i}`,
    title: `Harbour council votes on dredging plan ${i}`,
    source: `Outlet ${i % 7}`,
    published: '2026-03-11',
    language: 'en',
    text: `The council voted ${i} to 3 on Tuesday to dredge the channel, the mayor said.`,
    ...over,
  });

describe('reading packs', () => {
  it('checks 200,000 lines in linear time', () => {
    const time = (n: number) => {
      const reader = new PackReader({ keepArticles: false });
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(rec(i));
      const t = performance.now();
      for (let i = 0; i < n; i++) reader.add(lines[i]!, i + 1);
      const parsed = reader.finish();
      expect(parsed.valid).toBe(n);
      return performance.now() - t;
    };
    const small = time(20_000);
    const big = time(200_000);
    // The time itself is measured by `npm run bench` (pack check); here, the scaling:
    // ten times the lines, not much more than ten times the time.
    expect(big).toBeLessThan(small * 20 + 500);
  });

  it('refuses invalid UTF-8 with the line number', () => {
    const enc = new TextEncoder();
    const good = enc.encode(rec(1) + '\n');
    const bad = new Uint8Array([
      ...enc.encode(rec(2).slice(0, 40)),
      0xc3,
      0x28,
      ...enc.encode(rec(2).slice(40)),
      10,
    ]);
    const bytes = new Uint8Array([...good, ...bad, ...enc.encode(rec(3))]);
    const { text, invalidUtf8Lines } = decodePackBytes(bytes);
    expect(invalidUtf8Lines).toEqual([2]);
    const reader = new PackReader();
    const lines = text.split('\n');
    lines.forEach((l, i) =>
      reader.add(
        invalidUtf8Lines.includes(i + 1)
          ? bytes.subarray(good.length, good.length + bad.length - 1)
          : l,
        i + 1,
      ),
    );
    const parsed = reader.finish();
    expect(parsed.errors).toEqual([
      { line: 2, field: null, message: 'not valid UTF-8 text', problem: 'not-utf8' },
    ]);
    expect(parsed.articles).toEqual([]);
  });

  it('fails text made only of punctuation', () => {
    const parsed = parsePack(rec(1, { text: '… — !!! ?? «» ***\n\n---' }));
    expect(parsed.errors.map((e) => e.field)).toEqual(['text']);
  });

  it('reads the year 0000 as year 0, so 0000-02-29 is a real day', () => {
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('0001-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('0099-12-31T10:00:00Z')).toBe(true);
  });

  it('keeps the valid lines only when asked to skip the others', () => {
    const text = [rec(1), 'not json', rec(2, { published: 'yesterday' }), rec(3)].join('\n');
    const strict = parsePack(text);
    expect(strict.articles).toEqual([]);
    expect([strict.valid, strict.invalidLines]).toEqual([2, 2]);
    const lenient = parsePack(text, { skipInvalid: true });
    expect(lenient.articles.map((a) => a.url)).toEqual([
      'https://o1.example/n/1',
      'https://o3.example/n/3',
    ]);
    expect(lenient.errors.map((e) => e.line)).toEqual([2, 3]);
  });
});
