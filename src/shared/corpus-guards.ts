/**
 * Payload guards for the corpus messages (`CorpusMessageMap` in shared/messages.ts), kept
 * free of side effects and heavy imports so that `shared/guards.ts` can spread them into
 * `REQUEST_GUARDS`.
 */
import { isCount, isRecord, isString } from '../core/is';
import type { CorpusMessageMap, Request } from './messages';

/** One guard per corpus message type: the request payload it accepts. */
export const CORPUS_REQUEST_GUARDS: {
  [T in keyof CorpusMessageMap]: (v: unknown) => v is Request<T>;
} = {
  'bg/list-corpora': (v): v is Request<'bg/list-corpora'> => isRecord(v),
  'bg/import-pack': (v): v is Request<'bg/import-pack'> =>
    isRecord(v) &&
    isString(v.importId) &&
    isString(v.name) &&
    isString(v.text) &&
    (v.skipInvalid === undefined || typeof v.skipInvalid === 'boolean') &&
    (v.invalidUtf8Lines === undefined ||
      (Array.isArray(v.invalidUtf8Lines) && v.invalidUtf8Lines.every(isCount))),
  'bg/list-articles': (v): v is Request<'bg/list-articles'> =>
    isRecord(v) &&
    isString(v.corpusId) &&
    isCount(v.offset) &&
    isCount(v.limit) &&
    (v.filter === undefined || isString(v.filter)),
  'bg/delete-article': (v): v is Request<'bg/delete-article'> =>
    isRecord(v) && isString(v.corpusId) && isString(v.url),
  'bg/delete-corpus': (v): v is Request<'bg/delete-corpus'> => isRecord(v) && isString(v.corpusId),
  'bg/set-corpus-enabled': (v): v is Request<'bg/set-corpus-enabled'> =>
    isRecord(v) && isString(v.corpusId) && typeof v.enabled === 'boolean',
  'bg/export-corpus': (v): v is Request<'bg/export-corpus'> =>
    isRecord(v) && (v.corpusId === null || isString(v.corpusId)),
  'opt/import-progress': (v): v is Request<'opt/import-progress'> =>
    isRecord(v) &&
    isString(v.importId) &&
    (v.phase === 'reading' ||
      v.phase === 'storing' ||
      v.phase === 'indexing' ||
      v.phase === 'done') &&
    isCount(v.done) &&
    isCount(v.total),
  'opt/corpora-changed': (v): v is Request<'opt/corpora-changed'> =>
    isRecord(v) && isString(v.reason),
};
