import { describe, expect, it } from 'vitest';
import { loadBackground } from '../../src/cli/background';
import { loadLexicon } from '../../src/cli/lexicon';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';

// Invented reports and their translations, with words the concept lexicon links.
const report = (url: string, language: string, title: string, text: string): Article =>
  makeArticle({ url, title, source: new URL(url).hostname, published: null, language, text });

const options = () => ({ background: loadBackground(), lexicon: loadLexicon() });
const relationIn = (query: Article, other: Article, corpus: Corpus) =>
  findRelated(query, corpus, options()).scored.find((s) => corpus.meta(s.doc).url === other.url)
    ?.relation ?? null;

// No name, date or cognate, and a small count (which tells no story from another): only
// the words the lexicon lists in both languages say that one translates the other.
const arLaw = report(
  'https://akhbar.example/qanun',
  'ar',
  'البرلمان يوافق على قانون الانتخابات',
  'وافق البرلمان على قانون الانتخابات الجديد بعد تصويت طويل، وقالت المعارضة إن الحكومة تجاهلت 12 من الأحزاب الصغيرة.',
);
const enLaw = report(
  'https://northgate.example/election-law',
  'en',
  'Parliament approves the election law',
  'Parliament approved the new election law after a long vote, and the opposition said the government ignored 12 small parties.',
);

describe('same story through shared lexicon concepts', () => {
  it('calls a translation that shares most of its concepts and nothing else the same story', () => {
    for (const [q, o] of [
      [arLaw, enLaw],
      [enLaw, arLaw],
    ] as const) {
      const s = findRelated(q, Corpus.fromArticles([q, o]), options()).scored[0]!;
      expect(s.anchored).toBe(true);
      expect(s.relation).toBe('same-story');
    }
  });

  it('keeps apart two stories on one topic in two languages that name different people', () => {
    const en = report(
      'https://northgate.example/minister-resigns',
      'en',
      'Minister Karlo Brentano resigns after the vote',
      'Minister Karlo Brentano resigned after parliament rejected the new election law in a long vote, and the opposition leader Ulla Marquardt said the government ignored the small parties.',
    );
    // Turkish shares almost no cognates with English: only the concepts and the names speak.
    const trOther = report(
      'https://gazete.example/bakan-istifa',
      'tr',
      'Bakan Ilse Vandrupova oylamadan sonra istifa etti',
      'Bakan Ilse Vandrupova, meclis yeni seçim yasasını uzun bir oylamada reddettikten sonra istifa etti; muhalefet lideri Pavo Lindqvist, hükümetin küçük partileri görmezden geldiğini söyledi.',
    );
    const trSame = report(
      'https://gazete.example/bakan-brentano',
      'tr',
      'Bakan Karlo Brentano oylamadan sonra istifa etti',
      'Bakan Karlo Brentano, meclis yeni seçim yasasını uzun bir oylamada reddettikten sonra istifa etti; muhalefet lideri Ulla Marquardt, hükümetin küçük partileri görmezden geldiğini söyledi.',
    );
    const pair = (a: Article, b: Article) => relationIn(a, b, Corpus.fromArticles([a, b]));
    expect(pair(en, trOther)).not.toBe('same-story');
    expect(pair(en, trSame)).toBe('same-story');
  });

  // A translated title passes for a name that the other article does not share: one such
  // name each does not tell two stories apart.
  it('still finds a translation whose only names are a newspaper title written in each language', () => {
    const en = report(
      'https://northgate.example/parliament-law',
      'en',
      'Parliament rejects the election law',
      'Parliament rejected the new election law after a long vote, the Morning Ledger reported, and the opposition said the government ignored the small parties.',
    );
    const tr = report(
      'https://gazete.example/meclis-yasa',
      'tr',
      'Meclis seçim yasasını reddetti',
      'Sabah Defteri gazetesine göre meclis yeni seçim yasasını uzun bir oylamada reddetti; muhalefet, hükümetin küçük partileri görmezden geldiğini söyledi.',
    );
    expect(relationIn(en, tr, Corpus.fromArticles([en, tr]))).toBe('same-story');
  });

  // A translation follows its original within days; two stories on one topic months apart
  // share the topic's concepts.
  it('counts shared concepts only between articles published within a week of each other', () => {
    const en = report(
      'https://northgate.example/law-rejected',
      'en',
      'Parliament rejects the election law',
      'Parliament rejected the new election law after a long vote, and the opposition said the government ignored the small parties.',
    );
    const tr = report(
      'https://gazete.example/yasa-reddedildi',
      'tr',
      'Meclis seçim yasasını reddetti',
      'Meclis yeni seçim yasasını uzun bir oylamada reddetti; muhalefet, hükümetin küçük partileri görmezden geldiğini söyledi.',
    );
    const dated = (a: Article, published: string) => makeArticle({ ...a, published });
    const pair = (a: Article, b: Article) => relationIn(a, b, Corpus.fromArticles([a, b]));
    const enDated = dated(en, '2026-04-15T09:00:00Z');
    expect(pair(enDated, dated(tr, '2026-04-16T09:00:00Z'))).toBe('same-story');
    expect(pair(enDated, dated(tr, '2026-10-08T09:00:00Z'))).toBeNull();
  });
});
