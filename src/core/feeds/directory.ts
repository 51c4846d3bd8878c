/**
 * A starter directory of public news feeds in the five languages the engine reads, so a
 * reader can follow a few outlets without hunting for feed addresses. The list is data
 * (directory.json); this module only types it.
 */
import entries from './directory.json';

export interface DirectoryEntry {
  /** The outlet's name as it presents itself; becomes the articles' `source`. */
  outlet: string;
  language: 'en' | 'de' | 'fr' | 'es' | 'ru';
  /** The feed's address. */
  url: string;
  /** The outlet's home page. */
  site: string;
}

export const FEED_DIRECTORY: readonly DirectoryEntry[] = entries as DirectoryEntry[];
