/**
 * Firefox: the feed reader, loaded into the background event page on the first feed read
 * (see background/feeds/reader.ts), where it leaves itself for the background to use.
 */
import { localFeedReader } from '../background/feeds/reader-impl';
import { READER_GLOBAL } from '../background/feeds/reader';

(globalThis as unknown as Record<string, unknown>)[READER_GLOBAL] = localFeedReader;
