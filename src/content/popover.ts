/**
 * The quotation popover: verdict, speaker, outlets, earliest date and each matching
 * source. It lives in Second Source's shadow root, so page CSS cannot restyle it and its
 * CSS cannot leak into the page. Every page- or corpus-derived string is set with
 * `textContent`, never parsed as HTML.
 */
import type { QuoteDifference, QuoteMatch, QuoteReport } from '../core/types';
import { formatDate as formatLocaleDate, t, tn, uiLocale } from '../shared/i18n';
import { differenceName, verdictWords } from '../shared/verdict-words';
import { outletsPhrase, VERDICT_LOOKS } from './verdict-style';

/** Width of the popover in CSS pixels (less on narrow viewports). */
export const POPOVER_WIDTH = 360;

/** Most matches listed in one popover; the popup lists them all. */
export const MAX_LISTED_MATCHES = 6;

const POPOVER_CSS = `
.popover {
  position: absolute; pointer-events: auto; box-sizing: border-box;
  width: min(${POPOVER_WIDTH}px, calc(100vw - 16px)); max-height: min(420px, 70vh); overflow: auto;
  margin: 0; padding: 12px 14px; background: #fff; color: #1f1f1f;
  border: 1px solid #c4c7c5; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, sans-serif; text-align: left; white-space: normal;
}
.popover:focus { outline: none; }
.popover:focus-visible, .popover a:focus-visible, .popover button:focus-visible {
  outline: 2px solid #1a73e8; outline-offset: 2px;
}
.head { display: flex; align-items: center; gap: 8px; margin: 0 24px 4px 0; font-size: 15px; font-weight: 700; }
.icon { display: inline-flex; align-items: center; justify-content: center; min-width: 20px; height: 20px;
  border-radius: 10px; color: #fff; font-size: 12px; }
.meaning { margin: 0 0 8px; color: #444; }
.facts { margin: 0 0 8px; padding: 0; list-style: none; color: #333; }
.matches { margin: 0; padding: 0; list-style: none; }
.match { margin: 0; padding: 8px 0 0; border-top: 1px solid #e3e3e3; }
.match + .match { margin-top: 8px; }
.outlet { font-weight: 700; }
.match a { color: #0b57d0; text-decoration: underline; }
.match blockquote { margin: 4px 0 0; padding: 0 0 0 8px; border-left: 3px solid #c4c7c5; color: #333; }
.diffs { margin: 4px 0 0; padding: 0 0 0 18px; color: #8c1d18; }
.more { margin: 8px 0 0; color: #555; }
.close { position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; padding: 0;
  border: 0; border-radius: 12px; background: transparent; color: #444; font: 16px/1 system-ui, sans-serif; cursor: pointer; }
.close:hover { background: #eee; }
`;

/** A date as the interface's locale writes it ("14 Mar 2026"); the raw value when unparseable. */
export function formatDate(iso: string | null): string | null {
  return iso ? formatLocaleDate(iso) : null;
}

/** Only web links are made clickable: a corpus could carry `javascript:` URLs. */
function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

function describeDifference(d: QuoteDifference): string {
  const ours = d.ours ? t('quote_in_marks', d.ours) : t('page_nothing');
  const theirs = d.theirs ? t('quote_in_marks', d.theirs) : t('page_nothing');
  return t('page_difference', differenceName(d.type), ours, theirs);
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderMatch(doc: Document, m: QuoteMatch): HTMLLIElement {
  const li = el(doc, 'li', 'match');
  const line = el(doc, 'div');
  line.appendChild(el(doc, 'span', 'outlet', m.source));
  const date = formatDate(m.published);
  if (date) line.appendChild(doc.createTextNode(` · ${date}`));
  li.appendChild(line);
  const href = safeHref(m.url);
  const title = m.title || m.url;
  if (href) {
    const a = el(doc, 'a', undefined, title);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    li.appendChild(a);
  } else {
    li.appendChild(el(doc, 'div', undefined, title));
  }
  const words = el(doc, 'blockquote', undefined, m.text);
  li.appendChild(words);
  if (m.kind === 'altered' && m.differences.length > 0) {
    const ul = el(doc, 'ul', 'diffs');
    for (const d of m.differences) ul.appendChild(el(doc, 'li', undefined, describeDifference(d)));
    li.appendChild(ul);
  }
  return li;
}

/**
 * The popover's content for one quotation, built with `createElement`/`textContent`
 * only. Shows the verdict (icon + word + meaning), speaker, outlet count, earliest
 * date and up to `MAX_LISTED_MATCHES` matching sources.
 */
export function renderQuoteDetails(doc: Document, q: QuoteReport): DocumentFragment {
  const look = VERDICT_LOOKS[q.verdict];
  const words = verdictWords(q.verdict);
  const frag = doc.createDocumentFragment();
  const head = el(doc, 'p', 'head');
  head.id = 'second-source-popover-title';
  const icon = el(doc, 'span', 'icon', look.icon);
  icon.setAttribute('aria-hidden', 'true');
  icon.style.background = look.color;
  head.append(icon, el(doc, 'span', undefined, t('page_quote_heading', words.name)));
  frag.appendChild(head);
  frag.appendChild(el(doc, 'p', 'meaning', words.meaning));

  const facts = el(doc, 'ul', 'facts');
  facts.appendChild(
    el(doc, 'li', undefined, t('page_speaker', q.speaker ?? t('page_speaker_not_named'))),
  );
  facts.appendChild(el(doc, 'li', undefined, t('page_carried_by', outletsPhrase(q.outlets))));
  const earliest = formatDate(q.earliest);
  if (earliest) facts.appendChild(el(doc, 'li', undefined, t('page_earliest', earliest)));
  frag.appendChild(facts);

  if (q.matches.length > 0) {
    const list = el(doc, 'ul', 'matches');
    for (const m of q.matches.slice(0, MAX_LISTED_MATCHES)) list.appendChild(renderMatch(doc, m));
    frag.appendChild(list);
    if (q.matches.length > MAX_LISTED_MATCHES) {
      const rest = q.matches.length - MAX_LISTED_MATCHES;
      frag.appendChild(el(doc, 'p', 'more', tn('page_more_in_panel', rest)));
    }
  }
  return frag;
}

/** How the popover was opened: hover closes on leave, the others need a deliberate close. */
export type OpenMode = 'hover' | 'focus' | 'click';

/** Delay before a hover-opened popover closes after the pointer leaves (ms). */
export const HOVER_CLOSE_MS = 300;

/**
 * One popover in a shadow root. `open` shows a quotation next to a point in page
 * coordinates; Escape or the close button closes it and gives focus back to the element
 * that had it (the badge).
 */
export class QuotePopover {
  private readonly doc: Document;
  private readonly box: HTMLDivElement;
  private returnFocus: HTMLElement | null = null;
  private mode: OpenMode | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Index of the quotation shown, or null when closed. */
  openIndex: number | null = null;
  /**
   * True while focus is being handed back to the badge, so that the badge's focus
   * handler does not open the popover again right after Escape.
   */
  restoringFocus = false;

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.openIndex !== null) {
      e.stopPropagation();
      this.close(true);
    }
  };

  constructor(root: ShadowRoot | HTMLElement, layer: HTMLElement) {
    this.doc = root.ownerDocument;
    const style = this.doc.createElement('style');
    style.textContent = POPOVER_CSS;
    root.appendChild(style);
    const box = this.doc.createElement('div');
    box.className = 'popover';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-labelledby', 'second-source-popover-title');
    // The popover speaks the interface's language, whatever the page's.
    box.lang = uiLocale();
    box.tabIndex = -1;
    box.hidden = true;
    box.addEventListener('keydown', this.onKey);
    box.addEventListener('pointerenter', () => this.cancelClose());
    box.addEventListener('pointerleave', () => {
      if (this.mode === 'hover') this.scheduleClose();
    });
    box.addEventListener('focusout', (e) => {
      const next = (e as FocusEvent).relatedTarget as Node | null;
      // Focus going back to the badge arrives as the badge's host (another shadow tree).
      const toBadge =
        next !== null && (next === this.returnFocus || next === hostOf(this.returnFocus));
      if (this.mode === 'focus' && (!next || !box.contains(next)) && !toBadge) {
        this.close(false);
      }
    });
    layer.appendChild(box);
    this.box = box;
  }

  /** The popover element (for tests and focus checks). */
  get element(): HTMLDivElement {
    return this.box;
  }

  get isOpen(): boolean {
    return this.openIndex !== null;
  }

  /**
   * Shows `q` (quotation `index`) with its top-left corner near page point (x, y).
   * `returnFocus` gets focus back when the popover closes with Escape; with mode
   * 'click' focus moves into the popover.
   */
  open(
    index: number,
    q: QuoteReport,
    at: { x: number; y: number },
    mode: OpenMode,
    returnFocus: HTMLElement | null,
  ): void {
    this.cancelClose();
    // A deliberate open is not downgraded by a hover on the same quotation.
    if (this.openIndex === index && this.mode !== 'hover' && mode === 'hover') return;
    this.box.replaceChildren(renderQuoteDetails(this.doc, q));
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', t('page_close'));
    close.textContent = '×';
    close.addEventListener('click', () => this.close(true));
    this.box.appendChild(close);
    this.box.style.left = `${Math.max(0, at.x)}px`;
    this.box.style.top = `${Math.max(0, at.y)}px`;
    this.box.hidden = false;
    this.openIndex = index;
    this.mode = mode;
    this.returnFocus = returnFocus;
    this.doc.addEventListener('keydown', this.onKey, true);
    if (mode === 'click') this.box.focus();
  }

  /** Closes after `HOVER_CLOSE_MS` unless the pointer comes back. */
  scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(false), HOVER_CLOSE_MS);
  }

  cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  /** The mode the popover was opened in, or null when closed. */
  get openMode(): OpenMode | null {
    return this.mode;
  }

  /** Hides the popover; with `restoreFocus`, focus goes back to the badge. */
  close(restoreFocus: boolean): void {
    this.cancelClose();
    if (this.openIndex === null) return;
    const active = activeIn(this.box);
    const focusInside = active !== null && this.box.contains(active);
    this.box.hidden = true;
    this.box.replaceChildren();
    this.openIndex = null;
    this.mode = null;
    this.doc.removeEventListener('keydown', this.onKey, true);
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus || focusInside) {
      this.restoringFocus = true;
      try {
        target?.focus();
      } finally {
        this.restoringFocus = false;
      }
    }
  }

  /** Removes the popover for good. */
  destroy(): void {
    this.close(false);
    this.box.remove();
  }
}

/** The shadow host of the tree `el` is in, or null when it is in the document itself. */
function hostOf(el: HTMLElement | null): Element | null {
  const root = el?.getRootNode();
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** The focused element inside `box`'s shadow root, if any. */
function activeIn(box: HTMLElement): Element | null {
  const root = box.getRootNode() as ShadowRoot | Document;
  return root.activeElement ?? null;
}
