/**
 * `pack check` at scale: how long the streaming pack reader takes over a pack of many
 * lines (each a short article, as a feed export or a large archive holds them).
 */
import { PackReader } from '../src/core/pack';

export interface PackBenchResult {
  lines: number;
  ms: number;
  /** Lines checked per second. */
  perSecond: number;
}

/** One pack line: a short article of outlet `i % 7`. */
function line(i: number): string {
  return JSON.stringify({
    url: `https://outlet${i % 7}.example/news/${i}`,
    title: `Harbour council votes on dredging plan, session ${i}`,
    source: `Outlet ${i % 7}`,
    published: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    language: 'en',
    text: `The council voted ${i % 11} to 3 on Tuesday to dredge the northern channel before the spring season, the mayor said, after a debate that lasted into the night.`,
  });
}

/** Checks a pack of `lines` lines without keeping its articles, as `pack check` does. */
export function benchPackCheck(lines: number): PackBenchResult {
  const text: string[] = [];
  for (let i = 0; i < lines; i++) text.push(line(i));
  const reader = new PackReader({ keepArticles: false });
  const t = performance.now();
  for (let i = 0; i < lines; i++) reader.add(text[i]!, i + 1);
  const parsed = reader.finish();
  const ms = performance.now() - t;
  if (parsed.valid !== lines)
    throw new Error(`pack bench: ${parsed.valid} of ${lines} lines valid`);
  return { lines, ms, perSecond: (lines / ms) * 1000 };
}
