/**
 * `second-source`: the engine on the command line.
 *
 *   second-source analyze <page.html | article.json | -> [--url URL] [--corpus PACK.jsonl]...
 *                         [--no-bundled] [--json] [--sensitivity strict|balanced|lenient]
 *   second-source extract <page.html | -> [--url URL] [--json]
 *   second-source pack check PACK.jsonl
 *   second-source pack build <folder> -o PACK.jsonl
 *   second-source pack build --feed URL [--feed URL]... [--opml FILE] -o PACK.jsonl
 *
 * Exit codes: 0 success, 1 no article found, 2 bad input (one-line reason on stderr).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core/analyze';
import { Corpus } from '../core/corpus';
import { loadBackground } from './background';
import { loadLexicon } from './lexicon';
import { formatPackError, PackReader, parsePack, recordToArticle } from '../core/pack';
import type { Sensitivity } from '../core/related';
import type { Article } from '../core/types';
import { matchDiff } from '../core/word-diff';
import { isHttpUrl } from '../core/article';
import { htmlLimitReason, tooLongReason } from '../content/extract';
import { MAX_ARTICLE_CHARS } from '../shared/guards';
import { articleFromHtml, BUNDLED_PACK } from './io';
import { decodeText, readReason, terminalSafe } from './terminal';
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const USAGE = `usage:
  second-source analyze <page.html | article.json | -> [--url URL] [--corpus PACK.jsonl]... [--no-bundled] [--json]
                        [--skip-invalid]
                        [--sensitivity strict|balanced|lenient]
  second-source extract <page.html | -> [--url URL] [--json]
  second-source pack check PACK.jsonl [--skip-invalid]
  second-source pack build <folder> -o PACK.jsonl
  second-source pack build --feed URL [--feed URL]... [--opml FILE] -o PACK.jsonl

exit codes: 0 success, 1 no article found, 2 bad input`;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input, as bytes (checked to be UTF-8 text) or as text. */
  readStdin: () => Promise<string | Uint8Array>;
}

/** Largest input read from a file or standard input (bytes). */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    total += (c as Buffer).length;
    if (total > MAX_INPUT_BYTES) throw new CliError('standard input is larger than 50 MB', 2);
  }
  return Buffer.concat(chunks);
}

/** Bytes as UTF-8 text, or a CliError naming `what` when they are not text. */
function textOf(bytes: string | Uint8Array, what: string): string {
  if (typeof bytes === 'string') return bytes;
  const text = decodeText(bytes);
  if (text === null) throw new CliError(`${what} is not UTF-8 text`, 2);
  return text;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin,
};

export async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_INPUT_BYTES)
      throw new CliError(`${path} is larger than 50 MB`, 2);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${path}: ${readReason(e)}`, 2);
  }
  return textOf(bytes, path);
}

/**
 * Read a pack file line by line as it streams in (bytes split at line feeds, each line
 * decoded as strict UTF-8), so memory holds one line at a time beyond what `reader`
 * keeps.
 */
export async function readPackFile(path: string, reader: PackReader): Promise<void> {
  let line = 0;
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path)) {
      const buf = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
      let at = 0;
      for (let nl = buf.indexOf(10, at); nl >= 0; nl = buf.indexOf(10, at)) {
        reader.add(buf.subarray(at, nl), ++line);
        at = nl + 1;
      }
      rest = buf.subarray(at);
    }
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${readReason(e)}`, 2);
  }
  if (rest.length) reader.add(rest, ++line);
}

/**
 * Load and validate a pack. Any error rejects it whole with the first line at fault,
 * unless `skipInvalid`: then the valid lines are kept and the others counted in `skipped`.
 */
export async function loadPack(
  path: string,
  skipInvalid = false,
): Promise<{ articles: Article[]; skipped: number }> {
  const reader = new PackReader({ skipInvalid });
  await readPackFile(path, reader);
  const parsed = reader.finish();
  if (parsed.errors.length && !(skipInvalid && parsed.articles.length)) {
    const first = parsed.errors[0]!;
    const more =
      parsed.errors.length > 1
        ? ` (and ${parsed.errors.length - 1} more; run "second-source pack check ${path}")`
        : '';
    throw new CliError(`${path}: ${formatPackError(first)}${more}`, 2);
  }
  return { articles: parsed.articles, skipped: parsed.invalidLines };
}

function parseArticleJson(text: string, url: string | null): Article {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(`article JSON is not valid: ${(e as Error).message}`, 2);
  }
  // As in the browser: an article longer than this is declined before any work.
  const body = (value as { text?: unknown } | null)?.text;
  if (typeof body === 'string' && body.length > MAX_ARTICLE_CHARS)
    throw new CliError(tooLongReason(body.length, MAX_ARTICLE_CHARS), 1);
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

/**
 * The command-line arguments in order, each with `value()`, which takes the next argument
 * as this option's value (and skips it) or fails when there is none.
 */
function* withValues(args: readonly string[]): Generator<[string, () => string]> {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    yield [
      arg,
      () => {
        const v = args[++i];
        if (v === undefined) throw new CliError(`${arg} needs a value`, 2);
        return v;
      },
    ];
  }
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  let input: string | null = null;
  let url: string | null = null;
  let json = false;
  let bundled = true;
  let sensitivity: Sensitivity = 'balanced';
  let skipInvalid = false;
  const packs: string[] = [];
  for (const [a, value] of withValues(args)) {
    if (a === '--json') json = true;
    else if (a === '--no-bundled') bundled = false;
    else if (a === '--skip-invalid') skipInvalid = true;
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
  if (url !== null && !isHttpUrl(url))
    throw new CliError(`--url "${url}" is not an http(s) URL`, 2);
  const content =
    input === '-' ? textOf(await io.readStdin(), 'standard input') : await readText(input);
  const isJson = input === '-' ? /^\s*\{/.test(content) : /\.jsonl?$/i.test(input);
  let article: Article;
  if (isJson) article = parseArticleJson(content.trim().split(/\r?\n/)[0] ?? '', url);
  else {
    const pageUrl = url ?? (input === '-' ? 'about:blank' : pathToFileURL(resolve(input)).href);
    const limit = htmlLimitReason(content);
    if (limit) throw new CliError(limit, 1);
    const result = articleFromHtml(content, pageUrl, url === null);
    if (!result.article) throw new CliError(result.reason, 1);
    article = result.article;
  }
  // Packs can hold hundreds of thousands of articles: never spread them as arguments.
  const articles: Article[] = [];
  for (const path of bundled ? [BUNDLED_PACK, ...packs] : packs) {
    const loaded = await loadPack(path, skipInvalid);
    for (const a of loaded.articles) articles.push(a);
    if (loaded.skipped)
      io.stderr(
        `${path}: skipped ${loaded.skipped} invalid line${loaded.skipped === 1 ? '' : 's'}\n`,
      );
  }
  const corpus = Corpus.fromArticles(articles);
  const report = analyze(article, corpus, {
    sensitivity,
    background: loadBackground(),
    lexicon: loadLexicon(),
  });
  // The JSON carries each match's word diff, as the popup shows it.
  const withDiffs = {
    ...report,
    quotes: report.quotes.map((q) => ({
      ...q,
      matches: q.matches.map((m) => ({
        ...m,
        diff: matchDiff(q.text, report.article.language, m),
      })),
    })),
  };
  io.stdout(json ? JSON.stringify(withDiffs, null, 2) + '\n' : formatReport(report, corpus.size));
  return 0;
}

async function packCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'check') {
    const skipInvalid = rest.includes('--skip-invalid');
    const paths = rest.filter((a) => a !== '--skip-invalid');
    const path = paths[0];
    if (!path || paths.length > 1)
      throw new CliError('usage: second-source pack check PACK.jsonl [--skip-invalid]', 2);
    const reader = new PackReader({ keepArticles: false, skipInvalid });
    await readPackFile(path, reader);
    const parsed = reader.finish();
    for (const e of parsed.errors) io.stderr(`${path}: ${formatPackError(e)}\n`);
    const bad = parsed.invalidLines;
    if (parsed.errors.length && !(skipInvalid && parsed.valid > 0)) {
      const hint =
        parsed.valid > 0
          ? `; --skip-invalid keeps the ${plural(parsed.valid, 'valid article')} and skips ${plural(bad, 'line')}`
          : '';
      throw new CliError(`${path}: rejected, ${plural(parsed.errors.length, 'error')}${hint}`, 2);
    }
    const stats = reader.stats();
    io.stdout(
      `${path}: ${bad ? `ok without ${plural(bad, 'invalid line')}` : 'ok'}\n` +
        `  articles   ${parsed.valid}${parsed.duplicates ? ` (${parsed.duplicates} duplicate URL${parsed.duplicates === 1 ? '' : 's'} resolved)` : ''}\n` +
        `  outlets    ${stats.outlets}\n` +
        `  languages  ${stats.languages.map(([l, n]) => `${l} ${n}`).join(', ')}\n` +
        (stats.earliest && stats.latest
          ? `  dates      ${stats.earliest.slice(0, 10)} to ${stats.latest.slice(0, 10)}\n`
          : ''),
    );
    return 0;
  }
  if (sub === 'build') {
    let folder: string | null = null;
    let out: string | null = null;
    const feedUrls: string[] = [];
    const opmlFiles: string[] = [];
    for (const [a, value] of withValues(rest)) {
      if (a === '-o' || a === '--out') out = value();
      else if (a === '--feed') feedUrls.push(value());
      else if (a === '--opml') opmlFiles.push(value());
      else if (a.startsWith('-')) throw new CliError(`unknown option ${a}`, 2);
      else if (folder === null) folder = a;
      else throw new CliError(`unexpected argument ${a}`, 2);
    }
    const fromFeeds = feedUrls.length > 0 || opmlFiles.length > 0;
    if (fromFeeds && folder !== null)
      throw new CliError('pack build takes a folder or --feed/--opml, not both', 2);
    if ((!folder && !fromFeeds) || !out)
      throw new CliError(
        'usage: second-source pack build <folder> -o PACK.jsonl | pack build --feed URL [--opml FILE] -o PACK.jsonl',
        2,
      );
    if (fromFeeds) {
      const { feedPackCommand } = await import('./feeds');
      return feedPackCommand(feedUrls, opmlFiles, out, io);
    }
    const { buildPackFromFolder } = await import('./pack-build');
    let built;
    try {
      built = await buildPackFromFolder(folder!);
    } catch (e) {
      throw new CliError(`cannot read ${folder}: ${readReason(e)}`, 2);
    }
    for (const s of built.skipped) io.stderr(`skipped ${s.file}: ${s.reason}\n`);
    if (!built.lines.length) throw new CliError(`no article found in ${folder}`, 1);
    await writeFile(out, built.lines.join('\n') + '\n');
    io.stdout(
      `${out}: ${built.lines.length} article${built.lines.length === 1 ? '' : 's'} written\n`,
    );
    return 0;
  }
  throw new CliError(
    'usage: second-source pack check PACK.jsonl | pack build <folder> -o PACK.jsonl | pack build --feed URL [--opml FILE] -o PACK.jsonl',
    2,
  );
}

/** Run the CLI; returns the exit code. Never throws for expected failures. */
export async function main(argv: string[], rawIo: Io = defaultIo): Promise<number> {
  // Page and pack text reaches the terminal only through terminalSafe.
  const io: Io = {
    stdout: (s) => rawIo.stdout(terminalSafe(s)),
    stderr: (s) => rawIo.stderr(terminalSafe(s)),
    readStdin: rawIo.readStdin,
  };
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout(USAGE + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === 'analyze') return await analyzeCommand(rest, io);
    if (cmd === 'pack') return await packCommand(rest, io);
    if (cmd === 'extract') {
      const { extractCommand } = await import('./extract');
      const done = await extractCommand(rest, {
        readStdin: async () => textOf(await io.readStdin(), 'standard input'),
        readText,
      });
      if (done.code !== 0) throw new CliError(done.reason, done.code);
      io.stdout(done.out);
      return 0;
    }
    throw new CliError(`unknown command "${cmd}"\n${USAGE}`, 2);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`second-source: ${e.message}\n`);
      return e.code;
    }
    // One line, never a stack trace: the message is enough to report.
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`second-source: unexpected error: ${message.split('\n')[0]}\n`);
    return 2;
  }
}
