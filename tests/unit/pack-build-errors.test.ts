// @vitest-environment node
/** `pack build` goes on past a page the extractor cannot handle, and says which. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/content/extract', async (original) => {
  const real = await original<typeof import('../../src/content/extract')>();
  return {
    ...real,
    extractArticle: (doc: Document, url: string, opts?: { clone?: boolean }) => {
      if (doc.title.includes('BROKEN')) throw new RangeError('Invalid time value');
      return real.extractArticle(doc, url, opts);
    },
  };
});

const { buildPackFromFolder } = await import('../../src/cli/pack-build');

describe('pack build over a folder with a page it cannot read', () => {
  it('skips that page with the reason and keeps the others', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-pack-broken-'));
    const page = await readFile(
      join(__dirname, '..', 'e2e', 'pages', 'options-history-a.html'),
      'utf8',
    );
    const withUrl = (html: string, url: string) =>
      html.replace('<head>', `<head><link rel="canonical" href="${url}">`);
    await writeFile(join(dir, 'a-good.html'), withUrl(page, 'https://one.example/a'));
    await writeFile(
      join(dir, 'b-broken.html'),
      withUrl(page, 'https://two.example/b').replace(/<title>/, '<title>BROKEN '),
    );
    const built = await buildPackFromFolder(dir);
    expect(built.lines).toHaveLength(1);
    expect(built.skipped).toEqual([
      { file: 'b-broken.html', reason: 'cannot be read (Invalid time value)' },
    ]);
  });
});
