// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockParagraphs, extractArticle, pruneArticle } from '../../src/content/extract';

const PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

function el(html: string): Element {
  const d = document.createElement('div');
  d.innerHTML = html;
  return d;
}

/** Prose long enough to count as running text. */
const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} tells how the ferry crews of the northern islands voted to accept the new rota after a long night of talks in the harbour office.</p>`,
).join('');

describe('furniture inside the article body', () => {
  const html = readFileSync(join(PAGES, 'courrier-des-iles-port-greve', 'source.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const result = extractArticle(doc, 'https://courrier-des-iles.example/economie/greve');
  const a = result.article!;

  it('keeps the four paragraphs of the story, in order', () => {
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toMatch(/^Les dockers du port de Valmer/);
    expect(a.paragraphs[1]).toMatch(/^« Nous ne signerons pas/);
  });

  it('drops caption, credit, share bar, "à lire aussi", newsletter box, ad label and related list', () => {
    for (const furniture of [
      'conteneurs immobilisés',
      'Agence Littorale',
      'Partager',
      'Commentaires',
      'À lire aussi',
      'trafic maritime recule',
      'Recevez chaque matin',
      'Publicité',
      'Sur le même sujet',
      'saison des ferries',
      'Publié le',
    ]) {
      expect(a.text).not.toContain(furniture);
    }
  });

  it('takes the byline without its "Par"', () => {
    expect(a.byline).toBe('Hélène Marquet');
  });
});

describe('pruneArticle', () => {
  it('keeps a furniture-named wrapper that holds most of the text', () => {
    const root = el(`<div class="post-meta">${PROSE}</div><p class="caption">A short caption.</p>`);
    pruneArticle(root);
    expect(root.textContent).toContain('Paragraph 5');
    expect(root.textContent).not.toContain('short caption');
  });

  it('drops menus of links but keeps a list with one or two links and tables of figures', () => {
    const root = el(
      `${PROSE}<ul><li><a href="/1">Home</a></li><li><a href="/2">Sport</a></li><li><a href="/3">Weather</a></li></ul>` +
        `<ul><li><a href="/shop">Get the ferry timetable for 2 krone</a></li></ul>` +
        `<table><tr><td><a href="/p">Crew A</a></td><td>3</td></tr><tr><td><a href="/q">Crew B</a></td><td>4</td></tr><tr><td><a href="/r">Crew C</a></td><td>5</td></tr></table>`,
    );
    pruneArticle(root);
    const paragraphs = blockParagraphs(root);
    expect(paragraphs).not.toContain('Weather');
    expect(paragraphs).toContain('Get the ferry timetable for 2 krone');
    expect(paragraphs).toEqual(expect.arrayContaining(['Crew A', '3', 'Crew C', '5']));
  });

  it('keeps inline elements whose class names a date: they are words of the sentence', () => {
    const root = el(
      `${PROSE}<p>The vote was held on <span class="date">Tuesday</span> evening.</p>`,
    );
    pruneArticle(root);
    expect(blockParagraphs(root)).toContain('The vote was held on Tuesday evening.');
  });
});

describe('furniture lines', () => {
  it.each([
    ['Lesen Sie auch: Fähren fallen aus', 'de'],
    ['Lee también: Los ferris vuelven', 'es'],
    ['Читайте также: паромы вернулись', 'ru'],
    ['Read more: Ferry crews vote', 'en'],
    ['Photo: Island Press Agency', 'en'],
    ['Anzeige', 'de'],
    ['Updated: March 14, 2026 10:05', 'en'],
    ['3 of 12', 'en'],
    ['Image 2 of 5', 'en'],
    ['Nov. 20, 2026 5:52 AM EST', 'en'],
    ['Dienstag, 14. März 2026, 10:05 Uhr', 'de'],
    ['mardi 14 mars 2026 à 10 h 05', 'fr'],
    ['By Ann Lee - 03/14/26 11:04 PM', 'en'],
    ['Tomas Vik contributed reporting from Larsberg.', 'en'],
    ['Ferry crews at the quay. Island Press/Getty Images', 'en'],
  ])('drops "%s" (%s)', (line) => {
    expect(blockParagraphs(el(`<p>Story text.</p><p>${line}</p>`))).toEqual(['Story text.']);
  });

  it('keeps sentences that start like furniture', () => {
    const lines = [
      'By 2030 the ferry line will carry twice as many passengers, the council said.',
      'March 2026 was the wettest month on record, forecasters said.',
      'Updated figures show the strike cost the port 1.2 million krone a day.',
    ];
    expect(blockParagraphs(el(lines.map((l) => `<p>${l}</p>`).join('')))).toEqual(lines);
  });

  it('keeps a paragraph that is a printed address, drops one that is a teaser link', () => {
    const root = el(
      `${PROSE}<p><a href="https://archive.example/1">https://archive.example/report-2026</a></p><p><a href="/other">Ferry fares to rise in May</a></p>`,
    );
    pruneArticle(root);
    const paragraphs = blockParagraphs(root);
    expect(paragraphs).toContain('https://archive.example/report-2026');
    expect(paragraphs).not.toContain('Ferry fares to rise in May');
  });

  it('drops a caption that ends with its credit, keeps a sentence that mentions a photo', () => {
    expect(
      blockParagraphs(
        el(
          '<p>Crews leave the harbour at dawn. Credit: Island Press</p><p>The photo: it showed the harbour at dawn, she said.</p>',
        ),
      ),
    ).toEqual(['The photo: it showed the harbour at dawn, she said.']);
  });
});
