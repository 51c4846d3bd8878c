/**
 * Constants replaced at build time by esbuild's `define` (scripts/build.ts). Branches on
 * them are removed from bundles where they are false.
 */
/** True in development and test builds: extra checks and console output. */
declare const __DEV__: boolean;
/** The browser a bundle is built for. */
declare const __BROWSER__: 'chrome' | 'firefox';
/** True only in test builds (dist/test/): enables the `test/…` messages and the test bridge. */
declare const __TEST__: boolean;
