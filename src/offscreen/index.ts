/**
 * Chrome's offscreen document: the DOM the background service worker lacks. It answers
 * one message, `off/extract-page`, from this extension only, by extracting the article
 * of the page's HTML with the content script's own extractor.
 */
import browser, { toResult } from '../shared/browser';
import { isEnvelopeOf } from '../shared/guards';
import { extractWithDomParser } from '../background/feeds/extract-page';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (!isEnvelopeOf('off/extract-page', message)) return undefined;
  const { html, url } = message.payload;
  return toResult(() => ({ article: extractWithDomParser(html, url) }));
});
