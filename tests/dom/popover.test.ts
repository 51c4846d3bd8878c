// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationSpecs, PageAnnotations } from '../../src/content/annotations';
import { HOVER_CLOSE_MS, renderQuoteDetails } from '../../src/content/popover';
import { OWN_ELEMENT_ATTR } from '../../src/content/text-map';
import { demoReport, DEMO_PAGE } from './report-fixture';

// The interface's words: English, as the browser gives them.
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

afterEach(() => {
  document.body.innerHTML = '';
  for (const h of Array.from(document.querySelectorAll(`[${OWN_ELEMENT_ATTR}]`))) h.remove();
  vi.useRealTimers();
});

const EVIL = '<img src=x onerror="window.__owned=1">';

describe('renderQuoteDetails', () => {
  it('shows page and corpus text as text, never as markup', () => {
    const q = demoReport().quotes[0]!;
    q.text = `We will ${EVIL} not accept`;
    q.speaker = `Brandvold ${EVIL}`;
    q.matches[0]!.text = `deal ${EVIL}`;
    q.matches[0]!.title = `<b>Title</b> ${EVIL}`;
    q.matches[0]!.source = `<i>Post</i>`;
    const box = document.createElement('div');
    box.appendChild(renderQuoteDetails(document, q));
    expect(box.querySelector('img, b, i')).toBeNull();
    expect(box.textContent).toContain(`Speaker: Brandvold ${EVIL}`);
    expect(box.textContent).toContain(`deal ${EVIL}`);
    expect(box.textContent).toContain('<i>Post</i>');
    expect((window as unknown as { __owned?: number }).__owned).toBeUndefined();
  });

  it('gives verdict, speaker, outlets, earliest date and each source with a safe link', () => {
    const q = demoReport().quotes[0]!;
    q.matches[1]!.url = 'javascript:alert(1)';
    const box = document.createElement('div');
    box.appendChild(renderQuoteDetails(document, q));
    const text = box.textContent!;
    expect(text).toContain('≈');
    expect(text).toContain('Quotation: Variant');
    expect(text).toContain('Speaker: Brandvold');
    expect(text).toContain('Carried by 2 outlets');
    expect(text).toMatch(/Earliest: .*2026/);
    expect(text).toContain('Northgate Post');
    expect(text).toContain('We will not accept any deal that harms our farmers');
    const links = Array.from(box.querySelectorAll('a'));
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://northgate.example/a');
    expect(links[0]!.target).toBe('_blank');
    expect(links[0]!.rel).toContain('noopener');
    // The javascript: source is listed, but not as a link.
    expect(text).toContain('Meridian Wire');
  });

  it('says what differs for an altered quotation', () => {
    const box = document.createElement('div');
    box.appendChild(renderQuoteDetails(document, demoReport().quotes[3]!));
    expect(box.textContent).toContain('⚠');
    expect(box.textContent).toContain('Number: this page has “21”, this source has “12”');
  });
});

describe('PageAnnotations and the popover', () => {
  function setup() {
    document.body.innerHTML = DEMO_PAGE;
    const a = new PageAnnotations(document, { env: null });
    const result = a.annotate(demoReport());
    return { a, result };
  }

  it('draws statements only: the term is left unmarked', () => {
    const { a, result } = setup();
    expect(annotationSpecs(demoReport()).map((s) => s.index)).toEqual([0, 2, 3, 4]);
    expect(result).toEqual({ anchored: 4, total: 4 });
    expect(Array.from(document.querySelectorAll('mark')).map((m) => m.textContent)).not.toContain(
      'green corridor',
    );
    a.clear();
  });

  it('honours the marked verdicts', () => {
    document.body.innerHTML = DEMO_PAGE;
    const a = new PageAnnotations(document, { env: null, marked: ['altered'] });
    expect(a.annotate(demoReport())).toEqual({ anchored: 1, total: 1 });
    a.clear();
  });

  it('opens on badge focus, moves focus in on click, and Escape closes and returns focus', () => {
    const { a } = setup();
    const root = a.highlights.root!;
    const badge = a.highlights.badgeOf(3)!;
    const badgeRoot = badge.getRootNode() as ShadowRoot;
    badge.focus();
    const pop = a.quotePopover!;
    expect(pop.isOpen).toBe(true);
    expect(pop.openIndex).toBe(3);
    expect(pop.element.textContent).toContain('Le Courrier du Nord');
    expect(pop.element.getAttribute('role')).toBe('dialog');

    badge.click();
    expect(pop.openMode).toBe('click');
    expect(root.activeElement).toBe(pop.element);

    pop.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pop.isOpen).toBe(false);
    expect(badgeRoot.activeElement).toBe(badge);
    a.clear();
  });

  it('steps to the next and previous quotation: focuses its badge and opens its popover', () => {
    const { a } = setup();
    const focused = () => {
      for (const i of [0, 2, 3, 4]) {
        const b = a.highlights.badgeOf(i)!;
        if ((b.getRootNode() as ShadowRoot).activeElement === b) return i;
      }
      return null;
    };
    expect(a.step(1)).toBe(0);
    expect(focused()).toBe(0);
    expect(a.quotePopover!.openIndex).toBe(0);
    expect(a.step(1)).toBe(2);
    expect(focused()).toBe(2);
    expect(a.quotePopover!.openIndex).toBe(2);
    expect(a.step(-1)).toBe(0);
    // Past either end it wraps around.
    expect(a.step(-1)).toBe(4);
    expect(a.quotePopover!.openIndex).toBe(4);
    expect(a.step(1)).toBe(0);
    // From a badge the reader focused (Tab), the next one is after it.
    a.highlights.badgeOf(3)!.focus();
    expect(a.step(1)).toBe(4);
    a.clear();
    expect(a.step(1)).toBeNull();
  });

  it('opens on hover over a badge and closes a moment after the pointer leaves', () => {
    vi.useFakeTimers();
    const { a } = setup();
    const badge = a.highlights.badgeOf(0)!;
    badge.dispatchEvent(new Event('pointerenter'));
    const pop = a.quotePopover!;
    expect(pop.openIndex).toBe(0);
    badge.dispatchEvent(new Event('pointerleave'));
    expect(pop.isOpen).toBe(true);
    vi.advanceTimersByTime(HOVER_CLOSE_MS + 10);
    expect(pop.isOpen).toBe(false);
    a.clear();
  });

  it('opens when the pointer is over highlighted text', () => {
    const { a } = setup();
    const mark = Array.from(document.querySelectorAll('mark')).find((m) =>
      m.textContent?.includes('Exports'),
    )!;
    const doc = document as unknown as {
      caretPositionFromPoint?: (x: number, y: number) => unknown;
    };
    doc.caretPositionFromPoint = () => ({ offsetNode: mark.firstChild!, offset: 3 });
    try {
      a.hoverAt(10, 10);
      expect(a.quotePopover!.openIndex).toBe(3);
      doc.caretPositionFromPoint = () => ({
        offsetNode: document.querySelector('h1')!.firstChild!,
        offset: 1,
      });
      vi.useFakeTimers();
      a.hoverAt(10, 10);
      vi.advanceTimersByTime(HOVER_CLOSE_MS + 10);
      expect(a.quotePopover!.isOpen).toBe(false);
    } finally {
      delete doc.caretPositionFromPoint;
    }
    a.clear();
  });

  it('scrolls to a quotation and flashes it, also when annotations are hidden', () => {
    vi.useFakeTimers();
    document.body.innerHTML = DEMO_PAGE;
    const before = document.body.innerHTML;
    const a = new PageAnnotations(document, { env: null });
    a.annotate(demoReport());
    const scrolled: Element[] = [];
    const proto = Element.prototype as unknown as { scrollIntoView: (this: Element) => void };
    const original = proto.scrollIntoView;
    proto.scrollIntoView = function () {
      scrolled.push(this);
    };
    try {
      expect(a.scrollTo(2)).toBe(true);
      expect(scrolled).toHaveLength(1);
      a.clear();
      expect(document.body.innerHTML).toBe(before);
      // Hidden annotations: the report is still known, the quotation is drawn for the flash only.
      expect(a.scrollTo(3)).toBe(true);
      expect(document.querySelectorAll('mark')).toHaveLength(1);
      vi.advanceTimersByTime(5000);
      expect(document.body.innerHTML).toBe(before);
      expect(a.scrollTo(99)).toBe(false);
    } finally {
      proto.scrollIntoView = original;
    }
  });

  it('clear restores the page after popovers were opened', () => {
    document.body.innerHTML = DEMO_PAGE;
    const before = document.body.innerHTML;
    const a = new PageAnnotations(document, { env: null });
    a.annotate(demoReport());
    a.highlights.badgeOf(0)!.click();
    expect(a.clear()).toBe(4);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll(`[${OWN_ELEMENT_ATTR}]`)).toHaveLength(0);
  });
});
