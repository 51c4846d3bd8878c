/**
 * The annotations of one page: draws a report's quotations, wires badges and hovered
 * text to the popover, scrolls to a quotation and removes everything again.
 */
import type { QuoteReport, Report, Verdict } from '../core/types';
import { PageText } from './anchor';
import { DOCUMENT_NODE } from './node-types';
import {
  FLASH_MS,
  Highlighter,
  firstRect,
  frameOffset,
  type AnnotationSpec,
  type HighlightEnv,
  type HighlightStyle,
} from './highlight';
import { POPOVER_WIDTH, QuotePopover, type OpenMode } from './popover';

export interface AnnotationOptions {
  /** Highlight API environment; null forces the `<mark>` fallback. Default: detected. */
  env?: HighlightEnv | null;
  style?: HighlightStyle;
  /** Verdicts drawn in the page (default: all). */
  marked?: readonly Verdict[];
}

/** The drawable quotations of a report: statements whose verdict is marked. */
export function annotationSpecs(report: Report, marked?: readonly Verdict[]): AnnotationSpec[] {
  const specs: AnnotationSpec[] = [];
  report.quotes.forEach((q, index) => {
    if (q.kind !== 'statement') return;
    if (marked && !marked.includes(q.verdict)) return;
    specs.push({
      index,
      verdict: q.verdict,
      outlets: q.outlets,
      selector: { text: q.text, prefix: q.prefix, suffix: q.suffix },
    });
  });
  return specs;
}

export class PageAnnotations {
  private readonly doc: Document;
  private options: AnnotationOptions;
  private highlighter: Highlighter;
  private popover: QuotePopover | null = null;
  private report: Report | null = null;
  private hoverIndex: number | null = null;
  private frame = 0;
  /** The last pointer position, in the viewport of the document it moved over. */
  private lastPointer: { x: number; y: number; view: Document } | null = null;
  /** The documents whose pointer moves are followed (the page's, same-origin frames'). */
  private pointerDocs: Document[] = [];
  private flashCleanup: (() => void) | null = null;
  /** The quotation `step` moved to last (index into `report.quotes`), or null. */
  private stepped: number | null = null;

  private readonly onPointerMove = (e: PointerEvent): void => {
    // A frame's pointer events stay in the frame's document, in its own coordinates.
    const target = e.currentTarget as Document | null;
    const view = target && target.nodeType === DOCUMENT_NODE ? target : this.doc;
    this.lastPointer = { x: e.clientX, y: e.clientY, view };
    const win = this.doc.defaultView;
    if (this.frame || !win) return;
    // One hit-test per frame at most, however fast the pointer moves.
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.lastPointer;
      if (p) this.hoverAt(p.x, p.y, p.view);
    });
  };

  constructor(doc: Document, options: AnnotationOptions = {}) {
    this.doc = doc;
    this.options = options;
    this.highlighter = this.makeHighlighter();
  }

  private makeHighlighter(): Highlighter {
    return new Highlighter(this.doc, {
      ...(this.options.env !== undefined ? { env: this.options.env } : {}),
      style: this.options.style ?? 'underline',
      onBadgeEvent: (index, badge, event) => this.onBadge(index, badge, event),
    });
  }

  /** True while annotations are drawn. */
  get active(): boolean {
    return this.highlighter.count > 0;
  }

  /** The report last drawn (kept after `clear` for scrolling), or null. */
  get currentReport(): Report | null {
    return this.report;
  }

  /** The popover (tests, focus checks), or null before anything is drawn. */
  get quotePopover(): QuotePopover | null {
    return this.popover;
  }

  get highlights(): Highlighter {
    return this.highlighter;
  }

  /** Changes style or marked verdicts; redraws when something is drawn. */
  configure(options: Pick<AnnotationOptions, 'style' | 'marked'>): void {
    const wasActive = this.active;
    this.clear();
    this.options = { ...this.options, ...options };
    this.highlighter = this.makeHighlighter();
    if (wasActive && this.report) this.annotate(this.report);
  }

  /** Draws `report` (replacing earlier annotations). `total` counts drawable quotations. */
  annotate(report: Report): { anchored: number; total: number } {
    this.clear();
    this.report = report;
    const specs = annotationSpecs(report, this.options.marked);
    const result = this.highlighter.apply(specs);
    const root = this.highlighter.root;
    const layer = this.highlighter.overlay;
    if (root && layer) {
      this.popover = new QuotePopover(root, layer);
      const docs = this.highlighter.documents;
      if (!docs.includes(this.doc)) docs.push(this.doc);
      for (const doc of docs) {
        doc.addEventListener('pointermove', this.onPointerMove, { passive: true });
      }
      this.pointerDocs = docs;
    }
    return result;
  }

  /** Removes every annotation. Returns how many quotations were removed. */
  clear(): number {
    this.endFlash();
    this.stepped = null;
    this.popover?.destroy();
    this.popover = null;
    this.hoverIndex = null;
    for (const doc of this.pointerDocs) {
      try {
        doc.removeEventListener('pointermove', this.onPointerMove);
      } catch {
        // A frame removed by the page since: nothing is left to listen to.
      }
    }
    this.pointerDocs = [];
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    return this.highlighter.clear();
  }

  /** Forgets the report as well (another article is now shown). */
  reset(): void {
    this.clear();
    this.report = null;
  }

  private quote(index: number): QuoteReport | null {
    return this.report?.quotes[index] ?? null;
  }

  private openAt(index: number, mode: OpenMode, badge: HTMLElement | null): void {
    const q = this.quote(index);
    if (!q || !this.popover) return;
    const win = this.doc.defaultView;
    const range = this.highlighter.rangeOf(index);
    // Below the badge (at the quotation's end) when it comes from the badge, else below
    // the quotation's first line (the pointer over its text).
    const host = badge ? (badge.getRootNode() as ShadowRoot | Document) : null;
    const badgeBox =
      host && 'host' in host && typeof host.host.getBoundingClientRect === 'function'
        ? host.host.getBoundingClientRect()
        : null;
    const rect = badgeBox && badgeBox.height > 0 ? badgeBox : range ? firstRect(range) : null;
    // A quotation in a same-origin frame is measured in the frame's viewport.
    const inDoc = range?.startContainer.ownerDocument ?? this.doc;
    const shift = inDoc === this.doc ? { x: 0, y: 0 } : frameOffset(inDoc, this.doc);
    // Keep the popover (at most 360px wide) inside the viewport horizontally.
    const maxLeft = win ? win.innerWidth - POPOVER_WIDTH - 8 : Infinity;
    const at = rect
      ? {
          x: Math.max(0, Math.min(rect.left + shift.x, maxLeft)) + (win?.scrollX ?? 0),
          y: rect.bottom + shift.y + (win?.scrollY ?? 0) + 6,
        }
      : { x: 0, y: 0 };
    this.popover.open(index, q, at, mode, badge);
  }

  private onBadge(index: number, badge: HTMLButtonElement, event: Event): void {
    const popover = this.popover;
    if (!popover) return;
    switch (event.type) {
      case 'pointerenter':
        this.openAt(index, 'hover', badge);
        break;
      case 'pointerleave':
        if (popover.openMode === 'hover') popover.scheduleClose();
        break;
      case 'focus':
        if (popover.openIndex !== index && !popover.restoringFocus)
          this.openAt(index, 'focus', badge);
        break;
      case 'blur': {
        // Focus going into the popover arrives here as its host (another shadow tree).
        const next = (event as FocusEvent).relatedTarget as Node | null;
        const intoPopover =
          next !== null &&
          (next === this.highlighter.overlayHost || popover.element.contains(next));
        if (popover.openMode === 'focus' && !intoPopover) popover.close(false);
        break;
      }
      case 'click':
        if (popover.openIndex === index && popover.openMode === 'click') popover.close(true);
        else this.openAt(index, 'click', badge);
        break;
      case 'keydown':
        if ((event as KeyboardEvent).key === 'Escape' && popover.isOpen) {
          event.stopPropagation();
          popover.close(true);
        }
        break;
    }
  }

  /**
   * Moves to the next (`direction` 1) or previous (-1) drawn quotation, in page order,
   * from the one whose badge has focus or was stepped to last, wrapping around at either
   * end: scrolls it to the middle of the window, focuses its badge and opens its popover.
   * Returns the quotation's index in `report.quotes`, or null when nothing is drawn.
   */
  step(direction: 1 | -1): number | null {
    const order = this.highlighter.indices;
    if (order.length === 0) return null;
    let at = this.focusedIndex() ?? this.stepped;
    let pos = at === null ? -1 : order.indexOf(at);
    if (pos < 0) pos = direction === 1 ? -1 : order.length;
    pos = (pos + direction + order.length) % order.length;
    at = order[pos]!;
    this.stepped = at;
    const badge = this.highlighter.badgeOf(at);
    // The badge (the quotation's end, where the popover opens) in the middle of the window.
    const host = (badge?.getRootNode() as ShadowRoot | undefined)?.host;
    const target = host ?? this.highlighter.rangeOf(at)?.startContainer.parentElement;
    if (target && typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'center' });
    }
    if (badge) {
      badge.focus({ preventScroll: true });
      // Focus opens the popover; open it all the same when the badge had focus already.
      if (this.popover?.openIndex !== at) this.openAt(at, 'focus', badge);
    }
    return at;
  }

  /** The quotation whose badge has keyboard focus, or null. */
  private focusedIndex(): number | null {
    for (const index of this.highlighter.indices) {
      const badge = this.highlighter.badgeOf(index);
      const root = badge?.getRootNode() as ShadowRoot | undefined;
      if (badge && root?.activeElement === badge) return index;
    }
    return null;
  }

  /**
   * Pointer over the page at point (x, y) of `view`'s viewport (the page's document, or
   * a same-origin frame's): open or close the hover popover.
   */
  hoverAt(x: number, y: number, view: Document = this.doc): void {
    const popover = this.popover;
    if (!popover) return;
    const index = this.highlighter.indexAtPoint(x, y, view);
    if (index === this.hoverIndex) {
      if (index !== null) popover.cancelClose();
      return;
    }
    this.hoverIndex = index;
    if (index !== null) this.openAt(index, 'hover', this.highlighter.badgeOf(index));
    else if (popover.openMode === 'hover') popover.scheduleClose();
  }

  /**
   * Scrolls quotation `index` of the current report into view and flashes it. Works
   * when annotations are hidden too (the quotation is anchored for the flash only).
   * Returns false when there is no report or the quotation is not in the page.
   */
  scrollTo(index: number): boolean {
    const q = this.quote(index);
    if (!q) return false;
    let range = this.highlighter.rangeOf(index);
    let flashed = false;
    if (range) {
      flashed = this.highlighter.flash(index);
    } else {
      // Not drawn (hidden, or a verdict that is not marked): draw it alone for the flash.
      this.endFlash();
      const temp = new Highlighter(this.doc, {
        ...(this.options.env !== undefined ? { env: this.options.env } : {}),
        style: this.options.style ?? 'underline',
      });
      const spec: AnnotationSpec = {
        index,
        verdict: q.verdict,
        outlets: q.outlets,
        selector: { text: q.text, prefix: q.prefix, suffix: q.suffix },
      };
      // Anchor first without touching the page, so a missing quotation changes nothing.
      if (!this.doc.body || !new PageText(this.doc.body).locate(spec.selector)) return false;
      temp.apply([spec], this.doc.body, { badges: false });
      range = temp.rangeOf(index);
      flashed = temp.flash(index);
      const timer = setTimeout(() => this.endFlash(), FLASH_MS);
      this.flashCleanup = () => {
        clearTimeout(timer);
        temp.clear();
      };
    }
    if (!range) return false;
    const target = range.startContainer.parentElement;
    if (target && typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
    return flashed;
  }

  private endFlash(): void {
    const cleanup = this.flashCleanup;
    this.flashCleanup = null;
    cleanup?.();
  }
}
