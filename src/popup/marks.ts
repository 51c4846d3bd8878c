/**
 * The User Timing mark the popup sets at the first frame that shows a finished report:
 * what a reader sees, as the browser's performance tools and `npm run bench:browser` read it.
 */
export const FIRST_VERDICTS_MARK = 'second-source:first-verdicts';
