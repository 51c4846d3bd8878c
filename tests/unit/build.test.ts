import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patchManifest, readZip, writeZip, zipDir } from '../../scripts/build';

const base = JSON.parse(await readFile(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifest per browser', () => {
  it('gives Chrome a module service worker and no gecko settings', () => {
    const m = patchManifest(base, 'chrome', false);
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
  });

  it('gives Firefox background scripts and keeps its add-on id and data-collection statement', () => {
    const m = patchManifest(base, 'firefox', false) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toBe('second-source@secondsource.example');
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });

  it('asks only for the permissions the extension uses; host access stays optional', () => {
    expect(base.permissions).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      'alarms',
      'offscreen',
      'webRequest',
    ]);
    expect(base.optional_host_permissions).toEqual(['<all_urls>']);
    expect(base.host_permissions).toBeUndefined();
  });

  it('keeps the offscreen document (a DOM for feed pages) to Chrome', () => {
    expect(patchManifest(base, 'chrome', false).permissions).toContain('offscreen');
    const firefox = patchManifest(base, 'firefox', false).permissions ?? [];
    expect(firefox).not.toContain('offscreen');
    expect(firefox).toContain('alarms');
  });

  it('adds the 127.0.0.1 access and the test bridge to test builds only', () => {
    const m = patchManifest(base, 'firefox', true);
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://*.test/*']);
    expect(JSON.stringify(m.content_scripts)).toContain('test-bridge.js');
    expect(String(m.name)).toContain('test build');
  });

  it('has a privacy policy in plain ASCII that explains every permission it asks for', async () => {
    const policy = await readFile(new URL('../../docs/PRIVACY.md', import.meta.url), 'utf8');
    // Shipped as privacy.txt: text without a declared charset must read the same everywhere.
    expect([...policy].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
    for (const permission of base.permissions as string[]) {
      expect(policy, permission).toContain(`**${permission}**`);
    }
    expect(policy).toContain('Optional host permissions');
    expect(policy).toContain('storage.sync');
    expect(policy).toContain('storage.session');
    expect(policy).toContain('IndexedDB');
  });
});

describe('zip writer', () => {
  it('writes every file, in folders too, and they inflate back to the same bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-zip-'));
    try {
      await mkdir(join(dir, 'src', 'icons'), { recursive: true });
      const files: Record<string, Buffer> = {
        'src/manifest.json': Buffer.from('{"name":"x"}'.repeat(50)),
        'src/icons/a.png': Buffer.from([0, 1, 2, 3, 4, 5]),
        'src/é.txt': Buffer.from('accented name'),
      };
      for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
      const zip = join(dir, 'out.zip');
      await zipDir(join(dir, 'src'), zip);
      const buf = await readFile(zip);
      const seen = Object.fromEntries(readZip(buf).map((e) => [e.name, e.data]));
      expect(Object.keys(seen).sort()).toEqual(['icons/a.png', 'manifest.json', 'é.txt']);
      for (const [name, data] of Object.entries(files)) {
        expect(seen[name.replace('src/', '')]?.equals(data), name).toBe(true);
      }
      // The end record counts the same entries.
      expect(buf.readUInt16LE(buf.length - 22 + 10)).toBe(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes for the same entries and refuses a damaged archive', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ss-zip-'));
    try {
      const entries = [
        { name: 'a.txt', data: Buffer.from('the same words again '.repeat(40)) },
        { name: 'b/c.bin', data: Buffer.from([9, 8, 7]) },
      ];
      await writeZip(entries, join(dir, 'one.zip'));
      await writeZip(entries, join(dir, 'two.zip'));
      const one = await readFile(join(dir, 'one.zip'));
      expect(one.equals(await readFile(join(dir, 'two.zip')))).toBe(true);
      expect(readZip(one).map((e) => e.name)).toEqual(['a.txt', 'b/c.bin']);
      // Flip a byte of the stored three-byte entry: its CRC no longer matches.
      const bad = Buffer.from(one);
      const at = bad.indexOf(Buffer.from([9, 8, 7]));
      bad[at] = 0;
      expect(() => readZip(bad)).toThrow(/CRC/);
      expect(() => readZip(Buffer.from('not a zip at all, just some text'))).toThrow(/zip/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the content script bundle', () => {
  it('shortens only library names: none of our sources in it names a property with a leading underscore', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: ['src/content/index.ts'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      alias: { 'webextension-polyfill': './src/shared/native-browser.ts' },
      logLevel: 'silent',
    });
    const ours = Object.keys(result.metafile.inputs).filter((f) => f.startsWith('src/'));
    expect(ours).toContain('src/content/extract.ts');
    const underscored = /(?:\?\.|\.)_[a-z]\w*|\b_[a-z]\w*\??\s*:/;
    const found: string[] = [];
    for (const file of ours) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        if (!/^\s*\*/.test(code) && underscored.test(code)) found.push(`${file}:${i + 1}`);
      });
    }
    expect(found).toEqual([]);
  });
});
