/**
 * Payload guards for the corpus messages (`CorpusMessageMap` in shared/messages.ts), kept
 * free of side effects and heavy imports so that `shared/guards.ts` can spread them into
 * `REQUEST_GUARDS`.
 */
// Guards of single values, then the combinators that build payload guards from them.
import { isBoolean, isCount, isEmptyPayload, isString, type Guard } from '../core/is';
import { arrayOf, oneOf, optional, orNull, shape } from '../core/is';
import type { CorpusMessageMap, Request } from './messages';

/** Most lines in one `bg/import-lines` batch (the options page sends a mebibyte at a time). */
export const MAX_LINES_PER_BATCH = 1_000_000;

/**
 * One guard per corpus message type: the request payload it accepts. Built in a call
 * marked pure, so that bundles which never read it (the content script) leave it out.
 */
export const CORPUS_REQUEST_GUARDS: {
  [T in keyof CorpusMessageMap]: Guard<Request<T>>;
} = /* @__PURE__ */ (() => ({
  'bg/list-corpora': isEmptyPayload,
  'bg/import-pack': shape({
    importId: isString,
    name: isString,
    text: isString,
    skipInvalid: optional(isBoolean),
    invalidUtf8Lines: optional(arrayOf(isCount)),
  }),
  'bg/import-lines': shape({
    importId: isString,
    name: isString,
    firstLine: (v): v is number => isCount(v) && v >= 1,
    lines: (v): v is string[] =>
      Array.isArray(v) && v.length <= MAX_LINES_PER_BATCH && v.every(isString),
    bytesRead: isCount,
    bytesTotal: isCount,
    last: isBoolean,
    skipInvalid: optional(isBoolean),
    invalidUtf8Lines: optional(arrayOf(isCount)),
  }),
  'bg/list-articles': shape({
    corpusId: isString,
    offset: isCount,
    limit: isCount,
    filter: optional(isString),
  }),
  'bg/delete-article': shape({ corpusId: isString, url: isString }),
  'bg/delete-corpus': shape({ corpusId: isString }),
  'bg/set-corpus-enabled': shape({ corpusId: isString, enabled: isBoolean }),
  'bg/export-corpus': shape({ corpusId: orNull(isString) }),
  'opt/import-progress': shape({
    importId: isString,
    phase: oneOf('reading', 'storing', 'indexing', 'done'),
    done: isCount,
    total: isCount,
  }),
  'opt/corpora-changed': shape({ reason: isString }),
}))();
