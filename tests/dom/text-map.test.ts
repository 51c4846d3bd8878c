// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildTextMap,
  offsetsFromRange,
  OWN_ELEMENT_ATTR,
  positionAt,
  rangeFromOffsets,
} from '../../src/content/text-map';

beforeEach(() => {
  document.body.innerHTML = '';
});

function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextMap', () => {
  it('joins inline text nodes without separators so split words stay whole', () => {
    const map = buildTextMap(setBody('<p>Brand<a href="#">vold</a> <em>said</em>.</p>'));
    expect(map.text).toBe('Brandvold said.');
    expect(map.nodes).toHaveLength(5);
    expect(map.starts).toEqual([0, 5, 9, 10, 14]);
  });

  it('separates blocks so words from two paragraphs never merge', () => {
    const map = buildTextMap(setBody('<p>end</p><p>start</p><div>x<br>y</div>'));
    expect(map.text).toBe('end\nstart\nx\ny');
  });

  it('keeps whitespace-only nodes between blocks (they are real text) but no doubled separators', () => {
    const map = buildTextMap(setBody('<p>one</p>\n   <p>two</p>'));
    expect(map.text).toBe('one\n\n   \ntwo');
    expect(map.nodes.map((n) => n.data)).toEqual(['one', '\n   ', 'two']);
  });

  it('skips scripts, styles, templates, hidden elements and our own host', () => {
    const body = setBody(
      `<p>visible</p><script>var a = "no";</script><style>p{}</style><template>tpl</template>` +
        `<p hidden>hidden attr</p><p style="display:none">inline none</p><noscript>ns</noscript>` +
        `<div ${OWN_ELEMENT_ATTR}="annotations">ours</div><p>end</p>`,
    );
    expect(buildTextMap(body).text).toBe('visible\nend');
  });
});

describe('offsets and ranges', () => {
  it('makes a range across several text nodes and back', () => {
    const body = setBody(
      '<p>“We will <b>not</b> accept any <a href="#">agree</a>ment,” she said.</p>',
    );
    const map = buildTextMap(body);
    const start = map.text.indexOf('We');
    const end = map.text.indexOf('ment') + 4;
    const range = rangeFromOffsets(map, start, end)!;
    expect(range.toString()).toBe('We will not accept any agreement');
    expect(range.startContainer).toBe(map.nodes[0]);
    expect(range.endContainer).toBe(map.nodes[4]);
    expect(offsetsFromRange(map, range)).toEqual({ start, end });
  });

  it('puts a start on a block separator at the next node and an end at the previous one', () => {
    const map = buildTextMap(setBody('<p>alpha</p><p>beta</p>'));
    expect(map.text).toBe('alpha\nbeta');
    const range = rangeFromOffsets(map, 5, 10)!;
    expect(range.startContainer).toBe(map.nodes[1]);
    expect(range.startOffset).toBe(0);
    expect(range.toString()).toBe('beta');
    const back = rangeFromOffsets(map, 0, 6)!;
    expect(back.endContainer).toBe(map.nodes[0]);
    expect(back.endOffset).toBe(5);
    expect(back.toString()).toBe('alpha');
  });

  it('treats an end at a node boundary as the end of the earlier node', () => {
    const map = buildTextMap(setBody('<p>ab<b>cd</b></p>'));
    const pos = positionAt(map, 2, 'backward')!;
    expect(pos.node.data).toBe('ab');
    expect(pos.offset).toBe(2);
    expect(positionAt(map, 2, 'forward')!.node.data).toBe('cd');
  });

  it('refuses empty or out-of-bounds offsets', () => {
    const map = buildTextMap(setBody('<p>short</p>'));
    expect(rangeFromOffsets(map, 3, 3)).toBeNull();
    expect(rangeFromOffsets(map, 2, 99)).toBeNull();
    expect(rangeFromOffsets(map, -1, 2)).toBeNull();
    expect(rangeFromOffsets(buildTextMap(setBody('')), 0, 1)).toBeNull();
  });

  it('maps a range whose boundaries sit on elements to the text inside', () => {
    const body = setBody('<p id="a">first</p><p id="b">second</p>');
    const map = buildTextMap(body);
    const range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(document.getElementById('b')!, 1);
    expect(offsetsFromRange(map, range)).toEqual({ start: 0, end: map.text.length });
  });
});
