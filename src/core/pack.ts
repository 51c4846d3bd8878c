/**
 * Corpus packs: JSONL, one article a line (format in the README). Parsing is all or
 * nothing: a caller stores a pack only when `errors` is empty, so a malformed pack
 * never changes a corpus.
 */
import { canonicalUrl, isHttpUrl, makeArticle, primaryLanguage } from './article';
import { isoTime } from './iso-time';
import { withLanguage } from './language';
import { PARAGRAPH_SEPARATOR, type Article, type PackRecord } from './types';

/** What is wrong, for an interface that words it in its own language. */
export type PackProblem =
  | 'not-object'
  | 'missing'
  | 'not-string'
  | 'empty'
  | 'not-url'
  | 'not-date'
  | 'not-language'
  | 'not-boolean'
  | 'no-words'
  | 'not-utf8'
  | 'not-json'
  | 'more-errors'
  | 'no-articles';

export interface PackError {
  /** 1-based line number in the pack. */
  line: number;
  /** The field at fault, or null when the line as a whole is. */
  field: string | null;
  /** The problem in English words (the command line prints it). */
  message: string;
  /** The problem as a code. */
  problem?: PackProblem;
  /** The pack's own value at fault (shortened), or the count of further errors. */
  value?: string;
}

export interface ParsedPack {
  /** The articles; empty when any line is wrong, unless read with `skipInvalid`. */
  articles: Article[];
  errors: PackError[];
  /** Lines dropped because a line with the same canonical URL won (see `parsePack`). */
  duplicates: number;
  /** Non-empty lines read. */
  lines: number;
  /** Lines with at least one error (all of them, not only the errors listed). */
  invalidLines: number;
  /** Articles the valid lines give (duplicates resolved), whether or not they were kept. */
  valid: number;
}

/** How to read a pack. */
export interface PackReadOptions {
  /** Keep the articles of the valid lines even when other lines are wrong. */
  skipInvalid?: boolean;
  /**
   * Build the articles (default true). Without them (`pack check`) only what the counts
   * need is kept per line, so memory stays small whatever the pack's size.
   */
  keepArticles?: boolean;
}

/** Counts of a pack's valid articles, for `pack check` and the options page. */
export interface PackStats {
  outlets: number;
  /** Articles per language, most first. */
  languages: [language: string, articles: number][];
  earliest: string | null;
  latest: string | null;
}

/** At most this many errors are listed; the count of the rest is given in the last one. */
export const MAX_PACK_ERRORS = 50;

const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** True for an ISO 8601 calendar date or date-time that names a real day. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over into March; a real day survives the round trip.
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d && isoTime(value) !== null;
}

/** A letter or a digit: text made of punctuation and symbols alone has no words. */
const HAS_WORD = /[\p{L}\p{N}]/u;

function checkRecord(value: unknown, line: number, errors: PackError[]): PackRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({
      line,
      field: null,
      message: 'a line must be a JSON object',
      problem: 'not-object',
    });
    return null;
  }
  const rec = value as Record<string, unknown>;
  const before = errors.length;
  const str = (field: string, required: boolean): string | undefined => {
    const v = rec[field];
    if (v === undefined || v === null) {
      if (required)
        errors.push({
          line,
          field,
          message: `missing required field "${field}"`,
          problem: 'missing',
        });
      return undefined;
    }
    if (typeof v !== 'string') {
      errors.push({
        line,
        field,
        message: `"${field}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`,
        problem: 'not-string',
      });
      return undefined;
    }
    if (required && v.trim() === '') {
      errors.push({ line, field, message: `"${field}" is empty`, problem: 'empty' });
      return undefined;
    }
    return v;
  };
  const url = str('url', true);
  const title = str('title', true);
  const source = str('source', true);
  const published = str('published', true);
  const text = str('text', true);
  const language = str('language', false);
  const byline = str('byline', false);
  if (url !== undefined && !isHttpUrl(url))
    errors.push({
      line,
      field: 'url',
      message: `"${String(url).slice(0, 80)}" is not an http(s) URL`,
      problem: 'not-url',
      value: String(url).slice(0, 80),
    });
  if (published !== undefined && !isIsoDate(published.trim()))
    errors.push({
      line,
      field: 'published',
      message: `"${published.slice(0, 40)}" is not an ISO 8601 date (e.g. 2026-03-11 or 2026-03-11T09:30:00Z)`,
      problem: 'not-date',
      value: published.slice(0, 40),
    });
  if (language !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language))
    errors.push({
      line,
      field: 'language',
      message: `"${language.slice(0, 20)}" is not a language tag such as "en" or "de"`,
      problem: 'not-language',
      value: language.slice(0, 20),
    });
  const summaryOnly = rec.summaryOnly;
  if (summaryOnly !== undefined && typeof summaryOnly !== 'boolean')
    errors.push({
      line,
      field: 'summaryOnly',
      message: '"summaryOnly" must be true or false',
      problem: 'not-boolean',
    });
  if (text !== undefined && !HAS_WORD.test(text))
    errors.push({
      line,
      field: 'text',
      message: 'the body text has no words',
      problem: 'no-words',
    });
  if (errors.length > before) return null;
  return {
    url: url!,
    title: title!,
    source: source!,
    published: published!.trim(),
    text: text!,
    ...(language !== undefined ? { language } : {}),
    ...(byline !== undefined ? { byline } : {}),
    ...(summaryOnly === true ? { summaryOnly } : {}),
  };
}

interface Kept {
  line: number;
  published: string;
  /** The record itself when articles are kept; else only what the counts need. */
  rec: PackRecord | null;
  source: string;
  language: string | null;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A pack read line by line, in linear time: give it each line in order with `add`
 * (as text, or as bytes, which must be UTF-8), then call `finish`. Two lines with the
 * same canonical URL are resolved deterministically: the later publication date wins,
 * and on a tie the later line.
 */
export class PackReader {
  private readonly errors: PackError[] = [];
  private extra = 0;
  private readonly byUrl = new Map<string, Kept>();
  private duplicates = 0;
  private lines = 0;
  private invalidLines = 0;
  private readonly keepArticles: boolean;

  constructor(private readonly options: PackReadOptions = {}) {
    this.keepArticles = options.keepArticles !== false;
  }

  /** Read line number `line` (1-based); blank lines are skipped. */
  add(input: string | Uint8Array, line: number): void {
    let text: string;
    if (typeof input === 'string') text = input;
    else {
      try {
        text = fatalUtf8.decode(input);
      } catch {
        this.lines++;
        this.fail([{ line, field: null, message: 'not valid UTF-8 text', problem: 'not-utf8' }]);
        return;
      }
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const raw = text.trim();
    if (!raw) return;
    this.lines++;
    const sink: PackError[] = [];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      sink.push({
        line,
        field: null,
        message: `not valid JSON (${(e as Error).message.replace(/^JSON\.parse: /, '')})`,
        problem: 'not-json',
      });
    }
    const rec = sink.length ? null : checkRecord(value, line, sink);
    if (!rec) {
      this.fail(sink);
      return;
    }
    const key = canonicalUrl(rec.url);
    const prev = this.byUrl.get(key);
    if (prev) {
      this.duplicates++;
      if (Date.parse(rec.published) < Date.parse(prev.published)) return;
      // Kept in line order: the winner takes the place of its later line.
      this.byUrl.delete(key);
    }
    this.byUrl.set(key, {
      line,
      published: rec.published,
      rec: this.keepArticles ? rec : null,
      source: rec.source.trim(),
      language: this.keepArticles ? null : (primaryLanguage(rec.language) ?? null),
    });
  }

  private fail(errors: PackError[]): void {
    this.invalidLines++;
    for (const err of errors) {
      if (this.errors.length < MAX_PACK_ERRORS) this.errors.push(err);
      else this.extra++;
    }
  }

  /** The pack as read: articles in line order (see `PackReadOptions`). */
  finish(): ParsedPack {
    const errors = this.errors.slice();
    if (this.extra > 0)
      errors.push({
        line: 0,
        field: null,
        message: `and ${this.extra} more errors`,
        problem: 'more-errors',
        value: String(this.extra),
      });
    if (this.lines === 0)
      errors.push({
        line: 1,
        field: null,
        message: 'the pack has no articles',
        problem: 'no-articles',
      });
    const keep = this.keepArticles && (errors.length === 0 || this.options.skipInvalid === true);
    const articles: Article[] = [];
    if (keep) {
      const kept = [...this.byUrl.values()].sort((a, b) => a.line - b.line);
      for (const k of kept) articles.push(recordToArticle(k.rec!));
    }
    return {
      articles,
      errors,
      duplicates: this.duplicates,
      lines: this.lines,
      invalidLines: this.invalidLines,
      valid: this.byUrl.size,
    };
  }

  /** Outlets, languages (declared ones; others counted as "und") and date range of the valid lines. */
  stats(): PackStats {
    const outlets = new Set<string>();
    const languages = new Map<string, number>();
    let earliest: string | null = null;
    let latest: string | null = null;
    for (const k of this.byUrl.values()) {
      outlets.add(k.source);
      const lang = k.rec ? (primaryLanguage(k.rec.language) ?? 'und') : (k.language ?? 'und');
      languages.set(lang, (languages.get(lang) ?? 0) + 1);
      if (earliest === null || k.published < earliest) earliest = k.published;
      if (latest === null || k.published > latest) latest = k.published;
    }
    return {
      outlets: outlets.size,
      languages: [...languages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      earliest,
      latest,
    };
  }
}

/**
 * Parse and validate a JSONL pack held in one string (see `PackReader`). All or
 * nothing unless `options.skipInvalid`.
 */
export function parsePack(content: string, options: PackReadOptions = {}): ParsedPack {
  const reader = new PackReader(options);
  let line = 0;
  for (let at = 0; at <= content.length;) {
    let end = content.indexOf('\n', at);
    if (end < 0) end = content.length;
    reader.add(content.slice(at, end), ++line);
    at = end + 1;
  }
  return reader.finish();
}

/** An Article from a validated pack record. */
export function recordToArticle(rec: PackRecord): Article {
  return withLanguage(
    makeArticle({
      url: canonicalUrl(rec.url),
      title: rec.title,
      source: rec.source,
      published: rec.published,
      language: rec.language ?? null,
      byline: rec.byline ?? null,
      text: rec.text,
      summaryOnly: rec.summaryOnly === true,
    }),
  );
}

/** The pack record of an Article (for export). */
export function articleToRecord(article: Article): PackRecord {
  return {
    url: article.url,
    title: article.title,
    source: article.source,
    published: article.published ?? '1970-01-01',
    text: article.paragraphs.join(PARAGRAPH_SEPARATOR),
    language: article.language,
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.summaryOnly ? { summaryOnly: true } : {}),
  };
}

/** Articles as a JSONL pack, one line each, ending with a newline. */
export function serializePack(articles: Iterable<Article>): string {
  let out = '';
  for (const a of articles) out += JSON.stringify(articleToRecord(a)) + '\n';
  return out;
}

/** One line of text describing an error, for terminals and the options page. */
export function formatPackError(e: PackError): string {
  const where = e.line > 0 ? `line ${e.line}` : 'pack';
  return e.field ? `${where}, field "${e.field}": ${e.message}` : `${where}: ${e.message}`;
}

/**
 * A pack file's bytes as text for `PackReader`, line by line in strict UTF-8: a line
 * that is not valid UTF-8 is left empty and its 1-based number listed, instead of being
 * silently patched with U+FFFD as `TextDecoder` and `File.text()` do by default.
 */
export function decodePackBytes(bytes: Uint8Array): { text: string; invalidUtf8Lines: number[] } {
  try {
    return { text: fatalUtf8.decode(bytes), invalidUtf8Lines: [] };
  } catch {
    // Some line is not UTF-8: find which, one line at a time.
  }
  const parts: string[] = [];
  const invalidUtf8Lines: number[] = [];
  let at = 0;
  for (let line = 1; at <= bytes.length; line++) {
    let end = bytes.indexOf(10, at);
    if (end < 0) end = bytes.length;
    try {
      parts.push(fatalUtf8.decode(bytes.subarray(at, end)));
    } catch {
      parts.push('');
      invalidUtf8Lines.push(line);
    }
    at = end + 1;
  }
  return { text: parts.join('\n'), invalidUtf8Lines };
}
