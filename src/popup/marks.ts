/**
 * The User Timing mark the popup sets at the first frame that shows a finished report:
 * what a reader sees, as the browser's performance tools and `npm run bench:browser` read it.
 */
export const FIRST_VERDICTS_MARK = 'second-source:first-verdicts';

/** Set when the popup sends its request for the tab's analysis. */
export const ASKED_MARK = 'second-source:asked';

/** Set when the answer to that request arrives. */
export const ANSWERED_MARK = 'second-source:answered';
