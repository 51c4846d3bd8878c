/**
 * Payload guards for the corpus messages (`CorpusMessageMap` in shared/messages.ts), kept
 * free of side effects and heavy imports so that `shared/guards.ts` can spread them into
 * `REQUEST_GUARDS` without pulling the store into other bundles.
 */
import type { CorpusMessageMap, Request } from '../shared/messages';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Most lines in one `bg/import-lines` batch (the options page sends a mebibyte at a time). */
export const MAX_LINES_PER_BATCH = 1_000_000;

/** One guard per corpus message type: the request payload it accepts. */
export const CORPUS_REQUEST_GUARDS: {
  [T in keyof CorpusMessageMap]: (v: unknown) => v is Request<T>;
} = {
  'bg/list-corpora': (v): v is Request<'bg/list-corpora'> => isObj(v),
  'bg/import-pack': (v): v is Request<'bg/import-pack'> =>
    isObj(v) &&
    isStr(v.importId) &&
    isStr(v.name) &&
    isStr(v.text) &&
    (v.skipInvalid === undefined || typeof v.skipInvalid === 'boolean') &&
    (v.invalidUtf8Lines === undefined ||
      (Array.isArray(v.invalidUtf8Lines) && v.invalidUtf8Lines.every(isCount))),
  'bg/import-lines': (v): v is Request<'bg/import-lines'> =>
    isObj(v) &&
    isStr(v.importId) &&
    isStr(v.name) &&
    isCount(v.firstLine) &&
    v.firstLine >= 1 &&
    Array.isArray(v.lines) &&
    v.lines.length <= MAX_LINES_PER_BATCH &&
    v.lines.every(isStr) &&
    isCount(v.bytesRead) &&
    isCount(v.bytesTotal) &&
    typeof v.last === 'boolean' &&
    (v.skipInvalid === undefined || typeof v.skipInvalid === 'boolean') &&
    (v.invalidUtf8Lines === undefined ||
      (Array.isArray(v.invalidUtf8Lines) && v.invalidUtf8Lines.every(isCount))),
  'bg/list-articles': (v): v is Request<'bg/list-articles'> =>
    isObj(v) &&
    isStr(v.corpusId) &&
    isCount(v.offset) &&
    isCount(v.limit) &&
    (v.filter === undefined || isStr(v.filter)),
  'bg/delete-article': (v): v is Request<'bg/delete-article'> =>
    isObj(v) && isStr(v.corpusId) && isStr(v.url),
  'bg/delete-corpus': (v): v is Request<'bg/delete-corpus'> => isObj(v) && isStr(v.corpusId),
  'bg/set-corpus-enabled': (v): v is Request<'bg/set-corpus-enabled'> =>
    isObj(v) && isStr(v.corpusId) && typeof v.enabled === 'boolean',
  'bg/export-corpus': (v): v is Request<'bg/export-corpus'> =>
    isObj(v) && (v.corpusId === null || isStr(v.corpusId)),
  'opt/import-progress': (v): v is Request<'opt/import-progress'> =>
    isObj(v) &&
    isStr(v.importId) &&
    (v.phase === 'reading' ||
      v.phase === 'storing' ||
      v.phase === 'indexing' ||
      v.phase === 'done') &&
    isCount(v.done) &&
    isCount(v.total),
  'opt/corpora-changed': (v): v is Request<'opt/corpora-changed'> => isObj(v) && isStr(v.reason),
};
