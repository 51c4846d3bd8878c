/**
 * The background's corpus handlers end to end over fake-indexeddb: what the options page
 * sends, what is stored, and what the live index (the corpus `analyze` reads) holds.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const sync: Record<string, unknown> = {};
const broadcasts: { type: string; payload: unknown }[] = [];
let optionsOpened = 0;
vi.mock('../../src/shared/browser', async () => ({
  default: {
    i18n: (await import('../fixtures/i18n')).fakeI18n('en'),
    runtime: {
      openOptionsPage: () => {
        optionsOpened++;
        return Promise.resolve();
      },
      sendMessage: (m: { type: string; payload: unknown }) => {
        broadcasts.push(m);
        return Promise.resolve();
      },
    },
    storage: {
      sync: {
        get: (k: string) => Promise.resolve(k in sync ? { [k]: sync[k] } : {}),
        set: (items: Record<string, unknown>) => {
          Object.assign(sync, structuredClone(items));
          return Promise.resolve();
        },
      },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));

import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { analyze } from '../../src/core/analyze';
import {
  corpusHandlers,
  rememberArticle,
  welcomeOnInstall,
} from '../../src/background/corpus-handlers';
import { getCombinedCorpus, useBundledLoader } from '../../src/background/store-live';
import { LiveIndex } from '../../src/background/store-index';
import { saveSettings } from '../../src/shared/settings';
import { StoreQuotaError, UnknownCorpusError } from '../../src/background/store';
import { UnknownFeedError } from '../../src/background/feeds/handlers';
import { isExpected } from '../../src/shared/errors';
import { logOnce } from '../../src/shared/log';

const bundledArticle = makeArticle({
  url: 'https://demo.example/1',
  title: 'A bundled article about lighthouse repairs',
  source: 'Demo Daily',
  published: '2026-01-05T10:00:00Z',
  language: 'en',
  text: 'The lighthouse at Brekken will be repaired over the summer, the harbour board said.',
});

const line = (i: number, source: string, extra = '') =>
  JSON.stringify({
    url: `https://${source.toLowerCase().replace(/\s+/g, '-')}.example/a${i}`,
    title: `Glassworks in Tammerby to close after 140 years ${extra}`,
    source,
    published: `2026-02-1${i}T09:00:00Z`,
    language: 'en',
    text: `The Tammerby glassworks will close in the autumn, its owner Lisbet Vang said on Monday.\n\n“We have run out of buyers for hand-blown glass,” Vang said. About 85 workers will lose their jobs. ${extra}`,
  });
const GOOD = [line(1, 'Northgate Post'), line(2, 'Meridian Wire'), line(3, 'Valley Daily')].join(
  '\n',
);

beforeAll(() => {
  useBundledLoader(async () => Corpus.fromArticles([bundledArticle]));
});

describe('corpus handlers', () => {
  it('imports a good pack and the live corpus has it at once', async () => {
    const result = await corpusHandlers['bg/import-pack']({
      importId: 'i1',
      name: 'tammerby.jsonl',
      text: GOOD,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.added).toBe(3);
    expect(result.corpus.outlets).toHaveLength(3);
    const corpus = await getCombinedCorpus();
    expect(corpus.size).toBe(4);
    const phases = broadcasts
      .filter((b) => b.type === 'opt/import-progress')
      .map((b) => (b.payload as { phase: string }).phase);
    expect(phases).toContain('reading');
    expect(phases.at(-1)).toBe('done');
    expect(broadcasts.some((b) => b.type === 'opt/corpora-changed')).toBe(true);
  });

  it('rejects a malformed pack whole: errors with line numbers, nothing stored or indexed', async () => {
    const before = await corpusHandlers['bg/list-corpora']({});
    const sizeBefore = (await getCombinedCorpus()).size;
    const text = [line(4, 'Strand Tribune'), '{"url": 1}', line(5, 'Strand Tribune')].join('\n');
    const result = await corpusHandlers['bg/import-pack']({
      importId: 'i2',
      name: 'bad.jsonl',
      text,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toContain(2);
    expect(result.message).toMatch(/Nothing was stored/);
    expect(await corpusHandlers['bg/list-corpora']({})).toEqual(before);
    expect((await getCombinedCorpus()).size).toBe(sizeBefore);
  });

  it('does not keep a pack the index could not take', async () => {
    const before = await corpusHandlers['bg/list-corpora']({});
    const spy = vi
      .spyOn(LiveIndex.prototype, 'addArticles')
      .mockRejectedValueOnce(new Error('indexing failed'));
    await expect(
      corpusHandlers['bg/import-pack']({
        importId: 'i3',
        name: 'x.jsonl',
        text: line(6, 'Strand Tribune'),
      }),
    ).rejects.toThrow('indexing failed');
    spy.mockRestore();
    expect(await corpusHandlers['bg/list-corpora']({})).toEqual(before);
  });

  it('lists the bundled corpus first, read-only, with its statistics', async () => {
    const { corpora } = await corpusHandlers['bg/list-corpora']({});
    expect(corpora.map((c) => c.kind)).toEqual(['bundled', 'pack']);
    expect(corpora[0]).toMatchObject({ articles: 1, editable: false, enabled: true });
    await expect(corpusHandlers['bg/delete-corpus']({ corpusId: 'bundled' })).rejects.toThrow(
      /switch it off/,
    );
    const page = await corpusHandlers['bg/list-articles']({
      corpusId: 'bundled',
      offset: 0,
      limit: 10,
    });
    expect(page.items.map((i) => i.source)).toEqual(['Demo Daily']);
  });

  it('switching a pack off and on changes what analysis finds, without a restart', async () => {
    const { corpora } = await corpusHandlers['bg/list-corpora']({});
    const pack = corpora.find((c) => c.kind === 'pack')!;
    const reader = makeArticle({
      url: 'https://harbour-ledger.example/tammerby',
      title: 'Tammerby glassworks closes',
      source: 'The Harbour Ledger',
      published: '2026-02-12T12:00:00Z',
      language: 'en',
      text: 'Owner Lisbet Vang announced that the Tammerby glassworks will close.\n\n“We have run out of buyers for hand-blown glass,” Vang said. About 85 jobs go.',
    });
    // The pack's three articles are near-identical, so they come back as one story with copies.
    const related = async () =>
      analyze(reader, await getCombinedCorpus()).related.flatMap((r) => [
        r.source,
        ...r.copies.map((c) => c.source),
      ]);
    expect(await related()).toContain('Northgate Post');

    await corpusHandlers['bg/set-corpus-enabled']({ corpusId: pack.id, enabled: false });
    expect(await related()).toEqual([]);
    await corpusHandlers['bg/set-corpus-enabled']({ corpusId: pack.id, enabled: true });
    expect(await related()).toContain('Meridian Wire');

    await corpusHandlers['bg/set-corpus-enabled']({ corpusId: 'bundled', enabled: false });
    expect((await getCombinedCorpus()).has(bundledArticle.url)).toBe(false);
    await corpusHandlers['bg/set-corpus-enabled']({ corpusId: 'bundled', enabled: true });
    expect((await getCombinedCorpus()).has(bundledArticle.url)).toBe(true);
  });

  it('deletes an article and a corpus from store and index', async () => {
    const { corpora } = await corpusHandlers['bg/list-corpora']({});
    const pack = corpora.find((c) => c.kind === 'pack')!;
    const url = 'https://valley-daily.example/a3';
    const after = await corpusHandlers['bg/delete-article']({ corpusId: pack.id, url });
    expect(after?.articles).toBe(2);
    expect((await getCombinedCorpus()).has(url)).toBe(false);
    const out = await corpusHandlers['bg/export-corpus']({ corpusId: pack.id });
    expect(out.text.trim().split('\n')).toHaveLength(2);
    expect(out.filename).toMatch(/^second-source-tammerby-\d{4}-\d{2}-\d{2}\.jsonl$/);

    expect(await corpusHandlers['bg/delete-corpus']({ corpusId: pack.id })).toEqual({ deleted: 2 });
    expect((await getCombinedCorpus()).size).toBe(1);
  });

  it('remembers read articles only when the user turned it on, and never excluded sites', async () => {
    const read = (url: string, source: string) =>
      makeArticle({
        url,
        title: 'Night trains return to the coast line',
        source,
        published: '2026-03-01T08:00:00Z',
        language: 'en',
        text: 'Night trains will run on the coast line again from April, the rail operator said.',
      });
    expect(await rememberArticle(read('https://rail.example/a', 'Rail News'))).toBe(false);

    await saveSettings(
      { rememberReading: true, excludedSites: ['bank.example'] },
      {
        get: async (k) => (k in sync ? { [k]: sync[k] } : {}),
        set: async (items) => void Object.assign(sync, items),
      },
    );
    expect(await rememberArticle(read('https://rail.example/a?utm_source=x', 'Rail News'))).toBe(
      true,
    );
    expect(await rememberArticle(read('https://rail.example/a', 'Rail News'))).toBe(true);
    expect(await rememberArticle(read('https://my.bank.example/news', 'Bank'))).toBe(false);

    const { corpora } = await corpusHandlers['bg/list-corpora']({});
    const history = corpora.find((c) => c.kind === 'history');
    expect(history?.articles).toBe(1);
    expect((await getCombinedCorpus()).has('https://rail.example/a')).toBe(true);
    // Rail News fits rail.example and stays; a page of another site claiming to be
    // Reuters is remembered under its own site.
    expect(history?.outlets).toEqual([{ source: 'Rail News', articles: 1 }]);
    expect(await rememberArticle(read('https://rail-copy.example/b', 'Reuters'))).toBe(true);
    const after = (await corpusHandlers['bg/list-corpora']({})).corpora.find(
      (c) => c.kind === 'history',
    );
    expect(after?.outlets.map((o) => o.source).sort()).toEqual(['Rail News', 'rail-copy.example']);

    // One visit (tab 7, one page load) stores one article: a pushState address change
    // and a second analysis add nothing; the next page load may add again.
    const visit = { tabId: 7, visit: 'a1' };
    expect(await rememberArticle(read('https://rail.example/c', 'Rail News'), visit)).toBe(true);
    expect(await rememberArticle(read('https://rail.example/d', 'Reuters'), visit)).toBe(false);
    expect(
      await rememberArticle(read('https://rail.example/e', 'Rail News'), {
        tabId: 7,
        visit: 'b2',
      }),
    ).toBe(true);
    expect((await getCombinedCorpus()).has('https://rail.example/d')).toBe(false);
  });

  it('importing a file again replaces the earlier import of that name, not adding a second', async () => {
    const importAs = (name: string, text: string) =>
      corpusHandlers['bg/import-pack']({ importId: `re-${name}`, name, text });
    const packsNamed = async (name: string) =>
      (await corpusHandlers['bg/list-corpora']({})).corpora.filter((c) => c.name === name);
    const first = await importAs(
      'weekly.jsonl',
      [line(1, 'Quay Gazette'), line(2, 'Quay Gazette')].join('\n'),
    );
    expect(first.ok && first.replaced).toBe(false);
    const second = await importAs(
      'weekly.jsonl',
      [line(2, 'Quay Gazette'), line(3, 'Quay Gazette'), line(4, 'Quay Gazette')].join('\n'),
    );
    expect(second.ok && second.replaced).toBe(true);
    const packs = await packsNamed('weekly.jsonl');
    expect(packs).toHaveLength(1);
    expect(packs[0]!.articles).toBe(3);
    const corpus = await getCombinedCorpus();
    expect(corpus.has('https://quay-gazette.example/a1')).toBe(false);
    expect(corpus.has('https://quay-gazette.example/a4')).toBe(true);
    // Another name is another pack.
    const other = await importAs('other.jsonl', line(5, 'Quay Gazette'));
    expect(other.ok && other.replaced).toBe(false);
    expect(await packsNamed('weekly.jsonl')).toHaveLength(1);
    expect(await packsNamed('other.jsonl')).toHaveLength(1);
  });
});

describe('store errors', () => {
  it('are expected failures, logged as information and never as bugs', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failures = [
      new StoreQuotaError(),
      new UnknownCorpusError('gone'),
      new UnknownFeedError(),
    ];
    for (const failure of failures) {
      expect(isExpected(failure), failure.name).toBe(true);
      logOnce('store', failure);
    }
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledTimes(3);
    expect(String(info.mock.calls[0]![0])).toMatch(/storage quota exceeded/);
    expect(failures.map((f) => f.name)).toEqual([
      'StoreQuotaError',
      'UnknownCorpusError',
      'UnknownFeedError',
    ]);
    info.mockRestore();
    error.mockRestore();
  });
});

describe('first run', () => {
  it('opens the options page with its welcome on a fresh install only', async () => {
    await welcomeOnInstall({ reason: 'update' });
    await welcomeOnInstall({ reason: 'browser_update' });
    expect(optionsOpened).toBe(0);
    await welcomeOnInstall({ reason: 'install' });
    expect(optionsOpened).toBe(1);
  });
});

describe('importing with problems, and twice at once', () => {
  it('offers to skip the wrong lines, and imports the valid ones only when asked', async () => {
    const sizeBefore = (await getCombinedCorpus()).size;
    const text = [
      line(7, 'Harbour Gazette'),
      '{"url": 1}',
      line(8, 'Harbour Gazette'),
      '',
      '{',
    ].join('\n');
    const req = { importId: 'i-skip', name: 'partly.jsonl', text, invalidUtf8Lines: [4] };
    const first = await corpusHandlers['bg/import-pack'](req);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.skippable).toEqual({ valid: 2, invalidLines: 3 });
    expect([...new Set(first.errors.map((e) => e.line))]).toEqual([2, 4, 5]);
    expect((await getCombinedCorpus()).size).toBe(sizeBefore);
    const second = await corpusHandlers['bg/import-pack']({ ...req, skipInvalid: true });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.added).toBe(2);
    expect(second.skipped).toBe(3);
    expect((await getCombinedCorpus()).size).toBe(sizeBefore + 2);
    await corpusHandlers['bg/delete-corpus']({ corpusId: second.corpus.id });
  });

  it('imports one file name at a time: a second import of it meanwhile is refused', async () => {
    const text = [line(1, 'Twin Tab Times'), line(2, 'Twin Tab Times')].join('\n');
    const req = { importId: 't1', name: 'twin.jsonl', text };
    const [a, b] = await Promise.all([
      corpusHandlers['bg/import-pack'](req),
      corpusHandlers['bg/import-pack']({ ...req, importId: 't2' }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    if (!b.ok) expect(b.message).toMatch(/already being imported/);
    const { corpora } = await corpusHandlers['bg/list-corpora']({});
    expect(corpora.filter((c) => c.name === 'twin.jsonl')).toHaveLength(1);
    // Once the first is done, the name can be imported again.
    const again = await corpusHandlers['bg/import-pack']({ ...req, importId: 't3' });
    expect(again.ok).toBe(true);
    if (again.ok) await corpusHandlers['bg/delete-corpus']({ corpusId: again.corpus.id });
  });

  it('imports a pack streamed in batches of lines, with the same choice for wrong lines', async () => {
    // Line 2 is wrong, line 4 not UTF-8 in the file (sent empty), line 5 from another outlet.
    const lines = [line(1, 'Stream Post'), '{"url": 3}', line(2, 'Stream Post')];
    lines.push('', line(3, 'River Wire'));
    const sizeBefore = (await getCombinedCorpus()).size;
    const batch = (
      importId: string,
      firstLine: number,
      count: number,
      extra: { skipInvalid?: boolean; invalidUtf8Lines?: number[] } = {},
    ) =>
      corpusHandlers['bg/import-lines']({
        importId,
        name: 'streamed.jsonl',
        firstLine,
        lines: lines.slice(firstLine - 1, firstLine - 1 + count),
        bytesRead: firstLine + count,
        bytesTotal: lines.length + 1,
        last: firstLine - 1 + count === lines.length,
        ...extra,
      });
    // Strict: nothing until the last batch, then the problems by line and the offer.
    expect(await batch('s1', 1, 2)).toBeNull();
    expect(await batch('s1', 3, 1)).toBeNull();
    const strict = await batch('s1', 4, 2, { invalidUtf8Lines: [4] });
    expect(strict?.ok).toBe(false);
    if (!strict || strict.ok) return;
    expect([...new Set(strict.errors.map((e) => e.line))]).toEqual([2, 4]);
    expect(strict.skippable).toEqual({ valid: 3, invalidLines: 2 });
    expect((await getCombinedCorpus()).size).toBe(sizeBefore);

    // A batch out of order is refused and the import given up, storing nothing.
    expect(await batch('s2', 1, 2)).toBeNull();
    const gap = await batch('s2', 4, 2);
    expect(gap?.ok).toBe(false);
    if (gap && !gap.ok) expect(gap.message).toMatch(/interrupted/);
    expect(await batch('s2', 3, 1)).toMatchObject({ ok: false });

    // While one streamed import of the name runs, another of it is refused.
    expect(await batch('s3', 1, 2, { skipInvalid: true })).toBeNull();
    const twin = await batch('s4', 1, 2, { skipInvalid: true });
    expect(twin?.ok).toBe(false);
    if (twin && !twin.ok) expect(twin.message).toMatch(/already being imported/);
    expect(await batch('s3', 3, 2, { skipInvalid: true })).toBeNull();
    const kept = await batch('s3', 5, 1, { skipInvalid: true });
    expect(kept?.ok).toBe(true);
    if (!kept?.ok) return;
    expect(kept.added).toBe(3);
    expect(kept.skipped).toBe(1);
    expect((await getCombinedCorpus()).size).toBe(sizeBefore + 3);
    await corpusHandlers['bg/delete-corpus']({ corpusId: kept.corpus.id });
  });
});
