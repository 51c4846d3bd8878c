import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { runCli } from './cli-run';
import type { Article } from '../../src/core/types';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const FRENCH = join(PAGES, 'courrier-des-iles-port-greve', 'source.html');
const ENGLISH = join(PAGES, 'harbour-ledger-trade-talks', 'source.html');

/** Runs the CLI in-process with captured output; stdin holds `stdin`. */
const run = (args: string[], stdin = '') => runCli(main, args, stdin);

const dir = mkdtempSync(join(tmpdir(), 'second-source-extract-'));

describe('second-source extract', () => {
  it('prints the fields and paragraphs the extension reads', async () => {
    const { code, out, err } = await run(['extract', FRENCH]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^title +Grève au port de Valmer/m);
    expect(out).toMatch(/^outlet +Le Courrier des Îles$/m);
    expect(out).toMatch(/^date +2026-04-02T05:15:00.000Z$/m);
    expect(out).toMatch(/^byline +Hélène Marquet$/m);
    expect(out).toMatch(/^language +fr$/m);
    // The page's canonical URL replaces the file's when no --url is given.
    expect(out).toMatch(/^url +https:\/\/courrier-des-iles\.example\/economie\//m);
    expect(out).toContain('\n\nLes dockers du port de Valmer');
    expect(out).not.toContain('Publicité');
  });

  it('gives the same article as JSON, through the same extractor', async () => {
    const { code, out } = await run(['extract', ENGLISH, '--json']);
    expect(code).toBe(0);
    const article = JSON.parse(out) as Article;
    const expected = JSON.parse(
      readFileSync(join(PAGES, 'harbour-ledger-trade-talks', 'expected.json'), 'utf8'),
    ) as { result: { article: Article } };
    expect(article).toEqual(expected.result.article);
  });

  it('reads standard input with -, and --url sets the address', async () => {
    const html = readFileSync(ENGLISH, 'utf8');
    const { code, out } = await run(
      ['extract', '-', '--url', 'https://mirror.example/story?utm_source=feed', '--json'],
      html,
    );
    expect(code).toBe(0);
    expect((JSON.parse(out) as Article).url).toBe('https://mirror.example/story');
  });

  it('exits 1 with one line when the page has no article', async () => {
    const { code, out, err } = await run(
      ['extract', '-'],
      '<html><body><nav>Home</nav><p>Sign in</p></body></html>',
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('second-source: No article found on this page\n');
  });

  it.each([
    [['extract'], /needs a page/],
    [['extract', join(dir, 'missing.html')], /no such file/],
    [['extract', FRENCH, '--url', 'not a url'], /is not a URL/],
    [['extract', FRENCH, '--url'], /--url needs a value/],
    [['extract', FRENCH, '--pdf'], /unknown option --pdf/],
    [['extract', FRENCH, ENGLISH], /unexpected argument/],
  ])('exits 2 with a one-line reason for %j', async (args, reason) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(reason);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('exits 2 for empty or non-HTML input', async () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '  \n');
    expect(await run(['extract', empty])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is empty/),
    });
    expect(await run(['extract', '-'], '\u0000\u0001binary')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/standard input is not HTML/),
    });
  });

  it('is listed in the usage', async () => {
    expect((await run(['--help'])).out).toContain('second-source extract');
  });
});

describe('bounded work on huge pages', () => {
  const SENTENCE = 'The ferry crews voted to accept the new rota after a long night of talks. ';

  it('declines 100,000 paragraphs before parsing them, within 2 s', async () => {
    const html = `<html><body><article>${`<p>${SENTENCE}</p>`.repeat(100_000)}</article></body></html>`;
    const t0 = performance.now();
    const { code, err } = await run(['extract', '-'], html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(code).toBe(1);
    expect(err).toMatch(/^second-source: This page is too large to check \(20,001 elements/);
  });

  it('declines 5 MB of text within 2 s', async () => {
    const html = `<html><body><article>${`<p>${SENTENCE.repeat(130)}</p>`.repeat(520)}</article></body></html>`;
    const t0 = performance.now();
    const { code, err } = await run(['extract', '-'], html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(code).toBe(1);
    expect(err).toMatch(/^second-source: Article too long to check \(5,0\d\d,\d{3} characters/);
  });

  it('declines a 100,000-deep nest before parsing it, and analyze does too', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`;
    const t0 = performance.now();
    const extracted = await run(['extract', '-'], html);
    const analyzed = await run(['analyze', '-', '--no-bundled'], html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(extracted).toMatchObject({ code: 1, err: expect.stringMatching(/nested too deeply/) });
    expect(analyzed).toMatchObject({ code: 1, err: expect.stringMatching(/nested too deeply/) });
  });
});

describe('the installed command', () => {
  it('runs extract from bin/ with the exit code and no stack trace', () => {
    const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/second-source.js');
    const ok = spawnSync(process.execPath, [bin, 'extract', '-', '--json'], {
      input: readFileSync(FRENCH, 'utf8'),
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as Article).language).toBe('fr');
    const missing = spawnSync(process.execPath, [bin, 'extract', join(dir, 'none.html')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
