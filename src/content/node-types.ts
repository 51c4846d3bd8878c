/**
 * The `nodeType` codes the content script tests, by name: the values of
 * `Node.ELEMENT_NODE` and its kin, which the minified bundle carries as bare digits.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;
export const DOCUMENT_NODE = 9;
