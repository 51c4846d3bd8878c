#!/usr/bin/env node
// The command line. It runs from a bundle of its TypeScript sources that esbuild writes
// to node_modules/.cache/second-source-cli/ on the first run and again whenever one of the
// files it was built from changed (see cli-bundle.js), so no build step is needed after
// `npm install` and a run compiles no TypeScript: the start costs about a quarter of the
// CPU time that compiling through tsx does. When the bundle cannot be built (esbuild
// missing, a cache that cannot be written), it runs the sources through tsx.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from './cli-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function loadMain() {
  const entry = await bundledEntry({
    root,
    entry: join(root, 'src/cli/main.ts'),
    cache: join(root, 'node_modules/.cache/second-source-cli'),
  });
  if (entry) return (await import(pathToFileURL(entry).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/cli/main.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
