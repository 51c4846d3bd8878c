// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  blockParagraphs,
  extractArticle,
  htmlLimitReason,
  MAX_PAGE_DEPTH,
  MAX_PAGE_ELEMENTS,
  pruneArticle,
  TOO_DEEP_REASON,
  tooMuchTextReason,
} from '../../src/content/extract';

/** What the content script may spend on a page, at most (issue 11). */
const BUDGET_MS = 2000;

const SENTENCE =
  'The ferry crews of the northern islands voted to accept the new rota after a long night of talks in the harbour office. ';

function newDoc(): Document {
  return document.implementation.createHTMLDocument('Ferry crews accept rota');
}

/**
 * A `depth`-deep chain of divs around a few paragraphs, built from the inside out so
 * that no insertion walks the chain (jsdom checks ancestors on every insertion).
 */
function nested(doc: Document, depth: number): Element {
  let cur = doc.createElement('div');
  for (let i = 0; i < 4; i++) cur.appendChild(doc.createElement('p')).textContent = SENTENCE;
  for (let i = 0; i < depth; i++) {
    const outer = doc.createElement('div');
    outer.appendChild(cur);
    cur = outer;
  }
  return cur;
}

/** A page whose article holds about `chars` characters, in paragraphs of 12,000. */
function longArticle(chars: number): Document {
  const doc = newDoc();
  const article = doc.body.appendChild(doc.createElement('article'));
  const block = SENTENCE.repeat(100);
  for (let i = 0; i < chars / block.length; i++) {
    article.appendChild(doc.createElement('p')).textContent = block;
  }
  return doc;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

describe('deep nesting', () => {
  it('blockParagraphs and pruneArticle walk 100,000 nested elements without recursion', () => {
    const root = nested(newDoc(), 100_000);
    expect(() => pruneArticle(root)).not.toThrow();
    const { value, ms } = timed(() => blockParagraphs(root));
    expect(value).toEqual([SENTENCE.trim(), SENTENCE.trim(), SENTENCE.trim(), SENTENCE.trim()]);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('extractArticle declines a page nested deeper than the limit, quickly', () => {
    const doc = newDoc();
    doc.body.appendChild(nested(doc, MAX_PAGE_DEPTH + 500));
    const { value, ms } = timed(() => extractArticle(doc, 'https://ferry.example/a'));
    expect(value).toEqual({ article: null, reason: TOO_DEEP_REASON });
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('still reads an article nested a hundred levels deep', () => {
    const doc = newDoc();
    doc.body.appendChild(nested(doc, 100));
    expect(extractArticle(doc, 'https://ferry.example/a').article?.paragraphs).toHaveLength(4);
  });
});

describe('huge pages', () => {
  it('declines a page of 100,000 paragraphs within the budget', () => {
    const doc = newDoc();
    const article = doc.body.appendChild(doc.createElement('article'));
    const p = doc.createElement('p');
    p.textContent = SENTENCE;
    for (let i = 0; i < 100_000; i++) article.appendChild(p.cloneNode(true));
    const { value, ms } = timed(() => extractArticle(doc, 'https://ferry.example/a'));
    expect(value.article).toBeNull();
    expect(!value.article && value.reason).toMatch(
      /^This page is too large to check \(100,\d{3} elements; the limit is 20,000\)$/,
    );
    expect(ms).toBeLessThan(BUDGET_MS);
  }, 60_000);

  it('declines 5 MB of text within the budget and says the article is too long', () => {
    const doc = longArticle(5_000_000);
    const { value, ms } = timed(() => extractArticle(doc, 'https://ferry.example/a'));
    expect(!value.article && value.reason).toMatch(
      /^Article too long to check \(5,\d{3},\d{3} characters/,
    );
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('declines an article longer than the background accepts', () => {
    const doc = longArticle(1_200_000);
    const result = extractArticle(doc, 'https://ferry.example/a');
    expect(!result.article && result.reason).toMatch(/the limit is 1,000,000\)$/);
  }, 30_000);
});

describe('htmlLimitReason (markup before parsing)', () => {
  it('declines too many elements and too deep a nest, in one scan', () => {
    const many = `<body>${'<p>x</p>'.repeat(MAX_PAGE_ELEMENTS + 1)}</body>`;
    expect(htmlLimitReason(many)).toMatch(/too large to check/);
    const deep = `<body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body>`;
    const { value, ms } = timed(() => htmlLimitReason(deep));
    expect(value).toBe(TOO_DEEP_REASON);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('counts text outside tags, scripts and styles against the page limit', () => {
    const big = 'x'.repeat(3_100_000);
    expect(htmlLimitReason(`<body><p>${big}</p></body>`)).toMatch(/^Article too long to check/);
    expect(
      htmlLimitReason(`<script>var a = "${big}";</script><style>p{}</style><p>Short.</p>`),
    ).toBeNull();
  });

  it('declines markup whose visible text alone is over the article limit', () => {
    const para = `<p>${'Ferry crews voted for the rota. '.repeat(100)}</p>`;
    // 1.1 million characters a reader would see: under the page limit, over the article's.
    const long = `<body><article>${para.repeat(344)}</article></body>`;
    expect(htmlLimitReason(long)).toBe(tooMuchTextReason(1_100_800));
    expect(tooMuchTextReason(1_100_800)).toBe(
      'This page has too much text to check (about 1,100,800 characters; an article may have at most 1,000,000)',
    );
  });

  it('counts whitespace runs and character references as one, and no hidden text', () => {
    // 2.75 million characters of markup text, 750,000 of them visible.
    const indented = `<p>${'words\n            '.repeat(100_000)}</p>`;
    const references = `<p>${'&ldquo;&#8212;&amp;'.repeat(50_000)}</p>`;
    expect(htmlLimitReason(`<body>${indented}${references}</body>`)).toBeNull();
    // Text a reader never sees as text: scripts, styles, noscript, templates, titles.
    const big = 'x'.repeat(1_100_000);
    for (const tag of ['noscript', 'template', 'textarea', 'title', 'script', 'style']) {
      expect(htmlLimitReason(`<${tag}>${big}</${tag}><p>Short.</p>`), tag).toBeNull();
    }
  });

  it('passes ordinary pages, unclosed paragraphs and void elements included', () => {
    const page = `<html><body><article>${'<p>Para<br>graph <img src=x> text'.repeat(3000)}</article></body></html>`;
    expect(htmlLimitReason(page)).toBeNull();
    expect(htmlLimitReason(`<div>${'<span/>'.repeat(5000)}</div>`)).toBeNull();
  });
});

describe('short articles in Chinese and Japanese', () => {
  it('finds a news item of about 130 Chinese characters, which is short only in letters', () => {
    const doc = newDoc();
    doc.body.innerHTML = `<main><h1>渔港新码头启用</h1>
      <p>海湾镇的新渔港码头周一正式启用，可同时停靠四十艘渔船。</p>
      <p>镇长李明说：“这个码头让渔民在冬天也能安全出海。”</p>
      <p>码头工程历时两年，总投资约三千万元，其中一半来自省里的补助。</p>
      <p>镇里还计划明年在码头旁边建一个小型鱼市，方便游客购买新鲜海产。</p></main>`;
    const { article } = extractArticle(doc, 'https://haian.example/port');
    expect(article?.paragraphs).toContain('镇长李明说：“这个码头让渔民在冬天也能安全出海。”');
    expect(article?.text.length).toBeLessThan(250);
  });

  it('still declines a few lines of CJK menu text', () => {
    const doc = newDoc();
    doc.body.innerHTML = `<main><ul><li><a href="/a">首页</a></li><li><a href="/b">新闻</a></li></ul>
      <p>登录</p><p>注册新用户</p></main>`;
    expect(extractArticle(doc, 'https://haian.example/').article).toBeNull();
  });
});
