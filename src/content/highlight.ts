/**
 * Drawing quotations in the page. Where the browser has the CSS Custom Highlight API the
 * page's DOM is left untouched: one named highlight per verdict, styled by a constructed
 * stylesheet adopted by the document. Elsewhere the text is wrapped in `<mark>` elements,
 * and removal puts the original text nodes back as they were.
 *
 * Each drawn quotation also gets a badge (icon + focusable button) placed in the text flow
 * right after the quotation's last character: an inline-block element that takes its own
 * room in the line, so it never covers a letter of the page, follows every reflow (resize,
 * late fonts, content inserted above) without any code of ours, and lands at the end of
 * the quotation in the reading direction on right-to-left pages too. Its button lives in
 * a closed shadow root, so page CSS cannot restyle it and it adds no text to the page
 * (`textContent` stays the same). The text node a badge is inserted into is split there,
 * and joined again on removal. The popover lives in a separate host appended to `<html>`.
 *
 * Terms (scare quotes, names in marks) are never drawn: they are not statements, and a
 * page full of marks around single words would hide the quotations that matter.
 */
import type { Verdict } from '../core/types';
import { PageText, type QuoteSelector } from './anchor';
import { TEXT_NODE } from './node-types';
import { OWN_ELEMENT_ATTR } from './text-map';
import { quoteLabel, VERDICT_LOOKS } from './verdict-style';

/** Attribute on every `<mark>` of the fallback path (value: the verdict). */
export const MARK_ATTR = 'data-second-source-mark';

/** Name of the highlight registered for `verdict` (`::highlight(name)`). */
export function highlightName(verdict: Verdict | 'flash'): string {
  return `second-source-${verdict}`;
}

/** How long `flash` keeps its highlight, in ms. */
export const FLASH_MS = 1600;

export type HighlightStyle = 'underline' | 'background';

/** One quotation to draw. */
export interface AnnotationSpec {
  /** Index of the quotation in `report.quotes`. */
  index: number;
  verdict: Verdict;
  /** Independent outlets carrying it. */
  outlets: number;
  selector: QuoteSelector;
}

/** The part of `Highlight` used here. */
export interface HighlightLike {
  add(range: Range): unknown;
}

/**
 * The CSS Custom Highlight API and constructed stylesheets, as used here. A parameter so
 * tests can pass a small in-memory registry (jsdom has neither).
 */
export interface HighlightEnv {
  registry: { set(name: string, highlight: HighlightLike): unknown; delete(name: string): unknown };
  createHighlight(): HighlightLike;
  /**
   * Adopt a stylesheet with `css` into the document, or into `scope` (one of its open
   * shadow roots: document styles do not reach into them); returns a function removing it.
   */
  adoptSheet(css: string, scope?: DocumentOrShadowRoot): () => void;
}

interface HighlightWindow {
  CSS?: { highlights?: HighlightEnv['registry'] };
  Highlight?: new (...ranges: Range[]) => HighlightLike;
  CSSStyleSheet?: { new (): CSSStyleSheet; prototype: CSSStyleSheet };
}

/**
 * The highlight environment of `doc`'s window, or null when any part is missing (Firefox
 * before 140, jsdom): then the `<mark>` fallback is used.
 */
export function detectHighlightEnv(doc: Document): HighlightEnv | null {
  const win = doc.defaultView as (Window & HighlightWindow) | null;
  const registry = win?.CSS?.highlights;
  const HighlightCtor = win?.Highlight;
  const SheetCtor = win?.CSSStyleSheet;
  if (!registry || !HighlightCtor || !SheetCtor) return null;
  if (!('adoptedStyleSheets' in doc) || typeof SheetCtor.prototype.replaceSync !== 'function') {
    return null;
  }
  return {
    registry,
    createHighlight: () => new HighlightCtor(),
    adoptSheet: (css, scope = doc) => {
      const sheet = new SheetCtor();
      sheet.replaceSync(css);
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
      return () => {
        scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    },
  };
}

const VERDICTS = Object.keys(VERDICT_LOOKS) as Verdict[];

/** The text decoration (and tint) of a verdict, as CSS declarations. */
function decoration(verdict: Verdict, style: HighlightStyle): string {
  const look = VERDICT_LOOKS[verdict];
  const width = look.line === 'double' || look.line === 'wavy' ? '1px' : '2px';
  const bg = style === 'background' ? look.tint : 'transparent';
  return (
    `text-decoration: underline ${look.line} ${look.color} ${width};` +
    `text-decoration-skip-ink: none; background-color: ${bg};`
  );
}

const FLASH_DECLARATIONS = 'background-color: rgba(255, 213, 0, 0.55); color: inherit;';

/** Elements whose text must never be wrapped. */
const NO_WRAP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE']);

interface Segment {
  node: Text;
  start: number;
  end: number;
  spec: AnnotationSpec;
}

/** Text pieces of `range`, one per text node it covers (whitespace-only pieces skipped). */
function segmentsOf(range: Range, spec: AnnotationSpec): Segment[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const out: Segment[] = [];
  const visit = (node: Text): void => {
    const parent = node.parentElement;
    if (!parent || NO_WRAP_PARENTS.has(parent.tagName) || parent.closest(`[${OWN_ELEMENT_ATTR}]`)) {
      return;
    }
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !/\S/.test(node.data.slice(start, end))) return;
    out.push({ node, start, end, spec });
  };
  if (root.nodeType === TEXT_NODE) {
    visit(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) visit(n as Text);
  }
  return out;
}

/** What the fallback changed in one text node, to undo it exactly. */
interface WrapRecord {
  node: Text;
  original: string;
  inserted: Node[];
}

/** One drawn quotation. */
interface Drawn {
  spec: AnnotationSpec;
  range: Range;
  marks: HTMLElement[];
  badge: HTMLButtonElement | null;
  /** The highlight environment it is drawn with (its document's), or null for marks. */
  env: HighlightEnv | null;
}

/** A found quotation before it is drawn. */
interface Found {
  spec: AnnotationSpec;
  range: Range;
}

/** The document a range's text lives in (a same-origin frame's, or the page's). */
function documentOf(range: Range): Document {
  const node = range.startContainer;
  return node.ownerDocument ?? (node as Document);
}

/**
 * Where `doc`'s viewport sits in the viewport of `top`: (0, 0) for `top` itself, the
 * content box of the frame (and of each frame around it) for a same-origin frame's
 * document. Coordinates from `getBoundingClientRect` inside a frame plus this offset are
 * coordinates in `top`'s viewport.
 */
export function frameOffset(doc: Document, top: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win = doc.defaultView;
  for (let hops = 0; win && win.document !== top && hops < 32; hops++) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** Tag of the element that holds one badge in the page's text flow. */
export const BADGE_TAG = 'second-source-badge';

/** Closing quotation marks that may follow a quotation's last word (at most two, nested). */
const CLOSING_MARKS = /^["'”’“‘»«›‹」』]{1,2}/;

/** One badge put into the page, and the text node split for it (to join it again). */
interface BadgeRecord {
  host: HTMLElement;
  split: { node: Text; tail: Text } | null;
}

/**
 * The badge host's own style, `!important` and inline so that no page rule can hide,
 * float or resize it. The vertical margins keep the badge clear of the lines above and
 * below even when the page's line height is smaller than its font's glyphs; the gap on
 * the inline-start side (right of the quotation in right-to-left text) keeps it off the
 * quotation's last letter.
 */
const BADGE_HOST_STYLE = [
  'all: initial',
  'display: inline-block',
  'vertical-align: middle',
  'margin-block: 3px',
  'margin-inline: 3px 2px',
  'font-size: 0',
  'line-height: 0',
  'white-space: nowrap',
]
  .map((d) => `${d} !important;`)
  .join(' ');

export interface HighlighterOptions {
  /** Highlight API environment; null forces the `<mark>` fallback. Default: detected. */
  env?: HighlightEnv | null;
  style?: HighlightStyle;
  /** Called when a badge is hovered, focused or clicked (popover wiring). */
  onBadgeEvent?: (index: number, badge: HTMLButtonElement, event: Event) => void;
}

const HOST_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
`;

const BADGE_CSS = `
.badge {
  box-sizing: border-box; min-width: 18px; height: 16px; padding: 0 4px; margin: 0;
  display: flex; align-items: center; justify-content: center; gap: 2px;
  font: 700 11px/1 system-ui, sans-serif; color: #fff; border: 1px solid #fff;
  border-radius: 8px; cursor: pointer; box-shadow: 0 1px 2px rgba(0,0,0,.35);
  direction: ltr; unicode-bidi: isolate;
}
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
.badge .n { font-weight: 600; font-size: 10px; }
`;

/**
 * Draws and removes annotations in one document. `apply` replaces whatever was drawn;
 * `clear` restores the page exactly (same nodes, same text, no stylesheet, highlight or
 * host left behind).
 */
export class Highlighter {
  private readonly doc: Document;
  private readonly env: HighlightEnv | null;
  private readonly style: HighlightStyle;
  private readonly onBadgeEvent: HighlighterOptions['onBadgeEvent'];
  private drawn: Drawn[] = [];
  private records: WrapRecord[] = [];
  private badgeRecords: BadgeRecord[] = [];
  private sheetRemovals: (() => void)[] = [];
  private registered: { env: HighlightEnv; name: string }[] = [];
  /** Highlight environments of same-origin frames' documents, detected once each. */
  private readonly frameEnvs = new Map<Document, HighlightEnv | null>();
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private layer: HTMLElement | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashUndo: (() => void) | null = null;

  constructor(doc: Document, options: HighlighterOptions = {}) {
    this.doc = doc;
    this.env = options.env === undefined ? detectHighlightEnv(doc) : options.env;
    this.style = options.style ?? 'underline';
    this.onBadgeEvent = options.onBadgeEvent;
  }

  /** True when the page's DOM is left untouched (Custom Highlight API in use). */
  get usesHighlightApi(): boolean {
    return this.env !== null;
  }

  /** The shadow root of our overlay host (the popover), once something is drawn. */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  /** The positioned layer inside the overlay's shadow root (the popover), or null. */
  get overlay(): HTMLElement | null {
    return this.layer;
  }

  /** The overlay host element in the page, or null. */
  get overlayHost(): HTMLElement | null {
    return this.host;
  }

  /** Every badge drawn, in the order of the quotations. */
  get badges(): HTMLButtonElement[] {
    const out: HTMLButtonElement[] = [];
    for (const d of this.drawn) if (d.badge) out.push(d.badge);
    return out;
  }

  /** Indices (into `report.quotes`) of the drawn quotations, in page order. */
  get indices(): number[] {
    return this.drawn.map((d) => d.spec.index);
  }

  /** Number of quotations currently drawn. */
  get count(): number {
    return this.drawn.length;
  }

  /** The documents holding drawn quotations: the page's and same-origin frames'. */
  get documents(): Document[] {
    const out = new Set<Document>();
    for (const d of this.drawn) out.add(documentOf(d.range));
    return Array.from(out);
  }

  /**
   * The highlight environment for text in `doc`: the page's own, or a same-origin
   * frame's (its registry and stylesheets are its own); null (marks) when the page's is
   * null or the frame's window lacks the API.
   */
  private envFor(doc: Document): HighlightEnv | null {
    if (doc === this.doc || this.env === null) return this.env;
    let env = this.frameEnvs.get(doc);
    if (env === undefined) {
      try {
        env = detectHighlightEnv(doc);
      } catch {
        env = null;
      }
      this.frameEnvs.set(doc, env);
    }
    return env;
  }

  /**
   * Draws `specs` (replacing what was drawn before): each quotation is anchored in the
   * page text under `root` (the body by default) and drawn when found. Terms are the
   * caller's to leave out. With `badges: false` only the text is drawn (used for a
   * one-off flash). Returns how many were found.
   */
  apply(
    specs: AnnotationSpec[],
    root: Node | null = this.doc.body,
    options: { badges?: boolean } = {},
  ): { anchored: number; total: number } {
    this.clear();
    if (!root || specs.length === 0) return { anchored: 0, total: specs.length };
    const page = new PageText(root);
    // Grouped by how they are drawn: text in a same-origin frame goes through that
    // frame's own highlight registry (or marks).
    const byEnv = new Map<HighlightEnv | null, Found[]>();
    for (const spec of specs) {
      const range = page.anchor(spec.selector);
      if (!range) continue;
      const env = this.envFor(documentOf(range));
      const list = byEnv.get(env);
      if (list) list.push({ spec, range });
      else byEnv.set(env, [{ spec, range }]);
    }
    if (byEnv.size === 0) return { anchored: 0, total: specs.length };
    for (const [env, found] of byEnv) {
      // A registry or stylesheet the browser refuses (a frame's, say) falls back to marks.
      if (!env || !this.drawWithHighlights(found, env)) this.drawWithMarks(found);
    }
    this.drawn.sort((a, b) => a.spec.index - b.spec.index);
    if (options.badges !== false) this.drawBadges();
    return { anchored: this.drawn.length, total: specs.length };
  }

  /**
   * Draws `found` as highlights of `env`; all or nothing: false, with nothing left
   * registered or adopted, when the environment refuses a part.
   */
  private drawWithHighlights(found: Found[], env: HighlightEnv): boolean {
    const byVerdict = new Map<Verdict, HighlightLike>();
    // The document or open shadow root of each range: a `::highlight` rule styles only
    // the tree whose stylesheets hold it.
    const scopes = new Set<DocumentOrShadowRoot>();
    const names: string[] = [];
    const removals: (() => void)[] = [];
    try {
      for (const { spec, range } of found) {
        let h = byVerdict.get(spec.verdict);
        if (!h) {
          h = env.createHighlight();
          byVerdict.set(spec.verdict, h);
        }
        h.add(range);
        scopes.add(range.startContainer.getRootNode() as Document | ShadowRoot);
      }
      for (const [verdict, h] of byVerdict) {
        const name = highlightName(verdict);
        env.registry.set(name, h);
        names.push(name);
      }
      const css = VERDICTS.map(
        (v) => `::highlight(${highlightName(v)}) { ${decoration(v, this.style)} }`,
      ).join('\n');
      const sheet = `${css}\n::highlight(${highlightName('flash')}) { ${FLASH_DECLARATIONS} }`;
      for (const scope of scopes) removals.push(env.adoptSheet(sheet, scope));
    } catch {
      for (const name of names) env.registry.delete(name);
      for (const remove of removals) remove();
      return false;
    }
    for (const name of names) this.registered.push({ env, name });
    for (const remove of removals) this.sheetRemovals.push(remove);
    for (const { spec, range } of found)
      this.drawn.push({ spec, range, marks: [], badge: null, env });
    return true;
  }

  private drawWithMarks(found: Found[]): void {
    // Work out every piece before changing anything: wrapping one quotation splits text
    // nodes that the ranges of the others point into.
    const byNode = new Map<Text, Segment[]>();
    for (const { spec, range } of found) {
      for (const seg of segmentsOf(range, spec)) {
        const list = byNode.get(seg.node);
        if (list) list.push(seg);
        else byNode.set(seg.node, [seg]);
      }
    }
    const marksOf = new Map<AnnotationSpec, HTMLElement[]>();
    for (const [node, segs] of byNode) {
      segs.sort((a, b) => a.start - b.start);
      const doc = node.ownerDocument;
      const original = node.data;
      const inserted: Node[] = [];
      const parent = node.parentNode!;
      const after: Node | null = node.nextSibling;
      let at = segs[0]!.start;
      node.data = original.slice(0, at);
      for (const seg of segs) {
        const start = Math.max(seg.start, at);
        if (seg.end <= start) continue;
        if (start > at) {
          const gap = doc.createTextNode(original.slice(at, start));
          parent.insertBefore(gap, after);
          inserted.push(gap);
        }
        const mark = doc.createElement('mark');
        mark.setAttribute(MARK_ATTR, seg.spec.verdict);
        mark.setAttribute('style', `color: inherit; ${decoration(seg.spec.verdict, this.style)}`);
        mark.appendChild(doc.createTextNode(original.slice(start, seg.end)));
        parent.insertBefore(mark, after);
        inserted.push(mark);
        const list = marksOf.get(seg.spec);
        if (list) list.push(mark);
        else marksOf.set(seg.spec, [mark]);
        at = seg.end;
      }
      if (at < original.length) {
        const tail = doc.createTextNode(original.slice(at));
        parent.insertBefore(tail, after);
        inserted.push(tail);
      }
      this.records.push({ node, original, inserted });
    }
    for (const { spec } of found) {
      const marks = marksOf.get(spec);
      if (!marks?.length) continue;
      // Marks are in document order per node, and nodes were visited in document order.
      marks.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
      const range = marks[0]!.ownerDocument.createRange();
      range.setStart(marks[0]!.firstChild!, 0);
      const lastText = marks[marks.length - 1]!.firstChild as Text;
      range.setEnd(lastText, lastText.data.length);
      this.drawn.push({ spec, range, marks, badge: null, env: null });
    }
  }

  private ensureHost(): HTMLElement {
    if (this.layer) return this.layer;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ELEMENT_ATTR, 'annotations');
    host.setAttribute(
      'style',
      'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; ' +
        'z-index: 2147483646; pointer-events: none;',
    );
    // Closed: page scripts cannot reach into it; we keep the reference ourselves.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = HOST_CSS;
    const layer = this.doc.createElement('div');
    layer.className = 'layer';
    shadow.append(style, layer);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.shadow = shadow;
    this.layer = layer;
    return layer;
  }

  /** Puts `host` into the text flow right after the end of `d`'s quotation. */
  private placeBadge(d: Drawn, host: HTMLElement): void {
    const lastMark = d.marks[d.marks.length - 1];
    let end: Node = d.range.endContainer;
    let offset = d.range.endOffset;
    if (lastMark) {
      const next = lastMark.nextSibling;
      if (!next || next.nodeType !== 3) {
        lastMark.parentNode!.insertBefore(host, next);
        this.badgeRecords.push({ host, split: null });
        return;
      }
      end = next;
      offset = 0;
    }
    if (end.nodeType !== 3) {
      end.insertBefore(host, end.childNodes[offset] ?? null);
      this.badgeRecords.push({ host, split: null });
      return;
    }
    const node = end as Text;
    const parent = node.parentNode!;
    // After the closing quotation mark(s) right behind the words, when there are any.
    const close = CLOSING_MARKS.exec(node.data.slice(offset, offset + 2));
    if (close) offset += close[0].length;
    if (offset <= 0) {
      parent.insertBefore(host, node);
      this.badgeRecords.push({ host, split: null });
    } else if (offset >= node.data.length) {
      parent.insertBefore(host, node.nextSibling);
      this.badgeRecords.push({ host, split: null });
    } else {
      // splitText keeps live ranges right: a range ending here stays in `node`, and ranges
      // of later quotations in the same node move to `tail`.
      const tail = node.splitText(offset);
      parent.insertBefore(host, tail);
      this.badgeRecords.push({ host, split: { node, tail } });
    }
  }

  private drawBadges(): void {
    this.ensureHost();
    // From the last quotation to the first, so each split leaves the earlier ones' ends
    // where they were.
    for (let i = this.drawn.length - 1; i >= 0; i--) {
      const d = this.drawn[i]!;
      const look = VERDICT_LOOKS[d.spec.verdict];
      // Made by the document the quotation is in (a same-origin frame's, maybe).
      const doc = documentOf(d.range);
      const badge = doc.createElement('button');
      badge.type = 'button';
      badge.className = `badge v-${d.spec.verdict}`;
      badge.dataset.index = String(d.spec.index);
      badge.setAttribute('aria-label', quoteLabel(d.spec.verdict, d.spec.outlets));
      badge.setAttribute('aria-haspopup', 'dialog');
      badge.style.background = look.color;
      const icon = doc.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = look.icon;
      badge.appendChild(icon);
      if (d.spec.outlets > 0) {
        const n = doc.createElement('span');
        n.className = 'n';
        n.setAttribute('aria-hidden', 'true');
        n.textContent = String(d.spec.outlets);
        badge.appendChild(n);
      }
      const forward = (event: Event): void => {
        if (event.type === 'click') {
          // A quotation inside a link: the badge must not follow it, nor wake page handlers.
          event.preventDefault();
          event.stopPropagation();
        }
        this.onBadgeEvent?.(d.spec.index, badge, event);
      };
      for (const type of ['pointerenter', 'pointerleave', 'focus', 'blur', 'click', 'keydown']) {
        badge.addEventListener(type, forward);
      }
      d.badge = badge;
      const host = doc.createElement(BADGE_TAG);
      host.setAttribute(OWN_ELEMENT_ATTR, 'badge');
      host.setAttribute('style', BADGE_HOST_STYLE);
      // Closed, like the overlay: page scripts cannot reach the button.
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = BADGE_CSS;
      shadow.append(style, badge);
      this.placeBadge(d, host);
    }
  }

  /** The live range of quotation `index`, or null when it is not drawn. */
  rangeOf(index: number): Range | null {
    return this.drawn.find((d) => d.spec.index === index)?.range ?? null;
  }

  /** The badge of quotation `index`, or null. */
  badgeOf(index: number): HTMLButtonElement | null {
    return this.drawn.find((d) => d.spec.index === index)?.badge ?? null;
  }

  /**
   * The drawn quotation under point (x, y) of `view`'s viewport (the page's, or a
   * same-origin frame's for a pointer inside it), or null. Uses the caret position at
   * the point (cheap) and then the range's boxes, so a pointer in the margin beside a
   * line does not count. Only quotations in `view` are considered.
   */
  indexAtPoint(x: number, y: number, view: Document = this.doc): number | null {
    if (this.drawn.length === 0) return null;
    const doc = view as Document & {
      caretPositionFromPoint?: (
        x: number,
        y: number,
      ) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    let node: Node | null = null;
    let offset = 0;
    if (typeof doc.caretPositionFromPoint === 'function') {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (typeof doc.caretRangeFromPoint === 'function') {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) {
        node = r.startContainer;
        offset = r.startOffset;
      }
    }
    for (const d of this.drawn) {
      if (documentOf(d.range) !== view) continue;
      // The caret of a point in a shadow tree is given in the tree around it (its host):
      // then only the boxes tell.
      const sameTree = node !== null && node.getRootNode() === d.range.startContainer.getRootNode();
      if (sameTree) {
        try {
          if (!d.range.isPointInRange(node!, offset)) continue;
        } catch {
          continue;
        }
      }
      if (typeof d.range.getClientRects !== 'function') {
        if (sameTree) return d.spec.index;
        continue;
      }
      for (const r of Array.from(d.range.getClientRects())) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return d.spec.index;
      }
    }
    return null;
  }

  /**
   * Highlights quotation `index` for `FLASH_MS` (after scrolling to it). Returns false
   * when it is not drawn.
   */
  flash(index: number): boolean {
    const d = this.drawn.find((x) => x.spec.index === index);
    if (!d) return false;
    this.endFlash();
    const env = d.env;
    if (env) {
      const h = env.createHighlight();
      h.add(d.range);
      const name = highlightName('flash');
      env.registry.set(name, h);
      this.flashUndo = () => env.registry.delete(name);
    } else {
      const saved = d.marks.map((m) => m.getAttribute('style') ?? '');
      for (const m of d.marks)
        m.setAttribute('style', `${m.getAttribute('style') ?? ''} ${FLASH_DECLARATIONS}`);
      this.flashUndo = () => d.marks.forEach((m, i) => m.setAttribute('style', saved[i] ?? ''));
    }
    this.flashTimer = setTimeout(() => this.endFlash(), FLASH_MS);
    return true;
  }

  private endFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    this.flashUndo?.();
    this.flashUndo = null;
  }

  /** Removes every annotation and restores the page. Returns how many were removed. */
  clear(): number {
    const n = this.drawn.length;
    this.endFlash();
    for (const { env, name } of this.registered) env.registry.delete(name);
    this.registered = [];
    for (const remove of this.sheetRemovals) remove();
    this.sheetRemovals = [];
    // Badges first (they sit after the marks), each split text node joined again.
    for (let i = this.badgeRecords.length - 1; i >= 0; i--) {
      const { host, split } = this.badgeRecords[i]!;
      host.remove();
      if (split) {
        split.node.appendData(split.tail.data);
        split.tail.remove();
      }
    }
    this.badgeRecords = [];
    // Undo in reverse order so each node gets back exactly the text it had.
    for (let i = this.records.length - 1; i >= 0; i--) {
      const { node, original, inserted } = this.records[i]!;
      for (const extra of inserted) extra.parentNode?.removeChild(extra);
      node.data = original;
    }
    this.records = [];
    this.drawn = [];
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.layer = null;
    return n;
  }
}

/** The first box of a range in viewport coordinates, or null without layout. */
export function firstRect(range: Range): DOMRect | null {
  if (typeof range.getClientRects !== 'function') return null;
  const rects = range.getClientRects();
  const r = rects.length > 0 ? rects[0] : null;
  return r && (r.width > 0 || r.height > 0) ? r : null;
}
