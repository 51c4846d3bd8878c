/**
 * Compiles a corpus pack into the binary index the extension ships.
 *
 *   npx tsx scripts/build-corpus.ts [PACK.jsonl] [OUT.ssidx]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Corpus, serializeCorpus } from '../src/core/corpus';
import { formatPackError, parsePack } from '../src/core/pack';

export const BUNDLED_PACK_PATH = fileURLToPath(
  new URL('../src/corpus/demo.jsonl', import.meta.url),
);

/** Compile `pack` (default: the bundled demo pack) to `outFile`. Throws on a malformed pack. */
export async function buildBundledCorpus(
  outFile: string,
  pack = BUNDLED_PACK_PATH,
): Promise<{ articles: number; bytes: number }> {
  const parsed = parsePack(await readFile(pack, 'utf8'));
  if (parsed.errors.length)
    throw new Error(`${pack}: ${parsed.errors.map(formatPackError).join('; ')}`);
  const buf = serializeCorpus(Corpus.fromArticles(parsed.articles));
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, new Uint8Array(buf));
  return { articles: parsed.articles.length, bytes: buf.byteLength };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [pack, out] = process.argv.slice(2);
  const result = await buildBundledCorpus(
    out ?? 'dist/corpus/demo.ssidx',
    pack ?? BUNDLED_PACK_PATH,
  );
  console.log(`${result.articles} articles, ${result.bytes} bytes`);
}
