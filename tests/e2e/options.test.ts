/**
 * The options page and the user's own corpora, in Chromium, as a reader would use them:
 * import a pack through the file picker, see its counts, open a news page on the same
 * story and find the pack's articles as coverage and its quotations corroborated; a
 * malformed pack is refused with its line numbers and changes nothing; switching the
 * pack off removes its coverage; reading history makes a second outlet's article find
 * the first. Plus axe-core in light and dark, export, and deletion.
 *
 * The pack's story (a ferry strike in the fictional town of Korvessa) and the
 * reading-history story (a tidal plant at Ulvsund) are not in the bundled corpus.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES_DIR,
  READ_HIGHLIGHTS,
  ROOT,
  axeViolations,
  ensureArtifacts,
  launchChromium,
  openChromiumPopup,
  openPopupInTab,
  optionsOnInstall,
  serveDir,
  waitFor,
  type ChromiumSession,
  type StaticServer,
} from './helpers';

const PACKS = join(ROOT, 'tests/e2e/packs');
const PACK = join(PACKS, 'korvessa-ferries.jsonl');
const MALFORMED = join(PACKS, 'malformed.jsonl');
const PACK_OUTLETS = ['Korvessa Courier', 'The Island Gazette', 'Strand Tribune'];

let server: StaticServer;
let session: ChromiumSession;
let options: Page;
let artifacts: string;

beforeAll(async () => {
  artifacts = await ensureArtifacts();
  server = await serveDir(PAGES_DIR);
  session = await launchChromium();
  // A fresh install opens the options page by itself (the first-run welcome).
  options = await optionsOnInstall(session);
  await options.getByRole('heading', { name: 'Corpora', exact: true }).waitFor();
  // Keep only the options tab.
  for (const p of session.context.pages()) if (p !== options) await p.close();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The corpus card of the imported pack. */
const packCard = () => options.locator('li.corpus[data-kind="pack"]');

/** Corpus ids and article counts as the options page lists them. */
async function listedCorpora(): Promise<string[]> {
  return options.$$eval('li.corpus', (items) =>
    items.map(
      (li) =>
        `${li.getAttribute('data-corpus-id')}:${li.querySelector('[data-testid="article-count"]')?.textContent}`,
    ),
  );
}

/**
 * Open `file` from the test server in a new tab and click the toolbar button, as a
 * reader would. Returns the page and the popup (opened in a tab, for reading) once it
 * shows its report.
 */
async function readArticle(file: string, host?: string): Promise<{ page: Page; popup: Page }> {
  // `host`: a *.test name the browser maps to 127.0.0.1, for a page of another site.
  const url = host
    ? `http://${host}:${new URL(server.origin).port}/${file}`
    : `${server.origin}/${file}`;
  // One tab per page address, so the popup reads the tab just opened.
  for (const p of session.context.pages()) if (p.url() === url) await p.close();
  const page = await session.context.newPage();
  await page.goto(url);
  // The toolbar click runs the analysis; the popup is then read in a tab of its own.
  await openChromiumPopup(session, page);
  const popup = await openPopupInTab(session, url);
  await popup.waitForSelector('.article-title', { timeout: 60_000 });
  return { page, popup };
}

/** The texts drawn with one verdict's highlight, whitespace collapsed, joined by " | ". */
function marked(highlights: Record<string, string[]>, verdict: string): string {
  return (highlights[`second-source-${verdict}`] ?? [])
    .map((t) => t.replace(/\s+/g, ' '))
    .join(' | ');
}

/** Outlets the popup lists as covering the same story. */
async function coverage(popup: Page): Promise<string[]> {
  return popup.$$eval('.coverage-item', (items) =>
    items.map((li) => li.getAttribute('data-source') ?? ''),
  );
}

describe('Chromium: options page and the user’s corpora', () => {
  it('opens with the first-run welcome, and axe-core finds nothing in light or dark', async () => {
    await options.getByTestId('welcome').waitFor();
    expect(await options.isChecked('#remember-reading')).toBe(false);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations((s) => options.evaluate(s)), scheme).toEqual([]);
      await options.screenshot({ path: join(artifacts, `options-${scheme}.png`), fullPage: true });
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await options.getByRole('button', { name: 'No thanks' }).click();
    await options.getByTestId('welcome').waitFor({ state: 'detached' });
    // The answer is stored: the panel stays away after a reload.
    await options.reload();
    await options.getByRole('heading', { name: 'Corpora', exact: true }).waitFor();
    await options.locator('#remember-reading').waitFor();
    expect(await options.getByTestId('welcome').count()).toBe(0);

    // The file pickers are reachable with the keyboard, and the focus shows on the button
    // that stands for each hidden input.
    const tabTo = async (id: string) => {
      let reached = false;
      for (let i = 0; i < 120 && !reached; i++) {
        await options.keyboard.press('Tab');
        reached = await options.evaluate((id) => document.activeElement?.id === id, id);
      }
      expect(reached, id).toBe(true);
      return options.$eval(`label[for="${id}"]`, (el) => getComputedStyle(el).outlineStyle);
    };
    expect(await tabTo('import-file')).toBe('solid');
    expect(
      await options.$eval('[data-testid="drop-zone"]', (el) => getComputedStyle(el).outlineStyle),
    ).toBe('solid');
    expect(await tabTo('opml-file')).toBe('solid');
  });

  it('imports a pack through the file picker and shows its counts', async () => {
    await options.setInputFiles('#import-file', PACK);
    const done = await options.getByTestId('import-done').textContent({ timeout: 30_000 });
    expect(done).toContain('3 articles from 3 outlets');
    await packCard().waitFor();
    expect(await packCard().locator('h3').textContent()).toContain('korvessa-ferries.jsonl');
    expect(await packCard().getByTestId('article-count').textContent()).toBe('3');
    const outlets = (await packCard().getByTestId('outlets').textContent()) ?? '';
    for (const outlet of PACK_OUTLETS) expect(outlets).toContain(`${outlet} (1)`);
    expect(await packCard().locator('input[role="switch"]').isChecked()).toBe(true);
    await options.screenshot({ path: join(artifacts, 'options-imported.png'), fullPage: true });
  });

  it('a news page on that story finds the imported articles and corroborates its quotations', async () => {
    const { page, popup } = await readArticle('options-korvessa-herald.html');
    expect(await popup.textContent('.article-meta')).toContain('Coastline Herald');
    const sources = await waitFor('coverage in the popup', async () => {
      const s = await coverage(popup);
      return s.length >= 3 ? s : null;
    });
    for (const outlet of PACK_OUTLETS) expect(sources).toContain(outlet);

    const highlights = await waitFor('highlights in the page', async () => {
      const h = await page.evaluate(READ_HIGHLIGHTS);
      return Object.keys(h).length > 0 ? h : null;
    });
    const verbatim = marked(highlights, 'verbatim');
    expect(verbatim).toContain('We will keep the ferries running to every island');
    expect(verbatim).toContain('Our crews have worked four winters without a raise');
    // The grocer's words are in no other outlet.
    expect(marked(highlights, 'unverified')).toContain('I have never seen the shelves this empty');
    await popup.screenshot({ path: join(artifacts, 'options-pack-coverage-popup.png') });
    await popup.close();
    await page.close();
  });

  it('refuses a malformed pack with line numbers and leaves the corpora unchanged', async () => {
    await options.bringToFront();
    const before = await listedCorpora();
    await options.setInputFiles('#import-file', MALFORMED);
    const errors = options.getByTestId('import-errors');
    await errors.waitFor({ timeout: 30_000 });
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('was not imported');
    expect(text).toMatch(/line 2: not valid JSON/);
    expect(text).toMatch(/line 4, field "published": the field is missing/);
    expect(text).toMatch(/line 5, field "published": “yesterday” is not an ISO 8601 date/);
    // The error list and the corpus cards pass axe-core too.
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations((s) => options.evaluate(s)), scheme).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await errors.screenshot({ path: join(artifacts, 'options-malformed.png') });
    // Lines 1 and 3 were fine, yet nothing of the pack was stored.
    await options.reload();
    await packCard().waitFor();
    expect(await listedCorpora()).toEqual(before);
  });

  it('exports a corpus as a pack that reads back the same', async () => {
    const download = options.waitForEvent('download');
    await packCard()
      .getByRole('button', { name: /^Export/ })
      .click();
    const file = await (await download).path();
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    const original = (await readFile(PACK, 'utf8')).trim().split('\n');
    const urls = (ls: string[]) => ls.map((l) => (JSON.parse(l) as { url: string }).url).sort();
    expect(urls(lines)).toEqual(urls(original));
  });

  it('switching the pack off removes its coverage, without a restart', async () => {
    await options.bringToFront();
    await packCard().locator('input[role="switch"]').click();
    await options.getByTestId('status').filter({ hasText: 'no longer used' }).waitFor();
    expect(await packCard().locator('input[role="switch"]').isChecked()).toBe(false);

    const { page, popup } = await readArticle('options-korvessa-herald.html');
    await popup.waitForSelector('#tab-coverage');
    const sources = await coverage(popup);
    for (const outlet of PACK_OUTLETS) expect(sources).not.toContain(outlet);
    const highlights = await page.evaluate(READ_HIGHLIGHTS);
    expect(marked(highlights, 'verbatim')).not.toContain('We will keep the ferries running');
    await popup.close();
    await page.close();
  });

  it('deletes single articles and whole corpora', async () => {
    await options.bringToFront();
    await packCard()
      .getByRole('button', { name: /^Show articles/ })
      .click();
    const rows = packCard().locator('ul.articles li');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    expect(await axeViolations((s) => options.evaluate(s))).toEqual([]);
    await rows
      .filter({ hasText: 'Strand Tribune' })
      .getByRole('button', { name: /^Delete/ })
      .click();
    await waitFor('two articles left', async () => (await rows.count()) === 2);
    await waitFor(
      'the count to follow',
      async () => (await packCard().getByTestId('article-count').textContent()) === '2',
    );
    expect((await packCard().getByTestId('outlets').textContent()) ?? '').not.toContain(
      'Strand Tribune',
    );

    await packCard()
      .getByRole('button', { name: /^Delete korvessa/ })
      .click();
    await packCard().getByRole('button', { name: 'Yes, delete' }).click();
    await packCard().waitFor({ state: 'detached' });
    expect(await options.getByTestId('status').textContent()).toContain('2 articles');
  });

  it('with reading history on, the second outlet’s article finds the first one', async () => {
    await options.bringToFront();
    await options.locator('#remember-reading').check();
    await options.getByTestId('status').filter({ hasText: 'Saved' }).waitFor();

    // Two outlets are two sites: reading history knows an outlet by its address.
    const first = await readArticle('options-history-a.html', 'fjordline-times.test');
    expect(await coverage(first.popup)).not.toContain('Westerly Observer');
    await first.popup.close();
    await first.page.close();

    // The options page hears about the new history entry without a reload.
    await options.bringToFront();
    const history = options.locator('li.corpus[data-kind="history"]');
    await history.waitFor({ timeout: 20_000 });
    await waitFor(
      'one remembered article',
      async () => (await history.getByTestId('article-count').textContent()) === '1',
    );
    expect(await history.getByTestId('outlets').textContent()).toContain('Fjordline Times');

    const second = await readArticle('options-history-b.html', 'westerly-observer.test');
    const sources = await waitFor('coverage from history', async () => {
      const s = await coverage(second.popup);
      return s.includes('Fjordline Times') ? s : null;
    });
    expect(sources).toContain('Fjordline Times');
    const highlights = await waitFor('highlights in the page', async () => {
      const h = await second.page.evaluate(READ_HIGHLIGHTS);
      return Object.keys(h).length > 0 ? h : null;
    });
    expect(marked(highlights, 'verbatim')).toContain('The tide never takes a day off');
    await second.popup.screenshot({ path: join(artifacts, 'options-history-popup.png') });
    await second.popup.close();
    await second.page.close();

    await options.bringToFront();
    await waitFor(
      'both articles remembered',
      async () => (await history.getByTestId('article-count').textContent()) === '2',
    );
    await options.screenshot({ path: join(artifacts, 'options-history.png'), fullPage: true });
  });

  it('imports a pack dropped on the drop zone', async () => {
    await options.bringToFront();
    const text = await readFile(PACK, 'utf8');
    const dataTransfer = await options.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped-ferries.jsonl', { type: 'application/x-ndjson' }));
      return dt;
    }, text);
    await options.dispatchEvent('[data-testid="drop-zone"]', 'dragenter', { dataTransfer });
    await options.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });
    const done = await options.getByTestId('import-done').textContent({ timeout: 30_000 });
    expect(done).toContain('Imported “dropped-ferries.jsonl”: 3 articles from 3 outlets');
    const card = options.locator('li.corpus[data-kind="pack"]', { hasText: 'dropped-ferries' });
    await card.waitFor();
    expect(await card.getByTestId('article-count').textContent()).toBe('3');
  });
});
