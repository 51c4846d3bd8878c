/**
 * Corpus packs: JSONL, one article a line (format in the README). Parsing is all or
 * nothing: a caller stores a pack only when `errors` is empty, so a malformed pack
 * never changes a corpus.
 */
import { canonicalUrl, isHttpUrl, makeArticle, splitParagraphs } from './article';
import { withLanguage } from './language';
import { PARAGRAPH_SEPARATOR, type Article, type PackRecord } from './types';

export interface PackError {
  /** 1-based line number in the pack. */
  line: number;
  /** The field at fault, or null when the line as a whole is. */
  field: string | null;
  message: string;
}

export interface ParsedPack {
  articles: Article[];
  errors: PackError[];
  /** Lines dropped because a line with the same canonical URL won (see `parsePack`). */
  duplicates: number;
  /** Non-empty lines read. */
  lines: number;
}

/** At most this many errors are listed; the count of the rest is given in the last one. */
export const MAX_PACK_ERRORS = 50;

const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** True for an ISO 8601 calendar date or date-time that names a real day. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over into March; a real day survives the round trip.
  return (
    day.getUTCMonth() === m - 1 &&
    day.getUTCDate() === d &&
    !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value))
  );
}

function checkRecord(value: unknown, line: number, errors: PackError[]): PackRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({ line, field: null, message: 'a line must be a JSON object' });
    return null;
  }
  const rec = value as Record<string, unknown>;
  const before = errors.length;
  const str = (field: string, required: boolean): string | undefined => {
    const v = rec[field];
    if (v === undefined || v === null) {
      if (required) errors.push({ line, field, message: `missing required field "${field}"` });
      return undefined;
    }
    if (typeof v !== 'string') {
      errors.push({
        line,
        field,
        message: `"${field}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`,
      });
      return undefined;
    }
    if (required && v.trim() === '') {
      errors.push({ line, field, message: `"${field}" is empty` });
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
    });
  if (published !== undefined && !isIsoDate(published.trim()))
    errors.push({
      line,
      field: 'published',
      message: `"${published.slice(0, 40)}" is not an ISO 8601 date (e.g. 2026-03-11 or 2026-03-11T09:30:00Z)`,
    });
  if (language !== undefined && !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(language))
    errors.push({
      line,
      field: 'language',
      message: `"${language.slice(0, 20)}" is not a language tag such as "en" or "de"`,
    });
  const summaryOnly = rec.summaryOnly;
  if (summaryOnly !== undefined && typeof summaryOnly !== 'boolean')
    errors.push({ line, field: 'summaryOnly', message: '"summaryOnly" must be true or false' });
  if (text !== undefined && splitParagraphs(text).length === 0)
    errors.push({ line, field: 'text', message: 'the body text has no words' });
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

/**
 * Parse and validate a JSONL pack. Blank lines are skipped. Two lines with the same
 * canonical URL are resolved deterministically: the later publication date wins, and
 * on a tie the later line.
 */
export function parsePack(content: string): ParsedPack {
  const errors: PackError[] = [];
  let extra = 0;
  const byUrl = new Map<string, { rec: PackRecord; line: number }>();
  let duplicates = 0;
  let lines = 0;
  const rows = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]!.trim();
    if (!raw) continue;
    lines++;
    const line = i + 1;
    const sink: PackError[] = [];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      sink.push({
        line,
        field: null,
        message: `not valid JSON (${(e as Error).message.replace(/^JSON\.parse: /, '')})`,
      });
    }
    const rec = sink.length ? null : checkRecord(value, line, sink);
    for (const err of sink) {
      if (errors.length < MAX_PACK_ERRORS) errors.push(err);
      else extra++;
    }
    if (!rec) continue;
    const key = canonicalUrl(rec.url);
    const prev = byUrl.get(key);
    if (prev) {
      duplicates++;
      if (Date.parse(rec.published) < Date.parse(prev.rec.published)) continue;
    }
    byUrl.set(key, { rec, line });
  }
  if (extra > 0) errors.push({ line: 0, field: null, message: `and ${extra} more errors` });
  if (lines === 0) errors.push({ line: 1, field: null, message: 'the pack has no articles' });
  const articles = errors.length
    ? []
    : [...byUrl.values()].sort((a, b) => a.line - b.line).map(({ rec }) => recordToArticle(rec));
  return { articles, errors, duplicates, lines };
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
