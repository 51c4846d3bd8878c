/**
 * Reading a JSONL pack in slices of lines, yielding to the event loop between slices,
 * so that a pack of tens of thousands of articles neither freezes the background worker
 * nor leaves the options page without progress. The result is the same as one
 * `parsePack` call over the whole text: the same articles, the same 1-based line numbers
 * in errors, the same rule for duplicate URLs (the later publication date wins; on a tie
 * the later line), and all or nothing unless `skipInvalid` (the user chose to import
 * the valid lines and skip the others).
 */
import { PackReader, type ParsedPack } from '../core/pack';

/** Lines parsed between two yields. */
export const PARSE_CHUNK_LINES = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How to read a pack in the background. */
export interface ChunkedReadOptions {
  /** Keep the valid lines' articles even when other lines are wrong. */
  skipInvalid?: boolean;
  /**
   * 1-based numbers of the lines that were not valid UTF-8 in the file (the options page
   * decodes each line strictly; a browser's `File.text()` would hide such bytes).
   */
  invalidUtf8Lines?: readonly number[];
}

/**
 * A pack arriving in batches of lines (`bg/import-lines`): the same reading as
 * `parsePackInChunks`, one batch at a time, each batch required to follow the last.
 */
export class StreamedPack {
  private readonly reader: PackReader;
  /** The number the next batch's first line must have. */
  nextLine = 1;

  constructor(options: ChunkedReadOptions = {}) {
    this.reader = new PackReader({ skipInvalid: options.skipInvalid === true });
  }

  /**
   * Read one batch; false (and nothing read) when it does not start where the last one
   * ended. Yields to the event loop every `chunkLines` lines.
   */
  async add(
    firstLine: number,
    lines: readonly string[],
    invalidUtf8Lines: readonly number[] = [],
    chunkLines = PARSE_CHUNK_LINES,
  ): Promise<boolean> {
    if (firstLine !== this.nextLine) return false;
    const badUtf8 = new Set(invalidUtf8Lines);
    for (let i = 0; i < lines.length; i++) {
      const line = firstLine + i;
      if (badUtf8.has(line)) this.reader.add(new Uint8Array([0xff]), line);
      else this.reader.add(lines[i]!, line);
      if ((i + 1) % chunkLines === 0) await yieldToEventLoop();
    }
    this.nextLine = firstLine + lines.length;
    return true;
  }

  finish(): ParsedPack {
    return this.reader.finish();
  }
}

/**
 * Parse a pack `chunkLines` lines at a time. `onProgress(linesDone, linesTotal)` is called
 * after each slice.
 */
export async function parsePackInChunks(
  text: string,
  onProgress?: (done: number, total: number) => void,
  chunkLines = PARSE_CHUNK_LINES,
  options: ChunkedReadOptions = {},
): Promise<ParsedPack> {
  const reader = new PackReader({ skipInvalid: options.skipInvalid === true });
  const badUtf8 = new Set(options.invalidUtf8Lines ?? []);
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  const total = starts.length;
  for (let i = 0; i < total; i++) {
    const line = i + 1;
    // One invalid byte stands for the line the page could not decode.
    if (badUtf8.has(line)) reader.add(new Uint8Array([0xff]), line);
    else reader.add(text.slice(starts[i]!, i + 1 < total ? starts[i + 1]! - 1 : text.length), line);
    if (line % chunkLines === 0 || line === total) {
      onProgress?.(line, total);
      if (line < total) await yieldToEventLoop();
    }
  }
  return reader.finish();
}
