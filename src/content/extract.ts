/**
 * Article extraction from a page: Readability on a clone of the document, its output
 * turned into paragraphs, and the page's metadata (outlet, date, language).
 *
 * Runs in the content script and in Node with jsdom (the extraction benchmark), so it
 * uses only standard DOM calls on the document it is given.
 */
import Readability from '@mozilla/readability/Readability.js';
import { canonicalUrl, makeArticle } from '../core/article';
import type { Article } from '../core/types';
import { MAX_ARTICLE_CHARS } from '../shared/guards';
import { CDATA_SECTION_NODE, ELEMENT_NODE, TEXT_NODE } from './node-types';
import { frameDocument } from './text-map';

/** What the caller shows when a page has no article. */
export const NO_ARTICLE_REASON = 'No article found on this page';

/** Fewer body characters than this (UTF-16 code units) is not an article. */
export const MIN_BODY_CHARS = 250;

/**
 * On pages that do not declare themselves an article, at least this many characters
 * must sit in prose paragraphs (see `isProse`), so that product grids, login forms and
 * link lists are not taken for articles.
 */
export const MIN_PROSE_CHARS = 250;

/** Readability gives up on documents with more elements than this (0 = no limit). */
const MAX_ELEMS_TO_PARSE = 0;

/**
 * Pages with more elements than this are declined before any work (issue 11). News
 * pages hold a few thousand; Readability's time grows with the element count (about
 * 0.3 ms per element in jsdom on a shared machine, far less in a browser), and it
 * cannot be interrupted once started.
 */
export const MAX_PAGE_ELEMENTS = 20_000;

/** Pages nested deeper than this (elements inside elements) are declined. */
export const MAX_PAGE_DEPTH = 1_000;

/** Pages whose body holds more text than this (UTF-16 code units) are declined. */
export const MAX_PAGE_CHARS = 3_000_000;

/** Reason for a page over `MAX_PAGE_ELEMENTS`. */
export function tooLargeReason(elements: number): string {
  return `This page is too large to check (${elements.toLocaleString('en')} elements; the limit is ${MAX_PAGE_ELEMENTS.toLocaleString('en')})`;
}

/** Reason for a page or article over its character limit. */
export function tooLongReason(chars: number, limit: number): string {
  return `Article too long to check (${chars.toLocaleString('en')} characters; the limit is ${limit.toLocaleString('en')})`;
}

/**
 * Reason for markup whose visible text alone is over the article limit (the CLI's check
 * before parsing): the article is part of that text, so it may be shorter, but the page
 * is not read.
 */
export function tooMuchTextReason(chars: number): string {
  return `This page has too much text to check (about ${chars.toLocaleString('en')} characters; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString('en')})`;
}

/** Reason for a page nested deeper than `MAX_PAGE_DEPTH`. */
export const TOO_DEEP_REASON = `This page is nested too deeply to check (more than ${MAX_PAGE_DEPTH.toLocaleString('en')} levels)`;

export type ExtractResult = { article: Article } | { article: null; reason: string };

export interface ExtractOptions {
  /**
   * Work on a deep clone of `doc` (default true). Pass false only for a document the
   * caller owns and throws away afterwards (a page parsed in Node for a benchmark or a
   * fixture script): Readability rewrites the document it reads, and in jsdom the
   * clone alone costs about half as much as Readability itself.
   */
  clone?: boolean;
}

/**
 * Elements that start and end a paragraph. Everything else is inline: its text joins
 * the paragraph around it.
 */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P ' +
    'PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** Elements whose text is never body text. */
const SKIP_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE SVG svg MATH math BUTTON SELECT TEXTAREA IFRAME ' +
    'OBJECT CANVAS'
  ).split(' '),
);

/**
 * Class or id tokens of advertising and sharing blocks that Readability sometimes keeps
 * inside the article (an inline ad between two paragraphs). Matched per token, so
 * "headline" or "shadow" never match "ad". Always skipped, whatever their size.
 */
const CHROME_TOKEN =
  /^(ad|ads|advert|adverts|advertisement|ad-?slot|ad-?inline|ad-?container|ad-?unit|ad-?wrapper|dfp-ad|sponsored|share-?bar|social-?share|sharing|newsletter-?signup)$/i;

/**
 * Words that, as one part of a class or id ("article-caption", "photoCredit",
 * "related_links"), mark a block around the story rather than the story itself:
 * captions and credits, bylines and dates, share bars, "related" and "read more"
 * lists, newsletter boxes, tags, comments, galleries. Such a block is dropped only
 * when it holds a small share of the article's text (`MAX_BOILERPLATE_SHARE`), so a
 * page whose story sits inside a "post-meta" wrapper keeps it.
 */
const BOILERPLATE_PARTS = new Set(
  (
    'caption captions credit credits byline byl dateline timestamp date time meta share ' +
    'shares sharing social sharebar related relatedlinks readmore recommended recommendations ' +
    'newsletter newsletters subscribe subscription signup promo promotion outbrain taboola ' +
    'tags tag taglist keywords breadcrumb breadcrumbs comments comment copyright author ' +
    'authors bio gallery slideshow carousel toolbar sidebar nav navigation menu ' +
    'footer hidden offscreen sr visually cookie cookies trending popular ' +
    'mostread most'
  ).split(' '),
);

/** A boilerplate-looking block is dropped only under this share of the article's text. */
const MAX_BOILERPLATE_SHARE = 0.3;

/** Blocks (lists, short paragraphs) whose text is mostly links at or above this share. */
const MAX_LINK_SHARE = 0.5;

/** Paragraphs that are only an ad label, in the languages we read. */
const AD_LABEL =
  /^(advertisement|advertising|advert|anzeige|werbung|publicité|publicidad|реклама|sponsored( content)?)$/i;

/**
 * Short lines of page furniture that Readability keeps when they sit among the
 * paragraphs: counters, labels, "read more" and "see also" lead-ins, photo credits,
 * publication and update stamps (en, de, fr, es, ru, and a few pt and it forms that
 * the same templates use).
 */
const FURNITURE_LINES: readonly RegExp[] = [
  // Counters and separators ("6", "1 of 4", "___"), outside tables (see `isFurniture`).
  /^((image|photo|picture|foto|bild|фото)\s*)?(\d{1,2}|\d+\s*(of|von|de|sur|из|\/)\s*\d+|[_\-–—.·•|]+)$/iu,
  // Lead-ins to other stories.
  /^(read|see|watch|listen)( (more|also|next|now))?\s*[:»|]|^(related|more)( stories| articles| coverage| news)?\s*[:»|]|^(don'?t miss|also read|you may also like|recommended( for you)?|most read|trending)(?![\p{L}\p{N}])/iu,
  /^(lesen sie (auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren|lire aussi|à lire aussi|voir aussi|sur le même sujet|lea también|lee también|leer más|te puede interesar|ver también|читайте также|смотрите также|см\. также|по теме|leggi anche|leia também|veja também)(?![\p{L}\p{N}])/iu,
  // Photo credits and caption labels.
  /^(image|photo|picture|foto|фото|bild|illustration|credit|crédit|crédito|quelle|source|fuente)(\s+(copyright|caption|credit))?\s*[:©]/iu,
  /^\(?(©|copyright\b)[^.!?]{0,60}$/iu,
  // Publication and update stamps.
  /^[|\s]*(published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|опубликовано|обновлено)(?![\p{L}\p{N}])(?=.*\d)[^!?]{0,80}(?<!\p{Ll}{2}\.)$/iu,
  // A byline on its own line ("By Ann Lee - 11/18/19 11:04 PM"), never a sentence.
  /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Оо]т)\s+\p{Lu}[^.!?]{0,70}$/u,
  // Credits, "contributed reporting", calls to follow, subscribe or install.
  /(getty images|shutterstock|istock|alamy|reuters|afp|epa|ap photo|dpa|picture alliance)\)?$/iu,
  /\bcontributed (to )?(this )?(report|reporting|story)\b/iu,
  /^(click here|follow (us|\p{Lu}\S*) on|sign up|subscribe to|get the latest)\b/iu,
  /\bnewsletters?\b.*\b(inbox|sign up|subscribe)\b|\b(sign up|subscribe)\b.*\bnewsletters?\b/iu,
  /\b(uses|use) cookies\b/iu,
  // Interface words.
  /^(skip to (main )?content|sign in|log ?in|subscribe( now)?|close|share( this)?( article| story)?|comments?|print|email|tweet|whatsapp|facebook|twitter|jetzt abonnieren|abonnieren|teilen|s'abonner|partager|suscríbete|compartir|подписаться|поделиться|\d+ comments?)$/iu,
];

/** A caption ending with its credit: "…the harbour on Friday. Credit: Agency". */
const CREDIT_TAIL =
  /(credit|photo|image|foto|фото|bild)\s*[:©]\s*[^.!?]{1,80}$|\((image|photo|foto|фото|bild)\s*:[^)]{1,80}\)$/i;

/** Lines this long or longer are never taken for furniture by their wording alone. */
const FURNITURE_MAX_CHARS = 200;

/** A caption-like paragraph (credit at its end) is dropped only under this length. */
const CAPTION_MAX_CHARS = 400;

/**
 * Words of a date or time line in the languages we read: months and weekdays (their
 * first three letters, which is how most sites abbreviate them), time-of-day and zone
 * tokens, and the small words between ("le", "de", "às", "um").
 */
const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun ' +
    'mär mai okt dez jän montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'janv févr fév mars avr juin juil août sept déc lun mer jeu ven sam dim ' +
    'ene abr ago dic lunes martes miércoles jueves viernes sábado domingo ' +
    'янв фев мар апр мая июн июл авг сен окт ноя дек ' +
    'seg ter qua qui sex sáb dom set out feira gen giu lug ott ' +
    'am pm a m p m est edt cst cdt pst pdt gmt utc bst cet cest et pt ct mez mesz uhr h ' +
    'de del la le à às um at on of the den der am um el en в г года'
  ).split(' '),
);

/** A line made only of a date and a time ("Nov. 20, 2019 5:52 AM EST", "02 Ago 2017"). */
function isDateLine(p: string): boolean {
  if (p.length > 80 || !/\b(19|20)\d{2}\b|\b\d{1,2}:\d{2}\b/.test(p)) return false;
  for (const word of p.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (!DATE_WORDS.has(word) && !DATE_WORDS.has(word.slice(0, 3))) return false;
  }
  return true;
}

/** Table cells are data: a lone number there is a score, not a gallery counter. */
function isFurniture(p: string, inTable: boolean): boolean {
  if (AD_LABEL.test(p)) return true;
  if (p.length < FURNITURE_MAX_CHARS) {
    const first = inTable ? 1 : 0;
    for (let i = first; i < FURNITURE_LINES.length; i++) {
      if (FURNITURE_LINES[i]!.test(p)) return true;
    }
    if (isDateLine(p)) return true;
  }
  return p.length < CAPTION_MAX_CHARS && CREDIT_TAIL.test(p);
}

function tokensOf(el: Element): string[] {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return (cls + ' ' + id).split(/\s+/).filter((t) => t.length > 0);
}

function isChrome(el: Element): boolean {
  for (const token of tokensOf(el)) if (CHROME_TOKEN.test(token)) return true;
  return false;
}

/** True when a class or id part names page furniture (see `BOILERPLATE_PARTS`). */
function hasBoilerplateName(el: Element): boolean {
  for (const token of tokensOf(el)) {
    for (const part of token.split(/[-_:.]+|(?<=[a-z])(?=[A-Z])/)) {
      if (BOILERPLATE_PARTS.has(part.toLowerCase())) return true;
    }
  }
  return false;
}

/**
 * The next node of a pre-order walk of `root`'s subtree after `node`, skipping
 * `node`'s own children when `descend` is false; null at the end. `onLeave` is called
 * for each element whose subtree the walk leaves (with `entered` false for an element
 * whose children were skipped). No recursion, so page depth cannot overflow the stack.
 */
function nextNode(
  root: Node,
  node: Node,
  descend: boolean,
  onLeave?: (el: Node, entered: boolean) => void,
): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let cur: Node = node;
  let entered = descend;
  for (;;) {
    onLeave?.(cur, entered);
    if (cur === root) return null;
    if (cur.nextSibling) return cur.nextSibling;
    const parent = cur.parentNode;
    if (!parent) return null;
    cur = parent;
    entered = true;
  }
}

/** Per-element character counts: all text, and text inside links. */
interface TextCounts {
  text: number;
  link: number;
}

/**
 * Counts the non-space characters of every element under `root` and those inside
 * `<a>`, in one walk (each text node is counted once, then added up the tree).
 */
function countText(root: Element): Map<Node, TextCounts> {
  const counts = new Map<Node, TextCounts>();
  let linkDepth = 0;
  let node: Node | null = root;
  const leave = (el: Node, entered: boolean): void => {
    if (el.nodeType !== ELEMENT_NODE) return;
    if (entered && (el as Element).tagName === 'A') linkDepth--;
    const own = counts.get(el);
    const parent = el === root ? null : el.parentNode;
    if (!own || !parent) return;
    const up = counts.get(parent);
    if (up) {
      up.text += own.text;
      up.link += own.link;
    }
  };
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (!SKIP_TAGS.has(tag)) {
        counts.set(node, { text: 0, link: 0 });
        if (tag === 'A') linkDepth++;
        descend = true;
      }
    } else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const n = (node as CharacterData).data.replace(/\s+/g, '').length;
      const up = node.parentNode ? counts.get(node.parentNode) : undefined;
      if (up) {
        up.text += n;
        if (linkDepth > 0) up.link += n;
      }
    }
    node = nextNode(root, node, descend, leave);
  }
  return counts;
}

/** Tags that hold lists of links when they hold links at all. */
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'NAV', 'MENU']);

/** Tags dropped outright inside the article: captions and navigation. */
const FURNITURE_TAGS = new Set(['FIGCAPTION', 'NAV', 'FOOTER']);

/**
 * Removes from Readability's article element what it keeps around the story:
 * captions, credits, bylines and dates, share bars, "related" and "read more" link
 * lists, newsletter boxes, galleries. A block goes when its class or id names such
 * furniture and it holds under `MAX_BOILERPLATE_SHARE` of the text, or when it is a
 * list (or a short paragraph) made mostly of links. Works on the inert clone only.
 */
export function pruneArticle(root: Element): void {
  const counts = countText(root);
  const total = counts.get(root)?.text ?? 0;
  if (total === 0) return;
  const doomed: Element[] = [];
  // Inside a quotation (an embedded post, a pull quote) links are part of what is quoted.
  let quoteDepth = 0;
  const leave = (el: Node, entered: boolean): void => {
    if (entered && el !== root && (el as Element).tagName === 'BLOCKQUOTE') quoteDepth--;
  };
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const c = counts.get(el);
      if (c && c.text > 0 && isFurnitureBlock(el, c, total, quoteDepth > 0)) doomed.push(el);
      else if (c !== undefined) {
        descend = true;
        if (el.tagName === 'BLOCKQUOTE') quoteDepth++;
      }
    }
    node = nextNode(root, node, descend, leave);
  }
  for (const el of doomed) el.parentNode?.removeChild(el);
}

function isFurnitureBlock(el: Element, c: TextCounts, total: number, inQuote: boolean): boolean {
  const tag = el.tagName;
  const small = c.text <= total * MAX_BOILERPLATE_SHARE;
  if (!small) return false;
  if (FURNITURE_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  const linkShare = c.link / c.text;
  // One or two links in a list are the story's own ("Get it at …"); a menu has more.
  if (LIST_TAGS.has(tag) && linkShare >= MAX_LINK_SHARE && el.children.length >= 3) return true;
  // A short paragraph that is nothing but a link is a teaser for another story.
  // A printed address ("https://…") is a citation the author wrote out, not a teaser.
  if (tag === 'P' && !inQuote && c.text < FURNITURE_MAX_CHARS && linkShare >= 0.95) {
    return !/^\s*(https?:\/\/|www\.)/i.test(el.textContent ?? '');
  }
  // Inline elements ("<span class=date>" inside a sentence) stay: they are words of it.
  return BLOCK_TAGS.has(tag) && hasBoilerplateName(el);
}

/**
 * Splits an element's text into paragraphs: one per block element (p, li, blockquote,
 * headings, pre, table cells…), plus one per run of loose text between blocks.
 * Whitespace inside a paragraph is collapsed to single spaces. Two `<br>` in a row end
 * a paragraph; a single `<br>` is a space. Lines of page furniture (ad labels,
 * counters, "read more" lead-ins, credits, see `isFurniture`) are left out.
 */
export function blockParagraphs(root: Node): string[] {
  const out: string[] = [];
  let buf = '';
  let pendingBreaks = 0;
  let tableDepth = 0;
  const flush = (): void => {
    const p = buf.replace(/\s+/g, ' ').trim();
    if (p && !isFurniture(p, tableDepth > 0)) out.push(p);
    buf = '';
  };
  const leave = (el: Node, entered: boolean): void => {
    if (entered && el !== root && el.nodeType === ELEMENT_NODE) {
      const tag = (el as Element).tagName;
      if (BLOCK_TAGS.has(tag)) flush();
      if (tag === 'TABLE') tableDepth--;
    }
  };
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      if (pendingBreaks >= 2 && /\S/.test(data)) flush();
      if (/\S/.test(data)) pendingBreaks = 0;
      buf += data;
    } else if (type === ELEMENT_NODE) {
      const tag = (node as Element).tagName;
      if (tag === 'BR') {
        pendingBreaks++;
        buf += ' ';
      } else if (!SKIP_TAGS.has(tag) && !isChrome(node as Element)) {
        if (BLOCK_TAGS.has(tag)) {
          flush();
          pendingBreaks = 0;
        }
        if (tag === 'TABLE') tableDepth++;
        descend = true;
      }
    }
    node = nextNode(root, node, descend, leave);
  }
  flush();
  return out;
}

/**
 * A paragraph that reads as running text: long enough and ending at least one
 * sentence. Teasers, prices and menu items are short or have no sentence end.
 */
function isProse(p: string): boolean {
  return textWeight(p) >= 80 && /[.!?…]["'”’»«)\]]*(\s|$)|[。！？]/u.test(p);
}

/** Han, kana and Hangul: one character says about as much as four letters of a Latin script. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * The length of `p` for the article thresholds, counting each Chinese, Japanese or Korean
 * character four times, so that a short news item in those scripts is an article too.
 */
function textWeight(p: string): number {
  let dense = 0;
  DENSE_SCRIPT.lastIndex = 0;
  while (DENSE_SCRIPT.exec(p)) dense++;
  return p.length + 3 * dense;
}

interface PageMeta {
  ogSiteName: string | null;
  applicationName: string | null;
  ogTitle: string | null;
  publishedMeta: string | null;
  isArticleType: boolean;
}

/** One pass over the page's `<meta>` and JSON-LD elements (read only, live document). */
function readMeta(doc: Document): PageMeta {
  const meta: PageMeta = {
    ogSiteName: null,
    applicationName: null,
    ogTitle: null,
    publishedMeta: null,
    isArticleType: false,
  };
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (!key || !content) continue;
    if (key === 'og:site_name') meta.ogSiteName ??= content;
    else if (key === 'application-name') meta.applicationName ??= content;
    else if (key === 'og:title') meta.ogTitle ??= content;
    else if (key === 'article:published_time') meta.publishedMeta ??= content;
    else if (key === 'og:type' && /article/i.test(content)) meta.isArticleType = true;
  }
  if (!meta.isArticleType) {
    for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
      if (/"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/.test(el.textContent ?? '')) {
        meta.isArticleType = true;
        break;
      }
    }
  }
  return meta;
}

/**
 * An ISO 8601 form of a page date, or null when it is not a date. A bare calendar date
 * ("2026-03-14") stays as written rather than gaining a made-up time of day.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const s = value?.trim();
  if (!s) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** "By", "Von", "Par", "Por", "От" or "Автор:" before a byline's names. */
const BYLINE_LEAD = /^(by|von|par|por|от|автор:?)\s+/i;

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '');
  } catch {
    return '';
  }
}

function firstTimeDatetime(doc: Document): string | null {
  const el = doc.querySelector('article time[datetime], main time[datetime], time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

/**
 * Checks the page's size before any costly work, reading the live document only: its
 * element count (native, no walk), its depth (one walk without recursion, run only
 * under the element limit) and the length of its body text. A reason when the page
 * is over a limit, else null.
 */
export function pageLimitReason(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_PAGE_ELEMENTS) return tooLargeReason(elements);
  const root = doc.documentElement;
  if (root) {
    let depth = 0;
    let node: Node | null = root;
    const leave = (el: Node, entered: boolean): void => {
      if (entered && el.nodeType === ELEMENT_NODE) depth--;
    };
    while (node) {
      const isElement = node.nodeType === ELEMENT_NODE;
      if (isElement && ++depth > MAX_PAGE_DEPTH) return TOO_DEEP_REASON;
      node = nextNode(root, node, isElement, leave);
    }
  }
  const chars = doc.body?.textContent?.length ?? 0;
  if (chars > MAX_PAGE_CHARS) return tooLongReason(chars, MAX_PAGE_CHARS);
  return null;
}

/** Elements with no end tag, or whose end tag is optional and rarely nests. */
const FLAT_TAGS = new Set(
  'area base br col dd dt embed hr img input li link meta option p param source td th tr track wbr'.split(
    ' ',
  ),
);

/** Elements whose content is never visible text (skipped by `htmlLimitReason`). */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

/**
 * The characters of `html[from, to)` as a reader sees them: each run of whitespace
 * counts one, and each character reference ("&amp;", "&#8220;") one.
 */
function visibleChars(html: string, from: number, to: number): number {
  let n = 0;
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (!inSpace) n++;
      inSpace = true;
      continue;
    }
    inSpace = false;
    n++;
    if (c === 38) {
      // "&name;" or "&#123;": the whole reference is one character.
      const semi = html.indexOf(';', i + 1);
      if (semi > i + 1 && semi - i <= 33 && /^#?[a-zA-Z0-9]+$/.test(html.slice(i + 1, semi))) {
        i = semi;
      }
    }
  }
  return n;
}

/**
 * `pageLimitReason` for markup not parsed yet (the CLI): parsing itself costs time
 * that grows with the element count and, in jsdom, with the square of the depth, and
 * extraction with the amount of text. One linear scan over the tags counts start tags
 * and estimates the depth (end tags that HTML lets a page leave out are not counted)
 * and the visible text. Markup whose visible text alone is over the article limit
 * (`MAX_ARTICLE_CHARS`) is declined here as well, before the seconds that parsing it in
 * jsdom would cost. A reason when over a limit, else null.
 */
export function htmlLimitReason(html: string): string | null {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let elements = 0;
  let depth = 0;
  // Characters outside tags, scripts and styles: an upper bound of the page's text.
  let textChars = 0;
  // The same, whitespace runs and character references counting one, leaving out
  // elements that are never shown as text (see `RAW_TEXT_TAGS`).
  let visible = 0;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    textChars += m.index - last;
    visible += visibleChars(html, last, m.index);
    last = tag.lastIndex;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!FLAT_TAGS.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    elements++;
    if (elements > MAX_PAGE_ELEMENTS) return tooLargeReason(elements);
    if (RAW_TEXT_TAGS.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = tag.lastIndex;
      const found = end.exec(html);
      const to = found ? found.index : html.length;
      // Only scripts and styles stay out of the bound of `textChars` (as they always have).
      if (name !== 'script' && name !== 'style') textChars += to - tag.lastIndex;
      // Past the end tag too: the element was not counted into the depth.
      const close = found ? html.indexOf('>', to) : -1;
      last = tag.lastIndex = close >= 0 ? close + 1 : html.length;
      continue;
    }
    if (m[3] || FLAT_TAGS.has(name)) continue;
    if (++depth > MAX_PAGE_DEPTH) return TOO_DEEP_REASON;
  }
  textChars += html.length - last;
  visible += visibleChars(html, last, html.length);
  if (textChars > MAX_PAGE_CHARS) return tooLongReason(textChars, MAX_PAGE_CHARS);
  return visible > MAX_ARTICLE_CHARS ? tooMuchTextReason(visible) : null;
}

/**
 * Copies into `clone` (a deep clone of `live`, or `live` itself) what a deep clone
 * leaves out but the reader sees: open shadow roots (their children go first inside
 * the host, before its slotted light children), declarative shadow roots the parser
 * left as `<template shadowrootmode>` (jsdom; a script-inserted template), and the
 * bodies of same-origin frames (in a `<div>` that replaces the frame). Nested roots and
 * frames are followed through a work list, never by recursion. Returns the number of
 * elements added, or -1 once they exceed `budget`.
 */
function flattenHidden(live: Node, clone: Node, budget: number): number {
  const work: [Node, Node][] = [[live, clone]];
  let added = 0;
  for (let item = work.pop(); item; item = work.pop()) {
    const [liveRoot, cloneRoot] = item;
    const found: [Element, Node, 'shadow' | 'template' | 'frame'][] = [];
    // The clone has the same shape as the live tree: walk both in step.
    let a: Node | null = liveRoot;
    let b: Node | null = cloneRoot;
    while (a && b) {
      let descend = a.nodeType !== ELEMENT_NODE || !SKIP_TAGS.has((a as Element).tagName);
      if (a.nodeType === ELEMENT_NODE) {
        const el = a as Element;
        const shadow = el.shadowRoot;
        if (shadow && shadow.mode === 'open') found.push([b as Element, shadow, 'shadow']);
        if (el.tagName === 'TEMPLATE' && el.getAttribute('shadowrootmode') === 'open') {
          found.push([b as Element, (el as HTMLTemplateElement).content, 'template']);
        }
        const inner = frameDocument(el);
        if (inner?.body) {
          found.push([b as Element, inner.body, 'frame']);
          descend = false;
        }
      }
      const nextA = nextNode(liveRoot, a, descend);
      b = nextA ? nextNode(cloneRoot, b, descend) : null;
      a = nextA;
    }
    const doc = cloneRoot.ownerDocument ?? (cloneRoot as Document);
    for (const [target, source, kind] of found) {
      const box = doc.createElement('div');
      for (let c = source.firstChild; c; c = c.nextSibling)
        box.appendChild(doc.importNode(c, true));
      added += box.getElementsByTagName('*').length;
      if (added > budget) return -1;
      if (kind === 'shadow') target.insertBefore(box, target.firstChild);
      else if (kind === 'template') target.parentNode?.insertBefore(box, target);
      else target.parentNode?.replaceChild(box, target);
      work.push([source, box]);
    }
  }
  return added;
}

/** What `headline` reads, taken before Readability rewrites the clone. */
interface TitleProbe {
  docTitle: string;
  /** The text of the first few `<h1>`, whitespace collapsed. */
  h1s: string[];
}

/** Reads `<title>` and the first `MAX_H1` headings of `doc` (shadow roots flattened). */
function probeTitle(doc: Document): TitleProbe {
  const h1s: string[] = [];
  const list = doc.getElementsByTagName('h1');
  for (let i = 0; i < list.length && i < MAX_H1; i++) h1s.push(squash(list[i]!.textContent));
  return { docTitle: doc.title, h1s };
}

/** How many `<h1>` elements `probeTitle` looks at. */
const MAX_H1 = 5;

const squash = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();

/** " – Outlet", " | Outlet", " - Section": a short tail that sites add to `<title>`. */
const TITLE_TAIL = /\s+[|–—·»-]\s+[^|–—·»]{1,40}$/;

/**
 * The headline of the page as it is now. Single-page sites update `<title>` and the
 * `<h1>` when they navigate but often leave the first page's `og:title`, which
 * Readability prefers; so the first `<h1>` wins when `<title>` contains it, then
 * Readability's title when `<title>` contains it, then an `<h1>` that is not the
 * outlet's name, then `<title>` without its tail.
 */
function headline(page: TitleProbe, readTitle: string, outlet: string): string {
  const docTitle = squash(page.docTitle);
  const lowerTitle = docTitle.toLowerCase();
  let h1 = '';
  for (const text of page.h1s) {
    if (text.length >= 3 && text.length <= 300 && text.toLowerCase() !== outlet.toLowerCase()) {
      h1 = text;
      break;
    }
  }
  if (h1 && (!docTitle || lowerTitle.includes(h1.toLowerCase()))) return h1;
  if (readTitle && (!docTitle || lowerTitle.includes(readTitle.toLowerCase()))) {
    // Readability keeps "Headline – Outlet" when it cannot tell the parts apart.
    const tail = TITLE_TAIL.exec(readTitle);
    const named = tail && tail[0].replace(/^\s+[|–—·»-]\s+/, '').toLowerCase();
    return named === outlet.toLowerCase() ? readTitle.slice(0, tail!.index) : readTitle;
  }
  if (h1) return h1;
  const trimmed = docTitle.replace(TITLE_TAIL, '');
  return (trimmed.split(' ').length >= 3 ? trimmed : docTitle) || readTitle;
}

/**
 * Extracts the article of `doc`. Readability runs on a deep clone, so the live page is
 * never changed; its result is walked in that inert clone (scripts there never run and
 * nothing is fetched). `url` is the page address; tracking parameters and the fragment
 * are dropped from it.
 *
 * Returns `{ article: null, reason }` when the page has no article: Readability finds
 * nothing, the body is under `MIN_BODY_CHARS`, or a page that does not declare itself
 * an article carries under `MIN_PROSE_CHARS` of prose.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractResult {
  const limit = pageLimitReason(doc);
  if (limit) return { article: null, reason: limit };
  const meta = readMeta(doc);
  const lang = doc.documentElement?.getAttribute('lang') || null;
  // With no clone, Readability is about to rewrite `doc`: read what we need first.
  const time0 = options.clone === false ? firstTimeDatetime(doc) : undefined;
  const clone = options.clone === false ? doc : (doc.cloneNode(true) as Document);
  const elements = doc.getElementsByTagName('*').length;
  const added = flattenHidden(doc, clone, MAX_PAGE_ELEMENTS - elements);
  if (added < 0) return { article: null, reason: tooLargeReason(MAX_PAGE_ELEMENTS + 1) };
  const titleProbe = probeTitle(clone);
  // Returning the element itself skips Readability's innerHTML serialisation and our
  // re-parse of that HTML: the element lives in the clone, which is already inert.
  const reader = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    // Class names let `blockParagraphs` drop ad and share blocks Readability kept.
    keepClasses: true,
    maxElemsToParse: MAX_ELEMS_TO_PARSE,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch {
    parsed = null;
  }
  if (!parsed?.content) return { article: null, reason: NO_ARTICLE_REASON };

  pruneArticle(parsed.content);
  const paragraphs = blockParagraphs(parsed.content);
  let chars = 0;
  let weight = 0;
  let proseWeight = 0;
  for (const p of paragraphs) {
    const w = textWeight(p);
    chars += p.length;
    weight += w;
    if (isProse(p)) proseWeight += w;
  }
  if (weight < MIN_BODY_CHARS) return { article: null, reason: NO_ARTICLE_REASON };
  // The background accepts no longer article (see `MAX_ARTICLE_CHARS`); say so here.
  const textChars = chars + 2 * Math.max(0, paragraphs.length - 1);
  if (textChars > MAX_ARTICLE_CHARS) {
    return { article: null, reason: tooLongReason(textChars, MAX_ARTICLE_CHARS) };
  }
  if (!meta.isArticleType && proseWeight < MIN_PROSE_CHARS) {
    return { article: null, reason: NO_ARTICLE_REASON };
  }

  const source =
    meta.ogSiteName || parsed.siteName?.trim() || meta.applicationName || hostnameOf(url);
  const title = headline(titleProbe, squash(parsed.title), source) || meta.ogTitle || '';
  const published =
    normalizeDate(meta.publishedMeta) ??
    normalizeDate(parsed.publishedTime) ??
    normalizeDate(time0 === undefined ? firstTimeDatetime(doc) : time0);
  const byline = parsed.byline?.replace(/\s+/g, ' ').replace(BYLINE_LEAD, '').trim() || null;
  const language = lang || parsed.lang || null;

  const article = makeArticle({
    url: canonicalUrl(url),
    title,
    source,
    published,
    byline,
    language,
    paragraphs,
  });
  return { article };
}
