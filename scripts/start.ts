/**
 * `npm start`: see the extension work on the demo page.
 *
 * Builds the test variant for Chromium (dist/test/chrome: a click on the toolbar button
 * cannot be made from a script, and that build's 127.0.0.1 host permission stands in for
 * the page access the click grants), serves the demo page on 127.0.0.1, launches
 * Chromium with the extension, brings the page to the front and opens the toolbar popup
 * with `chrome.action.openPopup()` as a click would. It then prints the report the
 * background stored for the tab, and saves screenshots of the annotated page and of the
 * popup (the popup page opened in a tab for that page, `popup.html?tab=<id>`).
 *
 * Headless when there is no DISPLAY; otherwise the browser stays open until Ctrl+C.
 *
 *   npm start [-- --headless] [-- --docs]
 *
 * `--docs` also redraws docs/popup.png, the README's picture of the popup (Quotations
 * tab, the altered quotation expanded).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Report } from '../src/core/types';
import type { TabState } from '../src/shared/messages';
import {
  READ_HIGHLIGHTS,
  chromiumTabId,
  ensureArtifacts,
  launchChromium,
  openChromiumPopup,
  openPopupInTab,
  serveDir,
  waitFor,
} from '../tests/e2e/helpers';
import { ROOT, buildExtension } from './build';
import { TERM_ICON, VERDICT_ICONS } from '../src/shared/verdict-icons';

const DEMO_PAGE = join(ROOT, 'src/corpus/demo-page.html');
const FALLBACK_PAGE = join(ROOT, 'tests/e2e/pages/harbour-ledger-eskeland.html');

const ICONS: Record<string, string> = { ...VERDICT_ICONS, term: TERM_ICON };

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '          ';
}

/** The report as a reader would want it in a terminal. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  const a = report.article;
  lines.push(`${a.source}: “${a.title}” (${day(a.published).trim() || 'no date'})`, '');
  const same = report.related.filter((r) => r.relation === 'same-story');
  const related = report.related.filter((r) => r.relation === 'related');
  lines.push(
    same.length ? `Same story (${same.length} outlets):` : 'Same story: nothing in the corpus yet.',
  );
  for (const r of same) {
    const pct = `${Math.round(r.score * 100)}%`.padStart(4);
    lines.push(`  ${pct}  ${r.source.padEnd(22)} ${day(r.published)}  ${r.title}`);
    if (r.copies.length) lines.push(`        copies: ${r.copies.map((c) => c.source).join(', ')}`);
    if (r.reasons.length) lines.push(`        ${r.reasons.map((x) => x.label).join('; ')}`);
  }
  if (related.length) {
    lines.push('', `Related topics (${related.length}):`);
    for (const r of related) {
      lines.push(
        `  ${`${Math.round(r.score * 100)}%`.padStart(4)}  ${r.source.padEnd(22)} ${r.title}`,
      );
    }
  }
  lines.push('', `Quotations (${report.quotes.length}):`);
  for (const q of report.quotes) {
    const verdict = q.kind === 'term' ? 'term' : q.verdict;
    const who = q.kind === 'statement' ? ` — ${q.speaker ?? 'speaker not named'}` : '';
    const outlets =
      q.kind === 'statement' ? ` (${q.outlets} other outlet${q.outlets === 1 ? '' : 's'})` : '';
    lines.push(`  ${ICONS[verdict] ?? ' '} ${verdict.padEnd(10)} “${q.text}”${who}${outlets}`);
    for (const m of q.matches) {
      for (const d of m.differences) {
        lines.push(
          `               ${d.type} differs from ${m.source}: “${d.ours}” here, “${d.theirs}” there`,
        );
      }
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  const pageFile = existsSync(DEMO_PAGE) ? DEMO_PAGE : FALLBACK_PAGE;
  if (pageFile === FALLBACK_PAGE) {
    console.log('(src/corpus/demo-page.html not found: using the end-to-end test page instead)');
  }
  console.log('Building the extension…');
  const dirs = await buildExtension({
    browsers: ['chrome'],
    test: true,
    dev: false,
    zip: false,
    corpusPack: process.env.SECOND_SOURCE_CORPUS,
    quiet: true,
  });
  const server = await serveDir(dirname(pageFile));
  const pageUrl = `${server.origin}/${relative(dirname(pageFile), pageFile)}`;
  console.log(`Serving the demo page at ${pageUrl}`);
  const session = await launchChromium(dirs.chrome, { headless, closeWelcome: true });
  const shutdown = async () => {
    await session.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  };
  try {
    const page = await session.context.newPage();
    await page.goto(pageUrl);
    for (const p of session.context.pages()) if (p !== page) await p.close();
    console.log('Opening the Second Source popup for the page…');
    await openChromiumPopup(session, page);
    const tabId = await chromiumTabId(session, pageUrl);
    const state = await waitFor(
      'the analysis',
      async () => {
        const s = (await session.worker.evaluate(async (key) => {
          const c = (
            globalThis as unknown as {
              chrome: {
                storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
              };
            }
          ).chrome;
          return (await c.storage.session.get(key))[key] ?? null;
        }, `tab:${tabId}`)) as TabState | null;
        return s && s.status !== 'loading' && s.status !== 'idle' ? s : null;
      },
      60_000,
    );
    if (state.status !== 'done') {
      console.log(`\nNo report: ${JSON.stringify(state)}`);
    } else {
      console.log(`\n${formatReport(state.report)}\n`);
      await waitFor('annotations', async () =>
        Object.keys(await page.evaluate(READ_HIGHLIGHTS)).length > 0 ? true : null,
      );
    }
    const artifacts = await ensureArtifacts();
    const pageShot = join(artifacts, 'start-page.png');
    await page.screenshot({ path: pageShot, fullPage: true });
    const popup = await openPopupInTab(session, pageUrl);
    await popup.waitForSelector('.article-title, .status', { timeout: 30_000 });
    const popupShot = join(artifacts, 'start-popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });
    console.log(
      `Screenshots: ${relative(process.cwd(), pageShot)}, ${relative(process.cwd(), popupShot)}`,
    );
    if (process.argv.includes('--docs')) {
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.click('#tab-quotes');
      const altered = popup.locator('.quote[data-verdict="altered"]');
      if (await altered.count()) {
        await altered.getByRole('button', { name: /Show sources/ }).click();
        await altered.scrollIntoViewIfNeeded();
      }
      const docsShot = join(ROOT, 'docs', 'popup.png');
      await popup.screenshot({ path: docsShot });
      console.log(`README picture: ${relative(process.cwd(), docsShot)}`);
    }
    if (headless) {
      await shutdown();
      return;
    }
    await page.bringToFront();
    console.log('The browser stays open: press Ctrl+C to quit.');
    await new Promise<void>((done) => {
      process.once('SIGINT', () => done());
      session.context.once('close', () => done());
    });
    await shutdown();
  } catch (error) {
    await shutdown();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
