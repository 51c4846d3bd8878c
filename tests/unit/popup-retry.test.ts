import { describe, expect, it, vi } from 'vitest';
import { isWorkerStopped, withOneRetry, workerStoppedText } from '../../src/popup/retry';

// The interface's words: English, as the browser gives them.
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

const CHROME =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('the popup when the background stops mid-analysis', () => {
  it('retries once by itself and shows the second answer', async () => {
    const answers = [
      { ok: false as const, error: CHROME },
      { ok: true as const, value: 'report' },
    ];
    let calls = 0;
    const result = await withOneRetry(async () => answers[calls++]!);
    expect(calls).toBe(2);
    expect(result).toEqual({ ok: true, value: 'report' });
  });

  it('says in plain words what happened when it stops again', async () => {
    let calls = 0;
    const result = await withOneRetry(async () => {
      calls++;
      return { ok: false as const, error: CHROME };
    });
    expect(calls).toBe(2);
    expect(result).toEqual({ ok: false, error: workerStoppedText() });
    expect(workerStoppedText()).not.toMatch(/listener|channel/);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const result = await withOneRetry(async () => {
      calls++;
      return { ok: false as const, error: 'The page has no article.' };
    });
    expect(calls).toBe(1);
    expect(result).toEqual({ ok: false, error: 'The page has no article.' });
  });

  it('knows the browsers’ words for a stopped background', () => {
    for (const e of [
      CHROME,
      'The message port closed before a response was received.',
      'Could not establish connection. Receiving end does not exist.',
      'Message manager disconnected',
      // The polyfill's answer when the worker stops before replying (as seen in Chromium).
      'No answer to bg/analyze-tab',
    ])
      expect(isWorkerStopped(e)).toBe(true);
    expect(isWorkerStopped('Quota exceeded')).toBe(false);
  });
});
