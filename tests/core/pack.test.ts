import { describe, expect, it } from 'vitest';
import { formatPackError, isIsoDate, parsePack, serializePack } from '../../src/core/pack';

const line = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    url: 'https://a.example/1',
    title: 'Title',
    source: 'A',
    published: '2026-03-11T09:00:00Z',
    text: 'One.\n\nTwo.',
    ...over,
  });

describe('parsePack', () => {
  it('reads a valid pack', () => {
    const p = parsePack(
      [line(), line({ url: 'https://a.example/2', language: 'de', byline: 'K' })].join('\n'),
    );
    expect(p.errors).toEqual([]);
    expect(p.articles).toHaveLength(2);
    expect(p.articles[0]!.paragraphs).toEqual(['One.', 'Two.']);
    expect(p.articles[1]!.language).toBe('de');
  });
  it('skips blank lines but counts line numbers', () => {
    const p = parsePack(`\n${line()}\n\n{bad json\n`);
    expect(p.articles).toEqual([]);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]!.line).toBe(4);
    expect(p.errors[0]!.message).toMatch(/not valid JSON/);
  });
  it.each([
    [{ url: undefined }, 'url', /missing/],
    [{ url: 'ftp://x' }, 'url', /http/],
    [{ title: '' }, 'title', /empty/],
    [{ source: 3 }, 'source', /string/],
    [{ published: 'yesterday' }, 'published', /ISO 8601/],
    [{ published: '2026-02-30' }, 'published', /ISO 8601/],
    [{ text: '   ' }, 'text', /empty|no words/],
    [{ language: 'english!' }, 'language', /language tag/],
  ])('rejects %o with the field and reason', (over, field, message) => {
    const p = parsePack([line({ url: 'https://a.example/0' }), line(over)].join('\n'));
    expect(p.articles).toEqual([]);
    const err = p.errors.find((e) => e.field === field);
    expect(err?.line).toBe(2);
    expect(err?.message).toMatch(message);
  });
  it('rejects a line that is not an object', () => {
    expect(parsePack('[1,2]').errors[0]).toMatchObject({ line: 1, field: null });
  });
  it('rejects an empty pack', () => {
    expect(parsePack('\n\n').errors[0]!.message).toMatch(/no articles/);
  });
  it('resolves duplicate URLs deterministically: the later date wins', () => {
    const p = parsePack(
      [
        line({ title: 'new', published: '2026-03-12' }),
        line({ title: 'old', published: '2026-03-10' }),
        line({ url: 'https://a.example/1#frag', title: 'newer tie', published: '2026-03-12' }),
      ].join('\n'),
    );
    expect(p.duplicates).toBe(2);
    expect(p.articles.map((a) => a.title)).toEqual(['newer tie']);
  });
  it('formats errors with line and field', () => {
    expect(formatPackError({ line: 3, field: 'url', message: 'bad' })).toBe(
      'line 3, field "url": bad',
    );
  });
  it('round-trips through serializePack', () => {
    const p = parsePack([line(), line({ url: 'https://a.example/2', byline: 'K' })].join('\n'));
    const again = parsePack(serializePack(p.articles));
    expect(again.articles).toEqual(p.articles);
  });
  it('knows ISO dates', () => {
    expect(isIsoDate('2026-03-11')).toBe(true);
    expect(isIsoDate('2026-03-11T09:30:00+01:00')).toBe(true);
    expect(isIsoDate('11/03/2026')).toBe(false);
  });
});
