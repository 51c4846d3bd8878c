// The content script imports Readability's class module directly, leaving out the
// package index's `isProbablyReaderable`, which it does not use (content bundle budget).
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
