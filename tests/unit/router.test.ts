import { describe, expect, it, vi } from 'vitest';

// Error messages are worded through the interface's catalogues (English here).
vi.mock('../../src/shared/browser', async () => ({
  default: { i18n: (await import('../fixtures/i18n')).fakeI18n('en') },
}));

import {
  dispatch,
  messageListener,
  senderTabId,
  type HandlerTable as Table,
} from '../../src/background/router';

const OWN = 'own-extension-id';

describe('background dispatch', () => {
  const table: Table = {
    'bg/get-tab-state': ({ tabId }) => ({ status: 'idle', url: `tab ${tabId}` }),
    'bg/check-passage': () => {
      throw new Error('corpus unavailable');
    },
  };

  it('answers a valid message from our own extension with the handler’s value', async () => {
    const answer = await dispatch(
      table,
      { type: 'bg/get-tab-state', payload: { tabId: 7 } },
      { id: OWN },
      OWN,
    );
    expect(answer).toEqual({ ok: true, value: { status: 'idle', url: 'tab 7' } });
  });

  it('turns a thrown error into a result the caller can show', async () => {
    const answer = await dispatch(
      table,
      { type: 'bg/check-passage', payload: { text: 'words', url: 'https://a.b/' } },
      { id: OWN },
      OWN,
    );
    expect(answer).toEqual({ ok: false, error: 'corpus unavailable' });
  });

  it('ignores other senders, malformed envelopes and types it has no handler for', () => {
    const valid = { type: 'bg/get-tab-state', payload: { tabId: 7 } };
    expect(dispatch(table, valid, { id: 'another-extension' }, OWN)).toBeUndefined();
    expect(dispatch(table, valid, {}, OWN)).toBeUndefined();
    expect(
      dispatch(table, { type: 'bg/get-tab-state', payload: { tabId: 'x' } }, { id: OWN }, OWN),
    ).toBeUndefined();
    expect(dispatch(table, { type: 'cs/clear', payload: {} }, { id: OWN }, OWN)).toBeUndefined();
    expect(dispatch(table, 'hello', { id: OWN }, OWN)).toBeUndefined();
  });

  it('takes the tab of content-script messages from the sender, never from the payload', () => {
    expect(senderTabId({ id: OWN, tab: { id: 4 } })).toBe(4);
    expect(() => senderTabId({ id: OWN })).toThrow(/from a tab/);
    expect(() => senderTabId({ id: OWN, tab: { id: -1 } })).toThrow(/from a tab/);
  });

  it('answers through sendResponse, keeping the channel open, as the browsers’ own API needs', async () => {
    const listen = messageListener(table, () => OWN);
    const answers: unknown[] = [];
    const kept = listen(
      { type: 'bg/get-tab-state', payload: { tabId: 3 } },
      { id: OWN },
      (answer) => answers.push(answer),
    );
    expect(kept).toBe(true);
    await vi.waitFor(() =>
      expect(answers).toEqual([{ ok: true, value: { status: 'idle', url: 'tab 3' } }]),
    );
    // A message for another context: no answer, the channel is left to others.
    expect(
      listen({ type: 'cs/clear', payload: {} }, { id: OWN }, (a) => answers.push(a)),
    ).toBeUndefined();
    expect(answers).toHaveLength(1);
  });
});
