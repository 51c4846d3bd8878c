import type { HighlightEnv } from '../../src/content/highlight';

/**
 * A minimal in-memory stand-in for `CSS.highlights` and adopted stylesheets: the
 * registered highlights, the sheets adopted and the tree (document or shadow root) each
 * was adopted by, in the same order.
 */
export function fakeEnv(): HighlightEnv & {
  highlights: Map<string, { ranges: Range[] }>;
  sheets: string[];
  scopes: DocumentOrShadowRoot[];
} {
  const highlights = new Map<string, { ranges: Range[] }>();
  const sheets: string[] = [];
  const scopes: DocumentOrShadowRoot[] = [];
  return {
    highlights,
    sheets,
    scopes,
    registry: highlights as unknown as HighlightEnv['registry'],
    createHighlight: () => {
      const ranges: Range[] = [];
      return { ranges, add: (r: Range) => ranges.push(r) };
    },
    adoptSheet: (css, scope) => {
      sheets.push(css);
      scopes.push(scope ?? document);
      return () => {
        const at = sheets.indexOf(css);
        sheets.splice(at, 1);
        scopes.splice(at, 1);
      };
    },
  };
}
