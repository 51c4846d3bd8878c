import { describe, expect, it } from 'vitest';
import { decodePackBytes } from '../../src/core/pack';
import { readPackLines, type LineBatch } from '../../src/options/pack-stream';

async function batches(bytes: Uint8Array<ArrayBuffer>, slice: number): Promise<LineBatch[]> {
  const out: LineBatch[] = [];
  for await (const b of readPackLines(new Blob([bytes]), slice)) out.push(b);
  return out;
}

const enc = new TextEncoder();

describe('reading a pack file a slice at a time', () => {
  const texts = [
    '{"a":"Ærøskøbing — 港町"}\n{"b":"ünïcode"}\r\n\n{"c":1}',
    '{"a":1}\n{"b":2}\n',
    '',
    '\n\n',
    '{"only":"one line, no newline, 𝒜 outside the BMP"}',
  ];
  for (const text of texts)
    it(`gives the lines of ${JSON.stringify(text.slice(0, 20))} whatever the slice size`, async () => {
      const bytes = enc.encode(text);
      for (const slice of [1, 2, 3, 7, 64, 1 << 20]) {
        const got = await batches(bytes, slice);
        expect(got.flatMap((b) => b.lines)).toEqual(text.split('\n'));
        expect(got.at(-1)!.last).toBe(true);
        expect(got.filter((b) => b.last)).toHaveLength(1);
        // Batches follow each other, and say how far the file has been read.
        let next = 1;
        for (const b of got) {
          expect(b.firstLine).toBe(next);
          next += b.lines.length;
          expect(b.bytesTotal).toBe(bytes.length);
        }
        expect(got.at(-1)!.bytesRead).toBe(bytes.length);
      }
    });

  it('names the lines that are not UTF-8, as a whole-file decode does', async () => {
    const bytes = new Uint8Array([
      ...enc.encode('{"a":1}\n'),
      0x7b,
      0xff,
      0x7d,
      0x0a, // line 2: a lone 0xFF
      ...enc.encode('{"b":"é"}\n'),
      0xc3,
      0x0a, // line 4: a cut two-byte sequence
      ...enc.encode('{"c":3}'),
    ]);
    const whole = decodePackBytes(bytes);
    for (const slice of [1, 5, 1024]) {
      const got = await batches(bytes, slice);
      expect(got.flatMap((b) => b.invalidUtf8Lines)).toEqual(whole.invalidUtf8Lines);
      expect(got.flatMap((b) => b.lines).join('\n')).toBe(whole.text);
    }
    expect(whole.invalidUtf8Lines).toEqual([2, 4]);
  });

  it('holds one slice of lines at a time, not the file', async () => {
    const line = JSON.stringify({ text: 'x'.repeat(200) });
    const bytes = enc.encode(Array.from({ length: 5000 }, () => line).join('\n'));
    const got = await batches(bytes, 16 * 1024);
    expect(got.length).toBeGreaterThan(50);
    for (const b of got) {
      const size = b.lines.reduce((n, l) => n + l.length + 1, 0);
      expect(size).toBeLessThanOrEqual(16 * 1024 + line.length + 1);
    }
  });
});
