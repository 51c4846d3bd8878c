import { describe, expect, it } from 'vitest';
import { REQUEST_GUARDS, isEnvelope, isEnvelopeOf, isReport } from '../../src/shared/guards';
import { MESSAGE_TYPES } from '../../src/shared/messages';

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
  it('has a guard for every message type', () => {
    for (const type of MESSAGE_TYPES) expect(typeof REQUEST_GUARDS[type], type).toBe('function');
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

  it('checks a report down to its quotations', () => {
    expect(isReport(report)).toBe(true);
    expect(isReport({ ...report, quotes: [{ ...report.quotes[0], start: '1' }] })).toBe(false);
    expect(isReport({ ...report, related: [{ url: 'x' }] })).toBe(false);
  });
});
