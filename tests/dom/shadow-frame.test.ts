// @vitest-environment jsdom
/**
 * Quotations whose text lives in an open shadow root (in its own tree or slotted into
 * it) or in a same-origin frame: found in the page's text, drawn in the tree they are in
 * (marks, badges, highlights with the stylesheet adopted where it applies), stepped
 * through with the keyboard, and removed so that every tree is as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotationSpecs, PageAnnotations } from '../../src/content/annotations';
import * as hl from '../../src/content/highlight';
import { buildTextMap, rangeFromOffsets } from '../../src/content/text-map';
import { fakeEnv } from './highlight-env';
import { demoReport } from './report-fixture';

const { BADGE_TAG, MARK_ATTR, Highlighter, frameOffset, highlightName } = hl;

vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

const LEAD =
  '<p>“We will not accept any agreement that hurts our farmers,” Brandvold said, adding that the so-called “green corridor” was still open.</p>';
const SHADOW_STORY =
  '<article><h1>Brandvold rejects deal</h1><slot name="lead"></slot>' +
  '<p>“The negotiations will continue next week in Lars<a href="/l">berg</a>,” she said.</p>' +
  '<slot></slot></article>';
const SLOTTED = '<p>“Exports of grain fell by 21 percent last year,” said Piet Aalders.</p>';
const FRAME_STORY =
  '<article><p>“I have never seen a harvest like this one,” said farmer Marta Olsen.</p></article>';

interface Page {
  host: HTMLElement;
  shadow: ShadowRoot;
  frameDoc: Document;
  frame: HTMLIFrameElement;
}

/**
 * A page whose story is spread out: the lead slotted into an open shadow root, the
 * second quotation in that root's own tree, the third slotted into its default slot, the
 * fourth in a same-origin frame; and a closed shadow root the walk must not enter.
 */
function buildPage(): Page {
  document.body.innerHTML =
    '<header>The Harbour Ledger</header><story-app>' +
    LEAD.replace('<p>', '<p slot="lead">') +
    SLOTTED +
    '</story-app><aside id="closed"></aside><iframe></iframe>';
  const host = document.querySelector('story-app') as HTMLElement;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = SHADOW_STORY;
  const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
  closed.innerHTML = '<p>Closed words nobody outside can reach.</p>';
  const frame = document.querySelector('iframe')!;
  const frameDoc = frame.contentDocument!;
  frameDoc.body.innerHTML = FRAME_STORY;
  return { host, shadow, frameDoc, frame };
}

/** The page built, with its snapshot before anything is drawn. */
function fresh(): { p: Page; before: ReturnType<typeof snapshot> } {
  const p = buildPage();
  return { p, before: snapshot(p) };
}

/** Markup and text node identities of each tree, to compare before and after. */
function snapshot(p: Page): { html: string[]; texts: Text[] } {
  const texts: Text[] = [];
  for (const root of [document.body, p.shadow, p.frameDoc.body] as Node[]) {
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  }
  return {
    html: [document.body.innerHTML, p.shadow.innerHTML, p.frameDoc.body.innerHTML],
    texts,
  };
}

const specs = (): hl.AnnotationSpec[] => annotationSpecs(demoReport());

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page text reaches into open shadow roots and same-origin frames', () => {
  it('reads them in the order the reader sees, slotted nodes where their slot is', () => {
    const p = buildPage();
    const map = buildTextMap(document.body);
    const at = (s: string) => map.text.indexOf(s);
    expect(at('The Harbour Ledger')).toBe(0);
    // Headline (shadow), lead (slotted), second quotation (shadow), slotted paragraph,
    // then the frame's body.
    expect(at('Brandvold rejects deal')).toBeGreaterThan(0);
    expect(at('We will not accept')).toBeGreaterThan(at('Brandvold rejects deal'));
    expect(at('The negotiations will')).toBeGreaterThan(at('We will not accept'));
    expect(at('Exports of grain')).toBeGreaterThan(at('The negotiations will'));
    expect(at('I have never seen')).toBeGreaterThan(at('Exports of grain'));
    expect(map.text).not.toContain('Closed words');
    // Each text node keeps its own tree: a range over it is made there.
    const start = at('next week in Lars');
    const range = rangeFromOffsets(map, start, start + 'next week in Larsberg'.length)!;
    expect(range.toString()).toBe('next week in Larsberg');
    expect(range.startContainer.getRootNode()).toBe(p.shadow);
    const inFrame = at('harvest like');
    const frameRange = rangeFromOffsets(map, inFrame, inFrame + 7)!;
    expect(frameRange.startContainer.ownerDocument).toBe(p.frameDoc);
    expect(frameRange.toString()).toBe('harvest');
  });

  it('keeps words of different trees apart', () => {
    buildPage();
    const { text } = buildTextMap(document.body);
    expect(text).toMatch(/Ledger\nBrandvold rejects deal\n/);
    expect(text).toMatch(/Aalders\.\n“I have never/);
  });
});

describe('marks (no highlight API) inside shadow roots and frames', () => {
  it('wraps each quotation in its own tree, puts its badge there, and restores all', () => {
    const { p, before } = fresh();
    const h = new Highlighter(document, { env: null });
    expect(h.apply(specs())).toEqual({ anchored: 4, total: 4 });
    const shadowMarks = Array.from(p.shadow.querySelectorAll(`mark[${MARK_ATTR}]`));
    expect(shadowMarks.map((m) => m.textContent).join('')).toBe(
      'The negotiations will continue next week in Larsberg,',
    );
    const frameMarks = Array.from(p.frameDoc.querySelectorAll(`mark[${MARK_ATTR}]`));
    expect(frameMarks.map((m) => m.textContent)).toEqual([
      'I have never seen a harvest like this one,',
    ]);
    expect(frameMarks[0]!.ownerDocument).toBe(p.frameDoc);
    // Slotted text is the host's light child: its mark is there.
    const lightMarks = Array.from(p.host.querySelectorAll(`mark[${MARK_ATTR}]`));
    expect(lightMarks.map((m) => m.textContent)).toEqual([
      'We will not accept any agreement that hurts our farmers,',
      'Exports of grain fell by 21 percent last year,',
    ]);
    // One badge per quotation, each in the tree of its quotation, right after it.
    expect(p.shadow.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(p.host.querySelectorAll(BADGE_TAG)).toHaveLength(2);
    const frameBadge = p.frameDoc.querySelector(BADGE_TAG)!;
    expect(frameBadge.ownerDocument).toBe(p.frameDoc);
    // After the closing quotation mark that follows the words.
    expect(frameBadge.previousSibling?.textContent).toBe('”');
    expect(frameBadge.previousSibling?.previousSibling?.textContent).toBe(
      'I have never seen a harvest like this one,',
    );
    // Page text stays text: the frame's paragraph reads as before.
    expect(p.frameDoc.body.textContent).toBe(
      new DOMParser().parseFromString(FRAME_STORY, 'text/html').body.textContent,
    );
    expect(h.clear()).toBe(4);
    const after = snapshot(p);
    expect(after.html).toEqual(before.html);
    expect(after.texts).toHaveLength(before.texts.length);
    after.texts.forEach((t, i) => expect(t).toBe(before.texts[i]));
  });
});

/** Gives a frame's window the highlight API, as a browser that has it would. */
function giveFrameHighlights(frameDoc: Document): {
  registry: Map<string, { ranges: Range[] }>;
  sheets: () => unknown[];
} {
  const win = frameDoc.defaultView as unknown as Record<string, unknown>;
  const registry = new Map<string, { ranges: Range[] }>();
  win.CSS = { highlights: registry };
  win.Highlight = class {
    ranges: Range[] = [];
    add(r: Range) {
      this.ranges.push(r);
    }
  };
  win.CSSStyleSheet = class {
    replaceSync() {}
  };
  Object.defineProperty(frameDoc, 'adoptedStyleSheets', {
    value: [],
    writable: true,
    configurable: true,
  });
  return {
    registry,
    sheets: () => (frameDoc as unknown as { adoptedStyleSheets: unknown[] }).adoptedStyleSheets,
  };
}

describe('the highlight API inside shadow roots and frames', () => {
  it("styles the shadow root's highlights there and uses the frame's own registry", () => {
    const { p, before } = fresh();
    const frameApi = giveFrameHighlights(p.frameDoc);
    const env = fakeEnv();
    const h = new Highlighter(document, { env });
    expect(h.apply(specs())).toEqual({ anchored: 4, total: 4 });
    // No text is wrapped anywhere.
    expect(
      document.querySelectorAll('mark').length + p.shadow.querySelectorAll('mark').length,
    ).toBe(0);
    expect(p.frameDoc.querySelectorAll('mark')).toHaveLength(0);
    // The page's registry holds the page's and the shadow root's quotations ...
    const pageRanges = Array.from(env.highlights.values()).flatMap((x) => x.ranges);
    expect(pageRanges.map((r) => r.toString()).sort()).toEqual([
      'Exports of grain fell by 21 percent last year,',
      'The negotiations will continue next week in Larsberg,',
      'We will not accept any agreement that hurts our farmers,',
    ]);
    // ... and the sheet is adopted by the document (light text) and by the shadow root.
    expect(env.scopes).toContain(p.shadow);
    expect(env.scopes).toContain(document);
    // The frame's quotation is in the frame's own registry, styled by the frame.
    const frameRanges = frameApi.registry.get(highlightName('unverified'))!.ranges;
    expect(frameRanges.map((r) => r.toString())).toEqual([
      'I have never seen a harvest like this one,',
    ]);
    expect(frameApi.sheets()).toHaveLength(1);
    // A flash of the frame's quotation goes through the frame's registry too.
    expect(h.flash(4)).toBe(true);
    expect(frameApi.registry.has(highlightName('flash'))).toBe(true);
    expect(env.highlights.has(highlightName('flash'))).toBe(false);
    h.clear();
    expect(env.highlights.size).toBe(0);
    expect(env.scopes).toHaveLength(0);
    expect(frameApi.registry.size).toBe(0);
    expect(frameApi.sheets()).toHaveLength(0);
    expect(snapshot(p).html).toEqual(before.html);
  });
});

describe('a frame whose highlight API refuses the stylesheet', () => {
  it('draws its quotation with marks instead, leaving nothing in its registry', () => {
    const { p, before } = fresh();
    const frameApi = giveFrameHighlights(p.frameDoc);
    (p.frameDoc.defaultView as unknown as Record<string, unknown>).CSSStyleSheet = class {
      replaceSync() {
        throw new Error('refused');
      }
    };
    const h = new Highlighter(document, { env: fakeEnv() });
    expect(h.apply(specs())).toEqual({ anchored: 4, total: 4 });
    expect(frameApi.registry.size).toBe(0);
    expect(frameApi.sheets()).toHaveLength(0);
    const marks = Array.from(p.frameDoc.querySelectorAll(`mark[${MARK_ATTR}]`));
    expect(marks.map((m) => m.textContent)).toEqual(['I have never seen a harvest like this one,']);
    expect(p.frameDoc.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    h.clear();
    expect(snapshot(p).html).toEqual(before.html);
  });
});

describe('annotations across shadow roots and frames', () => {
  it('steps through every quotation, focusing badges in the shadow root and the frame', () => {
    const { p, before } = fresh();
    const a = new PageAnnotations(document, { env: null });
    expect(a.annotate(demoReport())).toEqual({ anchored: 4, total: 4 });
    const focused = (i: number) => {
      const b = a.highlights.badgeOf(i)!;
      return (b.getRootNode() as ShadowRoot).activeElement === b;
    };
    expect(a.step(1)).toBe(0);
    expect(a.step(1)).toBe(2);
    expect(focused(2)).toBe(true);
    expect(a.quotePopover!.openIndex).toBe(2);
    expect(a.step(1)).toBe(3);
    expect(a.step(1)).toBe(4);
    expect(focused(4)).toBe(true);
    expect(a.highlights.badgeOf(4)!.ownerDocument).toBe(p.frameDoc);
    expect(a.quotePopover!.openIndex).toBe(4);
    expect(a.quotePopover!.element.textContent).toContain('Marta Olsen');
    expect(a.step(1)).toBe(0);
    // Show, hide and show again, as the popup's switch and settings do.
    a.configure({ marked: ['variant'] });
    expect(a.highlights.count).toBe(1);
    a.configure({ marked: ['variant', 'verbatim', 'altered', 'unverified', 'fragment'] });
    expect(a.highlights.count).toBe(4);
    // Scrolling to a quotation that is not drawn finds it in the frame all the same.
    a.configure({ marked: [] });
    expect(a.scrollTo(4)).toBe(true);
    expect(p.frameDoc.querySelectorAll(`mark[${MARK_ATTR}]`)).toHaveLength(1);
    a.clear();
    expect(snapshot(p).html).toEqual(before.html);
  });

  it('follows the pointer in a frame with the frame listening, and stops on clear', () => {
    const p = buildPage();
    const add = vi.spyOn(p.frameDoc, 'addEventListener');
    const remove = vi.spyOn(p.frameDoc, 'removeEventListener');
    const a = new PageAnnotations(document, { env: null });
    a.annotate(demoReport());
    expect(add.mock.calls.some(([type]) => type === 'pointermove')).toBe(true);
    a.clear();
    expect(remove.mock.calls.some(([type]) => type === 'pointermove')).toBe(true);
  });

  it("places a frame's coordinates in the page's viewport", () => {
    const p = buildPage();
    vi.spyOn(p.frame, 'getBoundingClientRect').mockReturnValue({
      left: 40,
      top: 300,
      right: 640,
      bottom: 900,
      width: 600,
      height: 600,
      x: 40,
      y: 300,
      toJSON: () => ({}),
    });
    Object.defineProperty(p.frame, 'clientLeft', { value: 2 });
    Object.defineProperty(p.frame, 'clientTop', { value: 3 });
    expect(frameOffset(p.frameDoc, document)).toEqual({ x: 42, y: 303 });
    expect(frameOffset(document, document)).toEqual({ x: 0, y: 0 });
  });
});
