/**
 * A map between the visible text of a page and its DOM: the text nodes under a root,
 * joined into one string, with conversions between offsets in that string and `Range`s.
 *
 * Offsets count UTF-16 code units into `TextMap.text`; `end` is exclusive.
 */
import { TEXT_NODE } from './node-types';

/** Attribute carried by every element Second Source adds to a page (its annotation host). */
export const OWN_ELEMENT_ATTR = 'data-second-source';

/** Inserted between text nodes that sit in different blocks, so words never merge. */
export const BLOCK_SEPARATOR = '\n';

/** Elements whose text is not visible page text. */
const SKIP_TAGS = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT OPTION IFRAME OBJECT svg SVG math ' +
    'MATH HEAD TITLE'
  ).split(' '),
);

/** Elements that start a new line of text: a separator goes on each side of them. */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR IMG LI MAIN NAV OL ' +
    'P PRE SECTION SUMMARY TABLE TD TH TR UL BUTTON INPUT'
  ).split(' '),
);

export interface TextMap {
  /** The text nodes' data in document order, with `BLOCK_SEPARATOR` between blocks. */
  text: string;
  /** The text nodes, in document order. */
  nodes: Text[];
  /** `starts[i]`: offset in `text` of the first character of `nodes[i]`. */
  starts: number[];
}

/**
 * Hidden in a way that is cheap to see without layout: the `hidden` attribute, an
 * inline `display: none` or `visibility: hidden`, or `aria-hidden="true"` on a subtree
 * with no text a reader would see. Stylesheet-hidden content is not detected (that
 * needs `getComputedStyle` per element, far too slow for a whole page).
 */
function isCheaplyHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  return false;
}

/** The document of a same-origin frame, or null (cross-origin access throws). */
export function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The nodes a `<slot>` of an open shadow root shows in place of its own children. */
function slotted(el: Element): readonly Node[] | null {
  if (el.tagName !== 'SLOT') return null;
  const slot = el as HTMLSlotElement;
  if (typeof slot.assignedNodes !== 'function') return null;
  const nodes = slot.assignedNodes();
  return nodes.length > 0 ? nodes : null;
}

/**
 * One level of the walk: the nodes still to visit, either a sibling chain (`next`) or
 * a list (`list` from `i`), and whether leaving it ends a block.
 */
interface WalkLevel {
  next: Node | null;
  list: readonly Node[] | null;
  i: number;
  block: boolean;
}

/**
 * Collects the visible text nodes under `root`, skipping scripts, styles, templates,
 * form fields, hidden elements and Second Source's own elements. The walk follows what
 * the reader sees: an element with an open shadow root shows that root's tree, a
 * `<slot>` the light nodes assigned to it, and a same-origin frame its document's body
 * (a block of its own). No recursion, so a deep page cannot overflow the stack. Closed
 * shadow roots and cross-origin frames are out of reach and left out.
 */
export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let pendingBreak = false;
  const stack: WalkLevel[] = [{ next: root.firstChild, list: null, i: 0, block: false }];
  while (stack.length > 0) {
    const level = stack[stack.length - 1]!;
    let child: Node | null;
    if (level.list) child = level.i < level.list.length ? level.list[level.i++]! : null;
    else {
      child = level.next;
      if (child) level.next = child.nextSibling;
    }
    if (!child) {
      stack.pop();
      if (level.block) pendingBreak = true;
      continue;
    }
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      if (!data) continue;
      if (pendingBreak && text.length > 0) text += BLOCK_SEPARATOR;
      pendingBreak = false;
      starts.push(text.length);
      nodes.push(child as Text);
      text += data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const frame = frameDocument(el);
    if (frame) {
      if (frame.body) {
        pendingBreak = true;
        stack.push({ next: null, list: [frame.body], i: 0, block: true });
      }
      continue;
    }
    if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(OWN_ELEMENT_ATTR) || isCheaplyHidden(el)) {
      continue;
    }
    const isBlock = BLOCK_TAGS.has(el.tagName);
    if (isBlock) pendingBreak = true;
    const shadow = el.shadowRoot;
    const assigned = slotted(el);
    if (shadow && shadow.mode === 'open') {
      stack.push({ next: shadow.firstChild, list: null, i: 0, block: isBlock });
    } else if (assigned) {
      stack.push({ next: null, list: assigned, i: 0, block: isBlock });
    } else {
      stack.push({ next: el.firstChild, list: null, i: 0, block: isBlock });
    }
  }
  return { text, nodes, starts };
}

/** Index of the last node whose start is ≤ `offset` (−1 when none). */
function nodeAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** A DOM position for a text offset: (text node, offset in its data). */
export interface TextPosition {
  node: Text;
  offset: number;
}

/**
 * The DOM position of text offset `offset`. With `bias` 'forward' a position that falls
 * on a separator moves to the start of the next node (used for range starts); with
 * 'backward' to the end of the previous node (used for range ends).
 */
export function positionAt(
  map: TextMap,
  offset: number,
  bias: 'forward' | 'backward',
): TextPosition | null {
  if (map.nodes.length === 0 || offset < 0 || offset > map.text.length) return null;
  let i = nodeAt(map, offset);
  if (bias === 'backward') {
    // An end offset equal to a node's start belongs to the previous node's end.
    while (i > 0 && map.starts[i] === offset) i--;
  }
  if (i < 0) i = 0;
  const node = map.nodes[i]!;
  const start = map.starts[i]!;
  const local = offset - start;
  const next = map.nodes[i + 1];
  // A range start at the very end of a node begins, in effect, at the next node.
  if (bias === 'forward' && local >= node.data.length && next) return { node: next, offset: 0 };
  if (local <= node.data.length && local >= 0) return { node, offset: local };
  // `offset` falls on a separator after node i.
  return { node, offset: node.data.length };
}

/**
 * A Range covering text offsets [start, end) of `map` (it may span many text nodes), or
 * null when the offsets are outside the text or the range would be empty.
 */
export function rangeFromOffsets(map: TextMap, start: number, end: number): Range | null {
  if (!(start < end)) return null;
  const a = positionAt(map, start, 'forward');
  const b = positionAt(map, end, 'backward');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}

/**
 * The text offsets [start, end) covered by `range`, or null when it touches no mapped
 * text node. Boundaries inside elements are moved to the nearest mapped text.
 */
export function offsetsFromRange(
  map: TextMap,
  range: Range,
): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < map.nodes.length; i++) {
    const node = map.nodes[i]!;
    if (!range.intersectsNode(node)) {
      if (first >= 0) break;
      continue;
    }
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return null;
  const firstNode = map.nodes[first]!;
  const lastNode = map.nodes[last]!;
  const start = map.starts[first]! + (range.startContainer === firstNode ? range.startOffset : 0);
  const end =
    map.starts[last]! + (range.endContainer === lastNode ? range.endOffset : lastNode.data.length);
  return end > start ? { start, end } : null;
}
