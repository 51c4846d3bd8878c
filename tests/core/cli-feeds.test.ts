import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { parsePack } from '../../src/core/pack';

const SITE = join(__dirname, '../fixtures/feeds/site');
const dir = mkdtempSync(join(tmpdir(), 'second-source-feeds-'));
let server: Server;
let origin = '';
const requests: string[] = [];

/** Local outlets: a full-text feed, a summary-only feed with pages, a 404, a huge feed. */
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const file = (name: string, type: string) => {
      res.writeHead(200, { 'content-type': type });
      res.end(readFileSync(join(SITE, name)));
    };
    if (path === '/full.xml') return file('full.xml', 'application/rss+xml');
    if (path === '/summary.xml') return file('summary.xml', 'application/atom+xml');
    if (path === '/pages/ferry.html') return file('pages/ferry.html', 'text/html; charset=utf-8');
    if (path === '/pages/undated.html') {
      // The same page without its date: nothing anywhere dates this item.
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(
        readFileSync(join(SITE, 'pages/ferry.html'), 'utf8').replace(
          /<meta property="article:published_time"[^>]*>/,
          '',
        ),
      );
    }
    if (path === '/moved.xml') {
      res.writeHead(301, { location: '/full.xml' });
      return res.end();
    }
    if (path === '/huge.xml') {
      // 6 MB sent in chunks with no Content-Length: the cap must act while streaming.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 6 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return push();
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readStdin: async () => '',
  });
  return { code, out, err };
}

describe('second-source pack build --feed', () => {
  it('writes the articles of the feeds that work and reports the others in one line each', async () => {
    const out = join(dir, 'feeds.jsonl');
    const r = await run([
      'pack',
      'build',
      '--feed',
      `${origin}/full.xml`,
      '--feed',
      `${origin}/summary.xml`,
      '--feed',
      `${origin}/gone.xml`,
      '--feed',
      `${origin}/huge.xml`,
      '-o',
      out,
    ]);
    expect(r.code).toBe(0);
    const host = origin.replace('http://', '');
    const errLines = r.err.trim().split('\n');
    expect(errLines).toEqual([
      `feed ${origin}/gone.xml: The server at ${host} answered with HTTP error 404.`,
      `feed ${origin}/huge.xml: The response is larger than 5 MB, so it was not read.`,
      `skipped ${origin}/pages/undated.html: no publication date in the feed or on the page`,
      `skipped ${origin}/news/harbour-wall#syndicated: the same article is in an earlier feed or item`,
    ]);
    expect(r.out).toBe(
      `${out}: 4 articles written (3 full text, 1 title and summary only) from 2 of 4 feeds\n`,
    );

    const pack = parsePack(readFileSync(out, 'utf8'));
    expect(pack.errors).toEqual([]);
    const byUrl = new Map(pack.articles.map((a) => [a.url, a]));
    expect([...byUrl.keys()]).toEqual([
      `${origin}/news/harbour-wall`,
      `${origin}/news/night-bus`,
      `${origin}/pages/ferry.html`,
      `${origin}/pages/missing.html`,
    ]);
    // Full text from the feed itself: its pages were never requested.
    const wall = byUrl.get(`${origin}/news/harbour-wall`)!;
    expect(wall).toMatchObject({
      source: 'Velmora Harbour Times',
      published: '2026-03-09T18:30:00.000Z',
      byline: 'Nils Aaberg',
      language: 'en',
    });
    expect(wall.paragraphs).toHaveLength(6);
    expect(requests).not.toContain('/news/harbour-wall');
    // A summary-only item whose page was fetched and extracted.
    const ferry = byUrl.get(`${origin}/pages/ferry.html`)!;
    expect(ferry.source).toBe('Holm Island Post');
    expect(ferry.paragraphs[0]).toMatch(/^The ferry company that serves Holm Island/);
    expect(ferry.text).toContain('“The new ferry will carry two hundred passengers');
    expect(ferry.text).not.toMatch(/Contact the newsroom|Sport/);
    // A page that is gone leaves the item's title and summary.
    const school = byUrl.get(`${origin}/pages/missing.html`)!;
    expect(school.title).toBe('Island school gets a new roof');
    expect(school.paragraphs).toEqual(['Builders finished the work a week early.']);
    // …and its line says so, as the extension marks such articles.
    expect(school.summaryOnly).toBe(true);
    expect(ferry.summaryOnly).toBeUndefined();
  });

  it('reads feeds from OPML, with the outline title as the outlet, following a redirect', async () => {
    const opml = join(dir, 'list.opml');
    writeFileSync(
      opml,
      readFileSync(join(SITE, 'feeds.opml'), 'utf8').replace(
        '{{ORIGIN}}/full.xml',
        `${origin}/moved.xml`,
      ),
    );
    const out = join(dir, 'opml.jsonl');
    const r = await run(['pack', 'build', '--opml', opml, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const pack = parsePack(readFileSync(out, 'utf8'));
    expect(pack.articles.map((a) => a.source)).toEqual([
      'The Velmora Harbour Times',
      'The Velmora Harbour Times',
    ]);
    // Relative links resolve against the address the feed was finally read from.
    expect(pack.articles[0]!.url).toBe(`${origin}/news/harbour-wall`);
  });

  it('exits 1 when no feed gives an article', async () => {
    const r = await run([
      'pack',
      'build',
      '--feed',
      `${origin}/gone.xml`,
      '-o',
      join(dir, 'x.jsonl'),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `feed ${origin}/gone.xml: The server at ${origin.replace('http://', '')} answered with HTTP error 404.\n` +
        'second-source: no article found in the feeds\n',
    );
  });

  it.each([
    [
      ['--feed', 'ftp://files.example/feed', '-o', 'x.jsonl'],
      /--feed "ftp:\/\/files.example\/feed" is not an http or https address/,
    ],
    [['--feed', 'not a url', '-o', 'x.jsonl'], /is not an http or https address/],
    [['--feed', 'https://a.example/feed'], /^second-source: usage: /],
    [['--feed'], /--feed needs a value/],
    [
      ['folder', '--feed', 'https://a.example/feed', '-o', 'x.jsonl'],
      /a folder or --feed\/--opml, not both/,
    ],
    [
      ['--opml', '/nonexistent/list.opml', '-o', 'x.jsonl'],
      /cannot read \/nonexistent\/list.opml: no such file/,
    ],
    [['--bogus', '-o', 'x.jsonl'], /unknown option --bogus/],
  ])('rejects bad input %j with exit 2 and one line', async (args, message) => {
    const r = await run(['pack', 'build', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('rejects an OPML file that is not OPML, or lists nothing', async () => {
    const bad = join(dir, 'bad.opml');
    writeFileSync(bad, '<!DOCTYPE x [<!ENTITY a "b">]><opml/>');
    const r1 = await run(['pack', 'build', '--opml', bad, '-o', join(dir, 'y.jsonl')]);
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/bad\.opml: The OPML file declares its own XML entities/);
    const empty = join(dir, 'empty.opml');
    writeFileSync(empty, '<opml version="2.0"><head/><body><outline text="x"/></body></opml>');
    const r2 = await run(['pack', 'build', '--opml', empty, '-o', join(dir, 'z.jsonl')]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/empty\.opml: the file lists no feeds/);
  });
});
