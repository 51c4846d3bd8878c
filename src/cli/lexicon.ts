/**
 * The concept lexicon for the command line and the scripts, compiled from the word lists
 * in `src/corpus/lexicon.txt` (the extension ships the compiled index instead). The engine
 * takes it as a parameter; it never reads files itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLexicon, type Lexicon } from '../core/lexicon';
import { compileLexicon } from '../core/lexicon-compile';

/** Path of the word lists. */
export const LEXICON_FILE = fileURLToPath(new URL('../corpus/lexicon.txt', import.meta.url));

let cached: Lexicon | null = null;

/** The parsed lexicon, compiled once per process. */
export function loadLexicon(): Lexicon {
  cached ??= parseLexicon(compileLexicon(readFileSync(LEXICON_FILE, 'utf8')));
  return cached;
}
