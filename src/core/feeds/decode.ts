/**
 * Bytes to text for feeds and pages, with the order of precedence browsers use (a byte
 * order mark, then the HTTP charset, then the document's own declaration) and a repair
 * for the most common lie: Latin-1 bytes declared UTF-8, and UTF-8 bytes declared Latin-1.
 */

/**
 * Labels of single-byte encodings (Western, Cyrillic, …). A document that declares one
 * but whose bytes are valid multi-byte UTF-8 is really UTF-8: text in a single-byte
 * encoding almost never forms valid UTF-8 sequences by chance.
 */
const SINGLE_BYTE =
  /^(?:windows-125\d|cp125\d|x-cp125\d|iso[-_]?8859-\d+|iso8859-\d+|latin-?\d?|l\d|koi8-?[ru]|koi8|(?:us-)?ascii|macintosh|x-mac-[a-z]+)$/;

function bomEncoding(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** The encoding the document declares in its first kilobyte (XML declaration or meta). */
function declaredEncoding(bytes: Uint8Array): string | null {
  let head = '';
  // Declarations are ASCII; reading the bytes one to one keeps offsets simple.
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]!);
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // An unknown label (RangeError) or bytes that are not valid in it (TypeError).
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Text of a feed or page. The encoding is taken from, in order: a byte order mark, the
 * HTTP `charset` of `contentType`, the XML declaration or `<meta charset>`, else UTF-8.
 * A declared UTF-8 that does not decode cleanly is read as windows-1252 (what
 * "ISO-8859-1" means on the web); a declared single-byte encoding (Latin-1,
 * windows-1251, KOI8-R, …) whose bytes form valid multi-byte UTF-8 is read as UTF-8
 * (such sequences are vanishingly rare in real single-byte text). An
 * unknown label falls back the same way. Never throws.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = tryDecode(bytes.subarray(bom.skip), bom.label);
    if (text !== null) return text;
  }
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  const declared = (bom ? null : charsetOf(contentType)) ?? declaredEncoding(body) ?? 'utf-8';
  if (SINGLE_BYTE.test(declared) && hasNonAscii(body)) {
    const utf8 = tryDecode(body, 'utf-8');
    if (utf8 !== null) return utf8;
  }
  const text = tryDecode(body, declared);
  if (text !== null) return text;
  return tryDecode(body, 'utf-8') ?? new TextDecoder('windows-1252').decode(body);
}
