// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BADGE_TAG,
  detectHighlightEnv,
  Highlighter,
  highlightName,
  MARK_ATTR,
  type AnnotationSpec,
} from '../../src/content/highlight';
import { OWN_ELEMENT_ATTR } from '../../src/content/text-map';
import { fakeEnv } from './highlight-env';

// The interface's words: English, as the browser gives them.
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

const PAGE =
  '<article><h1>Talks stall</h1>' +
  '<p>“We will <b>not</b> accept any agreement that hurts our farmers,” Brandvold said. ' +
  '“The negotiations will continue next week in Larsberg,” she said.</p>\n' +
  '<p>Farmers “deserve a government that stands with them,” she added.</p>' +
  '<p>“I have never seen a harvest like this one,” said farmer Marta Olsen.</p></article>';

const SPECS: AnnotationSpec[] = [
  {
    index: 0,
    verdict: 'variant',
    outlets: 3,
    selector: { text: 'We will not accept any agreement that hurts our farmers,' },
  },
  {
    index: 1,
    verdict: 'verbatim',
    outlets: 1,
    selector: { text: 'The negotiations will continue next week in Larsberg,' },
  },
  {
    index: 2,
    verdict: 'fragment',
    outlets: 2,
    selector: { text: 'deserve a government that stands with them,' },
  },
  {
    index: 4,
    verdict: 'unverified',
    outlets: 0,
    selector: { text: 'I have never seen a harvest like this one,' },
  },
  {
    index: 5,
    verdict: 'altered',
    outlets: 2,
    selector: { text: 'this sentence is not on the page at all' },
  },
];

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

/**
 * Records `root`'s text nodes; the returned check asserts that the very same nodes, with
 * the same text, are there again.
 */
function sameTextNodesLater(root: Node): () => void {
  const nodesBefore = textNodes(root);
  const dataBefore = nodesBefore.map((n) => n.data);
  return () => {
    const nodesAfter = textNodes(root);
    expect(nodesAfter).toHaveLength(nodesBefore.length);
    nodesAfter.forEach((n, i) => {
      expect(n).toBe(nodesBefore[i]);
      expect(n.data).toBe(dataBefore[i]);
    });
  };
}

function ownHosts(): Element[] {
  return Array.from(document.documentElement.querySelectorAll(`[${OWN_ELEMENT_ATTR}]`));
}

afterEach(() => {
  document.body.innerHTML = '';
  for (const h of ownHosts()) h.remove();
});

describe('Highlighter, <mark> fallback', () => {
  it('wraps each anchored quotation and reports what it found', () => {
    document.body.innerHTML = PAGE;
    const h = new Highlighter(document, { env: null });
    expect(h.usesHighlightApi).toBe(false);
    expect(h.apply(SPECS)).toEqual({ anchored: 4, total: 5 });
    const marks = Array.from(document.querySelectorAll(`mark[${MARK_ATTR}]`));
    const text = (verdict: string) =>
      marks
        .filter((m) => m.getAttribute(MARK_ATTR) === verdict)
        .map((m) => m.textContent)
        .join('');
    expect(text('variant')).toBe('We will not accept any agreement that hurts our farmers,');
    expect(text('verbatim')).toBe('The negotiations will continue next week in Larsberg,');
    expect(text('fragment')).toBe('deserve a government that stands with them,');
    // The quotation over <b> is wrapped in pieces, never across element boundaries.
    expect(marks.filter((m) => m.getAttribute(MARK_ATTR) === 'variant')).toHaveLength(3);
    // Never colour alone: each verdict has its own underline style.
    const styleOf = (v: string) =>
      marks.find((m) => m.getAttribute(MARK_ATTR) === v)!.getAttribute('style')!;
    expect(styleOf('variant')).toContain('dashed');
    expect(styleOf('verbatim')).toContain('solid');
    expect(styleOf('fragment')).toContain('double');
    expect(styleOf('unverified')).toContain('dotted');
  });

  it('restores the page exactly: same markup, same text nodes, no host left', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const restored = sameTextNodesLater(document.body);
    const h = new Highlighter(document, { env: null });
    h.apply(SPECS);
    expect(document.body.innerHTML).not.toBe(before);
    // The popover's host and one badge per quotation.
    expect(ownHosts()).toHaveLength(5);
    expect(h.clear()).toBe(4);
    expect(document.body.innerHTML).toBe(before);
    restored();
    expect(ownHosts()).toHaveLength(0);
  });

  it('applying twice draws the same thing once, and one clear restores the page', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const h = new Highlighter(document, { env: null });
    h.apply(SPECS);
    const once = document.body.innerHTML;
    h.apply(SPECS);
    expect(document.body.innerHTML).toBe(once);
    expect(ownHosts()).toHaveLength(5);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(ownHosts()).toHaveLength(0);
  });

  it('handles two quotations inside one text node and a quotation across paragraphs', () => {
    document.body.innerHTML =
      '<p>He said “alpha beta gamma” and then “delta epsilon zeta” twice.</p><p>tail words here</p>';
    const before = document.body.innerHTML;
    const h = new Highlighter(document, { env: null });
    const res = h.apply([
      { index: 0, verdict: 'verbatim', outlets: 1, selector: { text: 'alpha beta gamma' } },
      { index: 1, verdict: 'altered', outlets: 1, selector: { text: 'delta epsilon zeta' } },
      { index: 2, verdict: 'unverified', outlets: 0, selector: { text: 'twice. tail words' } },
    ]);
    expect(res.anchored).toBe(3);
    expect(h.rangeOf(0)?.toString()).toBe('alpha beta gamma');
    expect(h.rangeOf(1)?.toString()).toBe('delta epsilon zeta');
    expect(h.rangeOf(2)?.toString()).toBe('twice.tail words');
    h.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('puts one focusable badge per quotation in a shadow root, with a spoken label', () => {
    document.body.innerHTML = PAGE;
    const bodyBefore = document.body.innerHTML;
    const h = new Highlighter(document, { env: null });
    h.apply(SPECS);
    const overlay = ownHosts().find((e) => e.tagName !== BADGE_TAG.toUpperCase())!;
    expect(overlay.parentElement).toBe(document.documentElement);
    const badges = h.badges;
    expect(badges.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Quotation: Variant, 3 outlets',
      'Quotation: Verbatim, 1 outlet',
      'Quotation: Fragment, 2 outlets',
      'Quotation: Not found, no other outlet',
    ]);
    expect(badges.map((b) => b.textContent)).toEqual(['≈3', '✓1', '⊂2', '?']);
    expect(badges.every((b) => b.tabIndex === 0 && b.type === 'button')).toBe(true);
    h.clear();
    expect(document.body.innerHTML).toBe(bodyBefore);
  });

  it('puts each badge in the text flow right after its quotation, adding no text', () => {
    document.body.innerHTML = PAGE;
    const textBefore = document.body.textContent;
    const h = new Highlighter(document, { env: null });
    h.apply(SPECS);
    const hosts = Array.from(document.body.querySelectorAll(BADGE_TAG));
    expect(hosts).toHaveLength(4);
    // Each host follows the last mark of its quotation and its closing mark, in page order.
    expect(hosts.map((host) => host.previousSibling!.textContent)).toEqual(['”', '”', '”', '”']);
    const before = hosts.map((host) => host.previousSibling!.previousSibling!.textContent);
    expect(before).toEqual([
      ' accept any agreement that hurts our farmers,',
      'The negotiations will continue next week in Larsberg,',
      'deserve a government that stands with them,',
      'I have never seen a harvest like this one,',
    ]);
    // Inline and taking room of its own: never positioned over the text.
    const style = hosts[0]!.getAttribute('style')!;
    expect(style).toContain('display: inline-block !important');
    expect(style).not.toContain('position');
    // The badge's text lives in its closed shadow root: the page's text is unchanged.
    expect(document.body.textContent).toBe(textBefore);
    h.clear();
    expect(document.body.querySelectorAll(BADGE_TAG)).toHaveLength(0);
  });

  it('flashes a quotation and ends the flash on clear', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const h = new Highlighter(document, { env: null });
    h.apply(SPECS);
    expect(h.flash(1)).toBe(true);
    expect(
      document.querySelector(`mark[${MARK_ATTR}="verbatim"]`)!.getAttribute('style'),
    ).toContain('rgba(255, 213, 0');
    expect(h.flash(9)).toBe(false);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('Highlighter, CSS Custom Highlight API', () => {
  it('registers one highlight per verdict and wraps no text', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const env = fakeEnv();
    const h = new Highlighter(document, { env });
    expect(h.usesHighlightApi).toBe(true);
    expect(h.apply(SPECS)).toEqual({ anchored: 4, total: 5 });
    // Only the badges are added; without them the markup is the page's own.
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const b of Array.from(copy.querySelectorAll(BADGE_TAG))) b.remove();
    expect(copy.innerHTML).toBe(before);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect([...env.highlights.keys()].sort()).toEqual(
      ['fragment', 'unverified', 'variant', 'verbatim']
        .map((v) => highlightName(v as never))
        .sort(),
    );
    expect(env.highlights.get(highlightName('variant'))!.ranges[0]!.toString()).toBe(
      'We will not accept any agreement that hurts our farmers,',
    );
    expect(env.sheets).toHaveLength(1);
    expect(env.sheets[0]).toContain('::highlight(second-source-altered)');
    expect(env.sheets[0]).toContain('wavy');
  });

  it('splits a text node for a badge after a quotation and joins it again on clear', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const restored = sameTextNodesLater(document.body);
    const env = fakeEnv();
    const h = new Highlighter(document, { env });
    h.apply(SPECS);
    // Two quotations end inside the first paragraph's last text node: each badge sits right
    // after its quotation's closing mark, and both ranges still cover exactly their words.
    expect(h.rangeOf(0)!.toString()).toBe(
      'We will not accept any agreement that hurts our farmers,',
    );
    expect(h.rangeOf(1)!.toString()).toBe('The negotiations will continue next week in Larsberg,');
    for (const index of [0, 1, 2, 4]) {
      const host = h.badgeOf(index)!.getRootNode() as ShadowRoot;
      const end = h.rangeOf(index)!;
      const after = document.createRange();
      after.setStart(end.endContainer, end.endOffset);
      after.setEndBefore(host.host);
      // Right after the words, or after the closing quotation mark behind them.
      expect(after.toString()).toMatch(/^[”"]?$/);
    }
    h.clear();
    expect(document.body.innerHTML).toBe(before);
    restored();
  });

  it('removes highlights, stylesheet and host on clear, also after applying twice', () => {
    document.body.innerHTML = PAGE;
    const before = document.body.innerHTML;
    const env = fakeEnv();
    const h = new Highlighter(document, { env });
    h.apply(SPECS);
    h.apply(SPECS);
    expect(env.sheets).toHaveLength(1);
    expect(h.flash(0)).toBe(true);
    expect(env.highlights.has(highlightName('flash'))).toBe(true);
    h.clear();
    expect(env.highlights.size).toBe(0);
    expect(env.sheets).toHaveLength(0);
    expect(ownHosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('is detected from the window and cleans adoptedStyleSheets', () => {
    document.body.innerHTML = PAGE;
    const win = window as unknown as Record<string, unknown>;
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[] = [];
      add(r: Range) {
        this.ranges.push(r);
      }
    }
    class FakeSheet {
      css = '';
      replaceSync(css: string) {
        this.css = css;
      }
    }
    const pageSheet = new FakeSheet();
    const saved = { CSS: win.CSS, Highlight: win.Highlight, CSSStyleSheet: win.CSSStyleSheet };
    win.CSS = { highlights: registry };
    win.Highlight = FakeHighlight;
    win.CSSStyleSheet = FakeSheet;
    Object.defineProperty(document, 'adoptedStyleSheets', {
      value: [pageSheet],
      writable: true,
      configurable: true,
    });
    try {
      expect(detectHighlightEnv(document)).not.toBeNull();
      const h = new Highlighter(document);
      h.apply(SPECS);
      const adopted = (document as unknown as { adoptedStyleSheets: FakeSheet[] })
        .adoptedStyleSheets;
      expect(adopted).toHaveLength(2);
      expect(adopted[0]).toBe(pageSheet);
      expect(registry.size).toBe(4);
      h.clear();
      expect(
        (document as unknown as { adoptedStyleSheets: FakeSheet[] }).adoptedStyleSheets,
      ).toEqual([pageSheet]);
      expect(registry.size).toBe(0);
    } finally {
      Object.assign(win, saved);
      delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
    }
    expect(detectHighlightEnv(document)).toBeNull();
  });
});
