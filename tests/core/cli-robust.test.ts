import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-run';
import { DEMO_PAGE } from '../../src/cli/io';
import { terminalSafe } from '../../src/cli/terminal';
import { sentences, tokenize } from '../../src/core/text';
import type { Report } from '../../src/core/types';

const dir = mkdtempSync(join(tmpdir(), 'second-source-robust-'));
const demo = readFileSync(DEMO_PAGE, 'utf8');
// Any terminal control: ESC, the one-byte CSI (U+009B), BEL, backspace, a bidi override.
// eslint-disable-next-line no-control-regex -- looking for control characters
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('what the CLI prints', () => {
  it('never carries escape sequences or control characters from the page', async () => {
    const evil = demo
      .replace('<title>', '<title>\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e')
      .replace(
        '“We will not accept any agreement',
        '“We will \u001b[8mnot\u001b[0m \u009b2J accept\u0007 any\b agreement',
      );
    expect(evil).not.toBe(demo);
    const path = join(dir, 'evil.html');
    writeFileSync(path, evil);
    for (const extra of [[], ['--json']]) {
      const r = await run(['analyze', path, '--url', 'https://x.example/a', ...extra]);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(CONTROLS);
      expect(r.out.length).toBeGreaterThan(100);
    }
  });

  it('strips every kind of escape sequence and keeps the words', () => {
    expect(
      terminalSafe('a\u001b[1;31mb\u001b[0m c\u001b]8;;https://x\u001b\\link\u001b]8;;\u0007'),
    ).toBe('ab clink');
    expect(terminalSafe('tab\tand\nline\r\u0000\u009b2J\u202eok')).toBe('tab\tand\nline2Jok');
  });
});

describe('the article address', () => {
  it('ignores a javascript: canonical link and keeps the page’s own address', async () => {
    const page = demo.replace(
      '<head>',
      '<head><link rel="canonical" href="javascript:alert(document.cookie)">',
    );
    const path = join(dir, 'js-canonical.html');
    writeFileSync(path, page);
    const r = await run(['analyze', path, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Report;
    expect(report.article.url.startsWith('file:')).toBe(true);
  });

  it('refuses a --url that is not http(s)', async () => {
    const r = await run(['analyze', DEMO_PAGE, '--url', 'javascript:alert(1)']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('hostile input', () => {
  it('refuses 200 KB of random bytes on standard input quickly, in one line', async () => {
    const bytes = new Uint8Array(200 * 1024);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++)
      bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const t = performance.now();
    const r = await run(['analyze', '-'], bytes);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not UTF-8 text/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('declines a 10 MB article in one paragraph at once, as the browser does', async () => {
    const text = '“Yes, we go,” he said. '.repeat(450_000);
    const path = join(dir, 'wall.json');
    writeFileSync(
      path,
      JSON.stringify({
        url: 'https://wall.example/a',
        title: 'A wall of text',
        source: 'Wall Post',
        published: '2026-03-12',
        text,
      }),
    );
    const t = performance.now();
    const r = await run(['analyze', path]);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe(
      'second-source: Article too long to check (10,350,000 characters; the limit is 1,000,000)',
    );
  });

  it('declines a 2.3 MB page under the 3-million limit before parsing it, with its reason', async () => {
    // 5,300 paragraphs of prose, about 2.3 million characters: under the page limit,
    // over the article limit. It used to be parsed and read in full (seconds of jsdom)
    // only to be declined as too long.
    const words =
      'the ferry council said on friday that boats would sail to the outer islands again'.split(
        ' ',
      );
    let body = '';
    for (let i = 0; i < 5300; i++) {
      const p: string[] = [];
      for (let w = 0; w < 70; w++) p.push(words[(i * 7 + w * 3) % words.length]!);
      body += `<p>\n      ${p.join(' ')}. &ldquo;We will sail,&rdquo; he said.\n    </p>\n`;
    }
    const html = `<!doctype html><html lang="en"><head><title>A long report</title></head><body><article><h1>A long report</h1>${body}</article></body></html>`;
    expect(html.length).toBeGreaterThan(2_300_000);
    const path = join(dir, 'long-report.html');
    writeFileSync(path, html);
    // Its visible text: whitespace runs and character references count one each.
    const reason =
      /^This page has too much text to check \(about 2,\d{3},\d{3} characters; an article may have at most 1,000,000\)$/;
    const analysed = await run(['analyze', path]);
    expect(analysed.code).toBe(1);
    const said = analysed.err.trim().replace(/^second-source: /, '');
    expect(said).toMatch(reason);
    const extracted = await run(['extract', path]);
    expect(extracted.code).toBe(1);
    expect(extracted.err.trim()).toBe(`second-source: ${said}`);
    // pack build skips it with the same reason and keeps going.
    const folder = mkdtempSync(join(tmpdir(), 'second-source-build-'));
    writeFileSync(join(folder, 'long-report.html'), html);
    const built = await run(['pack', 'build', folder, '-o', join(dir, 'long.jsonl')]);
    expect(built.err).toContain(`long-report.html: ${said}`);
  });

  it('says in one line that a folder to build from does not exist', async () => {
    const r = await run(['pack', 'build', join(dir, 'no-such-folder'), '-o', join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/no such file or folder/)]);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('segmenting long texts', () => {
  it('tokenizes a long text with one CJK character in linear time, offsets intact', () => {
    const latin = 'The minister said farmers would not accept the deal, and left. '.repeat(1500);
    const text = `${latin}中${latin}`;
    const t = performance.now();
    const tokens = tokenize(text);
    const took = performance.now() - t;
    expect(took).toBeLessThan(1500);
    for (const tok of tokens.slice(0, 50).concat(tokens.slice(-50)))
      expect(text.slice(tok.start, tok.end).toLowerCase()).toBe(tok.norm);
    expect(tokens.filter((x) => x.norm === 'farmers')).toHaveLength(3000);
    const s = sentences(text);
    expect(s).toHaveLength(3000);
    for (const x of s.slice(-3)) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('pack check and analyze with wrong lines', () => {
  const good = (i: number) =>
    JSON.stringify({
      url: `https://tide.example/n/${i}`,
      title: 'Tide barrier closes for repairs',
      source: 'Tide Post',
      published: '2026-03-11',
      text: 'The tide barrier at Selvik closed on Monday for two weeks of repairs, the port said.',
    });

  it('offers --skip-invalid, and with it keeps the valid lines', async () => {
    const path = join(dir, 'partly.jsonl');
    writeFileSync(path, [good(1), '{"url": 3}', good(2)].join('\n'));
    const strict = await run(['pack', 'check', path]);
    expect(strict.code).toBe(2);
    expect(strict.err).toMatch(/--skip-invalid keeps the 2 valid articles and skips 1 line/);
    const lenient = await run(['pack', 'check', path, '--skip-invalid']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toMatch(/ok without 1 invalid line\n {2}articles {3}2/);
    const analyzed = await run([
      'analyze',
      DEMO_PAGE,
      '--corpus',
      path,
      '--skip-invalid',
      '--json',
    ]);
    expect(analyzed.code).toBe(0);
    expect(analyzed.err).toMatch(/skipped 1 invalid line/);
  });

  it('refuses invalid UTF-8 in a pack with the line number', async () => {
    const path = join(dir, 'latin1.jsonl');
    const bytes = Buffer.concat([
      Buffer.from(good(1) + '\n'),
      Buffer.from(good(2).replace('Tide Post', 'Tide P\u00f6st'), 'latin1'),
    ]);
    writeFileSync(path, bytes);
    const r = await run(['pack', 'check', path]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/line 2: not valid UTF-8 text/);
  });
});
