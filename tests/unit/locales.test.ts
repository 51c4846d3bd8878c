/**
 * The interface's catalogues (_locales/<lang>/messages.json): every language has every
 * message, in the plural forms its rules use, with the same placeholders; the code asks
 * only for messages that exist, always by a literal key, and every message is used.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOCALES_DIR,
  localeNames,
  readCatalog,
  type Catalog,
  type CatalogEntry,
} from '../fixtures/i18n';

const ROOT = join(LOCALES_DIR, '..');
const LANGUAGES = ['de', 'en', 'es', 'fr', 'ru'];
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** The functions that read the catalogue; their first argument is a key. */
const KEY_CALL = /\b(t|tn|tParts)\(\s*/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

interface KeyUse {
  fn: string;
  key: string | null;
  where: string;
}

/** Every call of t/tn/tParts in `src`, with its key (null when not a literal). */
function keyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  // i18n.ts defines the functions (and its comments show them with placeholders).
  const files = sourceFiles(join(ROOT, 'src')).filter((f) => !f.endsWith('shared/i18n.ts'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(KEY_CALL)) {
      const after = text.slice(m.index + m[0].length);
      const literal = /^'([A-Za-z0-9_@]+)'/.exec(after);
      const line = text.slice(0, m.index).split('\n').length;
      uses.push({
        fn: m[1]!,
        key: literal ? literal[1]! : null,
        where: `${relative(ROOT, file)}:${line}`,
      });
    }
  }
  return uses;
}

/** Keys the manifest names as __MSG_key__. */
function manifestKeys(): string[] {
  const text = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
  return [...text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
}

/** Messages by plural stem (a plain message is its own stem, with no forms). */
function stems(catalog: Catalog): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of catalog.keys()) {
    const m = PLURAL.exec(key);
    const stem = m ? `${m[1]}#plural` : key;
    const forms = out.get(stem) ?? [];
    if (m) forms.push(m[2]!);
    out.set(stem, forms);
  }
  return out;
}

/**
 * What a message puts in: the values each placeholder stands for ($1, $2…), read from
 * the message through its named placeholders. Named ones missing from `placeholders`
 * are reported as "undefined:<name>".
 */
function slots(entry: CatalogEntry): string[] {
  const named = new Map(
    Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
  );
  const out = new Set<string>();
  const message = entry.message.replace(/\$\$/g, '');
  for (const m of message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
    out.add(named.get(m[1]!.toLowerCase()) ?? `undefined:${m[1]}`);
  }
  for (const m of message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$([1-9])/g)) {
    out.add(`$${m[1]}`);
  }
  return [...out].sort();
}

/** The placeholders of a stem: the union over its plural forms. */
function stemSlots(catalog: Catalog, stem: string, forms: string[]): string[] {
  const base = stem.replace(/#plural$/, '');
  const keys = forms.length ? forms.map((f) => `${base}_${f}`) : [stem];
  const all = new Set<string>();
  for (const key of keys) for (const s of slots(catalog.get(key)!)) all.add(s);
  return [...all].sort();
}

const catalogs = new Map(LANGUAGES.map((lang) => [lang, readCatalog(lang)]));
const english = catalogs.get('en')!;

describe('the locale catalogues', () => {
  it('exist for English, German, French, Spanish and Russian, English being the default', () => {
    expect(localeNames()).toEqual(LANGUAGES);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      default_locale?: string;
    };
    expect(manifest.default_locale).toBe('en');
    for (const [lang, catalog] of catalogs) expect(catalog.get('locale')?.message).toBe(lang);
  });

  it('have every message in every language, in the plural forms of its rules', () => {
    const problems: string[] = [];
    const englishStems = stems(english);
    for (const [lang, catalog] of catalogs) {
      const own = stems(catalog);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const stem of englishStems.keys()) {
        if (!own.has(stem)) problems.push(`${lang}: ${stem.replace('#plural', '_*')} is missing`);
      }
      for (const [stem, forms] of own) {
        if (!englishStems.has(stem)) problems.push(`${lang}: ${stem} is not in English`);
        if (!stem.endsWith('#plural')) continue;
        const want = [...categories].sort();
        if (forms.slice().sort().join() !== want.join()) {
          problems.push(`${lang}: ${stem} has forms ${forms.sort()} but ${lang} uses ${want}`);
        }
      }
      for (const [key, entry] of catalog) {
        if (typeof entry.message !== 'string' || entry.message.trim() === '') {
          problems.push(`${lang}: ${key} is empty`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('give each message the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const [stem, forms] of stems(english)) {
      const want = stemSlots(english, stem, forms);
      for (const [lang, catalog] of catalogs) {
        const own = stems(catalog).get(stem);
        if (!own) continue; // reported by the coverage test
        const got = stemSlots(catalog, stem, own);
        if (got.join() !== want.join()) problems.push(`${lang}: ${stem} has ${got}, en ${want}`);
        if (got.some((s) => s.startsWith('undefined:'))) problems.push(`${lang}: ${stem} ${got}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('hold every key the code and the manifest use, and no other', () => {
    const uses = keyUses();
    expect(uses.length).toBeGreaterThan(10);
    const notLiteral = uses.filter((u) => u.key === null).map((u) => `${u.where} ${u.fn}(…)`);
    expect(notLiteral, 'keys must be literals, so this test can see them').toEqual([]);
    const missing: string[] = [];
    const used = new Set<string>(['locale', ...manifestKeys()]);
    for (const key of manifestKeys()) if (!english.has(key)) missing.push(`manifest: ${key}`);
    for (const { fn, key, where } of uses) {
      if (key === null) continue;
      if (fn === 'tn') {
        if (!english.has(`${key}_other`)) missing.push(`${where}: ${key}_other`);
        for (const k of english.keys()) if (PLURAL.exec(k)?.[1] === key) used.add(k);
      } else {
        if (!english.has(key) || PLURAL.test(key)) missing.push(`${where}: ${key}`);
        used.add(key);
      }
    }
    expect(missing).toEqual([]);
    const unused = [...english.keys()].filter((k) => !used.has(k));
    expect(unused, 'messages no code uses').toEqual([]);
  });
});
