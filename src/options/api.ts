/**
 * What the options page asks of the background, and small formatting helpers. All corpus
 * changes go through the background (the single writer of IndexedDB and owner of the
 * live index), so matching follows every change at once.
 */
import browser, { sendToBackground } from '../shared/browser';
import { formatDate as formatLocaleDate, formatNumber, t } from '../shared/i18n';
import type { CorpusInfo } from '../shared/corpus-types';
import type { MessageType, Request, Response } from '../shared/messages';

/** Send a message to the background; resolves with its value or rejects with its error text. */
export async function ask<T extends MessageType>(
  type: T,
  payload: Request<T>,
): Promise<Response<T>> {
  const result = await sendToBackground(type, payload);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/**
 * Listen to one broadcast type from the background. Returns a function that stops
 * listening. The listener never answers, so it never competes with the background.
 */
export function onBroadcast<
  T extends 'opt/import-progress' | 'opt/corpora-changed' | 'opt/feeds-changed',
>(type: T, cb: (payload: Request<T>) => void): () => void {
  const listener = (message: unknown): undefined => {
    if (
      typeof message === 'object' &&
      message !== null &&
      (message as { type?: unknown }).type === type
    ) {
      cb((message as { payload: Request<T> }).payload);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Offer `text` as a file download named `filename`. */
export function download(filename: string, text: string, type = 'application/x-ndjson'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "1.2 MB", "830 KB", "512 byte" in the interface's locale (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return t('opt_size_unknown');
  const unit = (value: number, name: 'byte' | 'kilobyte' | 'megabyte') =>
    formatNumber(value, {
      style: 'unit',
      unit: name,
      unitDisplay: name === 'byte' ? 'long' : 'short',
      maximumFractionDigits: value < 10 && name !== 'byte' ? 1 : 0,
    });
  if (bytes < 1024) return unit(bytes, 'byte');
  const kb = bytes / 1024;
  if (kb < 1024) return unit(kb, 'kilobyte');
  return unit(kb / 1024, 'megabyte');
}

/** An ISO date as a short calendar date in the interface's locale ("11 Mar 2026"). */
export function formatDate(iso: string | null): string {
  return formatLocaleDate(iso, t('opt_no_date'));
}

/**
 * A corpus's name as the reader sees it: the two corpora the extension makes itself (the
 * demo corpus and reading history) in the interface's language, the others as named.
 */
export function corpusName(corpus: Pick<CorpusInfo, 'kind' | 'name'>): string {
  if (corpus.kind === 'bundled') return t('corpus_name_demo');
  if (corpus.kind === 'history') return t('corpus_kind_history');
  return corpus.name;
}
