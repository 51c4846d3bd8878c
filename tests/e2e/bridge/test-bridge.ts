/**
 * Test builds only: a content script on http://127.0.0.1/ pages that relays `test/…`
 * requests posted by the test (through `page.evaluate`) to the background and posts the
 * answer back. It is how a Firefox test asks the extension to do what a user would do
 * with a click (open the popup for this tab, analyse this tab).
 *
 * Request:  window.postMessage({ secondSourceTest: 'request', id, type, payload }, '*')
 * Answer:   window.postMessage({ secondSourceTest: 'answer', id, result }, '*')
 */
import { sendToBackground } from '../../../src/shared/browser';
import type { MessageType } from '../../../src/shared/messages';

const TEST_TYPES: readonly MessageType[] = [
  'test/open-popup',
  'test/analyze-sender',
  'test/context-menu',
  'test/fire-alarm',
  'test/command',
  'test/save-index',
];

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window) return;
  const data = event.data as {
    secondSourceTest?: unknown;
    id?: unknown;
    type?: unknown;
    payload?: unknown;
  };
  if (data?.secondSourceTest !== 'request' || typeof data.id !== 'string') return;
  const type = data.type as MessageType;
  if (!TEST_TYPES.includes(type)) return;
  const id = data.id;
  // The background validates the payload like any other message.
  void sendToBackground(type, (data.payload ?? {}) as never).then((result) => {
    window.postMessage({ secondSourceTest: 'answer', id, result }, '*');
  });
});
document.documentElement.dataset.secondSourceTestBridge = 'ready';
