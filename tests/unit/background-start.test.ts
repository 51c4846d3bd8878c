/**
 * The background worker's modules do nothing when imported: only its entry (index.ts)
 * registers listeners and wires the store, once each, synchronously at start.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Every use of the browser API is recorded by its path ("runtime.onInstalled.addListener").
const calls: string[] = [];
vi.mock('../../src/shared/browser', () => {
  const api = (path: string): object =>
    new Proxy(function () {}, {
      get: (_target, key) =>
        key === 'then' ? undefined : api(path ? `${path}.${String(key)}` : String(key)),
      apply: () => {
        calls.push(path);
        return api(`${path}()`);
      },
    });
  return { default: api('') };
});

const BACKGROUND = join(__dirname, '../../src/background');
const modules = readdirSync(BACKGROUND, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
  .map((e) => relative(BACKGROUND, join(e.parentPath, e.name)))
  .filter((file) => file !== 'index.ts')
  .sort();

describe('background modules', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('include the store, the corpus handlers and the feeds', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'corpus.ts',
        'corpus-handlers.ts',
        'store-live.ts',
        'feeds/refresh.ts',
      ]),
    );
  });

  it('touch no browser API when imported', async () => {
    for (const file of modules) await import(join(BACKGROUND, file));
    expect(calls).toEqual([]);
  });

  it('are started by the entry alone: one listener of each kind', async () => {
    vi.stubGlobal('__TEST__', false);
    await import(join(BACKGROUND, 'index.ts'));
    const installed = calls.filter((c) => c === 'runtime.onInstalled.addListener');
    expect(installed).toHaveLength(1);
    expect(calls.filter((c) => c === 'runtime.onMessage.addListener')).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
