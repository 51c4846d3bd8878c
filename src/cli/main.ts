/**
 * `second-source`: the engine on the command line.
 *
 *   second-source analyze <page.html | article.json | -> [--url URL] [--corpus PACK.jsonl]...
 *                         [--no-bundled] [--json] [--sensitivity strict|balanced|lenient]
 *   second-source pack check PACK.jsonl
 *   second-source pack build <folder> -o PACK.jsonl
 *
 * Exit codes: 0 success, 1 no article found, 2 bad input (one-line reason on stderr).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import { Corpus } from '../core/corpus';
import { loadBackground } from './background';
import { formatPackError, parsePack, recordToArticle } from '../core/pack';
import type { Sensitivity } from '../core/related';
import type { Article } from '../core/types';
import { articleFromHtml, BUNDLED_PACK } from './io';
import { formatReport } from './report';

/** An expected failure with its exit code; printed as one line, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

const USAGE = `usage:
  second-source analyze <page.html | article.json | -> [--url URL] [--corpus PACK.jsonl]... [--no-bundled] [--json]
                        [--sensitivity strict|balanced|lenient]
  second-source pack check PACK.jsonl
  second-source pack build <folder> -o PACK.jsonl

exit codes: 0 success, 1 no article found, 2 bad input`;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
};

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      2,
    );
  }
}

/** Load and validate a pack; any error rejects it whole with the first line at fault. */
export async function loadPack(path: string): Promise<Article[]> {
  const parsed = parsePack(await readText(path));
  if (parsed.errors.length) {
    const first = parsed.errors[0]!;
    const more =
      parsed.errors.length > 1
        ? ` (and ${parsed.errors.length - 1} more; run "second-source pack check ${path}")`
        : '';
    throw new CliError(`${path}: ${formatPackError(first)}${more}`, 2);
  }
  return parsed.articles;
}

function parseArticleJson(text: string, url: string | null): Article {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(`article JSON is not valid: ${(e as Error).message}`, 2);
  }
  const parsed = parsePack(JSON.stringify(value));
  if (parsed.errors.length)
    throw new CliError(
      `article JSON: ${formatPackError(parsed.errors[0]!).replace(/^line 1, /, '')}`,
      2,
    );
  const rec = value as { url: string };
  const article = recordToArticle({
    ...(value as object),
    ...(url ? { url } : { url: rec.url }),
  } as Parameters<typeof recordToArticle>[0]);
  return article;
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  let input: string | null = null;
  let url: string | null = null;
  let json = false;
  let bundled = true;
  let sensitivity: Sensitivity = 'balanced';
  const packs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new CliError(`${a} needs a value`, 2);
      return v;
    };
    if (a === '--json') json = true;
    else if (a === '--no-bundled') bundled = false;
    else if (a === '--url') url = value();
    else if (a === '--corpus') packs.push(value());
    else if (a === '--sensitivity') {
      const v = value();
      if (v !== 'strict' && v !== 'balanced' && v !== 'lenient')
        throw new CliError(`--sensitivity must be strict, balanced or lenient, not "${v}"`, 2);
      sensitivity = v;
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a}`, 2);
    else if (input === null) input = a;
    else throw new CliError(`unexpected argument ${a}`, 2);
  }
  if (input === null)
    throw new CliError('analyze needs a page: a file path or - for standard input', 2);
  if (url !== null) {
    try {
      new URL(url);
    } catch {
      throw new CliError(`--url "${url}" is not a URL`, 2);
    }
  }
  const content = input === '-' ? await io.readStdin() : await readText(input);
  const isJson = input === '-' ? /^\s*\{/.test(content) : /\.jsonl?$/i.test(input);
  let article: Article;
  if (isJson) article = parseArticleJson(content.trim().split(/\r?\n/)[0] ?? '', url);
  else {
    const pageUrl = url ?? (input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href);
    const result = articleFromHtml(content, pageUrl, url === null);
    if (!result.article) throw new CliError(result.reason, 1);
    article = result.article;
  }
  const articles: Article[] = [];
  if (bundled) articles.push(...(await loadPack(BUNDLED_PACK)));
  for (const p of packs) articles.push(...(await loadPack(p)));
  const corpus = Corpus.fromArticles(articles);
  const report = analyze(article, corpus, { sensitivity, background: loadBackground() });
  io.stdout(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, corpus.size));
  return 0;
}

async function packCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const path = rest[0];
    if (!path || rest.length > 1)
      throw new CliError('usage: second-source pack check PACK.jsonl', 2);
    const parsed = parsePack(await readText(path));
    if (parsed.errors.length) {
      for (const e of parsed.errors) io.stderr(`${path}: ${formatPackError(e)}\n`);
      throw new CliError(
        `${path}: rejected, ${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}`,
        2,
      );
    }
    const outlets = new Set(parsed.articles.map((a) => a.source));
    const langs = new Map<string, number>();
    for (const a of parsed.articles) langs.set(a.language, (langs.get(a.language) ?? 0) + 1);
    const dates = parsed.articles
      .map((a) => a.published ?? '')
      .filter(Boolean)
      .sort();
    io.stdout(
      `${path}: ok\n` +
        `  articles   ${parsed.articles.length}${parsed.duplicates ? ` (${parsed.duplicates} duplicate URL${parsed.duplicates === 1 ? '' : 's'} resolved)` : ''}\n` +
        `  outlets    ${outlets.size}\n` +
        `  languages  ${[...langs].map(([l, n]) => `${l} ${n}`).join(', ')}\n` +
        (dates.length
          ? `  dates      ${dates[0]!.slice(0, 10)} to ${dates[dates.length - 1]!.slice(0, 10)}\n`
          : ''),
    );
    return 0;
  }
  if (sub === 'build') {
    let folder: string | null = null;
    let out: string | null = null;
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '-o' || rest[i] === '--out') out = rest[++i] ?? null;
      else if (folder === null) folder = rest[i]!;
      else throw new CliError(`unexpected argument ${rest[i]}`, 2);
    }
    if (!folder || !out)
      throw new CliError('usage: second-source pack build <folder> -o PACK.jsonl', 2);
    const { buildPackFromFolder } = await import('./pack-build');
    const built = await buildPackFromFolder(folder);
    for (const s of built.skipped) io.stderr(`skipped ${s.file}: ${s.reason}\n`);
    if (!built.lines.length) throw new CliError(`no article found in ${folder}`, 1);
    await writeFile(out, built.lines.join('\n') + '\n');
    io.stdout(
      `${out}: ${built.lines.length} article${built.lines.length === 1 ? '' : 's'} written\n`,
    );
    return 0;
  }
  throw new CliError(
    'usage: second-source pack check PACK.jsonl | pack build <folder> -o PACK.jsonl',
    2,
  );
}

/** Run the CLI; returns the exit code. Never throws for expected failures. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(USAGE + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === 'analyze') return await analyzeCommand(rest, io);
    if (cmd === 'pack') return await packCommand(rest, io);
    throw new CliError(`unknown command "${cmd}"\n${USAGE}`, 2);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`second-source: ${e.message}\n`);
      return e.code;
    }
    io.stderr(`second-source: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}
