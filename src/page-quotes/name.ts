/** Where the page's quotation finder leaves itself in the isolated world (index.ts). */
export const PAGE_QUOTES_GLOBAL = 'secondSourceFindQuotes';

/** The file of the page's quotation finder in the extension package. */
export const PAGE_QUOTES_FILE = 'page-quotes.js';
