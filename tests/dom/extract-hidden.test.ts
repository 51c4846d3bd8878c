// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/content/extract';

const STORY = [
  'The ferry crews of the northern islands voted on Tuesday to accept the new winter rota after a long night of talks in the harbour office.',
  '“We have a rota we can live with,” said Ada Lund, who chairs the crews’ union, adding that the vote had been close but fair.',
  'The operator said the first sailings under the new rota would leave Skarholm on Monday, weather permitting, with two extra crossings a week.',
];
const STORY_HTML = `<h1>Ferry crews accept winter rota</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}`;
const URL = 'https://island-post.example/ferries/rota';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function shell(): void {
  document.title = 'Ferry crews accept winter rota';
  document.documentElement.lang = 'en';
  document.body.innerHTML =
    '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>';
}

describe('articles outside the light DOM', () => {
  it('reads an article in an open shadow root and leaves the page as it was', () => {
    shell();
    const host = document.body.appendChild(document.createElement('story-view'));
    host.attachShadow({ mode: 'open' }).innerHTML = `<article>${STORY_HTML}</article>`;
    const before = document.documentElement.outerHTML;
    const shadowBefore = host.shadowRoot!.innerHTML;
    const result = extractArticle(document, URL);
    expect(result.article?.paragraphs).toEqual(STORY);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(host.shadowRoot!.innerHTML).toBe(shadowBefore);
  });

  it('reads shadow roots nested in shadow roots', () => {
    shell();
    const outer = document.body.appendChild(document.createElement('app-shell'));
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<main><story-body></story-body></main>';
    root.querySelector('story-body')!.attachShadow({ mode: 'open' }).innerHTML =
      `<article>${STORY_HTML}</article>`;
    expect(extractArticle(document, URL).article?.paragraphs).toEqual(STORY);
  });

  it('reads a declarative shadow root left as <template shadowrootmode="open">', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="en"><head><title>Ferry crews accept winter rota</title></head><body><story-view><template shadowrootmode="open"><article>${STORY_HTML}</article></template></story-view></body></html>`,
      'text/html',
    );
    expect(extractArticle(doc, URL).article?.paragraphs).toEqual(STORY);
  });

  it('reads the article of a same-origin iframe, and a shadow root inside it', () => {
    shell();
    const frame = document.body.appendChild(document.createElement('iframe'));
    const inner = frame.contentDocument!;
    inner.body.innerHTML = `<div id="app"></div>`;
    inner.getElementById('app')!.attachShadow({ mode: 'open' }).innerHTML =
      `<article>${STORY_HTML}</article>`;
    const before = inner.documentElement.outerHTML;
    const result = extractArticle(document, URL);
    expect(result.article?.paragraphs).toEqual(STORY);
    expect(result.article?.title).toBe('Ferry crews accept winter rota');
    expect(inner.documentElement.outerHTML).toBe(before);
  });
});
