/**
 * HTML without a DOM: a small tokenizer, plain-text paragraphs from the HTML inside feed
 * items, and feed discovery from a page's `<link rel="alternate">`. It runs in the MV3
 * service worker, which has no DOMParser. Work is linear in the input, which is cut at
 * `MAX_PAGE_BYTES` characters.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { splitParagraphs } from '../article';
import { MAX_PAGE_BYTES } from './errors';
import { httpUrl } from './url';

export { httpUrl };

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string };

/** Elements whose content is raw text up to their end tag (never markup). */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
  'title',
]);

/** HTML white space: tab, line feed, form feed, carriage return, space. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}
/** A character that continues a tag or attribute name (not space, "/", ">", "="). */
function isNameChar(c: number, stopAtEquals = false): boolean {
  return !isSpace(c) && c !== 47 && c !== 62 && !(stopAtEquals && c === 61) && !Number.isNaN(c);
}

/**
 * The tokens of `html` in document order: text (entities NOT decoded), start tags with
 * their attributes (names lower-cased, values decoded, the first of a repeated name
 * wins) and end tags. Comments, doctypes and processing instructions are skipped; a
 * `<` that opens no tag is text. Raw-text elements (script, style, …) give their content
 * as one text token.
 */
export function* tokenizeHtml(input: string): Generator<HtmlToken> {
  const html = input.length > MAX_PAGE_BYTES ? input.slice(0, MAX_PAGE_BYTES) : input;
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: html.slice(i) };
      return;
    }
    if (lt > i) yield { type: 'text', text: html.slice(i, lt) };
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? '')) {
      let j = lt + 2;
      while (j < n && isNameChar(html.charCodeAt(j))) j++;
      const name = html.slice(lt + 2, j).toLowerCase();
      const end = html.indexOf('>', j);
      i = end < 0 ? n : end + 1;
      yield { type: 'close', name };
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      yield { type: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < n && isNameChar(html.charCodeAt(j))) j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attrs = new Map<string, string>();
    let selfClosing = false;
    while (j < n && html[j] !== '>') {
      const c = html[j]!;
      if (isSpace(html.charCodeAt(j))) {
        j++;
        continue;
      }
      if (c === '/') {
        selfClosing = html[j + 1] === '>';
        j++;
        continue;
      }
      const start = j;
      while (j < n && isNameChar(html.charCodeAt(j), true)) j++;
      // An attribute name never starts with "="; take the character so the loop moves on.
      if (j === start) j++;
      const attr = html.slice(start, j).toLowerCase();
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          const s = j;
          while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
          value = html.slice(s, j);
        }
      }
      if (!attrs.has(attr)) attrs.set(attr, decodeHTMLAttribute(value));
    }
    i = j < n ? j + 1 : n;
    yield { type: 'open', name, attrs, selfClosing };
    if (RAW_TEXT.has(name) && !selfClosing) {
      const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
      endTag.lastIndex = i;
      const m = endTag.exec(html);
      const stop = m ? m.index : n;
      if (stop > i) yield { type: 'text', text: html.slice(i, stop) };
      if (!m) return;
      const end = html.indexOf('>', stop);
      i = end < 0 ? n : end + 1;
      yield { type: 'close', name };
    }
  }
}

/** Elements that end a paragraph where they open and where they close. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements left out with everything inside them: not part of the article's prose. */
const DROPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'figcaption',
  'head',
  'iframe',
  'math',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
]);

/** Void elements never have an end tag, so they never open a dropped region. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Most paragraphs kept from one piece of HTML. */
const MAX_PARAGRAPHS = 2000;

/**
 * Plain-text paragraphs of an HTML fragment: block elements end paragraphs, scripts,
 * styles, figure captions, media and forms are dropped, entities (named HTML ones too)
 * are decoded and white space collapses. Text with no tags at all is split on blank
 * lines instead. Empty paragraphs are left out.
 */
export function htmlToParagraphs(html: string): string[] {
  if (!/<[a-zA-Z/!?]/.test(html)) return splitParagraphs(decodeHTML(html)).slice(0, MAX_PARAGRAPHS);
  const out: string[] = [];
  let buf = '';
  let dropped = 0;
  const flush = () => {
    const p = decodeHTML(buf).replace(/\s+/g, ' ').trim();
    buf = '';
    if (p) out.push(p);
  };
  for (const t of tokenizeHtml(html)) {
    if (out.length >= MAX_PARAGRAPHS) break;
    if (t.type === 'text') {
      if (!dropped) buf += t.text;
    } else if (DROPPED.has(t.name)) {
      if (t.type === 'open' && !t.selfClosing && !VOID.has(t.name)) dropped++;
      else if (t.type === 'close' && dropped > 0) dropped--;
    } else if (!dropped && BLOCK.has(t.name)) flush();
    else if (!dropped && t.type === 'open' && t.name === 'img') buf += ' ';
  }
  flush();
  return out.slice(0, MAX_PARAGRAPHS);
}

/** One line of plain text from HTML or text that may carry tags and entities (titles). */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join(' ');
}

export interface FeedLink {
  /** Absolute http(s) address of the feed. */
  url: string;
  title: string | null;
  type: 'rss' | 'atom' | 'json';
}

const FEED_TYPES = new Map<string, FeedLink['type']>([
  ['application/rss+xml', 'rss'],
  ['application/rdf+xml', 'rss'],
  ['application/atom+xml', 'atom'],
  ['application/feed+json', 'json'],
]);

/** Paths where sites commonly serve a feed when the page links none, tried in this order. */
export const COMMON_FEED_PATHS: readonly string[] = ['/feed', '/rss', '/atom.xml', '/index.xml'];

/** `COMMON_FEED_PATHS` on the page's origin, or [] for a page that is not http(s). */
export function commonFeedUrls(pageUrl: string): string[] {
  const base = httpUrl(pageUrl);
  return base ? COMMON_FEED_PATHS.map((p) => new URL(p, base).href) : [];
}

/**
 * The feeds a page announces with `<link rel="alternate" type="application/rss+xml |
 * application/atom+xml | application/feed+json | application/rdf+xml" href>`, in page
 * order, addresses resolved against `<base href>` or `pageUrl`, each address once.
 * Feeds whose title mentions comments come last.
 */
export function findFeedLinks(html: string, pageUrl: string): FeedLink[] {
  let base = pageUrl;
  const found: FeedLink[] = [];
  const seen = new Set<string>();
  for (const t of tokenizeHtml(html)) {
    if (t.type !== 'open') continue;
    if (t.name === 'base') {
      base = httpUrl(t.attrs.get('href'), pageUrl) ?? base;
      continue;
    }
    if (t.name !== 'link') continue;
    const rel = (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate')) continue;
    const mime = (t.attrs.get('type') ?? '').toLowerCase().split(';')[0]!.trim();
    const type = FEED_TYPES.get(mime);
    const url = httpUrl(t.attrs.get('href'), base);
    if (!type || !url || seen.has(url)) continue;
    seen.add(url);
    const title = t.attrs.get('title')?.replace(/\s+/g, ' ').trim() || null;
    found.push({ url, title, type });
  }
  const isComments = (l: FeedLink) =>
    /comment|kommentar|commentaire|comentario|коммент/i.test(l.title ?? '');
  return [...found.filter((l) => !isComments(l)), ...found.filter(isComments)];
}
