/**
 * Importing a large pack from the options page, in Chromium: the file (about 9 MB,
 * 12,000 articles with three wrong lines) is streamed to the background in slices. The
 * wrong lines are listed by number with the offer to import the valid articles and skip
 * them; choosing it imports exactly the valid ones. Two options tabs importing a file of
 * the same name at once: one import is refused in plain words, one corpus is kept.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './helpers';
import { ensureArtifacts, launchChromium, waitFor } from './helpers';

const ARTICLES = 12_000;
const WRONG = new Map([
  [17, '{"url": "https://broken.example/a", "title": '],
  [6_001, '{"url": 3}'],
  [11_998, 'not json at all'],
]);

let session: ChromiumSession;
let dir: string;
let bigPack: string;

/** One article line; the same story told by 40 outlets, so the pack reads like a real one. */
function line(i: number): string {
  return JSON.stringify({
    url: `https://outlet-${i % 40}.example/news/${i}`,
    title: `Harbour works in Selvik, day ${i}`,
    source: `Outlet ${i % 40}`,
    published: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    language: 'en',
    text: `The harbour works in Selvik entered their ${i}th day on Monday, the port said.\n\n“We will reopen the northern channel before the autumn storms,” harbour master Oda Lind said. ${'Dredgers moved along the quay. '.repeat(12)}`,
  });
}

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Corpora', exact: true }).waitFor();
  return page;
}

beforeAll(async () => {
  await ensureArtifacts();
  dir = await mkdtemp(join(tmpdir(), 'second-source-import-'));
  const lines: string[] = [];
  for (let i = 1; i <= ARTICLES; i++) lines.push(WRONG.get(i) ?? line(i));
  bigPack = join(dir, 'selvik-archive.jsonl');
  await writeFile(bigPack, lines.join('\n') + '\n');
  session = await launchChromium(undefined, { closeWelcome: true });
});

afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Chromium: importing a large pack from the options page', () => {
  it('lists the wrong lines, and imports the valid articles only when asked', async () => {
    const options = await openOptions();
    const t0 = Date.now();
    await options.setInputFiles('#import-file', bigPack);
    const errors = options.getByTestId('import-errors');
    await errors.waitFor({ timeout: 120_000 });
    const refusedMs = Date.now() - t0;
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('was not imported: 3 lines have problems');
    for (const n of WRONG.keys()) expect(text).toContain(`line ${n}`);
    expect(await options.locator('li.corpus[data-kind="pack"]').count()).toBe(0);

    const skip = options.getByTestId('import-skip-invalid');
    expect(await skip.textContent()).toBe(
      `Import the ${(ARTICLES - 3).toLocaleString('en')} valid articles and skip these 3 lines`,
    );
    await skip.click();
    const done = options.getByTestId('import-done');
    await done.waitFor({ timeout: 180_000 });
    const importedMs = Date.now() - t0;
    expect(await done.textContent()).toMatch(/Imported “selvik-archive\.jsonl”: 11,997 articles/);
    expect(await done.textContent()).toContain('3 invalid lines skipped');
    const card = options.locator('li.corpus[data-kind="pack"]');
    await waitFor(
      'the corpus card',
      async () => (await card.getByTestId('article-count').textContent())?.replace(/\D/g, ''),
      30_000,
    ).then((count) => expect(count).toBe(String(ARTICLES - 3)));
    await writeFile(
      join(await ensureArtifacts(), 'import-stream.json'),
      JSON.stringify({ fileBytes: (await stat(bigPack)).size, refusedMs, importedMs }, null, 2),
    );
    await options.close();
  });

  it('two tabs importing a file of one name at once: one import runs, the other is refused', async () => {
    const small = join(dir, 'twin-tabs.jsonl');
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) lines.push(line(i));
    await writeFile(small, lines.join('\n'));
    const [a, b] = [await openOptions(), await openOptions()];
    await Promise.all([
      a.setInputFiles('#import-file', small),
      b.setInputFiles('#import-file', small),
    ]);
    const outcome = async (p: Page) => {
      const shown = p.locator('[data-testid="import-done"], [data-testid="import-errors"]');
      await shown.first().waitFor({ timeout: 120_000 });
      return (await shown.first().textContent()) ?? '';
    };
    const results = (await Promise.all([outcome(a), outcome(b)])).sort();
    expect(results[0]).toMatch(/^Imported “twin-tabs\.jsonl”: 3,000 articles/);
    expect(results[1]).toMatch(
      /“twin-tabs\.jsonl” is already being imported \(perhaps in another tab\)/,
    );
    await a.reload();
    await a.getByRole('heading', { name: 'Corpora', exact: true }).waitFor();
    const names = await a.$$eval('li.corpus[data-kind="pack"] h3', (hs) =>
      hs.map((h) => h.textContent),
    );
    expect(names.filter((n) => n?.includes('twin-tabs.jsonl'))).toHaveLength(1);
  });
});
