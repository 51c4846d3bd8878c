/**
 * Language detection for articles that declare none. The engine reads five languages
 * (English, German, French, Spanish, Russian); any other text is "und", which the engine
 * treats like a text of unknown language. So the detector only needs to tell those five
 * apart and recognise when a text is none of them: the script first, then the share of
 * each language's commonest function words. It carries no language models, which keeps
 * the background worker small and quick to start.
 *
 * Kept apart from article.ts so the content script, which only reads the page's
 * declaration, does not carry the word lists.
 */
import type { Article } from './types';

/**
 * The commonest function words of each language, a word in several lists counting for
 * each. Only words frequent in news prose: a handful per sentence is enough to decide.
 */
const MARKERS: readonly (readonly [string, string])[] = [
  [
    'en',
    'the and of to in is that for it with was on as are be by this have from at he she said has were which but not they his her an will their been who would after its had there than',
  ],
  [
    'de',
    'der die und das ist nicht den mit von sich des dem auf ein eine einen einem auch es für im zu wird sie werden hat sind wurde nach bei einer aus als dass noch über sagte wie nur vor zum zur oder',
  ],
  [
    'fr',
    'le la les et des est une un du dans que qui pour pas sur au aux avec par sont ce cette mais ont été plus être selon leur sa son ses elle ne nous a aussi après entre',
  ],
  [
    'es',
    'el los las y que del en un una es por con para se su sus al lo como más pero fue ha está este esta también según entre han sobre sin muy dijo la de ya hay desde',
  ],
  [
    'ru',
    'и в во не что он она на я с со как а то все так его но да к у же за бы по только ее из от было был была были это этот этой о об для при уже также который которые после',
  ],
];

/**
 * Function words of the languages the five are most often confused with (Italian,
 * Portuguese, Dutch, Catalan, Czech, Polish, Turkish; Bulgarian and Ukrainian among
 * Cyrillic texts). When these outnumber the best of the five, the text is "und".
 */
const OTHER_MARKERS =
  'il di che della delle degli gli nel nella sono è anche non per questo questa ' + // it
  'não uma com os do da em são é ao aos na nas dos das pelo pela às foi ' + // pt
  'het een van zijn niet voor wordt ook dat worden naar deze bij tot heeft ' + // nl
  'els amb però aquest aquesta seva molt ' + // ca
  'že jsou jako také podle který která které již bylo byl jsem může není ' + // cs
  'się jest nie że przez który która także już było są jak tylko ' + // pl
  'bir ve bu için ile olarak daha çok gibi kadar olan ' + // tr
  'се са които което това със във след ще бъде ' + // bg
  'це що та як від його які було був цей також'; // uk

const WORDS = new Map<string, string[]>();
for (const [language, words] of MARKERS) {
  for (const w of new Set(words.split(' '))) {
    const list = WORDS.get(w);
    if (list) list.push(language);
    else WORDS.set(w, [language]);
  }
}
const OTHER = new Set(OTHER_MARKERS.split(' '));

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}']+/gu;
/** Letters of Ukrainian and Belarusian, and of Serbian and Macedonian Cyrillic. */
const NOT_RUSSIAN = /[іїєґўјљњћџѓќѕ]/iu;

/** Fewest marker words, and the least share of all words, that name a language. */
const MIN_HITS = 2;
const MIN_SHARE = 0.1;

/**
 * Primary language subtag of `text` among the five the engine reads ("en", "de", "fr",
 * "es", "ru"), or "und" when the text is in another language, too short or too mixed to
 * tell. Looks at the first 2,000 characters only.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 2000);
  let latin = 0;
  let cyrillic = 0;
  let letters = 0;
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyrillic++;
  }
  if (letters < 20) return 'und';
  // A script none of the five is written in: another language.
  let script: 'latin' | 'cyrillic';
  if (latin >= 0.6 * letters) script = 'latin';
  else if (cyrillic >= 0.6 * letters) script = 'cyrillic';
  else return 'und';
  if (script === 'cyrillic' && NOT_RUSSIAN.test(sample)) return 'und';

  const hits = new Map<string, number>();
  let words = 0;
  let other = 0;
  for (const match of sample.toLowerCase().matchAll(WORD)) {
    words++;
    const w = match[0].replace(/’/g, "'");
    if (OTHER.has(w)) other++;
    for (const language of WORDS.get(w) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  let best = 'und';
  let bestHits = 0;
  for (const [language, n] of hits) {
    if ((language === 'ru') !== (script === 'cyrillic')) continue;
    if (n > bestHits) {
      best = language;
      bestHits = n;
    }
  }
  // Cyrillic without the letters of its other languages is Russian unless their
  // function words say otherwise; a Latin text needs enough function words of one of four.
  if (script === 'cyrillic') return other > bestHits ? 'und' : 'ru';
  if (bestHits < MIN_HITS || bestHits < MIN_SHARE * words || other >= bestHits) return 'und';
  return best;
}

/** The article itself when its language is known, else a copy with it detected. */
export function withLanguage(article: Article): Article {
  if (article.language && article.language !== 'und') return article;
  return { ...article, language: detectLanguage(`${article.title}\n${article.text}`) };
}
