/**
 * Text for a terminal. Everything the CLI prints can carry words from a page or a pack,
 * and a page can hide escape sequences in them (to recolour the terminal, set its title,
 * rewrite earlier lines or make a link say something else). They are removed here.
 */

// ESC [ … final byte (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ESC \ (DCS, SOS,
// PM, APC), then any other two-character escape.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[PX^_][^\u001b]*(?:\u001b\\)?|\u001b[\s\S]?/g;
// C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI),
// and the bidirectional overrides and isolates that reorder what a line appears to say.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters (tab and line feed kept). */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/**
 * UTF-8 text from bytes, or null when they are not text: invalid UTF-8 or a NUL byte
 * (random or binary data, which would otherwise go on to the HTML parser).
 */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file-system error in a few words ("no such file or folder", "permission denied"). */
export function readReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a folder';
  if (code === 'EISDIR') return 'a folder, not a file';
  return (e as Error).message.split('\n')[0]!;
}
