/**
 * Chrome's offscreen document: the DOM and the feed-reading code the background service
 * worker does without. It answers three messages, from this extension only: parse a
 * feed, find the feed links of a page, and extract the article of a page.
 */
import browser from '../shared/browser';
import { toResult } from '../shared/errors';
import { isEnvelopeOf } from '../shared/guards';
import { localFeedReader } from '../background/feeds/reader-impl';

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isEnvelopeOf('off/parse-feed', message)) {
    const { text, url } = message.payload;
    return toResult(async () => ({ feed: await localFeedReader.parse(text, url) }));
  }
  if (isEnvelopeOf('off/find-feed-links', message)) {
    const { html, url } = message.payload;
    return toResult(async () => ({ links: await localFeedReader.links(html, url) }));
  }
  if (isEnvelopeOf('off/extract-page', message)) {
    const { html, url } = message.payload;
    return toResult(async () => ({ article: await localFeedReader.extract(html, url) }));
  }
  return undefined;
});
