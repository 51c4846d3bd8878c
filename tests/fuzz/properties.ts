/**
 * Properties every input must keep, shared by `npm test` (a few thousand cases) and
 * `npm run fuzz` (scripts/fuzz.ts, 100,000 and more). Inputs mix ordinary news prose
 * with words that name Object.prototype properties, every quote-mark convention,
 * right-to-left and CJK text, control characters, and huge or deeply nested input.
 */
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../src/core/analyze';
import { makeArticle } from '../../src/core/article';
import { Corpus, deserializeCorpus, serializeCorpus } from '../../src/core/corpus';
import { CorpusFormatError, CorpusVersionError } from '../../src/core/corpus-format';
import { parsePack } from '../../src/core/pack';
import { extractQuotes } from '../../src/core/quotes';
import type { Article } from '../../src/core/types';
import { extractArticle } from '../../src/content/extract';

/** Longest an analysis may take (ms), as the CLI promises. */
export const MAX_ANALYSIS_MS = 2000;

/**
 * Words that name properties every plain object inherits. Text, outlet names and
 * language tags come from pages and packs, so any of them may be one of these.
 */
export const PROTOTYPE_WORDS = Object.getOwnPropertyNames(Object.prototype);

const WORDS = [
  // Prototype-property words, as they would appear in prose.
  ...PROTOTYPE_WORDS,
  'prototype',
  'Constructor',
  'The Constructor',
  // Ordinary news prose and names.
  'the',
  'minister',
  'said',
  'told',
  'reporters',
  'according to',
  'farmers',
  'deal',
  'will',
  'not',
  'accept',
  'Brandvold',
  'Ilse',
  'President',
  'he',
  'she',
  'said:',
  '4,000',
  '12',
  'percent',
  'Larsberg',
  'on',
  'Tuesday',
  "don't",
  "O'Brien",
  "l'homme",
  'sagte',
  'erklärte',
  'laut',
  'a déclaré',
  'selon',
  'dijo',
  'según',
  'сказал',
  'по словам',
  // Right-to-left and CJK text.
  'قال',
  'الوزير',
  'אמר',
  'השר',
  '中国',
  '总统',
  '表示',
  '「',
  '」',
  '『',
  '』',
  'です',
  // Every quote-mark convention.
  '“',
  '”',
  '„',
  '«',
  '»',
  '‹',
  '›',
  '‚',
  '‘',
  '’',
  '"',
  "'",
  "''",
  '« ',
  ' »',
  // Punctuation, separators and control characters.
  '.',
  ',',
  ':',
  '—',
  '\n',
  '\n\n',
  '\t',
  '\u0000',
  '\u001b[31m',
  '\u0007',
  '\u202e',
  '\u200b',
  '\ud800',
  '\r\n',
  '\u00a0',
];

/** A text built from the pieces above, sometimes huge or deeply nested. */
export const newsText = fc.oneof(
  {
    weight: 80,
    arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((w) => w.join(' ')),
  },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    // Huge: one piece repeated tens of thousands of times.
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 200, max: 1500 }),
      )
      .map(([w, n]) => `${w.join(' ')} `.repeat(n)),
  },
  {
    weight: 1,
    // Deep: quotation marks opened hundreds of levels deep.
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('“', '„', '«', '‘', '"', '「'))
      .map(
        ([depth, open]) =>
          `${open}said ${'“'.repeat(depth)}constructor${'”'.repeat(depth >> 1)} Brandvold said.`,
      ),
  },
);

/** Ordinary-sized text only (a DOM per input is costly enough). */
const prose = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '));

const source = fc.oneof(
  fc.constantFrom(...WORDS.slice(0, 10), 'Northgate Post'),
  fc.string({ maxLength: 20 }),
);
const language = fc.constantFrom(
  'en',
  'de',
  'fr',
  'ru',
  'es',
  'und',
  'constructor',
  '__proto__',
  'zh',
  'ar',
);

export const articleArb = fc
  .record({
    text: newsText,
    title: newsText,
    source,
    language,
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ text, title, source, language, day }) =>
    makeArticle({
      url: 'https://fuzz.example/a',
      title: title.slice(0, 300),
      source,
      published: `2026-03-${String(day).padStart(2, '0')}`,
      language,
      text,
    }),
  );

/** A small corpus whose articles carry the same hostile words. */
function fuzzCorpus(): Corpus {
  const corpus = new Corpus();
  const base = WORDS.slice(0, 10);
  corpus.add(
    base.map((w, i) =>
      makeArticle({
        url: `https://c${i}.example/${encodeURIComponent(w)}`,
        title: `${w} minister says ${w} deal is off`,
        source: w,
        published: '2026-03-11',
        language: i % 2 ? 'en' : w,
        text: `“We will not accept any ${w} deal that harms our farmers,” ${w} Brandvold said.\n\n${w} told reporters: «${w} __proto__ constructor».`,
      }),
    ),
  );
  return corpus;
}
export const CORPUS = fuzzCorpus();
const CORPUS_BYTES = new Uint8Array(serializeCorpus(CORPUS));

/** Quotations' offsets slice the text to their text, and attribution never throws. */
export function quotesProperty(): fc.IPropertyWithHooks<[Article]> {
  return fc.property(articleArb, (article) => {
    for (const q of extractQuotes(article)) {
      if (article.text.slice(q.start, q.end) !== q.text) throw new Error('offsets do not slice');
      if (q.speaker !== null && typeof q.speaker !== 'string') throw new Error('speaker type');
    }
  });
}

/** The whole analysis: no crash, offsets into the text, bounded time. */
export function analysisProperty(): fc.IPropertyWithHooks<[Article]> {
  return fc.property(articleArb, (article) => {
    const t = performance.now();
    const report = analyze(article, CORPUS);
    const took = performance.now() - t;
    if (took > MAX_ANALYSIS_MS) throw new Error(`analysis took ${Math.round(took)} ms`);
    for (const q of report.quotes)
      if (article.text.slice(q.start, q.end) !== q.text) throw new Error('offsets do not slice');
    for (const r of report.related)
      if (typeof r.source !== 'string') throw new Error('source type');
  });
}

const packLine = fc.oneof(
  fc
    .record(
      {
        url: fc.oneof(
          fc.constant('https://p.example/x'),
          fc.webUrl(),
          fc.string(),
          fc.constant('javascript:alert(1)'),
        ),
        title: newsText,
        source,
        published: fc.oneof(
          fc.constant('2026-03-11'),
          fc.constant('0000-02-29'),
          fc.string({ maxLength: 30 }),
        ),
        text: newsText,
        language: fc.oneof(language, fc.string({ maxLength: 8 })),
        summaryOnly: fc.oneof(fc.boolean(), fc.string({ maxLength: 3 })),
        constructor: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: [] },
    )
    .map((r) => JSON.stringify(r)),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    '{"__proto__": {"url": "https://x.example"}}',
    '[]',
    'null',
    '{',
    '"str"',
    '{"url":"https://a.example","title":"t","source":"s","published":"2026-01-01","text":"…!!"}',
  ),
);

/** The pack reader: no crash, every error on a line that exists. */
export function packProperty(): fc.IPropertyWithHooks<[string[], boolean]> {
  return fc.property(fc.array(packLine, { maxLength: 12 }), fc.boolean(), (lines, skip) => {
    const text = lines.join('\n');
    const parsed = parsePack(text, { skipInvalid: skip });
    const count = text.split('\n').length;
    for (const e of parsed.errors)
      if (e.line < 0 || e.line > count) throw new Error(`error on line ${e.line}`);
    if (!skip && parsed.errors.length && parsed.articles.length)
      throw new Error('not all or nothing');
    for (const a of parsed.articles)
      if (!/^https?:/.test(a.url)) throw new Error(`address ${a.url}`);
  });
}

/** The index codec: a damaged buffer is refused with a format error, never misread. */
export function codecProperty(): fc.IPropertyWithHooks<[[number, number][]]> {
  return fc.property(
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }),
    (flips) => {
      const copy = CORPUS_BYTES.slice();
      for (const [at, x] of flips) copy[at % copy.length]! ^= x;
      try {
        deserializeCorpus(copy.buffer);
      } catch (e) {
        if (e instanceof CorpusFormatError || e instanceof CorpusVersionError) return;
        throw e;
      }
      throw new Error('a damaged index was accepted');
    },
  );
}

const htmlArb = fc
  .record({
    title: prose,
    paras: fc.array(prose, { maxLength: 8 }),
    canonical: fc.constantFrom(
      'javascript:alert(1)',
      'https://n.example/a',
      '',
      'data:text/html,x',
      '//x',
    ),
    lang: language,
    wrap: fc.constantFrom('article', 'main', 'div', 'section'),
    depth: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ title, paras, canonical, lang, wrap, depth }) => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const body = paras.map((p) => `<p>${esc(p)}</p>`).join('');
    return `<!doctype html><html lang="${esc(lang)}"><head><title>${esc(title)}</title><link rel="canonical" href="${canonical}"></head><body>${'<div>'.repeat(depth)}<${wrap}><h1>${esc(title)}</h1>${body}</${wrap}>${'</div>'.repeat(depth)}</body></html>`;
  });

/** Extraction over generated pages: no crash, an http(s) address, offsets intact. */
export function extractionProperty(): fc.IPropertyWithHooks<[string]> {
  const virtualConsole = new VirtualConsole();
  return fc.property(htmlArb, (html) => {
    const dom = new JSDOM(html, { url: 'https://page.example/story', virtualConsole });
    try {
      const result = extractArticle(dom.window.document, 'https://page.example/story');
      if (result.article && !/^https?:/.test(result.article.url))
        throw new Error(`address ${result.article.url}`);
    } finally {
      dom.window.close();
    }
  });
}

/** Every property with its name, for the runners. */
export const PROPERTIES = {
  'quotation parsing and attribution': quotesProperty,
  analysis: analysisProperty,
  'pack reader': packProperty,
  'index codec': codecProperty,
  'extraction over generated HTML': extractionProperty,
} as const;
