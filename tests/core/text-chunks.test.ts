import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeSteps, prepareArticle } from '../../src/core/analyze';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import {
  Corpus,
  deserializeCorpus,
  serializeCorpusApart,
  type TextChunkReader,
} from '../../src/core/corpus';
import { CorpusFormatError, decodeTextsTable, splitTexts } from '../../src/core/corpus-format';
import { parsePack } from '../../src/core/pack';
import { finishLoading } from '../../src/core/steps';

const demo = parsePack(
  readFileSync(join(__dirname, '../../src/corpus/demo.jsonl'), 'utf8'),
).articles;

/** A corpus loaded as a worker just started loads its saved index: texts left in storage. */
function loadChunked(source: Corpus, chunkBytes: number) {
  const { index, texts } = serializeCorpusApart(source);
  const { table, chunks } = splitTexts(texts, chunkBytes);
  const reads: number[][] = [];
  const stored: (ArrayBuffer | null)[] = chunks;
  const reader: TextChunkReader = {
    chunkBytes,
    read: async (list) => {
      reads.push([...list]);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return list.map((k) => stored[k] ?? null);
    },
  };
  const corpus = deserializeCorpus(index);
  corpus.attachTextChunks(decodeTextsTable(table, index), reader);
  return { corpus, reads, stored, chunks: chunks.length };
}

describe('corpus texts read in chunks', () => {
  const source = Corpus.fromArticles(demo.slice(0, 40));

  it('reads only the chunks of the texts asked for, each once', async () => {
    const { corpus, reads, chunks } = loadChunked(source, 1024);
    expect(chunks).toBeGreaterThan(20);
    expect(() => corpus.text(5)).toThrow(/before it was loaded/);
    // Two askers of the same text at once share one read.
    await Promise.all([corpus.loadTexts([5]), corpus.loadTexts([5])]);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.length).toBeLessThanOrEqual(Math.ceil(source.text(5).length / 1024) + 2);
    expect(corpus.text(5)).toBe(source.text(5));
    await corpus.loadTexts([5]);
    expect(reads).toHaveLength(1);
    await corpus.loadAllTexts();
    for (let id = 0; id < source.docCount; id++) expect(corpus.text(id)).toBe(source.text(id));
    const asked = reads.flat();
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('refuses the texts of a chunk it cannot read, reports them, and reads the rest', async () => {
    const { corpus, stored } = loadChunked(source, 1024);
    stored[0] = null;
    const damaged: number[] = [];
    corpus.onDamagedText = (id) => damaged.push(id);
    await corpus.loadAllTexts();
    expect(corpus.text(0)).toBe('');
    expect(damaged).toContain(0);
    expect(corpus.text(20)).toBe(source.text(20));
  });

  it('takes changes and saves again once every text is in memory', async () => {
    const { corpus } = loadChunked(source, 4096);
    await corpus.loadAllTexts();
    corpus.add([demo[50]!]);
    const again = serializeCorpusApart(corpus);
    expect(again.index.byteLength).toBeGreaterThan(0);
    expect(corpus.size).toBe(41);
  });

  it('refuses a table of another index', () => {
    const other = serializeCorpusApart(Corpus.fromArticles(demo.slice(40, 80)));
    const { index } = serializeCorpusApart(source);
    const { table } = splitTexts(other.texts, 1024);
    expect(() => decodeTextsTable(table, index)).toThrow(CorpusFormatError);
  });

  it('gives the engine, reading texts as it asks for them, the report it gives with every text in memory', async () => {
    const background = loadBackground();
    const lexicon = loadLexicon();
    const whole = Corpus.fromArticles(demo);
    const { corpus, reads } = loadChunked(whole, 8192);
    const options = { background, lexicon };
    let compared = 0;
    for (const page of demo.slice(0, 24)) {
      const report = await finishLoading(
        analyzeSteps(prepareArticle(page), corpus, options),
        (docs) => corpus.loadTexts(docs),
      );
      expect(report).toEqual(analyze(page, whole, options));
      if (report.related.length && report.quotes.some((q) => q.matches.length)) compared++;
    }
    expect(compared).toBeGreaterThan(10);
    // Texts were read as needed, not all at once.
    expect(reads.length).toBeGreaterThan(1);
  });
});
