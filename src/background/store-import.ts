/**
 * Reading a JSONL pack in slices of lines, yielding to the event loop between slices,
 * so that a pack of tens of thousands of articles neither freezes the background worker
 * nor leaves the options page without progress. The result is the same as one
 * `parsePack` call over the whole text: the same articles, the same 1-based line numbers
 * in errors, the same rule for duplicate URLs (the later publication date wins; on a tie
 * the later line), and all or nothing (no articles when there is any error).
 */
import { MAX_PACK_ERRORS, parsePack, type PackError, type ParsedPack } from '../core/pack';
import type { Article } from '../core/types';

/** Lines parsed between two yields. */
export const PARSE_CHUNK_LINES = 500;

const MORE_ERRORS = /^and (\d+) more errors?$/;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parse a pack `chunkLines` lines at a time. `onProgress(linesDone, linesTotal)` is called
 * after each slice.
 */
export async function parsePackInChunks(
  text: string,
  onProgress?: (done: number, total: number) => void,
  chunkLines = PARSE_CHUNK_LINES,
): Promise<ParsedPack> {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: PackError[] = [];
  let extra = 0;
  let duplicates = 0;
  let lines = 0;
  const byUrl = new Map<string, Article>();

  for (let start = 0; start < rows.length; start += chunkLines) {
    const slice = rows.slice(start, start + chunkLines);
    if (slice.some((r) => r.trim() !== '')) {
      const part = parsePack(slice.join('\n'));
      lines += part.lines;
      duplicates += part.duplicates;
      for (const err of part.errors) {
        const more = err.line === 0 ? MORE_ERRORS.exec(err.message) : null;
        if (more) {
          extra += Number(more[1]);
        } else if (errors.length < MAX_PACK_ERRORS) {
          errors.push({ ...err, line: err.line + start });
        } else {
          extra++;
        }
      }
      if (errors.length === 0 && extra === 0) {
        for (const article of part.articles) {
          const prev = byUrl.get(article.url);
          if (prev) {
            duplicates++;
            // Same rule as parsePack: an older copy from a later line loses.
            if (Date.parse(article.published ?? '') < Date.parse(prev.published ?? '')) continue;
            byUrl.delete(article.url);
          }
          byUrl.set(article.url, article);
        }
      }
    }
    onProgress?.(Math.min(start + chunkLines, rows.length), rows.length);
    if (start + chunkLines < rows.length) await yieldToEventLoop();
  }
  if (extra > 0) errors.push({ line: 0, field: null, message: `and ${extra} more errors` });
  if (lines === 0) errors.push({ line: 1, field: null, message: 'the pack has no articles' });
  return { articles: errors.length ? [] : [...byUrl.values()], errors, duplicates, lines };
}
