import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import {
  decodeVarints,
  encodeStrings,
  MetaReader,
  packMeta,
  StringTable,
  VarintWriter,
} from '../../src/core/codec';
import {
  Corpus,
  deserializeCorpus,
  deserializeCorpusApart,
  serializeCorpus,
  serializeCorpusApart,
} from '../../src/core/corpus';
import {
  CORPUS_FORMAT_VERSION,
  CorpusFormatError,
  CorpusVersionError,
  TEXTS_FORMAT_VERSION,
} from '../../src/core/corpus-format';
import { parsePack, serializePack } from '../../src/core/pack';
import { hash32 } from '../../src/core/text';

const demo = parsePack(readFileSync(join(__dirname, '../../src/corpus/demo.jsonl'), 'utf8'));
if (demo.errors.length) throw new Error('the bundled pack does not parse');
const articles = demo.articles;

describe('stored integers and strings', () => {
  it('round-trip every width of integer, including the largest', () => {
    const values = [
      0,
      1,
      127,
      128,
      16383,
      16384,
      2 ** 21 - 1,
      2 ** 21,
      2 ** 28 - 1,
      2 ** 28,
      2 ** 32 - 1,
    ];
    const w = new VarintWriter();
    for (const v of values) w.push(v);
    const out = new Uint32Array(values.length);
    expect(decodeVarints(w.bytes(), out)).toBe(w.length);
    expect([...out]).toEqual(values);
  });
  it('reports a stream that ends early instead of inventing numbers', () => {
    const w = new VarintWriter();
    w.push(300);
    expect(() => decodeVarints(w.bytes().subarray(0, 1), new Uint32Array(1))).toThrow(/end early/);
    expect(() => decodeVarints(w.bytes(), new Uint32Array(2))).toThrow(/end early/);
  });
  it('keeps strings with any characters, separators included', () => {
    const list = ['', 'a\u0000b', 'Брандвольд', '東京 «ok»', '😀 x', 'é\u0301'];
    const e = encodeStrings(list);
    const table = new StringTable(e.lengths, e.chars);
    expect(table.toArray()).toEqual(list);
    expect(table.size).toBe(list.length);
    for (const i of [4, 0, 5, 2, 1, 3]) expect(table.at(i)).toBe(list[i]);
    expect(table.at(6)).toBeUndefined();
    expect(table.at(-1)).toBeUndefined();
  });
  it('finds each string by its text, with or without stored hashes, and nothing else', () => {
    const list = ['Brandvold', 'brandvold', '', 'Брандвольд', '😀 x', 'Brandvold', 'Brand'];
    const e = encodeStrings(list);
    const hashes = Uint32Array.from(list, hash32);
    for (const table of [new StringTable(e.lengths, e.chars), StringTable.of(list)]) {
      // A repeated string is found at its first place.
      expect(list.map((s) => table.indexOf(s))).toEqual([0, 1, 2, 3, 4, 0, 6]);
      for (const absent of ['Brandvol', 'Brandvoldx', 'BRANDVOLD', '😀', ' '])
        expect(table.indexOf(absent)).toBe(-1);
    }
    const stored = new StringTable(e.lengths, e.chars, hashes);
    expect(stored.indexOf('Брандвольд')).toBe(3);
    expect(() => new StringTable(e.lengths, e.chars, hashes.subarray(1))).toThrow(/do not add up/);
  });
  it('refuses stored strings whose lengths and characters disagree', () => {
    const e = encodeStrings(['Brandvold', 'Moe']);
    expect(() => new StringTable(e.lengths, e.chars.subarray(1))).toThrow(/do not add up/);
    const cut = new Uint8Array([...e.lengths, 0x85]);
    expect(() => new StringTable(cut, e.chars)).toThrow(/end early/);
  });
  it('gives back each document’s metadata exactly, read in any order', () => {
    const rows = [
      ['https://a.example/x/2026/01/02/some-title', 'Some title', '2026-01-02T10:00:00Z', ''],
      ['https://b.example/?q=1&r=2#top', 'Заголовок — «тест»', '', 'Анна Петрова'],
      ['', '', '', ''],
      ...Array.from({ length: 20 }, (_, i) => [
        `https://c.example/${i}`,
        `Title ${i}\u0000`,
        '',
        'x',
      ]),
    ];
    const reader = new MetaReader(packMeta(rows.length, (d, f) => rows[d]![f]!));
    for (const d of [22, 0, 9, 2, 1, 8, 16]) expect(reader.fields(d)).toEqual(rows[d]);
  });
});

describe('stored corpus index', () => {
  const corpus = Corpus.fromArticles(articles);
  const stored = serializeCorpus(corpus);

  it('gives back every article and the same analysis after loading', () => {
    const loaded = deserializeCorpus(stored);
    expect(loaded.size).toBe(corpus.size);
    for (let id = 0; id < corpus.docCount; id++) {
      expect(loaded.article(id)).toEqual(corpus.article(id));
      expect(loaded.quotes(id)).toEqual(corpus.quotes(id));
    }
    for (const a of articles.slice(0, 12)) expect(analyze(a, loaded)).toEqual(analyze(a, corpus));
  });

  it('gives back each article’s names and figures, read in any order after loading', () => {
    // They are decoded a group of articles at a time on first use: the last group first.
    expect(corpus.docCount).toBeGreaterThan(64);
    const loaded = deserializeCorpus(stored);
    // Stored in id order; each name keeps its type.
    const names = (c: Corpus, id: number) => {
      const { ids, types } = c.entities(id);
      return [...ids].map((t, k) => `${c.term(t)} ${types[k]}`).sort();
    };
    const figures = (c: Corpus, id: number) => [...c.numbers(id)].map((t) => c.term(t)).sort();
    for (let id = corpus.docCount - 1; id >= 0; id--) {
      expect(names(loaded, id)).toEqual(names(corpus, id));
      expect(figures(loaded, id)).toEqual(figures(corpus, id));
    }
    expect(loaded.entities(70).ids.length + loaded.numbers(3).length).toBeGreaterThan(0);
  });

  it('finds articles by URL after loading, and follows removals and additions', () => {
    const loaded = deserializeCorpus(stored);
    const url = articles[5]!.url;
    expect(loaded.has(url)).toBe(true);
    expect(loaded.meta(loaded.idOf(url)!).title).toBe(articles[5]!.title);
    expect(loaded.has('https://nowhere.example/')).toBe(false);
    expect(loaded.remove([url])).toBe(1);
    expect(loaded.has(url)).toBe(false);
    const added = makeArticle({ ...articles[5]!, title: 'Corrected title' });
    loaded.add([added]);
    expect(loaded.meta(loaded.idOf(url)!).title).toBe('Corrected title');
    expect(loaded.size).toBe(corpus.size);
    const again = deserializeCorpus(serializeCorpus(loaded));
    expect(again.meta(again.idOf(url)!).title).toBe('Corrected title');
    expect(again.urls().sort()).toEqual(articles.map((a) => a.url).sort());
  });

  it('looks up every term by its text after loading, and gives terms added later new ids', () => {
    const loaded = deserializeCorpus(stored);
    for (let id = 0; id < 2000; id++) {
      const term = corpus.term(id);
      if (!term) break;
      expect(loaded.term(id)).toBe(term);
      expect(loaded.termIdOf(term)).toBe(id);
    }
    expect(loaded.termIdOf('no such term anywhere')).toBeUndefined();
    const page = makeArticle({
      ...articles[0]!,
      url: 'https://ledger.example/new-words',
      paragraphs: [...articles[0]!.paragraphs, 'Zyxwvutsrq Quimbleford spoke.'],
    });
    const count = (c: Corpus) => {
      let n = 0;
      while (c.term(n)) n++;
      return n;
    };
    const before = count(loaded);
    loaded.add([page]);
    const after = count(loaded);
    // The new words get ids after the stored ones, and are found by their text.
    expect(after).toBeGreaterThan(before);
    for (let id = 0; id < after; id += id < before - 5 ? 97 : 1)
      expect(loaded.termIdOf(loaded.term(id))).toBe(id);
    const again = deserializeCorpus(serializeCorpus(loaded));
    for (let id = before; id < after; id++) expect(again.termIdOf(loaded.term(id))).toBe(id);
    expect(analyze(page, again)).toEqual(analyze(page, loaded));
  });

  it('is smaller without texts and still answers', () => {
    const bare = serializeCorpus(corpus, { texts: false });
    const textBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
    expect(bare.byteLength).toBeLessThanOrEqual(stored.byteLength - textBytes);
    const loaded = deserializeCorpus(bare);
    expect(loaded.text(0)).toBe('');
    expect(analyze(articles[0]!, loaded).related.map((r) => r.url)).toEqual(
      analyze(articles[0]!, corpus).related.map((r) => r.url),
    );
  });

  it('refuses another version and a damaged buffer with a clear error', () => {
    const other = stored.slice(0);
    new Uint32Array(other, 0, 2)[1] = CORPUS_FORMAT_VERSION - 1;
    expect(() => deserializeCorpus(other)).toThrow(CorpusVersionError);
    // Cut the buffer short: columns now point past its end.
    expect(() => deserializeCorpus(stored.slice(0, stored.byteLength >> 1))).toThrow(
      CorpusFormatError,
    );
    // Fill a column's bytes in place (column 11 after a header of 5 words).
    const damaged = stored.slice(0);
    const head = new Uint32Array(damaged, 0, 5 + 33 * 2);
    new Uint8Array(damaged, head[5 + 11 * 2]!, head[6 + 11 * 2]!).fill(0xff);
    expect(() => deserializeCorpus(damaged)).toThrow(CorpusFormatError);
  });

  it('refuses every randomly damaged buffer, wherever the damage is', () => {
    // A small deterministic generator, so that a failure can be replayed.
    let seed = 0x2545f491;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const pick = (n: number) => Math.floor(next() * n);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const copy = new Uint8Array(stored.slice(0));
      // One to four bytes changed, or a run overwritten, anywhere in the buffer.
      const runs = 1 + pick(4);
      for (let r = 0; r < runs; r++) {
        const at = pick(copy.length);
        const len = next() < 0.2 ? 1 + pick(64) : 1;
        for (let k = at; k < Math.min(copy.length, at + len); k++) copy[k]! ^= 1 + pick(255);
      }
      try {
        deserializeCorpus(copy.buffer);
      } catch (e) {
        expect(e instanceof CorpusFormatError || e instanceof CorpusVersionError).toBe(true);
        refused++;
      }
    }
    expect(refused).toBe(3000);
    // Any change within one 32-bit word is refused, whatever the word and the change.
    const words = stored.byteLength / 4;
    for (let w = 2; w < words; w += w < 200 ? 1 : 509) {
      if (w === 4) continue; // the checksum itself
      const copy = new Uint32Array(stored.slice(0));
      copy[w]! ^= (Math.imul(w, 0x9e3779b1) >>> 0) | 1;
      expect(() => deserializeCorpus(copy.buffer)).toThrow(CorpusFormatError);
    }
    // The document and column counts in the header are covered too (a damaged count
    // would otherwise make loading allocate and loop for ever).
    for (let at = 8; at < 16; at++) {
      const copy = new Uint8Array(stored.slice(0));
      copy[at]! ^= 0x40;
      expect(() => deserializeCorpus(copy.buffer)).toThrow(CorpusFormatError);
    }
  });
});

describe('stored corpus index with its texts apart', () => {
  const corpus = Corpus.fromArticles(articles);
  const { index, texts } = serializeCorpusApart(corpus);

  it('gives back every article and the same analysis from the two buffers', () => {
    // The index alone holds no text: most of the bytes are in the texts buffer.
    expect(index.byteLength).toBeLessThan(
      serializeCorpus(corpus).byteLength - texts.byteLength / 2,
    );
    const loaded = deserializeCorpusApart(index, texts);
    expect(loaded.size).toBe(corpus.size);
    for (let id = 0; id < corpus.docCount; id++)
      expect(loaded.article(id)).toEqual(corpus.article(id));
    for (const a of articles.slice(0, 12)) expect(analyze(a, loaded)).toEqual(analyze(a, corpus));
    // It still takes changes, and saves whole again.
    loaded.remove([articles[3]!.url]);
    loaded.add([makeArticle({ ...articles[3]!, url: 'https://other.example/again' })]);
    const again = serializeCorpusApart(loaded);
    const back = deserializeCorpusApart(again.index, again.texts);
    const id = back.idOf('https://other.example/again')!;
    expect(back.text(id)).toBe(articles[3]!.text);
  });

  it('refuses texts of another index, of another version, cut short or with a damaged table', () => {
    const other = serializeCorpusApart(Corpus.fromArticles(articles.slice(0, -1))).texts;
    expect(() => deserializeCorpusApart(index, other)).toThrow(/another index/);
    const same = serializeCorpusApart(
      Corpus.fromArticles([
        ...articles.slice(0, -1),
        { ...articles[0]!, url: 'https://x.example/' },
      ]),
    ).texts;
    expect(() => deserializeCorpusApart(index, same)).toThrow(/another index/);
    const version = texts.slice(0);
    new Uint32Array(version, 0, 2)[1] = TEXTS_FORMAT_VERSION + 1;
    expect(() => deserializeCorpusApart(index, version)).toThrow(CorpusFormatError);
    expect(() => deserializeCorpusApart(index, texts.slice(0, texts.byteLength - 1))).toThrow(
      CorpusFormatError,
    );
    // Any byte of the header or of the offset and checksum tables.
    const tableBytes = (6 + 2 * corpus.size + 1) * 4;
    for (let at = 8; at < tableBytes; at += 7) {
      const copy = new Uint8Array(texts.slice(0));
      copy[at]! ^= 0x10;
      expect(() => deserializeCorpusApart(index, copy.buffer)).toThrow(CorpusFormatError);
    }
  });

  it('never gives back a damaged text: it reads as empty, is reported once, and the rest are whole', () => {
    let seed = 0x1b873593;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 2 ** 24;
    const tableBytes = (6 + 2 * corpus.size + 1) * 4;
    for (let round = 0; round < 200; round++) {
      const copy = new Uint8Array(texts.slice(0));
      const at = tableBytes + Math.floor(next() * (copy.length - tableBytes));
      copy[at]! ^= 1 + Math.floor(next() * 255);
      const loaded = deserializeCorpusApart(index, copy.buffer);
      const reported: number[] = [];
      loaded.onDamagedText = (id) => reported.push(id);
      const read = Array.from({ length: corpus.size }, (_, id) => loaded.text(id));
      read.push(loaded.text(reported[0]!));
      expect(reported).toHaveLength(1);
      for (let id = 0; id < corpus.size; id++)
        expect(read[id]).toBe(id === reported[0] ? '' : corpus.text(id));
    }
  });
});

describe('summary-only articles', () => {
  const summary = makeArticle({
    url: 'https://feeds.example/eskeland-talks',
    title: 'Eskeland minister rejects farm deal as thousands protest in Larsberg',
    source: 'Feed Wire',
    published: '2026-03-11T12:00:00Z',
    language: 'en',
    text: 'Agriculture Minister Ilse Brandvold said Eskeland would not accept a trade deal that harms farmers, as 4,000 farmers protested in Larsberg.',
    summaryOnly: true,
  });
  const query = articles.find((a) => a.title.includes('Eskeland') && a.language === 'en')!;

  it('keeps the flag through the index, a reload and compaction, and nowhere else', () => {
    const corpus = Corpus.fromArticles([...articles, summary]);
    const id = corpus.size - 1;
    expect(corpus.article(id).summaryOnly).toBe(true);
    expect('summaryOnly' in corpus.article(0)).toBe(false);
    const loaded = deserializeCorpus(serializeCorpus(corpus));
    expect(loaded.article(id).summaryOnly).toBe(true);
    expect(loaded.meta(0).summaryOnly).toBeUndefined();
    loaded.add([{ ...articles[0]!, url: 'https://other.example/x' }]);
    loaded.compact();
    const back = loaded.urls().indexOf(summary.url);
    expect(loaded.article(back).summaryOnly).toBe(true);
  });

  it('marks related coverage that is a summary only, and only that', () => {
    const corpus = Corpus.fromArticles([...articles, summary]);
    const related = analyze(query, corpus, { maxRelated: 50 }).related;
    const entry = related.find((r) => r.url === summary.url);
    expect(entry?.summaryOnly).toBe(true);
    for (const r of related) if (r.url !== summary.url) expect('summaryOnly' in r).toBe(false);
  });

  it('is read and written in packs as "summaryOnly": true', () => {
    const line = JSON.stringify({ ...summary, paragraphs: undefined });
    const parsed = parsePack(line);
    expect(parsed.errors).toEqual([]);
    expect(parsed.articles[0]!.summaryOnly).toBe(true);
    expect(serializePack(parsed.articles)).toContain('"summaryOnly":true');
    expect(serializePack([articles[0]!])).not.toContain('summaryOnly');
    const bad = parsePack(JSON.stringify({ ...JSON.parse(line), summaryOnly: 'yes' }));
    expect(bad.errors.map((e) => e.field)).toEqual(['summaryOnly']);
  });
});
