/**
 * `second-source extract PAGE.html [--url URL] [--json]`: what the extension reads from
 * a page (title, outlet, date, byline, language, paragraphs), through the same
 * `extractArticle` the content script runs, over jsdom.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../core/types';
import { htmlLimitReason } from '../content/extract';
import { articleFromHtml } from './io';

/** Where the command reads its page from. */
export interface ExtractInput {
  readStdin: () => Promise<string>;
  /** Reads a file; rejects with a one-line reason (exit code 2) when it cannot. */
  readText: (path: string) => Promise<string>;
}

/** The command's outcome: its output, or the exit code and a one-line reason. */
export type ExtractOutcome = { code: 0; out: string } | { code: 1 | 2; reason: string };

export const EXTRACT_USAGE = 'second-source extract <page.html | -> [--url URL] [--json]';

const bad = (reason: string): ExtractOutcome => ({ code: 2, reason });

/** The article as aligned fields, a blank line, then its paragraphs. */
export function formatArticle(a: Article): string {
  const rows: [string, string | null][] = [
    ['title', a.title],
    ['outlet', a.source],
    ['date', a.published],
    ['byline', a.byline ?? null],
    ['language', a.language],
    ['url', a.url],
  ];
  const head = rows.map(([k, v]) => `${k.padEnd(10)}${v || '–'}`).join('\n');
  return `${head}\n\n${a.paragraphs.join('\n\n')}\n`;
}

/** Runs `extract` with its arguments (after the command name). */
export async function extractCommand(args: string[], input: ExtractInput): Promise<ExtractOutcome> {
  let path: string | null = null;
  let url: string | null = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--url') {
      const v = args[++i];
      if (v === undefined) return bad('--url needs a value');
      url = v;
    } else if (a.startsWith('--')) return bad(`unknown option ${a}`);
    else if (path === null) path = a;
    else return bad(`unexpected argument ${a}`);
  }
  if (path === null) return bad(`extract needs a page: a file path or - for standard input`);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      return bad(`--url "${url}" is not a URL`);
    }
  }
  const html = path === '-' ? await input.readStdin() : await input.readText(path);
  if (!html.trim()) return bad(`${path === '-' ? 'standard input' : path} is empty`);
  if (!/<[a-z!]/i.test(html)) return bad(`${path === '-' ? 'standard input' : path} is not HTML`);
  const limit = htmlLimitReason(html);
  if (limit) return { code: 1, reason: limit };
  const pageUrl = url ?? (path === '-' ? 'about:blank' : pathToFileURL(resolve(path)).href);
  const result = articleFromHtml(html, pageUrl, url === null);
  if (!result.article) return { code: 1, reason: result.reason };
  const out = json ? `${JSON.stringify(result.article, null, 2)}\n` : formatArticle(result.article);
  return { code: 0, out };
}
