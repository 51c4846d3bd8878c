/**
 * Plain data describing the user's corpora, shared by the background store, its message
 * handlers and the options page. Everything here survives structured cloning.
 */
import type { PackError } from '../core/pack';

/** Where a corpus comes from: shipped with the extension, imported by the user, or read by them. */
export type CorpusKind = 'bundled' | 'pack' | 'history' | 'feed';

/** The id of the bundled demo corpus (listed, never stored in IndexedDB). */
export const BUNDLED_CORPUS_ID = 'bundled';
/** The id of the reading-history corpus (created on the first remembered article). */
export const HISTORY_CORPUS_ID = 'history';

/** One corpus as the options page lists it. */
export interface CorpusInfo {
  id: string;
  kind: CorpusKind;
  /** What the user sees: the pack's file name, "Reading history", "Demo corpus". */
  name: string;
  enabled: boolean;
  /** Number of articles. */
  articles: number;
  /** Size in bytes of the corpus as a JSONL pack (UTF-8), or null when not known. */
  bytes: number | null;
  /** Outlets with their article counts, most articles first. */
  outlets: { source: string; articles: number }[];
  /** Earliest and latest publication dates (ISO 8601) among the articles, or null. */
  earliest: string | null;
  latest: string | null;
  /** When the corpus was created and last changed (ms since the epoch), or null for the bundled one. */
  created: number | null;
  updated: number | null;
  /** Whether the user may delete it and its articles (not the bundled one). */
  editable: boolean;
}

/** One article in a corpus listing (without its text). */
export interface ArticleListItem {
  url: string;
  title: string;
  source: string;
  published: string | null;
  language: string;
  /** Size in bytes of its pack line (UTF-8). */
  bytes: number;
}

/** One page of a corpus's articles, newest first. */
export interface ArticlePage {
  corpusId: string;
  /** Articles in the corpus (matching the filter, when one is given). */
  total: number;
  offset: number;
  items: ArticleListItem[];
  /** Stored records that could not be read and were skipped. */
  corrupt: number;
}

/** Progress of an import, sent to the options page while it runs. */
export interface ImportProgress {
  importId: string;
  phase: 'reading' | 'storing' | 'indexing' | 'done';
  /** Units done and total in this phase: lines while reading, articles while storing. */
  done: number;
  total: number;
}

/** The outcome of importing a pack. */
export type ImportResult =
  | {
      ok: true;
      corpus: CorpusInfo;
      /** Articles stored. */
      added: number;
      /** Lines dropped because another line had the same canonical URL. */
      duplicates: number;
      /** True when an earlier import of the same name was replaced by this one. */
      replaced: boolean;
      /** Lines left out because they were wrong (the user chose to skip them). */
      skipped: number;
    }
  | {
      ok: false;
      /** Validation errors with 1-based line numbers; nothing was stored. */
      errors: PackError[];
      /** A storage failure (quota, …) in words a user understands; nothing was kept. */
      message: string;
      /**
       * When lines were wrong: the articles the valid lines give and the number of lines
       * at fault, so the page can offer to import the former and skip the latter.
       */
      skippable?: { valid: number; invalidLines: number };
    };
