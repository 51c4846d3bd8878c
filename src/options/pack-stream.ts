/**
 * Reading a pack file in the options page a slice at a time: the file is never held
 * whole in memory (a slice, the lines cut from it, and a line that runs on past it), so a
 * pack of any size can be imported. Each line is decoded as strict UTF-8 on its own, so a
 * line that is not UTF-8 is known by its number (as `decodePackBytes` does for a whole
 * file).
 */

/** Bytes read from the file at a time. */
export const SLICE_BYTES = 1024 * 1024;

/** Lines cut from one slice of the file. */
export interface LineBatch {
  /** 1-based number of the first line in `lines`. */
  firstLine: number;
  /** The lines, decoded; '' for a line that is not UTF-8 (listed in `invalidUtf8Lines`). */
  lines: string[];
  invalidUtf8Lines: number[];
  /** Bytes of the file read so far, and in all. */
  bytesRead: number;
  bytesTotal: number;
  /** True for the last batch (it holds the file's last line, empty after a final newline). */
  last: boolean;
}

const NEWLINE = 10;

/** The lines of `file`, a slice at a time (`sliceBytes`, for tests). */
export async function* readPackLines(
  file: Blob,
  sliceBytes = SLICE_BYTES,
): AsyncGenerator<LineBatch> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  /** The start of a line that runs on into the next slice. */
  let pending: Uint8Array<ArrayBuffer>[] = [];
  const decode = async (parts: Uint8Array<ArrayBuffer>[], batch: LineBatch) => {
    // A line cut by slices is joined once it is whole.
    const bytes =
      parts.length === 1 ? parts[0]! : new Uint8Array(await new Blob(parts).arrayBuffer());
    try {
      batch.lines.push(decoder.decode(bytes));
    } catch {
      batch.lines.push('');
      batch.invalidUtf8Lines.push(line);
    }
    line++;
  };
  for (let offset = 0; offset < file.size || offset === 0; offset += sliceBytes) {
    const end = Math.min(file.size, offset + sliceBytes);
    const bytes = new Uint8Array(await file.slice(offset, end).arrayBuffer());
    const batch: LineBatch = {
      firstLine: line,
      lines: [],
      invalidUtf8Lines: [],
      bytesRead: end,
      bytesTotal: file.size,
      last: end >= file.size,
    };
    let at = 0;
    for (let nl = bytes.indexOf(NEWLINE); nl >= 0; nl = bytes.indexOf(NEWLINE, at)) {
      pending.push(bytes.subarray(at, nl));
      await decode(pending, batch);
      pending = [];
      at = nl + 1;
    }
    if (at < bytes.length) pending.push(bytes.subarray(at));
    if (batch.last) await decode(pending.length ? pending : [new Uint8Array(0)], batch);
    yield batch;
    if (batch.last) return;
  }
}
