/**
 * Import a JSONL pack: a file picker and a drop zone, a progress bar while the
 * background reads, stores and indexes it, and the pack's errors (with line numbers)
 * when it is rejected. A rejected pack changes nothing that is stored. The file is
 * streamed to the background a mebibyte of lines at a time (`pack-stream.ts`), never
 * read whole into memory.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackError, PackProblem } from '../../core/pack';
import type { ImportProgress, ImportResult } from '../../shared/corpus-types';
import { formatNumber, t, tn } from '../../shared/i18n';
import { ask, onBroadcast } from '../api';
import { readPackLines } from '../pack-stream';
import { FileButton } from './fields';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string; progress: ImportProgress | null }
  | { kind: 'done'; name: string; result: Extract<ImportResult, { ok: true }> }
  | {
      kind: 'rejected';
      name: string;
      message: string;
      errors: PackError[];
      /** When some lines are valid: what importing them without the others would do. */
      skippable?: { valid: number; invalidLines: number; retry: () => void };
    };

/**
 * One bar over the three phases, weighted by their measured share of the time (3,000
 * articles: checking about a quarter, storing a third, indexing the rest).
 */
function overall(p: ImportProgress | null): number {
  if (!p) return 0;
  const f = p.total > 0 ? p.done / p.total : 1;
  switch (p.phase) {
    case 'reading':
      return 25 * f;
    case 'storing':
      return 25 + 30 * f;
    case 'indexing':
      return 55 + 45 * f;
    default:
      return 100;
  }
}

const PHASE_TEXT: Record<ImportProgress['phase'], () => string> = {
  reading: () => t('import_phase_reading'),
  storing: () => t('import_phase_storing'),
  indexing: () => t('import_phase_indexing'),
  done: () => t('import_phase_done'),
};

/**
 * Each problem of a pack in the interface's language, given the pack's value at fault (or
 * the count of further errors).
 */
const PACK_PROBLEM_TEXT: Record<PackProblem, (value: string) => string> = {
  'not-object': () => t('pack_problem_not_object'),
  missing: () => t('pack_problem_missing'),
  'not-string': () => t('pack_problem_not_string'),
  empty: () => t('pack_problem_empty'),
  'not-url': (value) => t('pack_problem_not_url', value),
  'not-date': (value) => t('pack_problem_not_date', value),
  'not-language': (value) => t('pack_problem_not_language', value),
  'not-boolean': () => t('pack_problem_not_boolean'),
  'no-words': () => t('pack_problem_no_words'),
  'not-utf8': () => t('pack_problem_not_utf8'),
  'not-json': () => t('pack_problem_not_json'),
  'more-errors': (count) => tn('pack_problem_more_errors', Number(count)),
  'no-articles': () => t('pack_problem_no_articles'),
};

/**
 * The problem of a pack error in the interface's language; the engine's English words
 * for a problem without a known code.
 */
function packProblemText(e: PackError): string {
  // A code this page does not know (from a newer engine) keeps the engine's words too.
  const text = e.problem && Object.hasOwn(PACK_PROBLEM_TEXT, e.problem) ? e.problem : null;
  return text ? PACK_PROBLEM_TEXT[text](e.value ?? '') : e.message;
}

/** Where a pack went wrong, in the interface's language ("Zeile 4, Feld „published“: …"). */
export function packErrorText(e: PackError): string {
  const problem = packProblemText(e);
  if (e.line <= 0) return t('pack_error_pack', problem);
  const line = String(e.line);
  return e.field
    ? t('pack_error_field', line, e.field, problem)
    : t('pack_error_line', line, problem);
}

export function ImportBox({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const importId = useRef('');

  useEffect(
    () =>
      onBroadcast('opt/import-progress', (p) => {
        if (p.importId !== importId.current) return;
        setState((s) => (s.kind === 'busy' ? { ...s, progress: p } : s));
      }),
    [],
  );

  const importFile = async (file: File) => {
    if (state.kind === 'busy') return;
    await send(file, false);
  };

  /**
   * Stream `file` to the background; with `skipInvalid` only after the user chose it.
   * The answer to the last batch (or an earlier refusal) is the import's result.
   */
  const streamFile = async (file: File, skipInvalid: boolean): Promise<ImportResult | null> => {
    for await (const batch of readPackLines(file)) {
      const result = await ask('bg/import-lines', {
        importId: importId.current,
        name: file.name,
        firstLine: batch.firstLine,
        lines: batch.lines,
        ...(batch.invalidUtf8Lines.length ? { invalidUtf8Lines: batch.invalidUtf8Lines } : {}),
        bytesRead: batch.bytesRead,
        bytesTotal: batch.bytesTotal,
        last: batch.last,
        ...(skipInvalid ? { skipInvalid } : {}),
      });
      if (result) return result;
    }
    return null;
  };

  const send = async (file: File, skipInvalid: boolean) => {
    const name = file.name;
    importId.current = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    setState({ kind: 'busy', name, progress: null });
    try {
      const result = await streamFile(file, skipInvalid);
      if (!result) throw new Error('the file ended before its last line');
      if (result.ok) {
        setState({ kind: 'done', name, result });
        onImported();
      } else {
        const skippable = result.skippable;
        setState({
          kind: 'rejected',
          name,
          message: result.message,
          errors: result.errors,
          ...(skippable ? { skippable: { ...skippable, retry: () => void send(file, true) } } : {}),
        });
      }
    } catch (e) {
      setState({
        kind: 'rejected',
        name,
        message: t('import_failed', name, (e as Error).message),
        errors: [],
      });
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const busy = state.kind === 'busy';
  const percent = busy ? Math.round(overall(state.progress)) : 0;

  return (
    <div class="import">
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer?.files[0];
          if (file) void importFile(file);
        }}
      >
        <p>
          <FileButton
            id="import-file"
            label={t('import_choose')}
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/json,text/plain"
            disabled={busy}
            inputRef={fileInput}
            onChoose={(input) => {
              const file = input.files?.[0];
              if (file) void importFile(file);
            }}
          />{' '}
          {t('import_or_drop')}
        </p>
      </div>

      <div aria-live="polite" class="import-status">
        {busy && (
          <div class="progress" data-testid="import-progress">
            <label for="import-progress-bar">
              {t(
                'import_progress',
                state.name,
                state.progress ? PHASE_TEXT[state.progress.phase]() : t('import_phase_file'),
              )}
            </label>
            <progress id="import-progress-bar" max={100} value={percent}>
              {formatNumber(percent / 100, { style: 'percent' })}
            </progress>
          </div>
        )}
        {state.kind === 'done' && (
          <p class="success" data-testid="import-done">
            {t(
              'import_done',
              state.name,
              tn('count_articles', state.result.added),
              tn('count_outlets', state.result.corpus.outlets.length),
            )}
            {state.result.duplicates > 0 && ` ${tn('import_duplicates', state.result.duplicates)}`}
            {state.result.skipped > 0 && ` ${tn('import_invalid_skipped', state.result.skipped)}`}
            {state.result.replaced && ` ${t('import_replaced')}`}
          </p>
        )}
      </div>
      {state.kind === 'rejected' && (
        <div class="import-errors" role="alert" data-testid="import-errors">
          <p class="error">{state.message}</p>
          {state.skippable && (
            <p>
              <button
                type="button"
                data-testid="import-skip-invalid"
                onClick={state.skippable.retry}
              >
                {t(
                  'import_skip_invalid',
                  tn('import_valid_articles', state.skippable.valid),
                  tn('import_invalid_lines', state.skippable.invalidLines),
                )}
              </button>
            </p>
          )}
          {state.errors.length > 0 && (
            <ul>
              {state.errors.map((e, i) => (
                <li key={i} data-line={e.line}>
                  {packErrorText(e)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
