import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/gen-corpus';
import { loadBackground } from '../../src/cli/background';
import { makeArticle } from '../../src/core/article';
import { Corpus } from '../../src/core/corpus';
import { featurize, nameSkeleton } from '../../src/core/features';
import { findRelated } from '../../src/core/related';
import type { Article } from '../../src/core/types';

// Invented story: a zoo director asks other countries for animals, in English and in
// Russian. The two share no word, figure or identically spelled name: only the names
// as each language writes them.
const english = makeArticle({
  url: 'https://northgate.example/marvan-zoo',
  title: 'Marvan zoo asks for animals',
  source: 'Northgate Post',
  published: '2026-06-04T08:00:00Z',
  language: 'en',
  text: 'The zoo in Marvan has one pig left, called Khanzir. “We have asked other nations to help us fill the zoo with animals,” director Khalid Saqib said.',
});
const russian = makeArticle({
  url: 'https://severny.example/zoopark-marvana',
  title: 'Зоопарк просит о помощи',
  source: 'Северный вестник',
  published: '2026-06-04T10:00:00Z',
  language: 'ru',
  text: 'В зоопарке осталась одна свинья по кличке Канзир. «Мы просили другие страны помочь нам заполнить зоопарк животными», — сказал директор Халид Сакиб.',
});

const retrieved = (query: Article, other: Article, corpus: Corpus) =>
  findRelated(query, corpus, { background: loadBackground() }).scored.some(
    (s) => corpus.meta(s.doc).url === other.url,
  );

describe('candidates across languages and corpus sizes', () => {
  it('gives a name the same consonant skeleton in Latin, Cyrillic and Arabic letters', () => {
    expect(nameSkeleton('khanzir')).toBe(nameSkeleton('канзир'));
    expect(nameSkeleton('khanzir')).toBe(nameSkeleton('خنزير'));
    expect(nameSkeleton('saqib')).toBe(nameSkeleton('сакиб'));
    expect(nameSkeleton('saqib')).toBe(nameSkeleton('ثاقب'));
    // Too few consonants to tell one name from another.
    expect(nameSkeleton('obama')).toBe('');
  });

  it('reads an Arabic name past the article and a clitic joined to it, and jim as g', () => {
    // "the Capitol", "and the Capitol", "in the Capitol".
    for (const w of ['الكابيتول', 'والكابيتول', 'بالكابيتول'])
      expect(nameSkeleton(w)).toBe(nameSkeleton('capitol'));
    expect(nameSkeleton('جورجتاون')).toBe(nameSkeleton('georgetown'));
    // A short word keeps its letters: too little would be left without them.
    expect(nameSkeleton('البن')).toBe('lbn');
  });

  it('finds a translation that shares only transliterated names', () => {
    const corpus = Corpus.fromArticles([english, russian]);
    expect(retrieved(english, russian, corpus)).toBe(true);
    expect(retrieved(russian, english, corpus)).toBe(true);
  });

  it('finds it among hundreds of other articles, whatever their order', { timeout: 60_000 }, () => {
    const filler = generateCorpus({ articles: 300, seed: 11 }).articles;
    for (const articles of [
      [russian, english, ...filler],
      [...filler, english, russian],
    ]) {
      const corpus = Corpus.fromArticles(articles);
      expect(retrieved(english, russian, corpus)).toBe(true);
      expect(retrieved(russian, english, corpus)).toBe(true);
    }
  });

  it(
    'ranks the translation first among other articles, as the same story',
    { timeout: 60_000 },
    () => {
      const filler = generateCorpus({ articles: 200, seed: 5 }).articles;
      const corpus = Corpus.fromArticles([...filler, english, russian]);
      const { scored } = findRelated(english, corpus, { background: loadBackground() });
      expect(corpus.meta(scored[0]!.doc).url).toBe(russian.url);
      expect(scored[0]!.relation).toBe('same-story');
    },
  );

  it(
    'weighs the first articles of a bulk build against the whole corpus',
    { timeout: 60_000 },
    () => {
      // Built in one go, the first articles' rare names once weighed almost nothing: their
      // rarity was judged against the articles added before them.
      const filler = generateCorpus({ articles: 400, seed: 11 }).articles;
      const corpus = Corpus.fromArticles([english, ...filler]);
      // Stored and queried with the same rarities, an article matches itself almost fully.
      const [self] = corpus.candidates(corpus.queryVector(featurize(english)), 1);
      expect(corpus.meta(self!.doc).url).toBe(english.url);
      expect(self!.score).toBeGreaterThan(0.9);
    },
  );

  it("finds an Arabic article's translation among many Arabic articles sharing its words", () => {
    // Invented: a minister opens a bridge, in Arabic and in English. Arabic has no capitals,
    // so every word of the query gives a skeleton, and other Arabic articles about the same
    // minister, in the same everyday words, share far more of them than the translation,
    // which shares only its names, one of them (the bridge's) with no other article.
    const undated = (url: string, language: string, title: string, text: string) =>
      makeArticle({ url, title, source: new URL(url).hostname, published: null, language, text });
    const arabic = undated(
      'https://akhbar.example/jisr',
      'ar',
      'الوزير كارلو برينتانو يفتتح جسر ستالبروك',
      'افتتح الوزير كارلو برينتانو جسر ستالبروك الجديد فوق النهر يوم الثلاثاء. وقال برينتانو إن الجسر سيختصر الطريق إلى الميناء لآلاف السائقين.',
    );
    const english = undated(
      'https://northgate.example/bridge',
      'en',
      'Minister Karlo Brentano opens the Stalbrook bridge',
      'Minister Karlo Brentano opened the new Stalbrook bridge over the river on Tuesday. Brentano said the bridge would shorten the journey to the port for thousands of drivers.',
    );
    const words =
      'كارلو برينتانو افتتح الوزير الجديد فوق النهر يوم الثلاثاء وقال إن الجسر سيختصر الطريق إلى الميناء لآلاف السائقين المدينة الحكومة المشروع العمال السكان الشارع المدرسة المستشفى الكهرباء'.split(
        ' ',
      );
    const others = Array.from({ length: 120 }, (_, i) =>
      undated(
        `https://akhbar.example/other-${i}`,
        'ar',
        words.filter((_, k) => (k * 7 + i) % 5 === 0).join(' '),
        words.filter((_, k) => (k * 3 + i) % 4 !== 0).join(' ') + '.',
      ),
    );
    const corpus = Corpus.fromArticles([...others, english]);
    expect(retrieved(arabic, english, corpus)).toBe(true);
  });
});
