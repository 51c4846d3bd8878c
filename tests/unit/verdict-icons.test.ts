/**
 * The verdict marks are defined once (src/shared/verdict-icons.ts): the popup, the page's
 * badges, the toolbar and the command line all take them from there.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TERM_ICON, VERDICT_ICONS } from '../../src/shared/verdict-icons';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the verdict marks', () => {
  it('are one distinct mark per verdict', () => {
    const marks = Object.values(VERDICT_ICONS);
    expect(new Set([...marks, TERM_ICON]).size).toBe(marks.length + 1);
  });

  it('are written as string literals nowhere but in their table', () => {
    const literal = /['"`](✓|⊂|≈|⚠)/;
    const found: string[] = [];
    for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]) {
      if (file.endsWith(join('shared', 'verdict-icons.ts'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (literal.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line)) {
            found.push(`${relative(ROOT, file)}:${i + 1}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
