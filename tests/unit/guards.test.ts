import { describe, expect, it } from 'vitest';
import { isArticle, makeArticle } from '../../src/core/article';
import {
  CONTENT_REQUEST_GUARDS,
  MAX_ARTICLE_CHARS,
  REQUEST_GUARDS,
  isEnvelope,
  isEnvelopeOf,
  isMessageType,
  isReport,
} from '../../src/shared/guards';

const report = {
  article: { url: 'https://example.org/a', title: 'A', source: 'Example', published: null },
  related: [
    {
      url: 'https://example.org/b',
      source: 'B',
      score: 0.8,
      reasons: [],
      copies: [],
      relation: 'same-story',
    },
  ],
  quotes: [
    {
      text: 'We will not',
      start: 1,
      end: 12,
      verdict: 'variant',
      outlets: 2,
      prefix: '',
      suffix: '',
      kind: 'statement',
      matches: [],
    },
  ],
};

describe('message guards', () => {
  it('knows every message by a name that says its receiver, and nothing else', () => {
    const types = Object.keys(REQUEST_GUARDS);
    for (const type of types) {
      expect(type).toMatch(/^(bg|cs|opt|off|test)\/[a-z]+(-[a-z]+)*$/);
      expect(isMessageType(type), type).toBe(true);
    }
    for (const type of ['bg/analyze-tab', 'cs/extract', 'bg/import-pack', 'bg/follow-feeds']) {
      expect(types).toContain(type);
    }
    expect(isMessageType('toString')).toBe(false);
    expect(isMessageType('__proto__')).toBe(false);
    // The content script validates exactly the messages addressed to it.
    expect(Object.keys(CONTENT_REQUEST_GUARDS).sort()).toEqual(
      types.filter((t) => t.startsWith('cs/')).sort(),
    );
  });

  it('accepts well-formed envelopes', () => {
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: 3 } })).toBe(true);
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: 3, force: true } })).toBe(true);
    expect(isEnvelope({ type: 'bg/set-annotations', payload: { tabId: 0, visible: false } })).toBe(
      true,
    );
    expect(isEnvelope({ type: 'cs/clear', payload: {} })).toBe(true);
    expect(isEnvelope({ type: 'cs/annotate', payload: { report } })).toBe(true);
    expect(isEnvelope({ type: 'cs/scroll-to-quote', payload: { index: 2 } })).toBe(true);
    expect(isEnvelope({ type: 'cs/step-quote', payload: { direction: -1 } })).toBe(true);
    expect(
      isEnvelope({ type: 'bg/check-passage', payload: { text: 'x', url: 'https://a.b/' } }),
    ).toBe(true);
  });

  it('takes any object, and only an object, as the payload of a message without fields', () => {
    const fieldless = [
      'bg/list-corpora',
      'bg/list-feeds',
      'bg/feed-status',
      'cs/extract',
      'cs/clear',
      'test/open-popup',
      'test/analyze-sender',
    ] as const;
    for (const type of fieldless) {
      expect(isEnvelope({ type, payload: {} }), type).toBe(true);
      for (const payload of [null, [], 'x', 0, undefined]) {
        expect(isEnvelope({ type, payload }), `${type} ${String(payload)}`).toBe(false);
      }
    }
  });

  it('refuses unknown types, missing payloads and wrong field types', () => {
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope('bg/analyze-tab')).toBe(false);
    expect(isEnvelope({ type: 'bg/delete-everything', payload: {} })).toBe(false);
    expect(isEnvelope({ type: 'bg/analyze-tab' })).toBe(false);
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: '3' } })).toBe(false);
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: -1 } })).toBe(false);
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: 1.5 } })).toBe(false);
    expect(isEnvelope({ type: 'bg/analyze-tab', payload: { tabId: 1, force: 'yes' } })).toBe(false);
    expect(isEnvelope({ type: 'bg/set-annotations', payload: { tabId: 1 } })).toBe(false);
    expect(isEnvelope({ type: 'cs/scroll-to-quote', payload: { index: -2 } })).toBe(false);
    expect(isEnvelope({ type: 'cs/step-quote', payload: { direction: 2 } })).toBe(false);
    expect(isEnvelope({ type: 'cs/step-quote', payload: { direction: '1' } })).toBe(false);
    expect(isEnvelope({ type: 'bg/check-passage', payload: { text: '   ', url: 'x' } })).toBe(
      false,
    );
    expect(
      isEnvelope({ type: 'bg/check-passage', payload: { text: 'a'.repeat(6000), url: 'x' } }),
    ).toBe(false);
  });

  it('checks an article sent by a content script field by field', () => {
    const article = {
      url: 'https://example.org/a',
      title: 'T',
      source: 'S',
      published: null,
      language: 'en',
      byline: null,
      paragraphs: ['One.'],
      text: 'One.',
    };
    expect(
      isEnvelopeOf('bg/analyze-article', { type: 'bg/analyze-article', payload: { article } }),
    ).toBe(true);
    expect(
      isEnvelopeOf('bg/analyze-article', {
        type: 'bg/analyze-article',
        payload: { article: null, reason: 'none' },
      }),
    ).toBe(true);
    expect(
      isEnvelopeOf('bg/analyze-article', {
        type: 'bg/analyze-article',
        payload: { article: { ...article, paragraphs: [1, 2] } },
      }),
    ).toBe(false);
    expect(isEnvelopeOf('cs/extract', { type: 'bg/analyze-article', payload: { article } })).toBe(
      false,
    );
  });

  it('takes only an article as makeArticle makes it, from a page or from storage alike', () => {
    const good = makeArticle({
      url: 'https://example.org/a',
      title: 'Title',
      source: 'Example',
      published: null,
      language: 'en',
      text: 'First paragraph.\n\nSecond paragraph.',
    });
    const send = (article: unknown) =>
      isEnvelopeOf('bg/analyze-article', { type: 'bg/analyze-article', payload: { article } });
    expect(isArticle(good)).toBe(true);
    expect(isArticle({ ...good, summaryOnly: true })).toBe(true);
    expect(send(good)).toBe(true);
    const wrong = [
      { ...good, url: '' },
      // Quotation offsets index `text`; paragraph starts are counted in `paragraphs`.
      { ...good, text: 'Something else entirely.' },
      { ...good, paragraphs: ['First paragraph.'] },
      { ...good, text: good.text + ' ' },
      { ...good, summaryOnly: 'yes' },
      { ...good, published: undefined },
      [good],
    ];
    for (const article of wrong) {
      expect(isArticle(article), JSON.stringify(article)).toBe(false);
      expect(send(article)).toBe(false);
    }
    // A page may not send more than the background reads; storage has no such limit.
    const long = makeArticle({
      ...good,
      paragraphs: undefined,
      text: 'word '.repeat(MAX_ARTICLE_CHARS / 4),
    });
    expect(long.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    expect(isArticle(long)).toBe(true);
    expect(send(long)).toBe(false);
  });

  it('checks a report down to its quotations', () => {
    expect(isReport(report)).toBe(true);
    expect(isReport({ ...report, quotes: [{ ...report.quotes[0], start: '1' }] })).toBe(false);
    expect(isReport({ ...report, related: [{ url: 'x' }] })).toBe(false);
  });
});
