import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../src/core/article';
import { analyze } from '../../src/core/analyze';
import { Corpus, deserializeCorpus, serializeCorpus } from '../../src/core/corpus';
import { parsePack, serializePack } from '../../src/core/pack';
import { tokenize, isStopword } from '../../src/core/text';
import { detectLanguage } from '../../src/core/language';
import { PROTOTYPE_WORDS } from '../fuzz/properties';

function story(word: string, source: string, url: string, language = 'en') {
  return makeArticle({
    url,
    title: `${word} minister ${word} says the ${word} deal is off`,
    source,
    published: '2026-03-11',
    language,
    text: [
      `“We will ${word} not accept any ${word} deal that harms our ${word} farmers,” ${word} Constructor said.`,
      `${word} Proto told reporters: “${word} __proto__ constructor toString hasOwnProperty valueOf”.`,
      `The ${word} said “the __proto__ of the constructor is toString”, according to ${word}.`,
    ].join('\n\n'),
  });
}

describe('words that name Object.prototype properties', () => {
  it.each(PROTOTYPE_WORDS)('%s in quotations, names, outlets and languages never crashes', (w) => {
    const corpus = new Corpus();
    corpus.add([
      story(w, 'The Constructor', 'https://a.example/1'),
      story(w, w, 'https://b.example/2', w),
      story(w, '__proto__', 'https://c.example/3', 'constructor'),
    ]);
    const copy = deserializeCorpus(serializeCorpus(corpus));
    const query = story(w, 'Constructor Daily', 'https://d.example/4', w);
    for (const c of [corpus, copy]) {
      const report = analyze(query, c);
      expect(report.quotes.length).toBeGreaterThan(0);
      for (const q of report.quotes) expect(query.text.slice(q.start, q.end)).toBe(q.text);
      expect(report.related.map((r) => r.source).sort()).toEqual(
        ['The Constructor', w, '__proto__'].sort(),
      );
    }
  });

  it('tokens of prototype words stay strings', () => {
    for (const w of PROTOTYPE_WORDS) {
      for (const t of tokenize(`${w} ${w.toLowerCase()}`)) expect(typeof t.norm).toBe('string');
      expect(typeof isStopword(w.toLowerCase(), w)).toBe('boolean');
    }
    expect(detectLanguage('constructor constructor constructor constructor')).toBeTypeOf('string');
  });

  it('a pack whose language and outlet are prototype words reads back unchanged', () => {
    const a = story('constructor', '__proto__', 'https://a.example/1', 'constructor');
    const [back] = parsePack(serializePack([a])).articles;
    expect(back!.source).toBe('__proto__');
  });
});
