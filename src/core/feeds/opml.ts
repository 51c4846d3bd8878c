/**
 * OPML, the file feed readers import and export subscription lists with: nested
 * outlines (folders), each feed an outline with `xmlUrl`, a title in `text` or `title`,
 * and optionally `htmlUrl` and `language`.
 */
import { parseOpml as feedsmithParseOpml, type Opml } from 'feedsmith';
import { primaryLanguage } from '../article';
import { FeedError } from './errors';
import { httpUrl } from './html';
import { guardXml } from './parse';

export interface OpmlFeed {
  /** Absolute http(s) address of the feed. */
  xmlUrl: string;
  htmlUrl: string | null;
  title: string | null;
  /** Primary language subtag, or null. */
  language: string | null;
  /** Enclosing outline titles, outermost first. */
  path: string[];
}

/** Outlines read from one file, and the depth of nesting followed: bounded work. */
const MAX_OUTLINES = 10_000;
const MAX_DEPTH = 16;

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || null : null;
}

/**
 * Feeds listed in an OPML document, in document order, each address once (the first
 * outline wins). Outlines without an http(s) `xmlUrl` are folders, or ignored.
 * Throws FeedError: 'too-large', 'entities', 'malformed' (not OPML, or broken).
 */
export function parseOpml(source: string): { title: string | null; feeds: OpmlFeed[] } {
  const body = source.replace(/^\uFEFF/, '');
  guardXml(body, 'OPML file');
  let doc: Opml.Document<string>;
  try {
    doc = feedsmithParseOpml(body);
  } catch {
    throw new FeedError('malformed', 'The file is not a readable OPML subscription list.');
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let visited = 0;
  const walk = (outlines: Opml.Outline<string>[] | undefined, path: string[]) => {
    if (!Array.isArray(outlines) || path.length > MAX_DEPTH) return;
    for (const o of outlines) {
      if (++visited > MAX_OUTLINES) return;
      const title = text(o.text) ?? text(o.title);
      const xmlUrl = httpUrl(o.xmlUrl);
      if (xmlUrl && !seen.has(xmlUrl)) {
        seen.add(xmlUrl);
        feeds.push({
          xmlUrl,
          htmlUrl: httpUrl(o.htmlUrl),
          title,
          language: primaryLanguage(text(o.language)),
          path,
        });
      }
      walk(o.outlines, title ? [...path, title] : path);
    }
  };
  walk(doc.body?.outlines, []);
  return { title: text(doc.head?.title), feeds };
}

function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\n/g, '&#10;')
      .replace(/\r/g, '&#13;')
      .replace(/\t/g, '&#9;')
      // Control characters are not allowed in XML 1.0 at all, not even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
  );
}

export interface OpmlFeedInput {
  xmlUrl: string;
  htmlUrl?: string | null;
  title?: string | null;
  language?: string | null;
  /** Folders to put the feed in, outermost first (optional). */
  path?: readonly string[];
}

interface Folder {
  feeds: OpmlFeedInput[];
  folders: Map<string, Folder>;
}

/**
 * An OPML 2.0 document listing `feeds` (UTF-8, two-space indent). Feeds with a `path`
 * go into nested folder outlines, in order of first appearance; `parseOpml` reads the
 * result back to the same feeds.
 */
export function serializeOpml(title: string, feeds: readonly OpmlFeedInput[]): string {
  const root: Folder = { feeds: [], folders: new Map() };
  for (const f of feeds) {
    let folder = root;
    for (const name of f.path ?? []) {
      let next = folder.folders.get(name);
      if (!next) {
        next = { feeds: [], folders: new Map() };
        folder.folders.set(name, next);
      }
      folder = next;
    }
    folder.feeds.push(f);
  }
  const lines: string[] = [];
  const write = (folder: Folder, indent: string) => {
    for (const f of folder.feeds) {
      const name = f.title?.trim() || f.xmlUrl;
      let attrs = `text="${escapeXml(name)}" title="${escapeXml(name)}" type="rss" xmlUrl="${escapeXml(f.xmlUrl)}"`;
      if (f.htmlUrl) attrs += ` htmlUrl="${escapeXml(f.htmlUrl)}"`;
      if (f.language) attrs += ` language="${escapeXml(f.language)}"`;
      lines.push(`${indent}<outline ${attrs}/>`);
    }
    for (const [name, sub] of folder.folders) {
      lines.push(`${indent}<outline text="${escapeXml(name)}" title="${escapeXml(name)}">`);
      write(sub, indent + '  ');
      lines.push(`${indent}</outline>`);
    }
  };
  write(root, '    ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    '  </head>',
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
