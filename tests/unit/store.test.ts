import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Error messages are worded through the interface's catalogues (English here).
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));
import { openDB } from 'idb';
import { makeArticle } from '../../src/core/article';
import { Corpus, serializeCorpus, serializeCorpusApart } from '../../src/core/corpus';
import { parsePack, serializePack } from '../../src/core/pack';
import type { Article } from '../../src/core/types';
import { CorpusStore, StoreQuotaError, STORE_CHUNK } from '../../src/background/store';
import { parsePackInChunks } from '../../src/background/store-import';
import { LiveIndex } from '../../src/background/store-index';
import { BUNDLED_CORPUS_ID, HISTORY_CORPUS_ID } from '../../src/shared/corpus-types';

let dbCounter = 0;
const opened: CorpusStore[] = [];
async function freshStore(name = `test-${++dbCounter}`): Promise<CorpusStore> {
  const s = await CorpusStore.open({ name });
  opened.push(s);
  return s;
}
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

/** Words of every test article's text. */
const needle = new TextEncoder().encode('port authority of Selvik');

function article(i: number, over: Partial<Parameters<typeof makeArticle>[0]> = {}): Article {
  return makeArticle({
    url: `https://outlet${i % 3}.example/news/${i}`,
    title: `Harbour dredging report number ${i}`,
    source: ['Northgate Post', 'Meridian Wire', 'Valley Daily'][i % 3]!,
    published: `2026-04-${String((i % 28) + 1).padStart(2, '0')}T08:00:00Z`,
    language: 'en',
    text: `The port authority of Selvik published dredging report ${i} on Tuesday.\n\n“We expect the channel to reopen in ${i} days,” said harbour master Oda Lind.`,
    ...over,
  });
}

describe('CorpusStore: importing', () => {
  it('stores a pack as a corpus with counts, outlets, size and date range', async () => {
    const store = await freshStore();
    const articles = [article(1), article(2), article(3), article(4)];
    const record = await store.importCorpus('selvik.jsonl', articles);
    const { corpora } = await store.listCorpora();
    expect(corpora).toHaveLength(1);
    const info = corpora[0]!;
    expect(info.id).toBe(record.id);
    expect(info.name).toBe('selvik.jsonl');
    expect(info.articles).toBe(4);
    expect(info.enabled).toBe(true);
    expect(info.outlets).toEqual([
      { source: 'Meridian Wire', articles: 2 },
      { source: 'Northgate Post', articles: 1 },
      { source: 'Valley Daily', articles: 1 },
    ]);
    expect(info.earliest).toBe('2026-04-02T08:00:00Z');
    expect(info.latest).toBe('2026-04-05T08:00:00Z');
    expect(info.bytes).toBe(new TextEncoder().encode(serializePack(articles)).length);
  });

  it('writes big packs in chunks and reports progress after each', async () => {
    const store = await freshStore();
    const articles = Array.from({ length: STORE_CHUNK * 2 + 37 }, (_, i) => article(i));
    const progress: [number, number][] = [];
    await store.importCorpus('big', articles, (done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [STORE_CHUNK, articles.length],
      [STORE_CHUNK * 2, articles.length],
      [articles.length, articles.length],
    ]);
    const page = await store.listArticles((await store.listCorpora()).corpora[0]!.id, 0, 10);
    expect(page.total).toBe(articles.length);
  });

  it('rolls back an import that hits the quota, leaving stored corpora untouched', async () => {
    const store = await freshStore();
    const kept = await store.importCorpus('kept', [article(1), article(2)]);
    const before = await store.listCorpora();

    // Browsers fail the put (or the transaction) with a QuotaExceededError DOMException.
    const realPut = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'articles' && ++puts > STORE_CHUNK + 10) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realPut.apply(this, args);
    });
    const articles = Array.from({ length: STORE_CHUNK * 2 }, (_, i) => article(i + 100));
    const failure = store.importCorpus('too big', articles);
    await expect(failure).rejects.toBeInstanceOf(StoreQuotaError);
    await expect(failure).rejects.toThrow(/quota exceeded/i);
    vi.restoreAllMocks();

    expect(await store.listCorpora()).toEqual(before);
    // The first chunk, already committed, was removed again.
    const raw = await openDB(store_name(store));
    expect(await raw.count('articles')).toBe(2);
    raw.close();
    expect((await store.readArticles(kept.id)).articles).toHaveLength(2);
  });

  it('removes an import a crash left half done when it opens again', async () => {
    const name = `test-${++dbCounter}`;
    const store = await freshStore(name);
    await store.importCorpus('done', [article(1)]);
    store.close();
    const raw = await openDB(name);
    await raw.put('corpora', {
      id: 'pack-crashed',
      kind: 'pack',
      name: 'crashed',
      enabled: true,
      state: 'importing',
      created: 1,
      updated: 1,
      count: 1,
      bytes: 10,
      outlets: {},
    });
    await raw.put('articles', {
      corpusId: 'pack-crashed',
      url: 'https://x.example/1',
      publishedKey: '',
      bytes: 10,
      added: 1,
      article: article(9),
    });
    raw.close();
    const again = await freshStore(name);
    const { corpora } = await again.listCorpora();
    expect(corpora.map((c) => c.name)).toEqual(['done']);
    expect((await again.readArticles('pack-crashed')).articles).toEqual([]);
  });
});

/** The database name of a store opened by `freshStore` (the last one). */
function store_name(_s: CorpusStore): string {
  return `test-${dbCounter}`;
}

describe('CorpusStore: corrupt records', () => {
  it('skips and counts unreadable records instead of failing', async () => {
    const name = `test-${++dbCounter}`;
    const store = await freshStore(name);
    const rec = await store.importCorpus('p', [article(1), article(2)]);
    const raw = await openDB(name);
    await raw.put('articles', {
      corpusId: rec.id,
      url: 'https://broken.example/a',
      publishedKey: '2026-05-01',
      bytes: 5,
      added: 0,
      article: { url: 'https://broken.example/a', title: 42 },
    });
    // Every field of the right type, but the text is not its paragraphs.
    const mismatched = article(3);
    await raw.put('articles', {
      corpusId: rec.id,
      url: mismatched.url,
      publishedKey: '2026-05-02',
      bytes: 5,
      added: 0,
      article: { ...mismatched, paragraphs: ['Not the text.'] },
    });
    await raw.put('corpora', { id: 'garbage', kind: 'pack' });
    raw.close();

    const read = await store.readArticles(rec.id);
    expect(read.articles).toHaveLength(2);
    expect(read.corrupt).toBe(2);

    const page = await store.listArticles(rec.id, 0, 50);
    expect(page.items.map((i) => i.url).sort()).toEqual([article(1).url, article(2).url].sort());
    expect(page.corrupt).toBe(2);

    const listed = await store.listCorpora();
    expect(listed.corpora).toHaveLength(1);
    expect(listed.corrupt).toBe(1);

    const exported = await store.exportCorpus(rec.id);
    expect(exported.articles).toBe(2);
    expect(exported.corrupt).toBe(2);
    // What is exported reads back as a valid pack with the same articles.
    const back = parsePack(exported.text);
    expect(back.errors).toEqual([]);
    expect(back.articles.map((a) => a.url).sort()).toEqual(read.articles.map((a) => a.url).sort());

    // Deleting the unreadable record works and fixes nothing else.
    await store.deleteArticle(rec.id, 'https://broken.example/a');
    await store.deleteArticle(rec.id, mismatched.url);
    expect((await store.readArticles(rec.id)).corrupt).toBe(0);
    expect((await store.listCorpora()).corpora[0]!.articles).toBe(2);
  });
});

describe('CorpusStore: history, paging, deletion, enabling', () => {
  it('keeps one history entry per canonical URL', async () => {
    const store = await freshStore();
    const a = article(5);
    expect(await store.addToHistory({ ...a, url: `${a.url}?utm_source=feed#comments` })).toBe(true);
    expect(
      await store.addToHistory({ ...a, url: a.url.replace('https://outlet', 'https://OUTLET') }),
    ).toBe(false);
    const { corpora } = await store.listCorpora();
    expect(corpora).toHaveLength(1);
    expect(corpora[0]!.id).toBe(HISTORY_CORPUS_ID);
    expect(corpora[0]!.kind).toBe('history');
    expect(corpora[0]!.articles).toBe(1);
    expect(corpora[0]!.outlets).toEqual([{ source: a.source, articles: 1 }]);
  });

  it('pages articles newest first and filters them', async () => {
    const store = await freshStore();
    const rec = await store.importCorpus(
      'p',
      Array.from({ length: 25 }, (_, i) => article(i)),
    );
    const first = await store.listArticles(rec.id, 0, 10);
    const second = await store.listArticles(rec.id, 10, 10);
    expect(first.total).toBe(25);
    expect(first.items).toHaveLength(10);
    expect(second.items).toHaveLength(10);
    const dates = [...first.items, ...second.items].map((i) => i.published!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set([...first.items, ...second.items].map((i) => i.url)).size).toBe(20);
    const filtered = await store.listArticles(rec.id, 0, 50, 'valley');
    expect(filtered.total).toBe(8);
    expect(filtered.items.every((i) => i.source === 'Valley Daily')).toBe(true);
  });

  it('deletes an article and updates the statistics', async () => {
    const store = await freshStore();
    const rec = await store.importCorpus('p', [article(1), article(2), article(4)]);
    const after = await store.deleteArticle(rec.id, article(2).url);
    expect(after?.count).toBe(2);
    const info = (await store.listCorpora()).corpora[0]!;
    expect(info.articles).toBe(2);
    expect(info.outlets).toEqual([{ source: 'Meridian Wire', articles: 2 }]);
    expect(info.latest).toBe('2026-04-05T08:00:00Z');
    expect(await store.deleteArticle(rec.id, article(2).url)).toBeNull();
  });

  it('deletes a whole corpus and switches corpora on and off', async () => {
    const store = await freshStore();
    const a = await store.importCorpus('a', [article(1)]);
    const b = await store.importCorpus('b', [article(2), article(3)]);
    await store.setEnabled(a.id, false);
    expect((await store.listCorpora()).corpora.map((c) => [c.name, c.enabled])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    expect(await store.deleteCorpus(b.id)).toBe(2);
    expect((await store.listCorpora()).corpora.map((c) => c.name)).toEqual(['a']);
    expect(await store.isBundledEnabled()).toBe(true);
    await store.setBundledEnabled(false);
    expect(await store.isBundledEnabled()).toBe(false);
  });
});

describe('parsePackInChunks', () => {
  const line = (i: number, published = '2026-04-01') =>
    JSON.stringify({
      url: `https://outlet.example/a${i}`,
      title: `Title ${i}`,
      source: 'Northgate Post',
      published,
      language: 'en',
      text: `Body of article ${i} with enough words to count.`,
    });

  it('gives the same result as parsePack, duplicates across chunks included', async () => {
    const text = [
      line(1),
      line(2, '2026-04-03'),
      '',
      line(3),
      line(2, '2026-04-02'),
      line(4),
      line(3, '2026-04-09'),
    ].join('\n');
    const whole = parsePack(text);
    const chunked = await parsePackInChunks(text, undefined, 2);
    expect(chunked.errors).toEqual([]);
    expect(chunked.duplicates).toBe(whole.duplicates);
    expect(chunked.lines).toBe(whole.lines);
    expect(chunked.articles.map((a) => [a.url, a.published]).sort()).toEqual(
      whole.articles.map((a) => [a.url, a.published]).sort(),
    );
  });

  it('reports errors with the line numbers of the whole file and returns no articles', async () => {
    const text = [
      line(1),
      line(2),
      line(3),
      '{"url": "https://x.example/y", "title": 5}',
      line(5),
      'not json',
    ].join('\n');
    const progress: number[] = [];
    const parsed = await parsePackInChunks(text, (done) => progress.push(done), 2);
    expect(parsed.articles).toEqual([]);
    expect(new Set(parsed.errors.map((e) => e.line))).toEqual(new Set([4, 6]));
    expect(parsed.errors.find((e) => e.line === 4 && e.field === 'title')).toBeTruthy();
    expect(progress).toEqual([2, 4, 6]);
  });

  it('rejects an empty pack', async () => {
    const parsed = await parsePackInChunks('\n\n');
    expect(parsed.errors).toEqual([
      { line: 1, field: null, message: 'the pack has no articles', problem: 'no-articles' },
    ]);
  });
});

describe('LiveIndex', () => {
  it('follows imports, deletions and switches without a rebuild', async () => {
    const store = await freshStore();
    const bundled = Corpus.fromArticles([article(100), article(101)]);
    const { index } = await LiveIndex.build(store, bundled);
    index.cancelSave();
    const corpus = index.corpus;
    expect(index.size).toBe(2);

    const arts = [article(1), article(2), article(3)];
    const rec = await store.importCorpus('p', arts);
    await index.addArticles(rec.id, arts);
    expect(index.size).toBe(5);
    expect(corpus.has(article(2).url)).toBe(true);

    await store.setEnabled(rec.id, false);
    await index.removeArticles(rec.id, index.urlsOf(rec.id));
    expect(index.size).toBe(2);
    expect(corpus.has(article(2).url)).toBe(false);

    await index.setBundled(false);
    expect(index.size).toBe(0);
    await index.setBundled(true);
    expect(index.size).toBe(2);
    // Still the same object: whoever holds it sees every change.
    expect(index.corpus).toBe(corpus);
  });

  it('starts from the bundled index itself when nothing else is stored, and leaves it untouched', async () => {
    const store = await freshStore();
    const bundled = Corpus.fromArticles([article(100), article(101)]);
    // Indexing quotations and names is the slow part of a worker's first start.
    const indexing = vi.spyOn(Corpus, 'fromArticles');
    const { index } = await LiveIndex.build(store, bundled);
    index.cancelSave();
    expect(indexing).not.toHaveBeenCalled();
    expect(index.corpus).not.toBe(bundled);
    expect(index.corpus.has(article(101).url)).toBe(true);
    await index.addArticles('p', [article(1)]);
    expect(index.size).toBe(3);
    expect(bundled.size).toBe(2);
  });

  it('keeps an article two corpora hold until both let go of it', async () => {
    const store = await freshStore();
    const shared = article(7);
    const pack = await store.importCorpus('p', [shared, article(8)]);
    await store.addToHistory(shared);
    const { index } = await LiveIndex.build(store, null);
    index.cancelSave();
    expect(index.size).toBe(2);
    expect(index.ownersOf(shared.url)).toEqual([pack.id, HISTORY_CORPUS_ID]);

    await index.removeArticles(pack.id, index.urlsOf(pack.id));
    expect(index.corpus.has(shared.url)).toBe(true);
    expect(index.size).toBe(1);
    await index.removeArticles(HISTORY_CORPUS_ID, [shared.url]);
    expect(index.size).toBe(0);
  });

  it('loads the index the last worker saved, and only while nothing has changed since', async () => {
    const store = await freshStore();
    const arts = [article(1), article(2), article(3)];
    const rec = await store.importCorpus('p', arts);
    const bundled = Corpus.fromArticles([article(90)]);

    const first = await LiveIndex.build(store, bundled, 'v1');
    first.index.cancelSave();
    expect(first.fromCache).toBe(false);
    expect(await first.index.saveCache()).toBe(true);

    const again = await LiveIndex.build(store, bundled, 'v1');
    again.index.cancelSave();
    expect(again.fromCache).toBe(true);
    expect(again.index.corpus.urls().sort()).toEqual(first.index.corpus.urls().sort());
    expect(again.index.ownersOf(article(2).url)).toEqual([rec.id]);
    // The loaded index still takes changes.
    await again.index.removeArticles(rec.id, [article(2).url]);
    expect(again.index.corpus.has(article(2).url)).toBe(false);

    // Another bundled corpus (an update): rebuilt.
    const other = await LiveIndex.build(store, bundled, 'v2');
    other.index.cancelSave();
    expect(other.fromCache).toBe(false);

    // Any stored change since the save: rebuilt, and the change is in.
    await store.deleteArticle(rec.id, article(3).url);
    const after = await LiveIndex.build(store, bundled, 'v1');
    after.index.cancelSave();
    expect(after.fromCache).toBe(false);
    expect(after.index.corpus.has(article(3).url)).toBe(false);

    // A damaged cache is ignored, not fatal.
    await store.writeIndexCache({
      generation: await store.generation(),
      key: 'v1',
      buffer: new ArrayBuffer(64),
      texts: new ArrayBuffer(64),
      owners: { lists: [], of: new Uint32Array(0) },
    });
    const damaged = await LiveIndex.build(store, bundled, 'v1');
    damaged.index.cancelSave();
    expect(damaged.fromCache).toBe(false);
    expect(damaged.index.size).toBe(3);

    // A real index with one byte of an article's text changed in the index record (the
    // layout before texts were kept apart holds them there): refused and rebuilt.
    const good = serializeCorpus(damaged.index.corpus);
    const bytes = new Uint8Array(good);
    const at = Buffer.from(bytes).indexOf(Buffer.from(needle));
    expect(at).toBeGreaterThan(0);
    bytes[at]! ^= 0x20;
    await store.writeIndexCache({
      generation: await store.generation(),
      key: 'v1',
      buffer: good,
      texts: new ArrayBuffer(0),
      owners: { lists: [], of: new Uint32Array(0) },
    });
    const flipped = await LiveIndex.build(store, bundled, 'v1');
    flipped.index.cancelSave();
    expect(flipped.fromCache).toBe(false);
    expect(flipped.index.corpus.text(0)).toBe(damaged.index.corpus.text(0));
  });

  it('keeps the texts of a saved index apart, reads them when asked for, and rebuilds when they are missing, of another index or damaged', async () => {
    const store = await freshStore();
    const arts = [article(1), article(2), article(3)];
    await store.importCorpus('p', arts);
    const first = await LiveIndex.build(store, null, 'v1');
    first.index.cancelSave();
    expect(await first.index.saveCache()).toBe(true);
    const saved = await store.readIndexCache();
    const stored = (await saved!.texts)!;
    // The index record holds no article text; the text records hold them all.
    expect(Buffer.from(saved!.buffer).indexOf(Buffer.from(needle))).toBe(-1);
    const chunks = await store.readTextChunks([...Array(stored.chunks).keys()]);
    const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c!)));
    expect(bytes.indexOf(Buffer.from(needle))).toBeGreaterThanOrEqual(0);
    const texts = serializeCorpusApart(first.index.corpus).texts;

    const loaded = await LiveIndex.build(store, null, 'v1');
    loaded.index.cancelSave();
    expect(loaded.fromCache).toBe(true);
    const ids = arts.map((a) => loaded.index.corpus.idOf(a.url)!);
    // Nothing is read from the texts before the engine asks for them.
    expect(() => loaded.index.corpus.text(ids[0]!)).toThrow(/before it was loaded/);
    await loaded.index.corpus.loadTexts(ids);
    expect(ids.map((id) => loaded.index.corpus.text(id))).toEqual(arts.map((a) => a.text));

    const write = (buffer: ArrayBuffer, t: ArrayBuffer) =>
      store.writeIndexCache({
        generation: saved!.generation,
        key: 'v1',
        buffer,
        texts: t,
        owners: saved!.owners,
      });
    const rebuilt = async () => {
      const again = await LiveIndex.build(store, null, 'v1');
      again.index.cancelSave();
      await again.index.corpus.loadAllTexts();
      expect(again.index.corpus.text(again.index.corpus.idOf(arts[1]!.url)!)).toBe(arts[1]!.text);
      return again.fromCache;
    };
    // The texts of another index of as many articles.
    const other = Corpus.fromArticles([article(1), article(2), article(9)]);
    const otherTexts = serializeCorpusApart(other).texts;
    await write(saved!.buffer, otherTexts);
    expect(await rebuilt()).toBe(false);
    // Their table of offsets damaged.
    const table = new Uint8Array(texts.slice(0));
    table[30]! ^= 0x01;
    await write(saved!.buffer, table.buffer);
    expect(await rebuilt()).toBe(false);

    // Texts cut short, or one byte of one article's text damaged: what cannot be read
    // whole is refused when read (it reads as empty, the others are whole), the saved
    // index is dropped and nothing more is saved from memory, and the next worker start
    // rebuilds it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const hurt = async (damaged: ArrayBuffer, whole: number) => {
      await write(saved!.buffer, damaged);
      warn.mockClear();
      const loadedHurt = await LiveIndex.build(store, null, 'v1');
      loadedHurt.index.cancelSave();
      expect(loadedHurt.fromCache).toBe(true);
      await loadedHurt.index.corpus.loadTexts(ids);
      const read = ids.map((id) => loadedHurt.index.corpus.text(id));
      expect(read.filter((t) => t !== '')).toHaveLength(whole);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(await loadedHurt.index.saveCache()).toBe(false);
      await vi.waitFor(async () => expect(await store.readIndexCache()).toBeNull());
      expect(await rebuilt()).toBe(false);
    };
    // Cut short: the one chunk these three texts share is refused whole.
    await hurt(texts.slice(0, texts.byteLength - 3), 0);
    const flipped = new Uint8Array(texts.slice(0));
    const at = Buffer.from(flipped).indexOf(Buffer.from(needle));
    flipped[at]! ^= 0x20;
    await hurt(flipped.buffer, 2);
  });

  it('reads the saved index ahead of time, and still rebuilds when the store changed meanwhile', async () => {
    const store = await freshStore();
    await store.importCorpus('p', [article(1), article(2)]);
    const first = await LiveIndex.build(store, null, 'v1');
    first.index.cancelSave();
    expect(await first.index.saveCache()).toBe(true);
    // Read ahead, then used: the saved index.
    const ahead = await LiveIndex.build(store, null, 'v1', LiveIndex.readSaved(store));
    ahead.index.cancelSave();
    expect(ahead.fromCache).toBe(true);
    // Read ahead, then the store changes before the index is built: rebuilt, change in.
    const read = LiveIndex.readSaved(store);
    await read;
    await store.importCorpus('q', [article(3)]);
    const after = await LiveIndex.build(store, null, 'v1', read);
    after.index.cancelSave();
    expect(after.fromCache).toBe(false);
    expect(after.index.corpus.has(article(3).url)).toBe(true);
  });

  it('keeps which corpora hold each article through a save and a load', async () => {
    const store = await freshStore();
    const shared = article(7);
    const pack = await store.importCorpus('p', [shared, article(8)]);
    await store.addToHistory(shared);
    const bundled = Corpus.fromArticles([article(90)]);
    const first = await LiveIndex.build(store, bundled, 'v1');
    first.index.cancelSave();
    expect(await first.index.saveCache()).toBe(true);
    const loaded = await LiveIndex.build(store, bundled, 'v1');
    loaded.index.cancelSave();
    expect(loaded.fromCache).toBe(true);
    expect(loaded.index.ownersOf(shared.url)).toEqual([pack.id, HISTORY_CORPUS_ID]);
    expect(loaded.index.ownersOf(article(8).url)).toEqual([pack.id]);
    expect(loaded.index.urlsOf(BUNDLED_CORPUS_ID)).toEqual([article(90).url]);
    // Letting go of one corpus keeps the article the other still holds.
    await loaded.index.removeArticles(pack.id, loaded.index.urlsOf(pack.id));
    expect(loaded.index.corpus.has(shared.url)).toBe(true);
    expect(loaded.index.corpus.has(article(8).url)).toBe(false);
    // Saved again after the change, and loaded again: the same.
    expect(await loaded.index.saveCache()).toBe(true);
    const again = await LiveIndex.build(store, bundled, 'v1');
    again.index.cancelSave();
    expect(again.index.ownersOf(shared.url)).toEqual([HISTORY_CORPUS_ID]);
    expect(again.index.size).toBe(2);
  });

  it('does not save the index while a change is half done', async () => {
    const store = await freshStore();
    const { index } = await LiveIndex.build(store, null);
    index.cancelSave();
    let saved: boolean | null = null;
    await index.change(async () => {
      const rec = await store.importCorpus('p', [article(1)]);
      saved = await index.saveCache();
      await index.addArticles(rec.id, [article(1)]);
    });
    index.cancelSave();
    expect(saved).toBe(false);
    expect(await store.readIndexCache()).toBeNull();
  });

  it('builds only from enabled, finished corpora', async () => {
    const store = await freshStore();
    const on = await store.importCorpus('on', [article(1)]);
    const off = await store.importCorpus('off', [article(2)]);
    await store.setEnabled(off.id, false);
    await store.setBundledEnabled(false);
    const { index } = await LiveIndex.build(store, Corpus.fromArticles([article(50)]));
    index.cancelSave();
    expect(index.urlsOf(on.id)).toEqual([article(1).url]);
    expect(index.size).toBe(1);
  });
});

describe('CorpusStore: outlets named like built-in object keys', () => {
  it('counts each outlet apart, "constructor" and "__proto__" included, through a delete', async () => {
    const store = await freshStore();
    const names = ['The Constructor', 'constructor', '__proto__', 'toString', 'constructor'];
    const articles = names.map((source, i) => article(i, { source }));
    const record = await store.importCorpus('proto.jsonl', articles);
    const outlets = async () => (await store.listCorpora()).corpora[0]!.outlets;
    expect(await outlets()).toEqual([
      { source: 'constructor', articles: 2 },
      { source: '__proto__', articles: 1 },
      { source: 'The Constructor', articles: 1 },
      { source: 'toString', articles: 1 },
    ]);
    await store.deleteArticle(record.id, articles[2]!.url);
    expect((await outlets()).map((o) => o.source)).toEqual([
      'constructor',
      'The Constructor',
      'toString',
    ]);
  });
});
