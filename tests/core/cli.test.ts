import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-run';
import { DEMO_PAGE } from '../../src/cli/io';
import type { DiffPart, QuoteMatch, Report } from '../../src/core/types';

const dir = mkdtempSync(join(tmpdir(), 'second-source-cli-'));
const PAGE_URL = 'https://harbour-ledger.example/2026/03/12/eskeland-farmers';

describe('second-source analyze', () => {
  it('reports coverage and verdicts for the demo page as JSON', async () => {
    const { code, out } = await run(['analyze', DEMO_PAGE, '--url', PAGE_URL, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.article.url).toBe(PAGE_URL);
    expect(report.article.source).toBe('The Harbour Ledger');
    const same = report.related.filter((r) => r.relation === 'same-story').map((r) => r.source);
    expect(same).toEqual(
      expect.arrayContaining([
        'Northgate Post',
        'Meridian Wire',
        'Larsberger Rundschau',
        'Le Courrier du Nord',
      ]),
    );
    expect(report.related.some((r) => r.url === PAGE_URL)).toBe(false);
    const verdicts = Object.fromEntries(
      report.quotes
        .filter((q) => q.kind === 'statement')
        .map((q) => [q.text.slice(0, 20), q.verdict]),
    );
    expect(verdicts).toMatchObject({
      'We will not accept a': 'variant',
      'The negotiations wil': 'verbatim',
      'have carried this co': 'fragment',
      'Exports of grain fel': 'altered',
      'I have never seen a ': 'unverified',
    });
    for (const q of report.quotes)
      for (const m of q.matches)
        expect(Object.keys(m)).toEqual(
          expect.arrayContaining(['url', 'source', 'text', 'similarity', 'kind', 'diff']),
        );
    // The translation variant in English carries its word diff; the French one does not.
    const variant = report.quotes.find((q) => q.text.startsWith('We will not accept a'))!;
    const diffs = variant.matches.map((m) => ({
      language: m.language,
      changed: (m as QuoteMatch & { diff: DiffPart[] }).diff.some((d) => d.op !== 'equal'),
    }));
    expect(diffs).toContainEqual({ language: 'en', changed: true });
    expect(diffs.filter((d) => d.language !== 'en').every((d) => !d.changed)).toBe(true);
  });

  it('prints a readable report', async () => {
    const { code, out } = await run(['analyze', DEMO_PAGE]);
    expect(code).toBe(0);
    expect(out).toMatch(/Who else reported this: 4 articles/);
    expect(out).toMatch(/⚠ altered .*21 percent/);
    expect(out).toMatch(/number: 21 → 12/);
  });

  it('reads an article as one pack line from standard input', async () => {
    const line = JSON.stringify({
      url: 'https://x.example/a',
      title: 'Eskeland talks',
      source: 'X',
      published: '2026-03-12',
      text: '“The negotiations will continue next week in Larsberg,” Ilse Brandvold said.',
    });
    const { code, out } = await run(['analyze', '-', '--json'], line);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).quotes[0]!.verdict).toBe('verbatim');
  });

  it('searches only the given pack with --no-bundled', async () => {
    const pack = join(dir, 'one.jsonl');
    writeFileSync(
      pack,
      JSON.stringify({
        url: 'https://y.example/b',
        title: 'Other',
        source: 'Y',
        published: '2026-03-12',
        text: 'Unrelated news about ferries.',
      }) + '\n',
    );
    const { code, out } = await run([
      'analyze',
      DEMO_PAGE,
      '--no-bundled',
      '--corpus',
      pack,
      '--json',
    ]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).related).toEqual([]);
  });

  it('exits 1 when the page has no article', async () => {
    const { code, err } = await run(
      ['analyze', '-'],
      '<html><body><nav>Home</nav><p>Sign in</p></body></html>',
    );
    expect(code).toBe(1);
    expect(err).toMatch(/no article/i);
  });

  it('exits 2 with a one-line reason on bad input', async () => {
    expect((await run(['analyze', join(dir, 'missing.html')])).err).toMatch(/no such file/);
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['analyze', DEMO_PAGE, '--sensitivity', 'loose'])).code).toBe(2);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"url": "https://z.example/1"}\n');
    const r = await run(['analyze', DEMO_PAGE, '--corpus', bad]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/line 1, field "title": missing/);
  });
});

describe('second-source pack check', () => {
  it('prints the counts of a valid pack', async () => {
    const { code, out } = await run([
      'pack',
      'check',
      join(__dirname, '../../src/corpus/demo.jsonl'),
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/articles\s+78/);
    expect(out).toMatch(/languages\s+en \d+/);
  });
  it('lists every error with its line and exits 2', async () => {
    const bad = join(dir, 'bad2.jsonl');
    writeFileSync(
      bad,
      '{"url":"https://a.example/1","title":"T","source":"A","published":"2026-03-11","text":"x"}\nnot json\n',
    );
    const { code, err } = await run(['pack', 'check', bad]);
    expect(code).toBe(2);
    expect(err).toMatch(/line 2: not valid JSON/);
  });
});
