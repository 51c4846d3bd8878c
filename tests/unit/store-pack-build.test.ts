// @vitest-environment node
/**
 * `buildPackFromFolder` (the CLI's `pack build`) over a folder of saved pages: the news
 * pages written for the end-to-end tests, saved the way browsers save them, plus pages
 * that cannot make a pack line.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackFromFolder, pageUrl } from '../../src/cli/pack-build';
import { parsePack } from '../../src/core/pack';
import { JSDOM } from 'jsdom';

const PAGES = join(__dirname, '..', 'e2e', 'pages');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ss-pack-build-'));
  const a = await readFile(join(PAGES, 'options-history-a.html'), 'utf8');
  const b = await readFile(join(PAGES, 'options-history-b.html'), 'utf8');
  const herald = await readFile(join(PAGES, 'options-korvessa-herald.html'), 'utf8');
  // Chrome's "Save page as" comment, a canonical link, and an og:url: the three ways in.
  await writeFile(
    join(dir, 'fjordline.html'),
    `<!-- saved from url=(0052)https://fjordline-times.example/2026/06/01/ulvsund -->\n${a}`,
  );
  await mkdir(join(dir, 'westerly'));
  await writeFile(
    join(dir, 'westerly', 'tide.htm'),
    b.replace(
      '<head>',
      '<head><link rel="canonical" href="https://westerly-observer.example/ulvsund-tide?utm_source=rss" />',
    ),
  );
  await mkdir(join(dir, 'westerly', 'tide_files'));
  await writeFile(join(dir, 'westerly', 'tide_files', 'ad.html'), '<p>ad frame</p>');
  await writeFile(
    join(dir, 'herald.html'),
    herald.replace(
      '<head>',
      '<head><meta property="og:url" content="https://coastline-herald.example/korvessa-ferries" />',
    ),
  );
  // The same article saved twice.
  await writeFile(
    join(dir, 'herald-copy.html'),
    herald.replace(
      '<head>',
      '<head><meta property="og:url" content="https://coastline-herald.example/korvessa-ferries#comments" />',
    ),
  );
  await writeFile(join(dir, 'no-address.html'), a);
  await writeFile(
    join(dir, 'no-date.html'),
    `<!-- saved from url=(0034)https://undated.example/story -->\n${b
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(/<time[^>]*>[^<]*<\/time>/, '')}`,
  );
  await writeFile(
    join(dir, 'login.html'),
    '<!-- saved from url=(0026)https://news.example/login --><html><body><form><label>Email <input></label><button>Sign in</button></form></body></html>',
  );
  await writeFile(join(dir, 'notes.txt'), 'not a page');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('buildPackFromFolder', () => {
  it('turns saved article pages into a valid pack and says why it skipped the rest', async () => {
    const { lines, skipped } = await buildPackFromFolder(dir);
    const pack = parsePack(lines.join('\n'));
    expect(pack.errors).toEqual([]);
    expect(pack.articles.map((a) => [a.url, a.source]).sort()).toEqual([
      ['https://coastline-herald.example/korvessa-ferries', 'Coastline Herald'],
      ['https://fjordline-times.example/2026/06/01/ulvsund', 'Fjordline Times'],
      ['https://westerly-observer.example/ulvsund-tide', 'Westerly Observer'],
    ]);
    const westerly = pack.articles.find((a) => a.source === 'Westerly Observer')!;
    expect(westerly.published).toBe('2026-06-02T10:30:00.000Z');
    expect(westerly.text).toContain(
      '“The tide never takes a day off, and neither will this plant,”',
    );
    // Comments below the article stay out of its body.
    expect(westerly.text).not.toContain('Proud of this town today');

    const reasons = Object.fromEntries(skipped.map((s) => [s.file, s.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'herald.html',
      'login.html',
      'no-address.html',
      'no-date.html',
    ]);
    // Files are read in name order, so the copy comes first and the original is the duplicate.
    expect(reasons['herald.html']).toMatch(/same article as herald-copy\.html/);
    expect(reasons['no-address.html']).toMatch(/no address/);
    expect(reasons['no-date.html']).toMatch(/no publication date/);
    expect(reasons['login.html']).toMatch(/No article/);
  });

  it('finds the address of a saved page', () => {
    const doc = (html: string) => new JSDOM(html).window.document;
    expect(pageUrl(doc('<link rel="canonical" href="https://a.example/x">'), '')).toBe(
      'https://a.example/x',
    );
    expect(pageUrl(doc('<link rel="canonical" href="/relative">'), '')).toBeNull();
    const saved = '<!-- saved from url=(0021)https://b.example/y -->';
    expect(pageUrl(doc(saved), saved)).toBe('https://b.example/y');
  });
});
