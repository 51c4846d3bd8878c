/**
 * Speaker attribution: who said a quotation, read from the sentence around it.
 *
 * Looks for a reporting verb next to a name ("…," Ilse Brandvold said / said
 * Brandvold / according to Brandvold / Brandvold: "…") in English, German, French,
 * Spanish and Russian, strips titles, and resolves "he said" only when a single
 * named person comes before it. Unknown beats wrong: anything doubtful gives null.
 *
 * Offsets are UTF-16 code units into the article text; `end` is exclusive.
 */
import type { AttributionMethod } from './types';
import { PARAGRAPH_SEPARATOR } from './types';
import {
  type Gender,
  NAME_PATTERN,
  NameIndex,
  PRONOUNS,
  cleanName,
  findNames,
  genderOfPronoun,
  isOrganisation,
  isTitle,
  joinName,
  type NameMention,
  nameSource,
} from './names';
import WORDS from './data/attribution-words.json';
import { narrowedRegExp } from './letters';

/** A quotation span as the extractor found it. */
export interface QuoteSpan {
  /** First character inside the marks (after trimming inner spaces). */
  start: number;
  /** Just past the last character inside the marks (exclusive). */
  end: number;
  /** Offset of the opening mark. */
  openPos: number;
  /** Just past the closing mark (exclusive); the paragraph end when the mark is missing. */
  closeEnd: number;
  /** Paragraph where the quotation opens and where it closes. */
  paragraph: number;
  endParagraph: number;
  /** How many other quotations contain this one (0 = top level). */
  depth: number;
}

/** A speaker and how the text names them. */
export interface Attribution {
  /** The speaker's name, the fullest form the article uses, titles stripped. */
  speaker: string;
  method: AttributionMethod;
}

/** What the attributor learnt about one quotation. */
export interface QuoteAttribution {
  attribution: Attribution | null;
  /** True when a reporting verb or "according to" sits next to the quotation, named or not. */
  hasCue: boolean;
  /** True when the text presents the quotation as a name or term ("the so-called …"). */
  isNamed: boolean;
  /**
   * True when the quotation stands where a name goes: right after "told", "on",
   * "titled" and the like (Dahl told "Morning at the Harbour", a radio show).
   */
  nameSlot: boolean;
}

const WORD_START = String.raw`(?<![\p{L}\p{M}])`;
/**
 * A Unicode pattern written as a template, uRe`…`: the bundle keeps it with single
 * backslashes, where a literal with \p{…} is rewritten as a string with doubled ones.
 */
const uRe = (s: TemplateStringsArray): RegExp => narrowedRegExp(s.raw[0]!, 'u');

/**
 * Words after which a quotation in title case is the name of a show, book or
 * paper, an outlet's possessive included ("told NBC's “Meet the Harbour”").
 */
const NAME_SLOT =
  /(?:(?<![\p{L}\p{M}])(?:told|tells|telling|on|in|to|with|from|at|by|titled|entitled|named|dubbed|called|book|show|program|programme|film|movie|song|album|column|article|op-ed|editorial|newspaper|magazine)|\p{Lu}[\p{L}\p{M}.]*['’]s)[ \u00A0]*$/iu;

/**
 * Words after which a quotation is the name of a publication, programme, work,
 * party or operation, whatever its wording. German compounds end in the noun
 * ("Tageszeitung „…“", "Musikzeitschrift „…“"); aliases and sources too: "kurz
 * „…“", "genannt „…“", "laut „…“".
 */
const DE_WORK_BEFORE = narrowedRegExp(
  String.raw`(?:(?:zeitung|blatt|magazin(?:e?s)?|zeitschrift|agentur|senders?|films?|buch(?:es)?|titeln?|motto|lied|song|album|musical|operation|partei|organisation|aktion|kampagne|studie|programms?|projekt|sendung|serie|show|typs?|version|tour|überschrift|namen|bündnis(?:ses)?|preis(?:es)?|roman|spiels?|reihe|festival|turnier|netzwerks?|slogan|schriftzug|prädikat|grundsatz|portal|ausgabe|verlags?|stiftung|erscheinenden?)|(?:themen|titeln?|klassikern?|werken?|filmen?|büchern?|liedern?|songs|alben|romanen?|serien|sendungen|zeitungen|zeitschriften|marken)\s+wie(?:\s+(?:etwa|zum\s+Beispiel))?|${WORD_START}(?:kurz|genannt|namens|etwa|deutsch|engl|übersetzt|laut))[.:]?\s*$`,
  'iu',
);
/**
 * A German noun for a work right before the mark; after a colon only when the
 * words are shaped like a name, since "sagte der Zeitschrift: „…“" reports speech.
 */
function workBeforeGerman(before: string, quoted: string): boolean {
  // A company, club or tribe is named in a few words; after "das Unternehmen" a
  // clause in marks is someone's words ("muss das Unternehmen „alle Kunden … informieren“").
  if (DE_COMPANY_BEFORE.test(before))
    return quoted.split(/\s+/u).length <= 5 && !/[.!?,;:…]$/u.test(quoted);
  // "Den Namen der Sendung gab das ZDF bekannt: „…“": a work named in the colon's clause.
  if (!DE_WORK_BEFORE.test(before)) return false;
  // Lower-case words after the noun, as its predicate, are someone's: "war das Spiel
  // „ein großer Erfolg“", "nannte das Spiel „großartig“" (a name: "die Zeitung „taz“").
  if (/^\p{Ll}/u.test(quoted) && (/^eine?[mnrs]?\s/u.test(quoted) || DE_CALLING.test(before)))
    return false;
  return !/:\s*$/u.test(before) || DE_ALIAS_COLON.test(before) || looksLikeGermanName(quoted);
}
/**
 * A work named in the clause before a colon: "Den Namen der Sendung gab … bekannt:",
 * "présenta son nouvel album :".
 */
const WORK_IN_COLON_CLAUSE = uRe`(?:(?:^|[\s(])(?:[DdIiSsEe]\p{Ll}{2,5}|neue[ns]?)\s+(?:\p{Ll}+\s+)?(?:Namen|Titel|CD|Album|Single|(?:Fernseh)?[Ss]endung|Film|Buch|Roman|Song|Lied)|(?<!\p{L})(?:album|álbum|film|película|livre|libro|roman|novela|альбом|фильм|книгу|книга))(?!\p{L})[^„“”"»«_:.!?]{0,80}:\s*$`;
/** "Wie „…“ berichtet": the quotation names the outlet that reports. */
function outletThatReports(before: string, after: string): boolean {
  return (
    /(?:^|[.!?:;,(])[\s]*[Ww]ie\s*$/u.test(before) &&
    /^\s*(?:berichtet|berichtete|berichten|berichteten|meldet|meldete|schreibt|schrieb|online\s+berichtet)(?![\p{L}\p{M}])/u.test(
      after,
    )
  );
}
/** Verbs of calling something ("nannte", "bezeichnete"). */
const DE_CALLING = narrowedRegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${WORDS.deTermFrames.join('|')})(?![\p{L}\p{M}])`,
  'iu',
);
/** Nouns for a company, a club or a tribe right before the mark ("Softwarefirma „…“"). */
const DE_COMPANY_BEFORE =
  /(?:firma|konzern|konzerns|unternehmen|unternehmens|verein|vereins|stamm|stamms)\s*$/iu;
/** A translation or an alias announced with a colon: "(übersetzt etwa: „…“)". */
const DE_ALIAS_COLON = narrowedRegExp(
  String.raw`${WORD_START}(?:übersetzt|deutsch|kurz|genannt)(?:\s+etwa)?:\s*$`,
  'iu',
);
/** The same in English, French, Spanish and Russian, where the noun is a word of its own. */
const WORK_BEFORE = narrowedRegExp(
  String.raw`${WORD_START}(?:newspaper|quotidien|hebdomadaire|émission|livre|parti|opération|periódico|diario|revista|programa|película|libro|partido|operación|газета|газеты|газете|газету|журнал|журнала|журналу|фильм|фильма|книга|книги|книгу|программа|программы|программе|партия|партии|операция|операции|передача|передачи|издание|издания|телеканал|телеканала|песня|песни|компания|компании|компанию|компанией|фирма|фирмы|холдинг|холдинга|завод|завода|заводе|банк|банка|фонд|фонда)[ \u00A0]*$`,
  'iu',
);
/**
 * More nouns and participles for works in French, Spanish and Russian ("la chanson
 * « … »", "la novela titulada « … »", "сериал « … »"), kept apart from English, where
 * "Time magazine: “…”" reports speech.
 */
const WORK_BEFORE_FR_ES_RU = narrowedRegExp(
  String.raw`${WORD_START}(?:film|journal|magazine|chanson|roman|série|album|titre|intitulée?s?|baptisée?s?|canción|álbum|novela|serie|título|titulad[oa]s?|bautizad[oa]s?|альбом|альбома|сериал|сериала|названием)[ \u00A0]*$`,
  'iu',
);
/** After the closing mark: a compound ("„Bild“-Zeitung") or an acronym in brackets ("… (CUD)"). */
const WORK_AFTER = /^(?:-\p{L}|[ \u00A0]*\(\p{Lu}{2,}[\p{Lu}\d-]*\))/u;
/** A German definite article, alone or merged with a preposition, right before the mark. */
const DE_DEFINITE_BEFORE = /(?:^|[\s(])(?:der|die|das|des|dem|den|im|zum|zur|vom|beim|am)\s*$/iu;
/**
 * A short run of capitalised words with no sentence punctuation ("Die Zeit",
 * "Computerwoche", "Red Bull Racing"): a name when the context says so.
 */
function looksLikeGermanName(quoted: string): boolean {
  const words = quoted.split(/\s+/u).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 5 &&
    /^[\p{Lu}\d]/u.test(quoted) &&
    !/[.!?,;:…]$/u.test(quoted) &&
    !/[.!?]\s/u.test(quoted)
  );
}

/**
 * German names a thing right after the noun for it, with no article between:
 * "die britische Rockband „U2“", "des Internetdienstes „E!Online“", "dem Stern
 * „HD 13189“". A short capitalised quotation right after a capitalised word
 * inside the sentence is that thing's name.
 */
function namedByNounBefore(before: string, quoted: string): boolean {
  const m = uRe`(?:^|[ \u00A0(])(\p{Lu}[\p{L}\p{M}-]+)\s*$`.exec(before);
  if (!m || !looksLikeGermanName(quoted)) return false;
  // The noun must stand inside the sentence: a capitalised word that opens it may be a name.
  const lead = before.slice(0, m.index).trimEnd();
  return (
    lead !== '' &&
    !/[.!?:;„“"»«]$/u.test(lead) &&
    !isTitle(m[1]!) &&
    !DE_SPEECH_NOUNS.has(m[1]!.toLowerCase())
  );
}
/** Nouns for words someone said or wrote: "mit der Parole „Wir kommen wieder“". */
const DE_SPEECH_NOUNS = new Set(WORDS.deSpeechNouns);

/**
 * Up to three words shaped like a brand, product or site rather than speech: a
 * word mixing letters and digits ("Europa21", "Baa3"), a capital inside a word
 * ("YouTube", "iPod"), or a domain ("amazon.de").
 */
function looksLikeBrand(quoted: string): boolean {
  const words = quoted.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 3 || /[.!?,;:…]$/u.test(quoted)) return false;
  return words.some(
    (w) =>
      (/\p{L}/u.test(w) && /\d/u.test(w) && !/^\d+(?:\.|er|te|ten)?$/u.test(w)) ||
      /\p{Ll}\p{Lu}/u.test(w) ||
      /\p{L}[!.]\p{L}{2,}$/u.test(w),
  );
}

/**
 * Verbs of naming around a quotation make it a name: "die sich selbst „…“ nennt",
 * "der Name lautet „…“", "auch „Apogäum“ genannt", "das als „…“ bekannte Lager".
 */
const DE_NAMING_BEFORE = narrowedRegExp(
  String.raw`${WORD_START}(?:sich\s+selbst|lautet|lauten|lautete|heißt|hieß|(?:nennt|nannte|nennen|nannten)(?:\s+(?:er|sie|es))?\s+sich)(?:\s+also)?\s*$`,
  'u',
);
const DE_NAMING_AFTER = uRe`^\s*(?:,\s*(?:wie\s+(?:sich\s+)?[^,.;:]{0,40}?(?:nennt|nennen|nannte|nannten|genannt\s+wird)|(?:comme|como|как)\s+(?:se\s+(?:nomme(?:nt)?|f(?:ait|ont)\s+appeler|hacen?\s+llamar|llaman?)|(?:себя\s+)?называ(?:ет|ют)))|genannt|nennt|nennen|nannte|nannten|heißt|hieß|lautet|lauten|bekannt|bekannte[nmrs]?|getauft|betitelt)(?!\p{L})(?!\s+es(?!\p{L}))`;

/** "(„…“)": a translation or an alias in brackets. */
const IN_BRACKETS_BEFORE = /\(\s*$/u;

/** "so-called" and its equivalents right before the opening mark. */
const SO_CALLED =
  /(?:so-called|so called|sogenannte[nmrs]?|so genannte[nmrs]?|soi-disant|llamad[oa]s?|denominad[oa]s?|так называем\p{L}+)\s*$/iu;

/** Reporting verbs per language, in the forms news prose uses around a quotation. */
const VERBS = new Map<string, string[]>(Object.entries(WORDS.verbs));

/** "according to X" and its equivalents, which take the name after them. */
const ACCORDING = WORDS.according;

/**
 * Words that introduce someone's words without being a plain "said": enough to
 * call a short quotation a statement, and to take the sentence's subject as speaker.
 */
const CUE_WORDS = WORDS.cueWords;

/** Words that may sit between a subject and its verb ("Brandvold later said", "he has said"). */
const ADVERBS = WORDS.adverbs;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Alternation of phrases, longest first; with `capitalised`, each also with a capital
 * first letter (for phrases that open sentences, such as "According to").
 */
function alternation(list: string[], capitalised = false): string {
  const all = new Set<string>();
  for (const w of list) {
    all.add(w);
    if (capitalised) all.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      escape(w)
        .replace(/ /g, String.raw`[ \u00A0]+`)
        .replace(/'/g, "['’]"),
    )
    .join('|');
}

/** End of a word in any script (JavaScript's \b only knows ASCII letters). */
const WB = String.raw`(?![\p{L}\p{M}])`;
// Start of a word; a hyphen before it makes it part of a compound ("so-called").
const WS = String.raw`(?<![\p{L}\p{M}\-])`;

function verbsFor(language: string): string[] {
  const langs = VERBS.has(language) ? [language, 'en'] : [...VERBS.keys()];
  const out: string[] = [];
  for (const l of langs) {
    for (const v of VERBS.get(l)!) {
      // German "so Brandvold" is only a reporting phrase in German text.
      if (v === 'so' && !(l === 'de' && (language === 'de' || !VERBS.has(language)))) continue;
      out.push(v);
    }
  }
  return out;
}

/** Compiled patterns for one language setting. */
interface Patterns {
  afterSubjVerb: RegExp;
  afterVerbSubj: RegExp;
  afterFrenchInversion: RegExp;
  afterAccording: RegExp;
  afterSo: RegExp;
  /** German ", so Gall," / ", so urteilte Romney" / ", so der Minister Gall" anywhere in the sentence. */
  soAside: RegExp;
  /** "“…” - Ilse Brandvold": a dash and a name after the quotation. */
  afterDash: RegExp;
  beforeColon: RegExp;
  /** "Für den Theologen Hans Küng ist der Rücktritt „…“", "Pour Anne Morel, « … »": a view credited to someone. */
  beforeViewOf: RegExp;
  beforeColonVerb: RegExp;
  beforeAccording: RegExp;
  beforePossessive: RegExp;
  beforeSubjVerb: RegExp;
  beforeVerbSubj: RegExp;
  afterVerbSubjLoose: RegExp;
  beforeSubjCue: RegExp;
  beforeRoleVerb: RegExp;
  afterRoleVerb: RegExp;
  afterVerbRole: RegExp;
  /**
   * Spanish leaves the subject out: "«…», afirmó." or "«…», dijo a la prensa.": the
   * verb alone closes the sentence, its subject the person the text is about.
   */
  afterVerbAlone: RegExp | null;
  /** ", Schiff said." / ", said Schiff." closing a sentence: group 1 or 2 is the name. */
  sentenceEndClause: RegExp;
  /**
   * The sentence's reporting clause after words that follow the quotation:
   * "“…” for Clinton, said Kunin." / "“…” by its allies, Clinton said at a town
   * hall." Group 1 or 2 is the name; group 3 a pronoun, only when the clause
   * ends the sentence ("“…” and took weeks, she said.").
   */
  laterClause: RegExp;
  /** A reporting verb right at the end of a text. */
  verbAtEnd: RegExp;
  beforeApposVerb: RegExp;
  /** Any reporting verb, "according to", or a word that introduces someone's words. */
  cue: RegExp;
}

const cache = new Map<string, Patterns>();

function patterns(language: string): Patterns {
  const key = VERBS.has(language) ? language : 'und';
  const hit = cache.get(key);
  if (hit) return hit;
  const verbList = verbsFor(key);
  const verb = `(?:${alternation(verbList.filter((v) => v !== 'so'))})${WB}`;
  // A sentence may open with the verb: "Said Brandvold, “…”".
  const verbCap = `(?:${alternation(
    verbList.filter((v) => v !== 'so'),
    true,
  )})${WB}`;
  // A name after a preposition is its object: "asks at Larsberg High School, “…”".
  const notPrep = String.raw`(?!(?:at|in|on|to|with|from|for|of|by|about|during|after|before|into|à|en|de|dans|en|a|al|con|por|para|в|на|с|к|по)[ \u00A0])`;
  const pron = `${WS}(?:${alternation([...PRONOUNS], true)})${WB}`;
  const subj = `(${WS}${NAME_PATTERN}|${pron})`;
  // A name right after "of" belongs to a longer phrase ("the mayor of Larsberg",
  // "the Ministry of Agriculture"): never read it as the subject.
  const notAfterOf = String.raw`(?<![ \u00A0](?:of|for|from|at|in|on|by|with|like|than|to|about|against|between|de|du|des|der|die|von|vom|für|del|la|le)[ \u00A0])`;
  const adv = `(?:(?:${alternation(ADVERBS)}|\\p{Ll}+ly)[ \\u00A0]+){0,2}`;
  // Where someone is from, between the name and the verb: "Ilse Brandvold of Nordmark said".
  // Not after "the": "the Federation of Harbour Pilots" is an organisation.
  // An institution's name may run over "for", "of", "on" ("of the Centre for Harbour
  // Studies").
  const ofPlace = `(?:(?<![Tt]he[ \\u00A0]+${NAME_PATTERN}),?[ \\u00A0]+(?:of|from)[ \\u00A0]+(?:the[ \\u00A0]+)?${NAME_PATTERN}(?:[ \\u00A0](?:for|of|on|and)[ \\u00A0]${NAME_PATTERN}){0,2},?)?`;
  // Before a verb, a name preceded by a preposition is its complement. Name particles
  // ("de Blasio", "von der Leyen") are no prepositions here, and a subject never
  // starts in the middle of a capitalised run ("with Harbour Watch USA, …, said").
  const notAfterPrep = String.raw`(?<![ \u00A0](?:of|for|from|at|in|on|by|with|für|vom)[ \u00A0](?:the[ \u00A0])?)(?<!\p{Lu}[\p{L}\p{M}'’\-.]*[ \u00A0])`;
  const subjBefore = `(${WS}${notAfterPrep}${NAME_PATTERN}|${pron})`;
  // The same where "with" may lead a subject ("with Sen. Moe calling it …").
  const subjInside = String.raw`(${WS}(?<![ \u00A0](?:of|for|from|at|in|on|by)[ \u00A0](?:the[ \u00A0])?)(?<!\p{Lu}[\p{L}\p{M}'’\-]*[ \u00A0])(?<!(?<![\p{L}])\p{Lu}\.[ \u00A0])${NAME_PATTERN}|${pron})`;
  // A party and state tag after a name: "Hakeem Jeffries (D-N.Y.) said".
  const paren = String.raw`(?:[ \u00A0]*\([^)]{1,30}\))?`;
  // An apposition ("Brandvold, the minister, said"); after a quotation also a bare
  // comma ("…," the assailant, Olav Dahl, told reporters).
  // In English the aside may hold a short title in marks: "Moe, host of the show
  // “Harbour Hour,” thanked …", "Holm, the author of “Going Under,” a book …, said".
  const appos =
    key === 'en'
      ? String.raw`(?:,\s(?:[^,;:_"“”«»„]|${TITLE_IN_ASIDE}){1,200}?(?:,|${TITLE_IN_ASIDE}(?=\s+\p{Ll})))?`
      : String.raw`(?:,[ \u00A0][^,;:_"“”«»„]{1,90}?,)?`;
  // An aside may hold commas of its own: an age, a place and its state ("…," Ada
  // Lunde, 67, a retired nurse in Larsberg, Nordmark, said).
  // A bare comma before "said Name" is the inversion's: the name before it is no subject
  // ("“…” in its dealings with Larsberg, said Per Haug").
  // In English a role with its institution may stand between the verb and the name
  // at the end of a sentence: "…, said Nordby State University professor Per Haug."
  const laterRole =
    key === 'en'
      ? String.raw`(?:(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){1,4}(?!(?:on|at|in|of|for|to|from|after|before|during)\s)\p{Ll}[\p{L}\p{M}\-]*\s+|the\s+(?:[\p{L}’']+\s+){0,3}\p{Ll}+,\s+)?`
      : '';
  // Before "Name said" at the end of the sentence, a role with its institution:
  // "…, Harbour Board senior counsel Kari Lunde wrote."
  const roleBeforeName =
    key === 'en'
      ? String.raw`(?:(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){1,4}(?:\p{Ll}[\p{L}\p{M}\-]*\s+){1,3})?`
      : '';
  // English news may leave a descriptive aside unclosed: "…” Nate Holm, the
  // polling analyst at the Ledger tweeted on Monday."
  const openAside =
    key === 'en' ? String.raw`|,\s(?:the|a|an)\s[^,;:_"“”«»„]{1,120}?(?<!\b(?:and|or))` : '';
  const apposAfter = String.raw`(?:(?:,[ \u00A0](?:[^,;:_"“”«»„]${key === 'en' ? '|' + TITLE_IN_ASIDE : ''}){1,170}?){1,4},|,(?![ \u00A0]+(?:said|says|added|adds|wrote|writes|noted|explained|argued|insisted|warned|continued)[ \u00A0]+\p{Lu})${openAside})?`;
  const lowerWord = String.raw`\p{Ll}[\p{L}\p{M}'’\-]*`;
  // A quotation inside the descriptor (blanked by the mask) is a name such as a
  // company's: "директор компании «Лесной двор» Дарья Ковалёва". Only a short one
  // (a name, up to 30 characters) may come first: a longer one is the next
  // quotation, which the pattern must not skip.
  const maskedQuote = String.raw`[«»"“”„‚‘’'‹›][ \u00A0]*_+[ \u00A0]*[«»"“”„‚‘’'‹›]`;
  const maskedName = String.raw`[«»"“”„‚‘’'‹›][ \u00A0]*_{1,30}[ \u00A0]*[«»"“”„‚‘’'‹›]`;
  const descr = String.raw`(?:(?:${lowerWord}|${maskedName})[ \u00A0]+(?:(?:${lowerWord}|${maskedQuote})[ \u00A0]+){0,5})?(?:${lowerWord},[ \u00A0]+)?`;
  // Punctuation and closing marks of an enclosing quotation between the mark and the words.
  const lead = String.raw`^[\s,;:.!?—–\-'"’”»“]*`;
  // Descriptive words before the subject: "…," Republican chairman Rence Priebus said.
  const prefix = String.raw`(?:[\p{L}\p{M}${key === 'en' ? '\\p{N}' : ''}.'’\-]+,?[ \u00A0]+){0,8}?`;
  // A pronoun is never described: words before it belong to another clause ("…"
  // and spent the funds, he said).
  // English role words may hold a figure: "Fight for $15 organizing director".
  const prefixWord =
    key === 'en' ? String.raw`[\p{L}\p{M}\p{N}$.'’\-]` : String.raw`[\p{L}\p{M}.'’\-]`;
  const prefixNoPronoun = String.raw`(?:|(?:${prefixWord}+,?[ \u00A0]+){1,8}?(?!${pron}))`;
  // "Brandvold wrote:" after a quotation introduces the next one, not this one.
  const notColon = String.raw`(?![ \u00A0]*:\s*(?:["“]|$))`;
  const according = `(?:${alternation(ACCORDING, true)})${WB}`;
  // The article before a role. Russian has none; German capitalises the role noun.
  const det =
    key === 'ru'
      ? ''
      : key === 'de'
        ? String.raw`(?:[Dd]er|[Dd]ie)\s+(?:\p{Ll}+\s+)?`
        : String.raw`(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ee]l)[ \u00A0]+|[Ll]['’])`;
  const roleHead = key === 'de' ? String.raw`\p{Lu}[\p{L}\p{M}\-]*` : lowerWord;
  // English roles may name a place first: "the Florida senator", "the New Hampshire governor".
  const rolePlace = key === 'en' ? String.raw`(?:\p{Lu}[\p{L}\p{M}]+\s+){0,2}` : '';
  const roleWords = String.raw`${rolePlace}${roleHead}[ \u00A0]+(?:${lowerWord}[ \u00A0]+){0,5}?`;
  const roleEnd = String.raw`${roleHead}(?:[ \u00A0]+${lowerWord}){0,5}`;
  // Built narrowed (see letters.ts) straight from the sources.
  const rx = narrowedRegExp;
  // Words a phrase may take before the verb that leads into the words: German puts any
  // phrase first and the subject after the verb ("In seiner Rede im Bundestag sagte er:").
  const frontWords = key === 'de' ? 6 : 2;
  // English writes apostrophes inside words ("didn't", "Berg's"): no quotation mark.
  const inWordApostrophe = key === 'en' ? String.raw`|(?<=\p{L})['’](?=\p{L})` : '';
  const p: Patterns = {
    // English news may capitalise the verb of the brand ("“…” Moe Tweeted on Friday");
    // "started" before a stop or a comma opens the words ("“…?” Moe started."); "did
    // say" and the like stress the verb ("Acknowledging that Berg “…” though, Moe did
    // suggest that …").
    afterSubjVerb: rx(
      `${lead}${prefixNoPronoun}${notAfterOf}${subj}${ofPlace}${paren}${apposAfter}[ \\u00A0]+${adv}(${verb}|Tweeted|started(?=[.,])|did\\s(?:say|suggest|note|add))${notColon}`,
      'u',
    ),
    // A pronoun right after the verb is the subject, whatever follows ("sagte sie am Montag").
    afterVerbSubj: rx(`${lead}${adv}(${verb})[ \\u00A0]+(?:(?=${pron})|${descr})${subj}`, 'u'),
    afterFrenchInversion: rx(
      String.raw`${lead}(?:a|avait|\p{Ll}+)-t-(il|elle)${WB}|${lead}(?:dit|ajoute|explique|estime|déclare|affirme|souligne|poursuit|conclut|précise|répond|assure|lance|insiste)-(il|elle)${WB}`,
      'u',
    ),
    afterAccording: rx(`${lead}${according}[ \\u00A0]+${descr}(${NAME_PATTERN})`, 'u'),
    afterSo: rx(`${lead}so[ \\u00A0]+(${NAME_PATTERN})`, 'u'),
    soAside: rx(
      String.raw`(?:^|[,;(—–]|[„“”"»«][ \u00A0]*)[ \u00A0]*[Ss]o[ \u00A0]+(?:(?!lautet|lauten|heißt|hieß|genannt)\p{Ll}+[ \u00A0]+)?(?:(?:der|die|des)[ \u00A0]+(?:(?:\p{Ll}[\p{L}\p{M}\-]*|\p{Lu}[\p{L}\p{M}\-]*)[ \u00A0]+){0,4}?)?(${NAME_PATTERN})(?=[ \u00A0]*(?:[,.;:!?)]|$|[ \u00A0]+(?:weiter|selbst|zudem|auch|dazu|abschließend|gegenüber)))`,
      'gu',
    ),
    afterDash: rx(
      `^[ \\u00A0]*[—–\\-][ \\u00A0]*(${NAME_PATTERN})(?=[ \\u00A0]*(?:[,.;:(]|$))`,
      'u',
    ),
    beforeColon: rx(`^[\\s—–\\-]*(${NAME_PATTERN})[ \\u00A0]*:[\\s]*$`, 'u'),
    beforeViewOf: rx(
      String.raw`^[\s—–\-]*(?:Für|Pour|Para${key === 'en' ? '|To' : ''})[ \u00A0]+(?:(?:den|die|das|dem|der|le|la|les|el|los|las)[ \u00A0]+|l['’])?${descr}(${NAME_PATTERN})${paren}(?=[ \u00A0]*,|[ \u00A0]+(?:ist|sei|seien|sind|war|wäre|waren|bleibt|bliebe|steht|stehe|gilt|gelte)${WB})`,
      'u',
    ),
    // "Brandvold gloated:", "Brandvold, the mayor, went on:": the sentence is the
    // subject and a short verb phrase that introduces the words after the colon.
    beforeColonVerb: rx(
      `^[\\s—–\\-]*(?:(?:And|But|So|Then)[ \\u00A0]+)?(${WS}${NAME_PATTERN})${paren}${appos}[ \\u00A0]+${adv}(?:\\p{Ll}[\\p{L}\\p{M}'’\\-]*[ \\u00A0]+){0,2}\\p{Ll}[\\p{L}\\p{M}'’\\-]*[ \\u00A0]*:[\\s]*$`,
      'u',
    ),
    beforeAccording: rx(`${WS}${according}[ \\u00A0]+${descr}(${NAME_PATTERN})`, 'gu'),
    // "Brandvold's statement read:", also with an aside and a short verb phrase
    // before the colon: "Brandvold's statement, released an hour later, struck a
    // similar tone:".
    beforePossessive: rx(
      String.raw`(${NAME_PATTERN})['’]s?[ \u00A0]+(?:own[ \u00A0]+)?(?:words|statement|remarks|comments|tweet|letter|message|speech|post|response|reply|account|answer)${WB}(?:[\s,:]*|(?:,[ \u00A0][^,;:_"“”«»„]{1,90}?,)?(?:[ \u00A0]+(?:read|reads|said|says|was|were|went)[\s,:]*|(?:[ \u00A0]+\p{Ll}[\p{L}\p{M}'’\-]*){1,6}[ \u00A0]*:\s*))$`,
      'gu',
    ),
    beforeSubjVerb: rx(
      `${subjBefore}${ofPlace}${paren}${appos}(?<=\\)|[\\p{L}\\p{M}.,])(?:(?<=\\)),)?[ \\u00A0]+${adv}(${verb})`,
      'gu',
    ),
    beforeVerbSubj: rx(
      `(?:^[\\s—–\\-]*(?:[\\p{L}\\p{M}\\d]+,?[ \\u00A0]+){0,${frontWords}}?|,[ \\u00A0]+)(?!(?:told|tells|Told|Tells)${WB})(${verbCap})[ \\u00A0]+(?:${notPrep}\\p{Ll}+[ \\u00A0]+){0,2}${subj}(?:${paren})?(?:,[ \\u00A0][^,;:_"“”«»„]{1,90}?,|[ \\u00A0]*[:,])[\\s]*$`,
      'u',
    ),
    afterVerbSubjLoose: rx(
      `${lead}${adv}(${verb})[ \\u00A0]+${prefix}${notAfterOf}${subj}(?:[ \\u00A0]+(?:of|from)[ \\u00A0]+${NAME_PATTERN})?(?=[ \\u00A0]*(?:[,.;:!?(]|$))`,
      'u',
    ),
    // In English, not a name inside a longer one or after "of the" ("Petrilli,
    // president of the Thomas B. Fordham Institute, tied …, saying").
    beforeSubjCue: rx(
      `${key === 'en' ? subjInside : notAfterOf + subj}${ofPlace}${appos}[ \\u00A0]+${adv}(?:${alternation(CUE_WORDS)})${WB}`,
      'gu',
    ),
    cue: rx(`${WS}(?:${verb}|${according}|${alternation(CUE_WORDS)}${WB})`, 'u'),
    verbAtEnd: rx(`${WS}(?:${verb})[ \\u00A0]+$`, 'u'),
    laterClause: rx(
      String.raw`^(?:[^_«»"“”„‚‘’'‹›]${inWordApostrophe}){1,120}?,[ \u00A0]+(?:${roleBeforeName}${notAfterOf}(${WS}${NAME_PATTERN})${paren}[ \u00A0]+${adv}(?:${verb})|(?:${verb})[ \u00A0]+${laterRole}(${WS}${NAME_PATTERN})|(${pron})[ \u00A0]+${adv}(?:${verb})(?=[ \u00A0]*(?:[.!?]|$)))(?=[ \u00A0]*(?:[.!?]|$)|,[ \u00A0]+(?:\p{Ll}|\d)|[ \u00A0]+(?:at|on|in|during|after|before|while|when|last|this|am|im|bei|nach|vor|auf|gegenüber|au|à|en|dans|lors|durante|tras|ante|в|на|во)${WB}[^,;:]{0,80}[.!?,]?\s*$)`,
      'u',
    ),
    sentenceEndClause: rx(
      `,[ \\u00A0]+(?:(?:\\p{Ll}[\\p{L}\\p{M}\\-]*[ \\u00A0]+){0,3}${notAfterOf}(${WS}${NAME_PATTERN})[ \\u00A0]+${adv}(?:${verb})|(?:${verb})[ \\u00A0]+(${WS}${NAME_PATTERN}))[ \\u00A0]*[.!?]$`,
      'u',
    ),
    // A name set off by commas right before the verb: "A ferry captain, Sigrun
    // Holm, said …", "the director of the bureau, Kari M. Lunde, said …".
    beforeApposVerb: rx(
      `(?:,|\\s--|\\s[—–])[ \\u00A0]+(${WS}${NAME_PATTERN})(?:,|(?:,[^,—–]{1,80})?\\s(?:--|[—–]))[ \\u00A0]+${adv}(${verb}|called|dubbed)`,
      'gu',
    ),
    // A definite role as the subject: "La secrétaire générale du syndicat assure que …",
    // "…," the minister said.
    beforeRoleVerb: rx(`^[\\s—–\\-]*${det}(${roleWords})${adv}(${verb})`, 'u'),
    afterRoleVerb: rx(`${lead}${det}(${roleWords})${adv}(${verb})`, 'u'),
    afterVerbRole: rx(
      `${lead}${adv}(${verb})[ \\u00A0]+${det}(${roleEnd})(?=[ \\u00A0]*(?:[,.;:!?]|$))`,
      'u',
    ),
    // Only a phrase that holds no subject may follow: lower case, no article closing
    // the sentence ("…, afirmó en un comunicado el ministerio.").
    afterVerbAlone:
      key === 'es'
        ? rx(
            String.raw`^[ \u00A0]*,[ \u00A0]*(${verb})(?=[ \u00A0]*[.;]|[ \u00A0]+(?:a|en|ante|durante|tras|desde|luego|después|también|además|hoy|ayer)[ \u00A0][^.;:!?«»"“”\p{Lu}]{0,80}?(?<!(?<!(?:a|al|en|de|del|con|ante|para|por|sobre|tras|desde)[ \u00A0]+)(?:el|la|los|las)[ \u00A0]+\p{Ll}+)[ \u00A0]*[.;])`,
            'u',
          )
        : null,
  };
  cache.set(key, p);
  return p;
}

/** "Die Lage ist Karl Holm zufolge „…“": a full name, with no article, before "zufolge". */
const DE_ZUFOLGE = uRe`(?<!(?:der|dem|des|den) )(\p{Lu}\p{L}+\s+\p{Lu}\p{L}+)\s+zufolge\s`;

/** Documents a body speaks through: "Erklärung", "Mitteilung", "Webseite". */
const DE_DOCUMENT = String.raw`(?:Erklärung|Mitteilung|Pressemitteilung|Presseerklärung|Stellungnahme|Verlautbarung|Schreiben|Website|Webseite|Internetseite|Homepage)`;

/** "In einer Erklärung der Deutschen Bahn heißt es:": the body whose document is quoted. */
const DE_DOCUMENT_BEFORE = narrowedRegExp(
  String.raw`(?:^|[.!?]\s+|,\s+)(?:[Ii]n|[Aa]uf)\s+(?:einer|einem|der|dem|ihrer|seiner)\s+(?:\p{Ll}+\s+){0,2}${DE_DOCUMENT}\s+(?:der|des|von|vom)\s+(${NAME_PATTERN})(?:\s+\p{Ll}+){0,3}?\s+(?:heißt|hieß)\s+es(?:\s+\p{Ll}+){0,3}\s*:\s*$`,
  'u',
);

/** "„…“, heißt es in einer Mitteilung von Greenpeace": the same after the words. */
const DE_DOCUMENT_AFTER = narrowedRegExp(
  String.raw`^\s*[,–—-]\s*(?:so\s+)?(?:heißt|hieß)\s+es\s+(?:\p{Ll}+\s+){0,3}?(?:in|auf)\s+(?:einer|einem|der|dem)\s+(?:\p{Ll}+\s+){0,2}${DE_DOCUMENT}\s+(?:der|des|von|vom)\s+(${NAME_PATTERN})`,
  'u',
);

/** Capitalised words that open a new sentence and are never a speaker's name. */
const SENTENCE_OPENERS = new Set(WORDS.sentenceOpeners);

/** English connectives that may open a sentence before quoted words ("Instead, “…”"). */
const CONNECTIVES = new Set([
  'and',
  'but',
  'so',
  'yet',
  'then',
  'also',
  'still',
  'however',
  'instead',
  'indeed',
  'now',
  'later',
  'moreover',
  'nevertheless',
  'finally',
]);

/** Abbreviations whose final dot does not end a sentence. */
const ABBREVIATIONS = new Set(WORDS.abbreviations);

/** Marks that close a quotation, which may follow a sentence's final stop. */
// German and Russian close with “ and ‘ („…“, ‚…‘).
const CLOSING_MARKS = new Set('"”’»\'“‘');

function isSentenceEnd(text: string, j: number, hi: number): boolean {
  const ch = text[j];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return false;
  // Closing quotation marks may stand between the stop and the space.
  let after = j + 1;
  while (after < hi && CLOSING_MARKS.has(text[after]!)) after++;
  const next = after < hi ? text[after] : undefined;
  if (next !== undefined && !/\s/.test(next)) return false;
  if (ch !== '.') return true;
  // The word before the dot: an abbreviation or an initial does not end a sentence.
  let k = j - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k]!)) k--;
  const word = text.slice(k + 1, j).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // Initials: "J." and "J.J." before a surname.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && /\p{Lu}/u.test(text[k + 1] ?? '')) return false;
  // A regnal number before lower case or an opening mark: "Benedikt XVI. „…“".
  if (
    'IVX'.includes(text[j - 1]!) &&
    /^[IVX]{1,5}$/u.test(text.slice(k + 1, j)) &&
    /^\s+[\p{Ll}„«"“]/u.test(text.slice(after, after + 3))
  )
    return false;
  return true;
}

/** Start of the sentence containing `pos` (searching back no further than `lo`). */
function sentenceStart(text: string, pos: number, lo: number): number {
  for (let j = pos - 1; j >= lo; j--)
    if (isSentenceEnd(text, j, pos)) {
      // The marks that close the words before belong to their sentence.
      while (j + 1 < pos && CLOSING_MARKS.has(text[j + 1]!)) j++;
      return j + 1;
    }
  return lo;
}

/** End of the sentence that continues at `pos` (searching no further than `hi`). */
function sentenceEnd(text: string, pos: number, hi: number): number {
  for (let j = pos; j < hi; j++) if (isSentenceEnd(text, j, hi)) return j + 1;
  return hi;
}

/** What follows a sentence's subject: an optional (aside) or , apposition, then a lower-case word. */
const LOOSE_SUBJECT_FOLLOW =
  /^(?:[ \u00A0]*\([^)]{1,30}\))?(?:,[ \u00A0][^;:_"“”«»„]{1,120}?,)?[ \u00A0]+\p{Ll}/u;
/** A short title in marks inside an English aside, blanked by the mask. */
const TITLE_IN_ASIDE = String.raw`(?:[“"‘]|'')\s*_{1,40}\s*(?:[”"’]|'')`;
/**
 * The same for English, whose asides may hold a whole clause ("Moe, who said … ,
 * issued") or a title in marks.
 */
const EN_LOOSE_SUBJECT_FOLLOW = narrowedRegExp(
  String.raw`^(?:\s*\([^)]{1,30}\))?(?:,\s(?:[^;:_"“”«»„]|${TITLE_IN_ASIDE}){1,200}?(?:,|${TITLE_IN_ASIDE})|\s[—–][^;:_"“”«»„—–]{1,150}[—–])?\s+\p{Ll}`,
  'u',
);

/** Determiners: a capitalised word after one qualifies a noun, unless a title follows. */
const AFTER_DETERMINER =
  /(?:^|[\s,(])(?:the|a|an|this|these|those|his|her|their|its|our|my|your)[ \u00A0]+$/iu;
/** Words that open a reported clause: a name after them is that clause's subject. */
const AFTER_COMPLEMENTISER = /(?:^|[\s,(])(?:that|whom|whether|if|que|dass)[ \u00A0]+$/iu;

/** What follows a subject that is an aside of its own: a comma, then a lower-case word. */
const APPOSED_SUBJECT_FOLLOW = /^,[ \u00A0]+\p{Ll}/u;

/** A name just after "of", "de la", "des", "del" is the complement of a role before it. */
/** "In the words of", "aux yeux de", "en opinión de": whose view, not a complement. */
const ACCORDING_OF = new RegExp(
  `(?:${alternation(
    ACCORDING.filter((w) => /\s(?:of|de|du|del)$/u.test(w)),
    true,
  )})[ \u00A0]+$`,
  'u',
);

const COMPLEMENT_BEFORE =
  /(?:^|[\s(])(?:of(?:[ \u00A0]+the)?|de(?:[ \u00A0]+la|[ \u00A0]+los|[ \u00A0]+las)?|des|du|del)[ \u00A0]+$|(?:^|[\s(])(?:de[ \u00A0]+l|d)['’]$/iu;

/**
 * A name in an object slot (after a reporting verb or "according to") that
 * qualifies a person rather than naming them. Returns the person as [raw, offset
 * in `src`], the name unchanged when it stands alone, or null when it only
 * qualifies a role without a name:
 * - "ministre des Transports, Gaspard Liénard" → the apposition after the comma;
 * - "Varnholm coach Tobias Eide" → the name after the role noun;
 * - "the mayor of Larsberg" → null.
 */
function personAfterQualifier(src: string, at: number, raw: string): [string, number] | null {
  const following = src.slice(at + raw.length);
  // "Culture's Hedda Moe" carries its own possessive: the person is inside it. A
  // title with its place ("Bürgermeisterin von Kesselbach") is a complement too.
  const titleOfPlace = TITLE_OF_PLACE.exec(raw);
  const isComplement =
    (COMPLEMENT_BEFORE.test(src.slice(0, at)) &&
      !ACCORDING_OF.test(src.slice(0, at)) &&
      !/\p{L}['’]s[ \u00A0]/u.test(raw)) ||
    (titleOfPlace !== null && isTitle(titleOfPlace[1]!));
  if (isComplement) {
    const appos = APPOSITION_NAME.exec(following);
    if (!appos) return null;
    return [appos[1]!, at + raw.length + appos.index + appos[0].lastIndexOf(appos[1]!)];
  }
  // "the Ministry of Culture's Hedda Moe": the person follows the possessive.
  const owned = cleanName(raw) === null ? OWNER_THEN_NAME.exec(following) : null;
  if (owned) return [owned[1]!, at + raw.length + owned.index + owned[0].lastIndexOf(owned[1]!)];
  const role = ROLE_THEN_NAME.exec(following);
  const roleWords = role ? role[1]!.trim().split(/[ \u00A0]+/) : [];
  // A lone capitalised word, a common noun, then a full name: the word qualifies the
  // noun ("said undecided Harbour voter Liv Sande").
  const qualified =
    role !== null &&
    !/[ \u00A0]/u.test(raw.trim()) &&
    roleWords.length <= 2 &&
    !roleWords.some(
      (w) =>
        ROLE_COMPLEMENT.test(w) ||
        /^(?:and|or|but|as|than|to|with|by|says?|said|told|who|which|that)$/u.test(w),
    ) &&
    /^\p{Lu}\S*[ \u00A0]+\p{Lu}/u.test(role[2]!);
  if (role && (roleWords.some((w) => isTitle(w)) || qualified)) {
    return [role[2]!, at + raw.length + role.index + role[0].lastIndexOf(role[2]!)];
  }
  // A name that qualifies a common noun, then the person's full name after a comma:
  // "said another Harbour Watch member, Liv Sande".
  const apposed = NOUN_THEN_APPOSED.exec(following);
  if (apposed && (cleanName(apposed[1]!)?.tokens.length ?? 0) >= 2)
    return [apposed[1]!, at + raw.length + apposed.index + apposed[0].lastIndexOf(apposed[1]!)];
  return [raw, at];
}

/** " user, Liv Sande": a common noun or two, a comma and a name. */
const NOUN_THEN_APPOSED = narrowedRegExp(
  String.raw`^[ \u00A0]+(?:\p{Ll}[\p{L}\p{M}\-]*[ \u00A0]+){0,2}\p{Ll}[\p{L}\p{M}\-]*,[ \u00A0]+(${NAME_PATTERN})`,
  'u',
);

/**
 * A subject that is only a title with its domain ("Secretary of State Kari
 * Lunde said", "Minister of Fisheries Olav Dahl said"): the person is the
 * last words of the domain. Returns [raw, offset in `src`] or null.
 */
function personAfterTitleOf(src: string, at: number, raw: string): [string, number] | null {
  const words = raw.trim().split(/[ \u00A0]+/);
  if (!words.every((w) => isTitle(w))) return null;
  const m = TITLE_DOMAIN.exec(src.slice(at + raw.length));
  if (!m) return null;
  const tokens = m[1]!.split(/[ \u00A0]+/);
  if (tokens.length < 3) return null;
  const second = tokens[tokens.length - 2]!;
  const take = /^\p{Lu}\.$/u.test(second) || /^\p{Ll}/u.test(second) ? 3 : 2;
  const name = tokens.slice(tokens.length - take).join(' ');
  const clean = cleanName(name);
  if (!clean || clean.tokens.length < 2) return null;
  return [name, at + raw.length + m.index + m[0].lastIndexOf(name)];
}

/** A title and where it is held, as one capitalised run: "Bürgermeisterin von Kesselbach". */
const TITLE_OF_PLACE = narrowedRegExp(
  String.raw`^(?:\p{Lu}[\p{L}\p{M}\-]*[ \u00A0]+)*?(\p{Lu}[\p{L}\p{M}\-]*)[ \u00A0]+(?:von|de|di|da|del|du)[ \u00A0]+\p{Lu}[\p{L}\p{M}\-]*$`,
  'u',
);

/** " of State Kari Lunde": the domain of a title, then the holder's name. */
const TITLE_DOMAIN = narrowedRegExp(
  String.raw`^[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?(${NAME_PATTERN})`,
  'u',
);

/** ", Gaspard Liénard," after a role's complement: the name set off by commas. */
const APPOSITION_NAME = narrowedRegExp(
  String.raw`^[ \u00A0]*,[ \u00A0]+(${NAME_PATTERN})(?=[ \u00A0]*(?:[,.;:!?(]|$))`,
  'u',
);
/** " of Culture's Hedda Moe": the rest of an organisation's name, a possessive, a name. */
const OWNER_THEN_NAME = narrowedRegExp(
  String.raw`^[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?((?:${NAME_PATTERN})['’]s[ \u00A0]+${NAME_PATTERN})`,
  'u',
);
/**
 * " coach Tobias Eide", " гендиректор компании Аркадий Лыков": up to
 * three lower-case words, one of them a role, then a name.
 */
const ROLE_THEN_NAME = narrowedRegExp(
  String.raw`^[ \u00A0]+((?:\p{Ll}[\p{L}\p{M}\-]*[ \u00A0]+){1,3})(${NAME_PATTERN})`,
  'u',
);

/** " des Obersten Gerichts (SPD), Karl Holm,": a German role's complement, then its holder. */
const DE_HOLDER_AFTER = narrowedRegExp(
  String.raw`^(?:\s+(?:des|der|von|vom|im|in|für|beim|bei|am)\s+[^,;:_„“”"»«()]{1,60}?)?(?:\s*\([^)]{1,30}\))?\s*,\s+(${NAME_PATTERN})(?=\s*(?:[,.;:!?(]|$))`,
  'u',
);

const DE_NOT_SOURCE_BEFORE = new Set(
  'nach mit an auf gegen über um unter hinter neben zwischen durch ohne seit aus in im am ins zum zur'.split(
    ' ',
  ),
);

/** How far into a sentence (UTF-16 code units) its subject may start. */
const LOOSE_SUBJECT_REACH = 100;

/** Longest context read on each side of a quotation, in UTF-16 code units. */
const MAX_BEFORE = 320;
const MAX_AFTER = 220;

interface Candidate {
  raw: string;
  /** Read from the sentence's subject only: a lone word must be a known name. */
  loose?: boolean;
  /** Offset in the article text of the name or pronoun, for resolution. */
  pos: number;
  method: AttributionMethod;
  /** The subject is a definite role ("the minister"), resolved like a pronoun. */
  role?: boolean;
  /** Found without any reporting word: it names a speaker but is no cue. */
  weak?: boolean;
  /** A subject left out (Spanish): resolved like a pronoun of either gender. */
  unsaid?: boolean;
}

/**
 * Roles that anonymous or secondary people hold: "the spokesman said" after a
 * sentence about a minister is rarely the minister.
 */
const ANONYMOUS_ROLES = new Set(WORDS.anonymousRoles);
const isAnonymousRole = (w: string): boolean => {
  const l = w.toLowerCase();
  return ANONYMOUS_ROLES.has(l) || /sprecher(?:in)?$/.test(l);
};
/** Prepositions that end a role's head and start its complement ("secretary of state"). */
const ROLE_COMPLEMENT = /^(?:of|for|from|at|in|on|de|du|des|del|d['’].*|von|für|des|der)$/u;

/**
 * True when the words of a definite noun phrase ("former secretary of state",
 * "secrétaire générale du syndicat") name a role a single person holds.
 */
function isPersonalRole(words: string): boolean {
  const head: string[] = [];
  for (const w of words.trim().split(/[ \u00A0]+/)) {
    if (ROLE_COMPLEMENT.test(w)) break;
    head.push(w);
  }
  return head.some((w) => isTitle(w)) && !head.some(isAnonymousRole);
}

/**
 * Finds the speaker of every quotation in `text` (paragraphs joined by "\n\n").
 * `spans` must be sorted by start; the result is parallel to it.
 */
export function attributeQuotes(
  text: string,
  spans: QuoteSpan[],
  language: string,
): QuoteAttribution[] {
  const pats = patterns(language);
  const paras: { start: number; end: number }[] = [];
  let at = 0;
  for (const p of text.split(PARAGRAPH_SEPARATOR)) {
    paras.push({ start: at, end: at + p.length });
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  const masks = new Map<number, string>();
  const maskAt = (depth: number): string => {
    let m = masks.get(depth);
    if (m === undefined) masks.set(depth, (m = maskSpans(text, spans, depth)));
    return m;
  };
  // Names are read from the narration only: a name inside someone's words is not
  // a mention the article makes itself.
  const outerMask = maskAt(0);
  const index = new NameIndex(outerMask, language);

  const out: QuoteAttribution[] = [];
  const ctx: ArticleContext = {
    spans,
    done: out,
    masked: outerMask,
    paras,
    pats,
    index,
    language,
    people: holders(outerMask, index),
  };
  for (let k = 0; k < spans.length; k++) {
    const q = spans[k]!;
    const masked = maskAt(q.depth);
    let lo = paras[q.paragraph]!.start;
    let hi = paras[q.endParagraph]!.end;
    if (q.depth > 0) {
      // A nested quotation is attributed inside its parent's words only.
      const parent = findParent(spans, k);
      if (parent) {
        lo = Math.max(lo, parent.start);
        hi = Math.min(hi, parent.end);
      }
    }
    const bStart = Math.max(sentenceStart(masked, q.openPos, lo), q.openPos - MAX_BEFORE);
    const before = masked.slice(bStart, q.openPos);
    // Words that end with their own full stop, followed by a capital, close the
    // sentence: what follows is the next one ("„… geworden.“ Der Abschuss soll …").
    // German always; elsewhere when the next word opens a sentence and cannot be
    // a speaker ("“… pen.” And he added …"), since English also writes "“… win.”
    // Brandvold said".
    const nextWord = /^[ \u00A0]+(\p{Lu}[\p{L}’']*)/u.exec(
      masked.slice(q.closeEnd, q.closeEnd + 20),
    );
    const closesSentence =
      /[.!?…]$/u.test(text.slice(q.start, q.end)) &&
      nextWord !== null &&
      (language === 'de' ||
        SENTENCE_OPENERS.has(nextWord[1]!.toLowerCase()) ||
        // Words set into an English sentence after a lower-case word ("called Moe
        // a “liar.” Berg said …") end that sentence with their own stop.
        (language === 'en' &&
          (/\p{Ll}[ \u00A0]*$/u.test(before) ||
            NEW_REPORT.test(masked.slice(q.closeEnd, q.closeEnd + 80)))));
    // The next quotation's opening mark ends what can report this one: its own
    // reporting clause is not ours ("“…” ⟦“…”⟧ Christie said").
    const nextOpen = nextTopLevelOpen(text, spans, k, hi);
    const aEnd = closesSentence
      ? q.closeEnd
      : Math.min(sentenceEnd(masked, q.closeEnd, hi), q.closeEnd + MAX_AFTER, nextOpen);
    const after = masked.slice(q.closeEnd, Math.max(q.closeEnd, aEnd));

    // A German conjunction or adverb before a colon ("Und: „…“"), or a lone noun
    // after a preposition ("am Abend stellte"), is no subject.
    const cands = findCandidates(pats, before, bStart, after, q.closeEnd, language).filter(
      (c) =>
        (language === 'en' || !titleAfterArticle(masked, c, index)) &&
        // A Russian surname in the dative is spoken to: "Песков ответил Лаврову:".
        !(language === 'ru' && /(?:ов|ев|ёв|ин|ын)у$/u.test(c.raw.trim())) &&
        (language !== 'de' ||
          !(
            DE_NOT_SUBJECT_START.has(c.raw.trim().toLowerCase()) ||
            // A fronted phrase is no name: "Gegenüber Journalisten meinte er:".
            DE_PREPOSITION_FIRST.has(c.raw.trim().split(/\s/u)[0]!.toLowerCase()) ||
            (/^\S+$/u.test(c.raw.trim()) &&
              c.method !== 'according-to' &&
              OBJECT_BEFORE.has(previousWord(masked, c.pos).toLowerCase())) ||
            (c.method === 'verb-name' &&
              c.pos < q.openPos &&
              opensWithSubject(masked, bStart, c.pos, index))
          )),
    );
    // "Während Berg erklärte, …, „…“, räumte Holm ein": words inside a fronted clause
    // that reports are its subject's.
    // "Die Zeitung zitiert den Minister Karl Holm mit den Worten:": who is quoted.
    // "Nach Holms Worten ist …", "Die Lage ist Holm zufolge …": whose view.
    const clause = language === 'de' ? germanClausePatterns() : null;
    const fronted =
      clause &&
      (clause.subordinate.exec(before) ??
        clause.cites.exec(before) ??
        clause.view.exec(before) ??
        DE_ZUFOLGE.exec(before) ??
        DE_DOCUMENT_BEFORE.exec(before));
    if (fronted)
      cands.unshift({
        raw: fronted[1]!,
        pos: bStart + fronted[0].indexOf(fronted[1]!),
        method: 'according-to',
      });
    const document = clause && DE_DOCUMENT_AFTER.exec(after);
    if (document)
      cands.unshift({
        raw: document[1]!,
        pos: q.closeEnd + document[0].lastIndexOf(document[1]!),
        method: 'according-to',
      });
    // "so-called" announces a term, whatever the sentence says around it.
    const soCalled = SO_CALLED.test(before);
    // German reports speech in the subjunctive ("Die Lage sei „ernst“"): its verbs
    // mark the sentence as someone's words.
    const reported = language === 'de' && DE_SUBJUNCTIVE.test(before + ' ' + after);
    const cued = cands.some((c) => !c.weak);
    const hasCue =
      !soCalled && (cued || reported || pats.cue.test(before) || pats.cue.test(after.slice(0, 60)));
    // Words right after a name and a colon, or a remark in brackets right after a
    // name, are that person's: "Karl Holm („Ich habe nicht damit gerechnet.“)".
    let attribution: Attribution | null = personRightBefore(
      masked,
      bStart,
      q,
      text,
      index,
      language,
    );
    // German passive: "Holm wurde von Anna Berg als „…“ bezeichnet" — the agent speaks.
    if (!attribution && language === 'de')
      attribution = passiveAgent(masked, bStart, q, after, index);
    if (!attribution && language === 'en') attribution = calledBy(masked, before, q, after, index);
    // "Und weiter: „…“": the speaker before goes on.
    const goesOn = language === 'de' && /^\s*(?:Und\s+)?weiter\s*:\s*$/iu.test(before);
    const previous = goesOn ? previousSpeaker(ctx, k) : null;
    if (!attribution && previous) attribution = { speaker: previous, method: 'colon' };
    // A speaker read from the sentence's subject alone says who, not that the
    // words are a statement rather than a name.
    let weakSpeaker = false;
    let stopped = false;
    let pronounAfter = false;
    for (let cand of attribution ? [] : cands) {
      // German reported speech after a reporting clause and a comma has a subject
      // of its own: "Am Dienstag erklärte Berg, Holm habe „…“" — Holm is spoken of.
      if (language === 'de' && cand.loose && reportedClauseSubject(masked, bStart, cand.pos))
        continue;
      // "sagte Berg laut Spiegel Online", "Laut Spiegel Online sagte Berg": the
      // outlet cites, the one next to the verb speaks.
      if (
        language === 'de' &&
        cand.method === 'according-to' &&
        /laut $/iu.test(masked.slice(Math.max(0, cand.pos - 5), cand.pos))
      ) {
        const [before_, after_] = saidWithLaut();
        const end = cand.pos + cand.raw.length;
        const b = before_.exec(masked.slice(Math.max(0, cand.pos - 80), cand.pos));
        const a = b ? null : after_.exec(masked.slice(end, end + 80));
        if (b) cand = { raw: (b[1] ?? b[2])!, pos: cand.pos - b[0].length, method: 'verb-name' };
        else if (a)
          cand = { raw: a[1]!, pos: end + a[0].length - a[1]!.length, method: 'verb-name' };
      }
      // English: after an unresolved pronoun after the words, only a subject with a
      // reporting verb before them in the same sentence may still speak ("Berg
      // said “…” she said").
      if (pronounAfter && !(cand.method === 'name-verb' && !cand.loose && cand.pos < q.openPos))
        continue;
      // An organisation or an unresolved pronoun as the subject ends the search:
      // the words are theirs, and a person named further away would be a guess.
      const r = resolve(cand, ctx, q, previousSpeaker(ctx, k));
      if (r === 'stop') {
        stopped = true;
        if (
          language === 'en' &&
          !pronounAfter &&
          cand.pos >= q.closeEnd &&
          PRONOUNS.has(cand.raw.trim().toLowerCase())
        ) {
          pronounAfter = true;
          continue;
        }
        break;
      }
      if (r) {
        attribution = r;
        weakSpeaker = cand.weak === true;
        break;
      }
    }
    // German puts the subject first or right after the verb, whatever the verb:
    // "Nach der Sitzung äußerte sich Ministerin Anna Berg zufrieden: „…“",
    // "„…“, zeigte sich Berg überzeugt".
    if (!attribution && language === 'de' && !soCalled) {
      attribution = germanClauseSpeaker(masked, bStart, q, aEnd, index, ctx.people);
      weakSpeaker = attribution !== null;
    }
    // German reported speech with a pronoun for subject: "Er werde „einen neuen
    // Deal“ aushandeln" — the subjunctive says whose words they are.
    if (!attribution && language === 'de' && !soCalled && !stopped) {
      const m = DE_PRONOUN_REPORTS.exec(before);
      if (m && DE_SUBJUNCTIVE.test(m[0])) {
        const r = resolve(
          { raw: m[1]!, pos: bStart + m.index + m[0].indexOf(m[1]!), method: 'pronoun' },
          ctx,
          q,
          previousSpeaker(ctx, k),
        );
        if (r && r !== 'stop') attribution = r;
      }
    }
    if (!attribution && language === 'de' && !soCalled && !stopped) {
      const m = DE_POSSESSIVE_COLON.exec(before);
      if (m) {
        const raw = m[1]!.startsWith('I') ? 'Sie' : 'Er';
        const r = resolve(
          { raw, pos: bStart + m.index + m[0].indexOf(m[1]!), method: 'pronoun' },
          ctx,
          q,
          previousSpeaker(ctx, k),
        );
        if (r && r !== 'stop') attribution = r;
      }
    }
    // A German sentence that reports words (a colon before them, a reporting verb
    // around them) and names one person names the speaker: "Marktanalyst Robert
    // Halver von der Baader Bank kommentierte „…“".
    if (!attribution && !soCalled) {
      attribution = onlyPersonInReport(masked, bStart, q, aEnd, pats, index, language, stopped);
    }
    // A quotation with a reporting clause of its own ("…," the ministry said) never
    // borrows the previous speaker, even when that clause names nobody we accept.
    // English words that end with their own full stop and are followed by a new
    // sentence with no speaker in it ("“…” Trump was out-polling Cruz, who said …")
    // have no clause of their own.
    const endsOwnSentence =
      language === 'en' && /[.!?…]$/u.test(text.slice(q.start, q.end)) && nextWord !== null;
    const ownClause = cued || (!endsOwnSentence && pats.cue.test(after.slice(0, 60)));
    // Inside a sentence of the narration, "Das" points at the whole sentence, and
    // a lone word in marks stays a scare quote.
    const inNarration = /\p{L}/u.test(before);
    if (!attribution && q.depth === 0 && !soCalled && !stopped) {
      if (!inNarration || /\s/u.test(text.slice(q.start, q.end).trim()))
        attribution = namedInSentenceAfter(ctx, q, hi);
      weakSpeaker = attribution !== null && inNarration;
    }
    if (!attribution && language === 'de' && !soCalled)
      attribution = reportedAsBy(masked, bStart, q, index, after);
    if (!attribution && (language === 'fr' || language === 'es' || language === 'ru') && !soCalled)
      attribution = reportedAsBy(masked, bStart, q, index, after);
    if (!attribution && q.depth === 0 && !soCalled) attribution = signedBelow(ctx, k);
    if (!attribution && q.depth === 0 && !ownClause) attribution = inherit(ctx, k);
    if (!attribution && q.depth === 0 && !ownClause && !soCalled) attribution = followOn(ctx, k);
    if (!attribution && q.depth === 0 && language === 'de' && !soCalled && !stopped)
      attribution = reportedContinuation(ctx, k, reported);
    if (!attribution && q.depth === 0 && reported && !soCalled && !stopped)
      attribution = reportedAfterReport(ctx, q, bStart);
    // Quoted words that open their own sentence with no clause of their own: the
    // speaker of the sentence before, or of the paragraph's earlier quotation.
    // An English connective may come first ("… Dahl said. Instead, “…”").
    const connective = /^\s*(\p{L}+),?[ \u00A0]*$/u.exec(before);
    const opensAlone =
      q.depth === 0 &&
      !ownClause &&
      !soCalled &&
      !stopped &&
      (!/\p{L}/u.test(before) ||
        (language === 'en' &&
          connective !== null &&
          CONNECTIVES.has(connective[1]!.toLowerCase())));
    if (!attribution && opensAlone)
      attribution = afterReportingSentence(ctx, q, bStart) ?? paragraphContinuation(ctx, k);
    const rawAfter = text.slice(q.closeEnd, q.closeEnd + 12);
    const quoted = text.slice(q.start, q.end);
    const isWork =
      WORK_BEFORE.test(before) ||
      ((language === 'fr' || language === 'es' || language === 'ru') &&
        WORK_BEFORE_FR_ES_RU.test(before)) ||
      (language !== 'en' &&
        ((WORK_IN_COLON_CLAUSE.test(before) && !/[.!?…]$/u.test(quoted)) ||
          DE_NAMING_AFTER.test(text.slice(q.closeEnd, q.closeEnd + 70)))) ||
      (language === 'de' && workBeforeGerman(before, quoted)) ||
      (language === 'de' && DE_DEFINITE_BEFORE.test(before) && looksLikeGermanName(quoted)) ||
      (language === 'de' &&
        /^\s*$/u.test(before) &&
        /^\s+\p{Ll}/u.test(rawAfter) &&
        looksLikeGermanName(quoted)) ||
      WORK_AFTER.test(rawAfter) ||
      (language === 'de' &&
        IN_BRACKETS_BEFORE.test(before) &&
        /^\s*\)/u.test(rawAfter) &&
        !/[.!?…]$/u.test(quoted)) ||
      (language === 'de' && namedByNounBefore(before, quoted)) ||
      (language === 'de' && outletThatReports(before, text.slice(q.closeEnd, q.closeEnd + 30))) ||
      (language === 'de' && DE_NAMING_BEFORE.test(before)) ||
      (language === 'de' && looksLikeBrand(quoted));
    if (soCalled || isWork) attribution = null;
    out.push({
      attribution,
      hasCue: hasCue || (attribution !== null && !weakSpeaker),
      isNamed: soCalled || isWork,
      nameSlot: NAME_SLOT.test(before),
    });
  }
  // English words joined in one sentence to later words whose reporting clause
  // closes it share that clause: "Piers are “…” and “…,” Moe said." Up to eight
  // lower-case words may stand between the two; the later ones do not end the
  // sentence ("will carry “…” and bring the “…” they need, Moe said").
  for (let k = spans.length - 1; language === 'en' && k-- > 0;) {
    const [q, next, att] = [spans[k]!, spans[k + 1]!, out[k + 1]!.attribution];
    if (
      att &&
      !out[k]!.attribution &&
      !out[k]!.isNamed &&
      !q.depth &&
      !'.!?'.includes(text[next.end - 1]!) &&
      /^[\s,]*([a-z][\w’']*[\s,]+){1,8}$/.test(outerMask.slice(q.closeEnd, next.openPos)) &&
      outerMask
        .slice(next.closeEnd, sentenceEnd(outerMask, next.closeEnd, next.closeEnd + 150))
        .includes(att.speaker.split(' ').pop()!)
    )
      out[k]!.attribution = att;
  }
  return out;
}

/**
 * Where the next quotation at the same depth as span `k` opens, when it starts
 * the next words someone says: right after this one, or longer than a name (a
 * short one inside the clause is a name: "директор компании «Северный кедр»
 * Людмила Кравцова"). `hi` when there is none.
 */
function nextTopLevelOpen(text: string, spans: QuoteSpan[], k: number, hi: number): number {
  const q = spans[k]!;
  for (let j = k + 1; j < spans.length; j++) {
    const n = spans[j]!;
    if (n.openPos >= hi) break;
    if (n.depth !== q.depth || n.openPos < q.closeEnd) continue;
    const adjacent = !/[\p{L}\p{N}]/u.test(text.slice(q.closeEnd, n.openPos));
    if (adjacent || n.end - n.start > 30) return n.openPos;
  }
  return hi;
}

function findParent(spans: QuoteSpan[], k: number): QuoteSpan | undefined {
  const q = spans[k]!;
  for (let j = k - 1; j >= 0; j--) {
    const p = spans[j]!;
    if (p.depth === q.depth - 1 && p.openPos < q.openPos && p.closeEnd >= q.closeEnd) return p;
  }
  return undefined;
}

/**
 * A copy of `text` (same length) with the inside of every quotation at `depth`
 * replaced by "_", so sentence splitting and name search see only the narration
 * around them. Paragraph breaks are kept.
 */
function maskSpans(text: string, spans: QuoteSpan[], depth: number): string {
  const chars = text.split('');
  for (const s of spans) {
    if (s.depth !== depth) continue;
    // A full stop, question or exclamation mark that ends the quoted words also
    // ends the narrating sentence ("… had occurred.” Her campaign manager said"):
    // it stays visible to the sentence splitter.
    const keepLast = /[.!?…]/.test(text[s.end - 1] ?? '') ? s.end - 1 : -1;
    for (let i = s.start; i < s.end; i++) if (chars[i] !== '\n' && i !== keepLast) chars[i] = '_';
  }
  return chars.join('');
}

/** Every match of a global pattern in `s`, in order (at most 8, the last ones). */
const reflagged = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * `re` with `flags` instead of its own, made once: a pattern is compiled when first run,
 * and these are long. A global one keeps its `lastIndex`; reset it before a loop.
 */
function withFlags(re: RegExp, flags: string): RegExp {
  let byFlags = reflagged.get(re);
  if (!byFlags) reflagged.set(re, (byFlags = new Map()));
  let out = byFlags.get(flags);
  if (!out) byFlags.set(flags, (out = new RegExp(re.source, flags)));
  return out;
}

function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (out.length > 8) out.shift();
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/** Tells reporting verbs that take an audience ("told reporters") from the rest. */
function methodForVerb(verb: string, fallback: AttributionMethod): AttributionMethod {
  return /^(?:told|tells)$/i.test(verb.trim()) ? 'told' : fallback;
}

/** Where a later English clause with a subject of its own starts (also after a dash). */
const EN_LATER_CLAUSE = /(?:,\s+(?:while|whereas|but)|;|\s[―—])\s+/gu;

/**
 * Names that may be a sentence's loose subject, in the order to try them. English:
 * a later clause joined by ", while", ", but" or ";" has a subject of its own,
 * nearer the words ("Moe moved to …, while Per Haug, the former mayor, proposed
 * we “…”"): its names come first (up to `reach` past the clause's start).
 */
function looseMentions(
  before: string,
  from: number,
  reach: number,
  language: string,
): NameMention[] {
  const all = findNames(before, from, reach, language);
  const joint = language === 'en' ? lastMatch(EN_LATER_CLAUSE, before) : null;
  const start = joint ? joint.index + joint[0].length : 0;
  if (start <= from) return all;
  const later = findNames(before, start, Math.min(before.length, start + reach), language);
  return later.concat(all.filter((m) => m.pos < start));
}

/** "what Moe called", "what Moe has described as" right before the words. */
const EN_WHAT_CALLED = narrowedRegExp(
  String.raw`(?<!\p{L})what\s+(${NAME_PATTERN})\s+(?:ha[sd]\s+)?(?:call(?:s|ed)?|describe[sd]?\s+as|dubbed|termed)\s+(?:(?:an?|the)\s+)?$`,
  'u',
);

/** A conjunction that joins another clause to the sentence. */
const EN_CLAUSE_JOIN =
  /(?:^|[\s,;])(?:and|but|while|whereas|when|because|although|though|since|who|which|until|after|before|unless|once|if)\s/iu;

/**
 * Possible speakers for one quotation, most reliable first: what stands right after
 * it, then what leads into it, then looser readings of the sentence.
 */
function findCandidates(
  p: Patterns,
  before: string,
  bStart: number,
  after: string,
  aStart: number,
  language: string,
): Candidate[] {
  const out: Candidate[] = [];
  // In English a clause that opens the sentence has a subject of its own ("When
  // Berg suggested …, Moe fired back:").
  const clauseEnd = language === 'en' ? (OPENING_CLAUSE.exec(before)?.[0].length ?? 0) : 0;
  const add = (
    src: string,
    m: RegExpExecArray | null,
    group: number,
    base: number,
    method: AttributionMethod,
    verbGroup = 0,
    objectSlot = false,
  ): void => {
    if (!m || m[group] === undefined) return;
    let raw = m[group]!;
    let local = m.index + Math.max(0, m[0].lastIndexOf(raw));
    if (src === before && local < clauseEnd) return;
    // A German role or its complement, then the holder set off by commas: "Die
    // Sprecherin der Fraktion, Anna Berg (Grüne), erklärte", "laut dem
    // Chefankläger des Obersten Gerichts, Karl Holm,".
    const holder =
      language === 'de' &&
      (/\s(?:der|des)\s/u.test(raw) ||
        /(?:^|\s)(?:der|des)(?:\s+\p{Ll}+)*\s+$/u.test(src.slice(0, local)) ||
        (/^\p{Lu}[\p{L}\p{M}-]+$/u.test(raw) && (isTitle(raw) || GERMAN_NOUN_FORM.test(raw))))
        ? DE_HOLDER_AFTER.exec(src.slice(local + raw.length))
        : null;
    if (holder) {
      local += raw.length + holder.index + holder[0].lastIndexOf(holder[1]!);
      raw = holder[1]!;
    } else if (!objectSlot) {
      const held = personAfterTitleOf(src, local, raw);
      if (held) [raw, local] = held;
    } else {
      // A name after a reporting verb or "according to" may only qualify the
      // person who follows it.
      const real = personAfterQualifier(src, local, raw);
      if (real === null) return;
      [raw, local] = real;
    }
    out.push({
      raw,
      pos: base + local,
      method: verbGroup ? methodForVerb(m[verbGroup]!, method) : method,
    });
  };
  // English "under what Moe called “…”": whose words, before any clause after them.
  if (language === 'en') add(before, EN_WHAT_CALLED.exec(before), 1, bStart, 'name-verb');
  // 1. Right after the quotation: "…," Brandvold said / said Brandvold / he said.
  const subjVerb = p.afterSubjVerb.exec(after);
  // In English a conjunction before the subject opens another clause with its own
  // words: "Cruz accuses Moe of “…” and Trump says he …".
  // Only the words before the subject and before any capitalised word count.
  const toSubject = subjVerb
    ? after.slice(0, subjVerb.index + subjVerb[0].lastIndexOf(subjVerb[1]!))
    : '';
  const joined =
    language === 'en' &&
    subjVerb !== null &&
    (EN_CLAUSE_JOIN.test(/^[^\p{Lu}]*/u.exec(toSubject)![0]) ||
      /(?:^|[\s,;])(?:while|whereas|because|although|until|unless)\s/u.test(toSubject));
  if (!joined) add(after, subjVerb, 1, aStart, 'name-verb', 2);
  add(after, p.afterVerbSubj.exec(after), 2, aStart, 'verb-name', 0, true);
  add(after, p.afterVerbSubjLoose.exec(after), 2, aStart, 'verb-name', 0, true);
  const fr = p.afterFrenchInversion.exec(after);
  if (fr) out.push({ raw: (fr[1] ?? fr[2])!, pos: aStart + fr.index, method: 'verb-name' });
  add(after, p.afterAccording.exec(after), 1, aStart, 'according-to', 0, true);
  add(after, p.afterSo.exec(after), 1, aStart, 'according-to', 0, true);
  if (language === 'de') {
    add(after, withFlags(p.soAside, 'u').exec(after), 1, aStart, 'according-to', 0, true);
    add(before, lastMatch(p.soAside, before), 1, bStart, 'according-to', 0, true);
  }
  add(after, p.afterDash.exec(after), 1, aStart, 'name-verb', 0, true);
  const clause = p.laterClause.exec(after);
  if (clause) {
    const group = clause[1] !== undefined ? 1 : clause[2] !== undefined ? 2 : 3;
    add(after, clause, group, aStart, 'name-verb', 0, true);
  }

  // 2. Before it: Brandvold: "…" / according to Brandvold, "…" / Brandvold's statement.
  add(before, p.beforeColon.exec(before), 1, bStart, 'colon');
  add(before, p.beforeViewOf.exec(before), 1, bStart, 'according-to', 0, true);
  add(before, lastMatch(p.beforeAccording, before), 1, bStart, 'according-to', 0, true);
  add(before, lastMatch(p.beforePossessive, before), 1, bStart, 'possessive');
  add(before, p.beforeVerbSubj.exec(before), 2, bStart, 'verb-name', 0, true);
  // Every subject with a reporting verb, the nearest first: when the nearest is no
  // name ("Obama said he expected that Americans will say “…”"), the one before
  // may be.
  for (const m of allMatches(p.beforeSubjVerb, before).reverse())
    add(before, m, 1, bStart, 'name-verb', 2);
  const apposed = lastMatch(p.beforeApposVerb, before);
  // With a person named earlier in the sentence, the aside names something of
  // theirs: "Olav Dahl, the editor of the harbour's weekly, The Harbour
  // Ledger, said …".
  // …unless that person owns the role the aside names: "Tom Reed's spokeswoman, Lisa
  // Park, said".
  const ownersRole = apposed !== null ? OWNERS_ROLE.exec(before.slice(0, apposed.index)) : null;
  const namedEarlier =
    apposed !== null &&
    !(ownersRole !== null && isTitle(ownersRole[1]!)) &&
    findNames(before, 0, apposed.index, language).some((n) => n.tokens.length > 1 || n.titled);
  if (apposed && !namedEarlier) {
    // Commas also set off places ("in Larsberg, Nordmark, said"): a lone word must be a
    // known surname.
    const raw = apposed[1]!;
    const pos = bStart + apposed.index + apposed[0].indexOf(raw);
    out.push({ raw, pos, method: methodForVerb(apposed[2]!, 'name-verb'), loose: true });
  }

  add(before, p.beforeColonVerb.exec(before), 1, bStart, 'colon');

  // 3. Later in the sentence after it: "…," the minister said, according to Brandvold.
  const later = withFlags(p.beforeAccording, 'u').exec(after);
  add(after, later, 1, aStart, 'according-to', 0, true);

  // 4. A subject with a verb that introduces words without being "said":
  //    Brandvold called the plan "a gift to speculators".
  add(before, lastMatch(p.beforeSubjCue, before), 1, bStart, 'name-verb');

  // 4b. A definite role as the subject, resolved like a pronoun: "…," the minister
  //     said / La secrétaire générale du syndicat assure que « … ».
  const role = (m: RegExpExecArray | null, group: number, base: number): void => {
    if (!m || !isPersonalRole(m[group]!)) return;
    const at = base + m.index + Math.max(0, m[0].lastIndexOf(m[group]!));
    out.push({ raw: m[group]!, pos: at, method: 'pronoun', role: true });
  };
  const alone = p.afterVerbAlone?.exec(after);
  if (alone) out.push({ raw: 'él', pos: aStart + alone.index, method: 'pronoun', unsaid: true });
  role(p.afterRoleVerb.exec(after), 1, aStart);
  role(p.afterVerbRole.exec(after), 2, aStart);
  role(p.beforeRoleVerb.exec(before), 1, bStart);
  // "„…“, so die Bürgermeisterin."
  if (language === 'de') role(withFlags(p.soAside, 'u').exec(after), 1, aStart);
  // "„…“, betonte der 58-Jährige", "Die 45-Jährige sagte:": an age stands for a
  // person, read like "er" or "sie".
  const age = language === 'de' ? (DE_AGE_AFTER.exec(after) ?? DE_AGE_BEFORE.exec(before)) : null;
  if (age) out.push({ raw: /r$/u.test(age[1]!) ? 'er' : 'sie', pos: aStart, method: 'verb-name' });

  // 5. The first person named in a sentence that reports speech and ends in the
  //    quotation: Brandvold, back from the harbour on Monday, warned against "panic".
  // Without a reporting word the subject may still be the speaker ("Brandvold
  // called the plan “a gift to speculators”"), but it says nothing of whether
  // the words are a statement: such candidates are weak.
  const weak = !p.cue.test(before);
  if (!weak || language !== 'de') {
    let taken = 0;
    let sawPerson = false;
    const reach = Math.min(before.length, clauseEnd + LOOSE_SUBJECT_REACH);
    for (const m of looseMentions(before, clauseEnd, reach, language)) {
      const lead = before.slice(0, m.pos);
      // "pro-Moe marchers": a name joined to a word before it qualifies a noun.
      if (language === 'en' && /\p{Ll}-$/u.test(lead)) continue;
      const rest = before.slice(m.end);
      const isPerson = m.tokens.length > 1 || m.titled;
      const seenBefore = sawPerson;
      sawPerson ||= isPerson;
      if (
        /(?:^|[ \u00A0])(?:of|for|from|at|in|on|by|with|to|de|du|der|von|del|like|unlike|alongside|despite|among|between(?:\s+\S+\s+and)?|without|against)[ \u00A0]*$/i.test(
          lead,
        )
      ) {
        // "Former Secretary of State Madeleine Albright urged …": the title's
        // domain runs into the holder's name.
        const title = /(\p{Lu}[\p{L}.]*)[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?$/u.exec(
          lead,
        );
        let held = title ? personAfterTitleOf(before, title.index, title[1]!) : null;
        // English: an institution's name opening the sentence, then a title and its
        // holder ("The Council on Harbour Relations Director Nils Aas says …").
        const name = m.tokens.join(' ');
        if (
          !held &&
          language === 'en' &&
          m.titled &&
          m.tokens[1] &&
          /^\s*(?:The\s+)?(?:\p{Lu}\S*\s+){1,4}(?:of|for|on)\s+$/u.test(lead) &&
          before.endsWith(name, m.end)
        )
          held = [name, m.end - name.length];
        if (
          held &&
          !seenBefore &&
          LOOSE_SUBJECT_FOLLOW.test(before.slice(held[1] + held[0].length))
        ) {
          out.push({ raw: held[0], pos: bStart + held[1], method: 'name-verb', loose: true, weak });
          if (++taken === 2) break;
        }
        continue;
      }
      // After a determiner the name qualifies a noun ("the Lunde deposition request").
      if (!m.titled && AFTER_DETERMINER.test(lead)) continue;
      if (language === 'en' && EN_PREPOSITION_OPENS.test(before.slice(m.pos))) continue;
      // After "that" or a reporting verb it is the subject of the reported clause.
      // An inverted aside (", says Per Haug, an engineer …,") is the exception.
      const inverted = /,[ \u00A0]+\S+[ \u00A0]+$/u.test(lead) && /^,/u.test(rest);
      // "so …" or "such … that" opens a clause of result, whose subject may speak,
      // unless a plural noun follows the name ("so … that Harbour Watch members …").
      if (
        (AFTER_COMPLEMENTISER.test(lead) &&
          !(/\b(?:so|such)\s[^,;]*that\s+$/u.test(lead) && !/^\s+\p{Ll}{3,}s\s/u.test(rest))) ||
        (p.verbAtEnd.test(lead) && !inverted)
      )
        continue;
      // A subject is followed by its verb (after an optional aside), not by "'s",
      // and the reporting verb is in its own clause, not past a semicolon.
      if (/['’]s?$/u.test(before.slice(m.pos, m.end)) || rest.includes(';')) continue;
      // A name that is itself the aside ("A ferry captain, Sigrun Holm,
      // said …") is followed by a comma and the verb, with nobody named before it.
      const isAside =
        !seenBefore && /,[ \u00A0]+$/u.test(lead) && APPOSED_SUBJECT_FOLLOW.test(rest);
      const follows = (language === 'en' ? EN_LOOSE_SUBJECT_FOLLOW : LOOSE_SUBJECT_FOLLOW).test(
        rest,
      );
      // English: an aside left open up to the verb before the words ("Kari Berg,
      // president and CEO of the Harbour Board stated, “…”").
      const openAside =
        language === 'en' &&
        !seenBefore &&
        /^,\s[^,;:_"“”«»„]{1,150}[,:]?\s*$/u.test(rest) &&
        (p.verbAtEnd.test(rest.replace(/[,:]?\s*$/u, ' ')) ||
          (/^,\s\p{Ll}+ing\s$/u.test(rest) &&
            p.verbAtEnd.test(/^,?\s\S+\s/u.exec(after)?.[0] ?? '')));
      if (!follows && !isAside && !openAside) continue;
      out.push({
        raw: m.titled && language === 'en' ? before.slice(m.pos, m.end) : m.tokens.join(' '),
        pos: bStart + m.pos,
        method: 'name-verb',
        loose: true,
        weak,
      });
      if (++taken === 2) break;
    }
  }
  return out;
}

const DE_AGE_AFTER = /^[\s,]*\p{Ll}+\s+(der|die)\s+\d+-Jährige\b/u;
const DE_AGE_BEFORE = /^\s*(Der|Die)\s+\d+-Jährige\s+\p{Ll}/u;

/** Turns a raw subject into a speaker: a cleaned, expanded name or a resolved pronoun. */
function resolve(
  cand: Candidate,
  ctx: ArticleContext,
  q: QuoteSpan,
  preferred: string | null,
): Attribution | 'stop' | null {
  const { index, masked, paras } = ctx;
  const word = cand.raw.trim();
  if (cand.role || PRONOUNS.has(word.toLowerCase())) {
    // A role stands for the nearest person written with it ("Premier Li Wen …
    // the premier said"); failing one, it is read like a pronoun.
    const head = cand.role ? roleHead(word) : null;
    const places = cand.role ? placesOf(word) : [];
    const holder = head ? resolveRole(ctx.people, cand.pos, head, index, places) : null;
    // A role tied to a place ("the Florida senator") is nobody but its holder.
    const pronounPerson =
      holder ??
      (places.length > 0
        ? null
        : (resolvePronoun(
            masked,
            paras,
            q,
            cand.pos,
            index,
            cand.role || cand.unsaid ? null : genderOfPronoun(word),
            preferred,
          ) ??
          (cand.role || index.language !== 'en'
            ? null
            : speakerBeforePronoun(ctx, q, cand.pos, genderOfPronoun(word)))));
    const person =
      pronounPerson ??
      (cand.role
        ? null
        : salientSubject(ctx, q, cand.pos, cand.unsaid ? null : genderOfPronoun(word)));
    // A pronoun is the subject even when it cannot be resolved: never guess past it.
    return person ? { speaker: person, method: 'pronoun' } : 'stop';
  }
  // A capitalised description after "the" ("the Chinese Premier", "the Ohio
  // Democrat") is a role, not a name.
  if (DEFINITE_BEFORE.test(masked.slice(Math.max(0, cand.pos - 5), cand.pos))) {
    const words = word.split(/[ \u00A0]+/);
    const last = words[words.length - 1]!.toLowerCase();
    if (isTitle(last) || PARTY_WORDS.has(last)) {
      const holder = resolveRole(ctx.people, cand.pos, last, index, placesOf(word));
      return holder ? { speaker: holder, method: 'pronoun' } : 'stop';
    }
  }
  // German fronts any phrase before the verb ("Nach der Sitzung sagte …"): a
  // capitalised run that opens with a preposition or an adverb is no subject, and
  // a lone noun after an article or a preposition is an object.
  // "laut Gall", "so Gall": the name after "according to" is an object by design.
  if (
    index.language === 'de' &&
    (!isGermanSubjectSlot(word, masked, cand.pos, cand.method === 'according-to') ||
      (cand.method !== 'according-to' && feminineDative(masked, cand.pos, word)) ||
      (cand.method === 'name-verb' && inFrontedPhrase(masked, cand.pos)))
  )
    return null;
  // "sagte der Gewerkschafter", "der SPD-Politiker": a person noun after an
  // article describes someone; the person written with it before, or nobody.
  // Failing one, it is read like "er"/"sie": "die Studentin" is a woman.
  if (index.language === 'de') {
    const described = describedPerson(word, masked, cand.pos, index);
    if (described !== undefined) {
      const gender = /in$/u.test(word) ? 'f' : 'm';
      const person =
        described ?? resolvePronoun(masked, paras, q, cand.pos, index, gender, preferred);
      return person ? { speaker: person, method: 'pronoun' } : 'stop';
    }
  }
  // English: a name in the possessive is no subject ("decried Moe’s calls …, noting"),
  // nor the owner of a that-clause's subject ("Berg said that Moe’s remarks “…”").
  if (
    index.language === 'en' &&
    cand.method === 'possessive' &&
    /(?<!\p{L})that\s+$/u.test(masked.slice(Math.max(0, cand.pos - 6), cand.pos))
  )
    return null;
  if (
    index.language === 'en' &&
    cand.method === 'name-verb' &&
    /\p{L}['’]s?$/u.test(word) &&
    !CLAUSE_OPENS.test(masked.slice(Math.max(0, cand.pos - 12), cand.pos))
  )
    return null;
  // English: a lone capital is no name ("said L2 president Ola Vik").
  if (index.language === 'en' && /^\p{Lu}$/u.test(word)) return null;
  const clean = cleanName(word, index.language);
  // English: a capitalised word right between the words and "said" is a surname,
  // even one that is also a month or a function word ("“…,” May said").
  if (
    !clean &&
    index.language === 'en' &&
    cand.method === 'name-verb' &&
    cand.pos >= q.closeEnd &&
    /^[\s,]*$/u.test(masked.slice(q.closeEnd, cand.pos)) &&
    /^\p{Lu}\p{Ll}+(?<!s)$/u.test(word) &&
    !/^(?:Another|Other|Some|Many|Most|Several|Few|Both|All|Each|Every|No|One|This|That|These|Those|The|An?)$/u.test(
      word,
    ) &&
    !isOrganisation(word) &&
    !isTitle(word.toLowerCase())
  )
    return { speaker: word, method: cand.method };
  // English: a title the article also writes as a surname ("Ada King … King says
  // Moe “…”") is that person before a reporting verb; any other title ("president
  // and CEO of …") names nobody and is no organisation.
  if (!clean && index.language === 'en' && isTitle(word.toLowerCase()))
    return !cand.loose && index.isKnownSurname(word)
      ? { speaker: joinName(index.fullest([word], cand.pos)), method: cand.method }
      : null;
  // An English organisation or country after a verb or a preposition is its
  // object ("entering the United States, Berg …"), not a subject that speaks;
  // so is one in a phrase that goes on after the words ("“…” in the way the
  // Harbour Board responds").
  if (!clean)
    return isOrganisation(word) &&
      !(
        index.language === 'en' &&
        cand.pos >= q.closeEnd &&
        /^[\s,]*(?:in|on|at|over|for|from|with|by|to|of|into|than|as)\s/u.test(
          masked.slice(q.closeEnd, cand.pos),
        )
      ) &&
      !(
        index.language === 'en' &&
        cand.method === 'name-verb' &&
        cand.pos < q.openPos &&
        /(?<![\p{L}]|['’]s?\s+)(?!(?:the|a|an|and|but|then|when|while|as|that|to)\s)\p{Ll}+\s+(?:the\s+)?$/u.test(
          masked.slice(Math.max(0, cand.pos - 24), cand.pos),
        )
      )
      ? 'stop'
      : null;
  // "Como explicó …", "Как заявила …": a conjunction opening the sentence.
  if (clean.tokens.length === 1 && CLAUSE_CONJUNCTIONS.has(clean.tokens[0]!.toLowerCase()))
    return null;
  // English "Like Moe, Berg …": the name after a capitalised preposition is its
  // object, not the subject.
  if (index.language === 'en' && EN_PREPOSITION_OPENS.test(word)) return null;
  // German news names a person without an article: "Der Rücktritt sei …" is a
  // noun, and so is a loose subject after a preposition ("Auf dem Konzert … stellte").
  if (
    index.language === 'de' &&
    clean.tokens.length === 1 &&
    !clean.titled &&
    (DE_ARTICLE_OPENS.test(masked.slice(Math.max(0, cand.pos - 8), cand.pos)) ||
      (cand.loose === true && OBJECT_BEFORE.has(previousWord(masked, cand.pos).toLowerCase())))
  )
    return null;
  // A German noun after "laut" ("laut einem Artikel") is no person: a lone word
  // there must be known as a surname or carry a title.
  if (
    index.language === 'de' &&
    cand.method === 'according-to' &&
    clean.tokens.length === 1 &&
    !clean.titled &&
    !index.isKnownSurname(clean.tokens[0]!) &&
    /(?:^|[ \u00A0])(?:ein|eine|einem|einer|eines|einen|der|die|das|dem|den|des)[ \u00A0]+$/iu.test(
      masked.slice(Math.max(0, cand.pos - 8), cand.pos),
    )
  )
    return null;
  // English: a lone word the article has already credited with words is that
  // speaker ("“…,” Trump said." … "Trump leaned in and boomed: “…”"), and so is
  // one that opens a clause right before a verb in the past in a sentence with a
  // reporting word ("At the debate, Moe compared himself to Berg, saying, “…”").
  if (
    cand.loose &&
    clean.tokens.length === 1 &&
    !clean.titled &&
    !index.isKnownSurname(clean.tokens[0]!) &&
    !(
      index.language === 'en' &&
      CLAUSE_OPENS.test(masked.slice(Math.max(0, cand.pos - 12), cand.pos)) &&
      (ctx.done.some((d) => d.attribution?.speaker === clean.tokens[0]) ||
        (!cand.weak &&
          /(?:^|[,;.!?])\s+$/u.test(masked.slice(Math.max(0, cand.pos - 3), cand.pos)) &&
          /^\s\p{Ll}+ed\s/u.test(
            masked.slice(cand.pos + word.length, cand.pos + word.length + 20),
          )))
    )
  )
    return null;
  // A lone word is a speaker only when it is not a common word capitalised at a
  // sentence start: it must be titled or known as a surname, or stand mid-sentence.
  if (clean.tokens.length === 1 && !clean.titled && !index.isKnownSurname(clean.tokens[0]!)) {
    // "When Francis said": the word after a conjunction does not open the sentence.
    const atStart =
      word === clean.tokens[0] &&
      /(?:^|[.!?:]\s+)$/u.test(masked.slice(Math.max(0, cand.pos - 3), cand.pos));
    if (atStart && /^(?:\p{Lu}\p{Ll}+s|\p{Lu}\p{Ll}+(?:ing|ed))$/u.test(clean.tokens[0]!))
      return null;
  }
  return { speaker: joinName(index.fullest(clean.tokens, cand.pos)), method: cand.method };
}

/** A capitalised English preposition before a name: "Like Moe, Berg said …". */
const EN_PREPOSITION_OPENS =
  /^(?:Like|Unlike|Alongside|Despite|Besides|Among|Amid|Without|Against)\s/u;

/** Where an English clause's subject may stand: a sentence or clause start, a conjunction. */
const CLAUSE_OPENS = /(?:^|[.!?:;,—–(]["”’]*|(?<![\p{L}])(?:and|but|then|when|while|as))\s*$/iu;

/** How many paragraphs before the pronoun's own a pronoun or a role may reach back. */
const PRONOUN_PARAGRAPHS_BACK = 2;

/**
 * The named person a pronoun at `pos` stands for. People named (outside
 * quotations) are looked for in the pronoun's paragraph up to the pronoun, then
 * in each of the two paragraphs before; the nearest scope with someone
 * compatible decides. Compatible means the article marks no other gender for
 * them than `gender` (null: any). A single compatible person is the answer,
 * unless `preferred` (the previous quotation's speaker), named further back,
 * could be meant as well; two or more give null.
 * `masked` is the article text with quotations blanked; offsets are UTF-16.
 */
export function resolvePronounIn(
  masked: string,
  paras: { start: number; end: number }[],
  paragraph: number,
  pos: number,
  index: NameIndex,
  gender: Gender | null = null,
  preferred: string | null = null,
): string | null {
  const lo = paras[paragraph]!.start;
  const scopes: [number, number][] = [[lo, pos]];
  // German: "Koch kritisierte den Schritt. Er forderte …" — one person in the
  // sentence before the pronoun's own, whoever the paragraph named earlier.
  const own = index.language === 'de' ? sentenceStart(masked, pos, lo) : lo;
  if (own > lo) scopes.unshift([sentenceStart(masked, own - 1, lo), pos]);
  for (let b = 1; b <= PRONOUN_PARAGRAPHS_BACK; b++) {
    const prev = paras[paragraph - b];
    if (prev) scopes.push([prev.start, prev.end]);
  }
  for (const [from, to] of scopes) {
    const people = new Map<string, string>();
    for (const m of findNames(masked, from, to, index.language)) {
      // Nouns are no people ("seit Wochen Spenden"); in German, neither is an object
      // for a subject pronoun ("schrieb an Uwe Kern", "gegenüber Radio Nord").
      if (
        !isPersonMention(m, index) ||
        (index.language === 'de' && OBJECT_BEFORE.has(previousWord(masked, m.pos).toLowerCase()))
      )
        continue;
      const marked = index.genderOf(m.tokens);
      if (gender && marked && marked !== gender) continue;
      const full = index.fullest(m.tokens, m.pos);
      people.set(full.join(' ').toLowerCase(), joinName(full));
    }
    if (people.size === 0) continue;
    const all = [...people.values()];
    if (all.length > 1) return null;
    // One person here, but the previous speaker, named further back, may be the
    // one meant: unless the gender tells them apart, that is a guess.
    const prefGender = preferred ? index.genderOf(preferred.split(' ')) : null;
    const isPreferred = preferred !== null && people.has(preferred.toLowerCase());
    if (preferred && !isPreferred && !(gender && prefGender && prefGender !== gender)) return null;
    return all[0]!;
  }
  return null;
}

function resolvePronoun(
  masked: string,
  paras: { start: number; end: number }[],
  q: QuoteSpan,
  pos: number,
  index: NameIndex,
  gender: Gender | null,
  preferred: string | null,
): string | null {
  // A pronoun after a quotation that spans paragraphs looks back from where the
  // quotation opens: the paragraphs in between hold only the quoted words.
  const paragraph = pos < paras[q.endParagraph]!.start ? q.paragraph : q.endParagraph;
  return resolvePronounIn(
    masked,
    paras,
    Math.min(paragraph, q.paragraph),
    pos,
    index,
    gender,
    preferred,
  );
}

/** A person named in the narration, with the roles written around the name. */
interface Holder {
  pos: number;
  /** The name as written there; expanded to its fullest form only when chosen. */
  tokens: string[];
  /** Lower-cased title and role words before the name, and a party tag after it. */
  roles: string[];
  /** Lower-cased places written with the name ("Florida Sen. …", "… of Ohio", "…, the Ohio senator,"). */
  places: string[];
}

/** Abbreviated titles and the role nouns they stand for ("Sen." is a "senator"). */
const TITLE_ABBREVIATIONS = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['capt', 'captain'],
  ['sgt', 'sergeant'],
  ['prof', 'professor'],
  ['rev', 'reverend'],
  ['pres', 'president'],
  ['adm', 'admiral'],
]);

/** ", the Ohio senator," / ", a New Hampshire Republican," / ", Florida's former governor," after a name. */
const ROLE_APPOSITION =
  /^,\s+(?:(?:the|a|an|former)\s+|\p{Lu}[\p{L}\p{M}]*['’]s\s+)((?:[\p{L}\p{M}'’.-]+\s+){0,5}?[\p{L}\p{M}'’-]+),/u;
/** "(D-Ohio)", ", R-Fla.": the state in a party tag after a name. */
const PARTY_STATE = /^(?:\s*\(|,\s+)[DRI]-(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u;

/**
 * True when a place written with a person and one a role names are the same:
 * equal, or the first an abbreviation of the second ("fla" and "florida",
 * "ny" and "new york": the same first letter, then its letters in order).
 */
function samePlace(written: string, named: string[]): boolean {
  const full = named.join('');
  if (named.includes(written) || written === full) return true;
  if (written.length < 2 || written[0] !== full[0]) return false;
  let at = 0;
  for (const ch of written) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return written.length <= 5;
}

/** " of Ohio", " from New Hampshire" after a name. */
const FROM_PLACE =
  /^\s+(?:of|from)\s+(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?)(?!\s*\p{Lu})/u;

/** Sorts the words written with a name into roles and places (capitalised, not a title). */
/** ", die Bürgermeisterin der Stadt,": a German role set off by commas after a name. */
const DE_ROLE_APPOSITION = uRe`^(?:,\s+(?:(?:der|die|ehemalige|frühere)r?\s+)?|\s+(?:ist|war)\s+(?:\S+\s+){0,3}?)(\p{Lu}[\p{L}\p{M}-]+)(?=\s+(?:der|des|von|vom|für|im|in)\s|[,.])`;
function sortRoleWords(words: string[], roles: string[], places: string[]): void {
  for (const w of words) {
    const l = w.toLowerCase().replace(/[.,]$/u, '');
    const possessive = l.replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(w) && !isTitle(w) && !PARTY_WORDS.has(l)) places.push(possessive);
    else roles.push(l);
  }
}

/** "(D-Ohio)", "(R)": a party tag after a name, and the party member it makes. */
const PARTY_TAG = /^\s*\((D|R|I)\b/u;
const PARTY_MEMBER = new Map([
  ['D', 'democrat'],
  ['R', 'republican'],
  ['I', 'independent'],
]);

/** Every person named in `masked` with their roles, in text order (one pass). */
function holders(masked: string, index: NameIndex): Holder[] {
  const out: Holder[] = [];
  for (const m of findNames(masked, 0, masked.length, index.language)) {
    const words = masked
      .slice(m.pos, m.end)
      .split(/[ \u00A0]+/)
      .filter(Boolean);
    const roles: string[] = [];
    const places: string[] = [];
    const lead = words.slice(0, Math.max(0, words.length - m.tokens.length));
    // "Bürgermeisterin der Stadt": one word after a role's complement is no holder.
    if (m.tokens.length < 2 && lead.length > 0 && ROLE_COMPLEMENT.test(lead[lead.length - 1]!))
      continue;
    sortRoleWords(lead, roles, places);
    const next = masked.slice(m.end, m.end + 90);
    const appos = (index.language === 'en' ? ROLE_APPOSITION : DE_ROLE_APPOSITION).exec(next);
    if (appos) sortRoleWords(appos[1]!.split(/[ \u00A0]+/), roles, places);
    const from = index.language === 'en' ? FROM_PLACE.exec(next) : null;
    if (from) for (const w of from[1]!.toLowerCase().split(/[ \u00A0]+/)) places.push(w);
    const state = index.language === 'en' ? PARTY_STATE.exec(next) : null;
    if (state) places.push(state[1]!.toLowerCase().replace(/[.\s]/gu, ''));
    const party = PARTY_TAG.exec(masked.slice(m.end, m.end + 8));
    if (party) roles.push(PARTY_MEMBER.get(party[1]!)!);
    // German: "Der Präsident des Vereins, Karl Holm,".
    const before = (
      index.language === 'de'
        ? /(\p{Lu}[\p{L}-]+)\s+(?:des|der|von|vom)\s[^,;:]{1,50},\s+$/u
        : /(?:^|[ \u00A0])([\p{Ll}][\p{L}\p{M}-]*)[ \u00A0]+$/u
    ).exec(masked.slice(Math.max(0, m.pos - 70), m.pos));
    if (before && isTitle(before[1]!)) roles.push(before[1]!.toLowerCase());
    if (roles.length === 0 && m.tokens.length < 2) continue;
    out.push({ pos: m.pos, tokens: m.tokens, roles, places });
  }
  return out;
}

/** True when a role word written with a name matches the head of a role noun phrase. */
function sameRole(abbreviated: string, head: string): boolean {
  const written = TITLE_ABBREVIATIONS.get(abbreviated) ?? abbreviated;
  if (written === head) return true;
  // German compounds end in the role ("Innenministerin" is a "Ministerin"); a
  // party adjective stands for its member ("Democratic" for "Democrat").
  return (
    (head.length >= 5 && written.endsWith(head)) ||
    (head.length >= 6 && written.startsWith(head.slice(0, 6)))
  );
}

/** How many named people a role looks back over, so a long article stays linear. */
const ROLE_LOOKBACK = 200;

/**
 * The person a definite role stands for ("the Chinese Premier", "der
 * Ministerin", "the Ohio Democrat"): the nearest person before `pos` written with
 * that role. `head` is the role's head noun, lower-cased. `places` are the
 * places the phrase names ("the Florida senator"): a person written with other
 * places is not meant. Null when nobody is.
 */
function resolveRole(
  people: Holder[],
  pos: number,
  head: string,
  index: NameIndex,
  places: string[] = [],
): string | null {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid]!.pos < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - ROLE_LOOKBACK; i--) {
    const p = people[i]!;
    if (!p.roles.some((r) => sameRole(r, head))) continue;
    if (places.length > 0 && !p.places.some((w) => samePlace(w, places))) continue;
    return joinName(index.fullest(p.tokens, p.pos));
  }
  return null;
}

/** The places a role noun phrase names: its capitalised words other than titles ("the Florida senator"). */
function placesOf(words: string): string[] {
  const out: string[] = [];
  sortRoleWords(words.trim().split(/[ \u00A0]+/), [], out);
  return out;
}

/** The head of a role noun phrase: its last title word before any complement. */
function roleHead(words: string): string | null {
  let head: string | null = null;
  for (const w of words.trim().split(/[ \u00A0]+/)) {
    if (ROLE_COMPLEMENT.test(w)) break;
    const l = w.toLowerCase();
    if (isTitle(w) || PARTY_WORDS.has(l)) head = l;
  }
  return head;
}

/** Party members, which stand for a politician named before ("the Ohio Democrat"). */
const PARTY_WORDS = new Set(WORDS.partyWords);

/** "the ", "le ", "la ", "el ", "l'" right before a capitalised description. */
const DEFINITE_BEFORE = /(?:^|[\s(])(?:the|le|la|el|l['’])[ \u00A0]*$/iu;

/** The speaker of the nearest top-level quotation before span `k`, or null. */
function previousSpeaker(ctx: ArticleContext, k: number): string | null {
  for (let j = k - 1; j >= 0; j--)
    if (ctx.spans[j]!.depth === 0) return ctx.done[j]?.attribution?.speaker ?? null;
  return null;
}

/**
 * English: a pronoun after someone's words, with no one else named since, is
 * that person ("… the Holocaust.” He added, “…”"), whoever else the paragraph
 * names before. The words must be in the pronoun's paragraph or the one before,
 * and the article must mark no other gender for their speaker.
 */
function speakerBeforePronoun(
  ctx: ArticleContext,
  q: QuoteSpan,
  pos: number,
  gender: Gender | null,
): string | null {
  const { spans, done, masked, paras, index } = ctx;
  const para = paras.findIndex((p) => pos <= p.end);
  for (let j = done.length - 1; j >= 0; j--) {
    const prev = spans[j]!;
    if (prev.depth > 0 || prev.closeEnd > pos || prev === q) continue;
    const speaker = done[j]!.attribution?.speaker;
    if (!speaker || prev.endParagraph < para - 1) return null;
    const tokens = speaker.split(' ');
    const marked = index.genderOf(tokens);
    if (gender && marked && marked !== gender) return null;
    for (const m of findNames(masked, prev.closeEnd, pos, index.language)) {
      const isPerson = m.tokens.length >= 2 || m.titled || index.isKnownSurname(m.tokens[0]!);
      if (isPerson && joinName(index.fullest(m.tokens, m.pos)) !== speaker) return null;
    }
    return speaker;
  }
  return null;
}

/** What the article-level passes share: the spans, the answers so far, the masked text. */
interface ArticleContext {
  spans: QuoteSpan[];
  /** Attributions of the spans before the current one, parallel to `spans`. */
  done: QuoteAttribution[];
  /** The article text with top-level quotations blanked. */
  masked: string;
  paras: { start: number; end: number }[];
  pats: Patterns;
  index: NameIndex;
  language: string;
  /** People named in the narration with their roles, in text order. */
  people: Holder[];
}

/**
 * The sentence before the one that starts at `bStart`, in the quotation's
 * paragraph, as [start, end] without trailing space; null at the paragraph start.
 */
function sentenceBefore(
  ctx: ArticleContext,
  q: QuoteSpan,
  bStart: number,
): [number, number] | null {
  const { masked, paras } = ctx;
  const para = paras[q.paragraph]!;
  if (bStart <= para.start) return null;
  let end = bStart;
  while (end > para.start && /\s/u.test(masked[end - 1]!)) end--;
  // Searched back from before the sentence's own final stop.
  return [sentenceStart(masked, Math.max(para.start, end - 1), para.start), end];
}

/**
 * Quoted words that open a sentence right after one ending in a reporting
 * clause, in the same paragraph ("… may be reluctant to act, Schiff said. “…”"),
 * continue that speaker's words. The clause is a name and a reporting verb, or
 * the verb and the name, closing the sentence.
 */
function afterReportingSentence(
  ctx: ArticleContext,
  q: QuoteSpan,
  bStart: number,
): Attribution | null {
  const { masked, pats, index } = ctx;
  const prev = sentenceBefore(ctx, q, bStart);
  if (!prev) return null;
  const [from, end] = prev;
  const sentence = masked.slice(from, end);
  if (!/[.!?]$/u.test(sentence) || /_/u.test(sentence.slice(-40))) return null;
  const m = pats.sentenceEndClause.exec(sentence);
  // Otherwise a sentence whose subject opens it and that reports speech: "Khan
  // condemned the government's policy. “…”".
  if (!m) {
    // After an earlier quotation in the paragraph, a sentence that reports no
    // speech may be an aside between one speaker's words: it must report them.
    const earlier = ctx.spans.some(
      (s) => s.depth === 0 && s.endParagraph === q.paragraph && s.closeEnd <= from,
    );
    // German too, when the words are a whole sentence that nothing follows in it.
    const alone =
      ctx.language !== 'de' ||
      (masked[q.end - 1] !== '_' &&
        /^\s*(?:$|\n|\p{Lu})/u.test(masked.slice(q.closeEnd, q.closeEnd + 3)));
    return subjectOfReport(
      ctx,
      ctx.paras[q.paragraph]!.start,
      end,
      q.paragraph,
      false,
      !earlier && alone,
    );
  }
  const raw = (m[1] ?? m[2])!;
  if (PRONOUNS.has(raw.toLowerCase())) return null;
  const clean = cleanName(raw, index.language);
  if (!clean) return null;
  const surname = clean.tokens[clean.tokens.length - 1]!;
  if (clean.tokens.length < 2 && !clean.titled && !index.isKnownSurname(surname)) return null;
  const pos = from + m.index + m[0].indexOf(raw);
  return { speaker: joinName(index.fullest(clean.tokens, pos)), method: 'name-verb' };
}

/** The top-level quotation before span `k` with its attribution, when it has one. */
function previousAttributed(ctx: ArticleContext, k: number): [QuoteSpan, Attribution] | null {
  let j = k - 1;
  // A title in marks on the way ("sagte Berg dem „Kurier“") is nobody's words.
  while (j >= 0 && (ctx.spans[j]!.depth !== 0 || ctx.done[j]?.isNamed === true)) j--;
  const att = j >= 0 ? ctx.done[j]?.attribution : null;
  return att ? [ctx.spans[j]!, att] : null;
}

/** A subordinate clause after a comma in an English attribution clause. */
const EN_TRAILING_CLAUSE = /,\s+(?:after|before|when|while|because|since|although|though|until)\s/u;

/**
 * A quotation with no attribution of its own that continues the previous one
 * ("…," Brandvold said. "…") takes its speaker and method, provided nobody else is
 * named in between and it follows in the same paragraph or opens the next one.
 */
function inherit(ctx: ArticleContext, k: number): Attribution | null {
  const { spans, masked, paras, pats, language } = ctx;
  const q = spans[k]!;
  const found = previousAttributed(ctx, k);
  if (!found) return null;
  const [prev, prevAtt] = found;
  const sameParagraph = prev.endParagraph === q.paragraph;
  const opensNext =
    prev.endParagraph === q.paragraph - 1 && q.openPos === paras[q.paragraph]!.start;
  if (!sameParagraph && !opensNext) return null;
  const between = masked.slice(prev.closeEnd, q.openPos);
  if (between.length > 400) return null;
  // The text between must be the previous quotation's own attribution clause: one
  // sentence at most, with no other person as the subject of a reporting verb.
  const trimmed = between.trimEnd();
  for (let i = 0; i < trimmed.length - 1; i++)
    if (isSentenceEnd(trimmed, i, trimmed.length)) return null;
  const prevSurname = prevAtt.speaker.split(' ').pop()!.toLowerCase();
  // In English a clause that the attribution ends with has its own subject
  // ("“…,” Holm assured Dahl, after Dahl assured Holm that … “…”").
  const sub = language === 'en' ? EN_TRAILING_CLAUSE.exec(between) : null;
  const re = withFlags(pats.beforeSubjVerb, 'gu');
  re.lastIndex = 0;
  for (let m = re.exec(between); m !== null; m = re.exec(between)) {
    if (sub && m.index > sub.index) continue;
    const subject = m[1]!.trim();
    if (PRONOUNS.has(subject.toLowerCase())) continue;
    const clean = cleanName(subject, language);
    if (clean && clean.tokens[clean.tokens.length - 1]!.toLowerCase() !== prevSurname) return null;
  }
  if (opensNext) {
    // The previous paragraph must end with the quotation and its attribution.
    const rest = masked.slice(prev.closeEnd, paras[prev.endParagraph]!.end);
    if (rest.length > 120) return null;
  }
  return prevAtt;
}

/**
 * German reported speech goes on in the subjunctive: „…“, sagte Stöhr. Die
 * Gefahr sei real. „…“ — the words after sentences in the subjunctive, or in a
 * subjunctive sentence themselves ("Es drohe „…“"), are still the previous
 * speaker's, when nobody else is named in between. Looks back over the same
 * paragraph and the one before, at most 600 characters.
 */
function reportedContinuation(
  ctx: ArticleContext,
  k: number,
  reported: boolean,
): Attribution | null {
  const { spans, masked, index } = ctx;
  const q = spans[k]!;
  const found = previousAttributed(ctx, k);
  if (!found || found[0].endParagraph < q.paragraph - 1) return null;
  const [prev, prevAtt] = found;
  const between = masked.slice(prev.closeEnd, q.openPos);
  if (between.length > 600) return null;
  // Every sentence in between reports speech in the subjunctive.
  const sentences = between
    .split(/(?<=[.!?])\s+/u)
    .map((t) => t.trim())
    .filter((t) => /\p{L}{2}/u.test(t));
  // The previous quotation's own clause (", sagte Stöhr.") is not a sentence of its own.
  if (sentences.length > 0 && !/^\p{Lu}/u.test(sentences[0]!)) sentences.shift();
  const lead = sentences.length > 0 ? sentences[sentences.length - 1]! : '';
  const openSentence = lead !== '' && !/[.!?]$/u.test(lead);
  const closed = openSentence ? sentences.slice(0, -1) : sentences;
  if (closed.some((t) => !DE_SUBJUNCTIVE.test(t))) return null;
  if (closed.length === 0 && !reported) return null;
  if (openSentence && !reported && !DE_SUBJUNCTIVE.test(lead)) return null;
  // Nobody else named in between.
  const surname = prevAtt.speaker.split(' ').pop()!.toLowerCase();
  for (const m of findNames(masked, prev.closeEnd, q.openPos, 'de')) {
    if (isPersonMention(m, index) && m.tokens[m.tokens.length - 1]!.toLowerCase() !== surname)
      return null;
  }
  return prevAtt;
}

let deVerbs: Set<string> | null = null;
/** The German reporting verbs, for a lone name before one. */
const germanVerbs = (): Set<string> => (deVerbs ??= new Set(VERBS.get('de')));

/** German subjunctive (Konjunktiv I) forms of the verbs reported speech uses most. */
/** A German sentence that opens with "er" or "sie" and its verb. */
const DE_PRONOUN_REPORTS = uRe`^[\s—–-]*(?:(?:Doch|Aber|Und|Zudem|Auch|Dann)\s+)?(Er|Sie)\s+\p{Ll}+`;

const DE_SUBJUNCTIVE = narrowedRegExp(
  `${WORD_START}(?:sei|seien|seiest|habe|werde|müsse|könne|solle|wolle|dürfe|gebe|stehe|gehe|liege|komme|bleibe|fehle|zeige|mache|brauche|wisse|verstoße|bedeute|erfordere|diene|hätten|wären|würden)${WB}` +
    // Any verb in -e right after a third-person pronoun ("Es drohe", "er hoffe"),
    // past forms in -te and words that take -e as determiners or adverbs aside.
    `|${WORD_START}(?:[Ee]s|[Ee]r|[Mm]an)\\s+(?!(?:${alternation(WORDS.deNotVerbsInE)})${WB})\\p{Ll}{2,}(?<!t)e${WB}`,
  'u',
);

/** German words after which a capitalised word is an object or a complement, never the subject. */
const DE_OBJECT_BEFORE = new Set(WORDS.deObjectBefore);
/** Words that open a German sentence without being its subject (prepositions, adverbs, pronouns). */
const DE_NOT_SUBJECT_START = new Set(WORDS.deNotSubjectStart);
/**
 * Words that open a German phrase before a verb and never a name: the prepositions,
 * articles and conjunctions of `deObjectBefore` but the particles "von" and "zu"
 * ("Von der Leyen sagte:").
 */
const DE_PREPOSITION_FIRST = new Set(WORDS.deObjectBefore.filter((w) => w !== 'von' && w !== 'zu'));
/**
 * Shapes of German common nouns, which a lone capitalised word must not have to
 * count as a name: -ung, -heit, -keit, -schaft, -tät, -ion, -ium, -ismus, -nis,
 * days and times of day, and the agent nouns "-er", "-en" plurals of roles; and
 * participles put first as adverbs ("Relativierend fügte Gall hinzu").
 */
const DE_COMMON_NOUN =
  /(?:(?<!^\p{L})ung(?:en)?|heit|keit|schaft|tät|ion(?:en)?|ium|ismus|nis|tum|ei|parteien|abend|morgen|mittag|(?:tag|monat|jahr)(?:en)?|jahre|wochen?|interview|gespräch|bericht|brief|rede|alternativen|stunden|schulen?|stadt|gemeinde|gesetz(?:es)?|urteil|politik|prozess|prozent|euro|dollar|mittwoch|sonnabend|ierend|fassend|gänzend|schließend)$/iu;

const previousWord = (text: string, pos: number): string => {
  const m = /([\p{L}\p{M}-]+)[ \u00A0]*$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? m[1]! : '';
};

/** Finite verbs that never introduce someone's words. */
const DE_NOT_SPEAKING_VERBS = WORDS.deNotSpeakingVerbs;

/** A sentence's first word and more words, no comma, up to the end. */
const DE_FRONTED_HEAD = /(?:^|[.!?:;]\s+)(\p{Lu}\p{Ll}*)\s+[^.!?:;,]*\S\s+$/u;

/** A subject before its verb inside a fronted phrase: "Nach langer Debatte nannte …", "Als gutes Beispiel nannte …". */
function inFrontedPhrase(masked: string, pos: number): boolean {
  const head = DE_FRONTED_HEAD.exec(masked.slice(Math.max(0, pos - 120), pos));
  return head !== null && (head[1] === 'Als' || OBJECT_BEFORE.has(head[1]!.toLowerCase()));
}

/** Words of DE_OBJECT_BEFORE after which a run of names may still be a clause's subject. */
const DE_CLAUSE_OPENERS = new Set([
  'wie',
  'als',
  'dass',
  'ob',
  'wenn',
  'weil',
  'und',
  'oder',
  'sowie',
]);

/**
 * True when a German capitalised run at `pos` of `masked` may be a sentence's
 * subject: it does not open with a preposition or an adverb, and a lone word is
 * not a common noun after an article or a preposition.
 */
function isGermanSubjectSlot(raw: string, masked: string, pos: number, object = false): boolean {
  const words = raw.trim().split(/\s+/);
  if (DE_NOT_SUBJECT_START.has(words[0]!.toLowerCase())) return false;
  // A run that starts with an article in lower case is the rest of a phrase
  // ("Gegenüber der Zeitung sagte …").
  if (/^(?:der|dem|den|des)$/u.test(words[0]!)) return false;
  // An article inside the run makes it a noun phrase ("Meinung der Partei"),
  // except in a name particle ("von der Leyen").
  if (/(?<!von)\s(?:der|des|die|das|dem|den)\s/u.test(raw)) return false;
  if (object) return words.length > 1 || !DE_COMMON_NOUN.test(words[0]!);
  const prev = previousWord(masked, pos).toLowerCase();
  // After a preposition or a declined article a run of names is an object ("vor
  // dem Düsseldorfer Konzert sagte …"); "wie Berg sagte" and clause openers aside.
  if (words.length > 1) return !DE_OBJECT_BEFORE.has(prev) || DE_CLAUSE_OPENERS.has(prev);
  return !DE_OBJECT_BEFORE.has(prev) && !DE_COMMON_NOUN.test(words[0]!);
}

const DE_FUNCTION_WORDS = [...DE_OBJECT_BEFORE, ...WORDS.deFunctionWords];
const DE_ADVERBS = WORDS.deAdverbs;
interface GermanClause {
  first: RegExp;
  afterVerb: RegExp;
  inverted: RegExp;
  /** "Als „…“ bezeichnet die Archäologin Montserrat Sanz den Fund": the quotation in the fronted phrase. */
  frontedQuote: RegExp;
  /** "Zum Abschied wird Berg auf der Seite des Vereins so zitiert: „…“". */
  quotedPassive: RegExp;
  /** "„…“ sei, hatte Berg damals gesagt": a perfect tense with the name between its verbs. */
  perfectAfter: RegExp;
  /** "Während Berg erklärte, …,": a fronted clause whose subject reports. */
  subordinate: RegExp;
  /** "zitiert den Minister Karl Holm mit den Worten:". */
  cites: RegExp;
  /** "Nach Holms Worten": a possessive and a noun for a view. */
  view: RegExp;
}
let deClause: GermanClause | null = null;

/**
 * German clause patterns: the subject first ("Der deutsche Außenminister Anton
 * Berg erklärte:"), the subject right after the finite verb that follows a fronted
 * phrase ("Nach der Sitzung sagte Innenministerin Berg:"), and the same inverted
 * order after a quotation ("„…“, zeigte sich Berg zufrieden"). Group 1 is the name.
 */
function germanClausePatterns(): GermanClause {
  if (deClause) return deClause;
  const low = String.raw`\p{Ll}[\p{L}\p{M}'’\-]*`;
  const notFunction = `(?!(?:${alternation(DE_FUNCTION_WORDS)})${WB})`;
  const verb = `${notFunction}${low}`;
  // The verb before a subject that speaks: no auxiliary, copula or modal ("seien
  // die Mittel", "sei Neuseeland"), no declined participle ("verbliebenen").
  // Nor a separable verb's participle, which a main clause never puts there
  // ("das … abgeleitete System").
  const finite = String.raw`(?!(?:${alternation(DE_NOT_SPEAKING_VERBS)})${WB})(?!\p{Ll}+(?:enen|ene|ener|enes|ten|tem)${WB})(?!(?:ab|an|auf|aus|ein|fest|mit|nach|vor|zu|zurück|dar|um)ge\p{Ll}+e${WB})${verb}`;
  const adv = `(?:(?:sich|${alternation(DE_ADVERBS)})\\s+){0,3}`;
  // Adjectives may open with an abbreviation: "der US-amerikanische Außenminister".
  const det = String.raw`(?:(?:[Dd]er|[Dd]ie|[Dd]ieser|[Dd]iese)\s+(?:(?:\p{Lu}{2,}-)?${low}\s+){0,3})?`;
  const paren = String.raw`(?:\s*\([^)]{1,40}\))?`;
  const appos = String.raw`(?:,\s[^,;:_„“”"»«]{1,110}?,?)?`;
  const name = `(${WS}${NAME_PATTERN})`;
  const opener = String.raw`^[\s—–\-]*(?:(?:Auch|So|Zudem|Dann|Doch|Nun|Und|Aber|Jedoch|Dabei)\s+)?`;
  // The fronted phrase ends in a capitalised word or a number; the verb follows it
  // and is no article, preposition or declined adjective after one.
  const front = String.raw`(?:[^\s:;]+\s+){0,12}?(?!(?:${alternation(
    [...DE_OBJECT_BEFORE].map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  )}|Der|Die|Das|Ein|Eine)\s)(?:\p{Lu}[\p{L}\p{M}'’\-.]*|\d[\d.,]*)\s+`;
  // A fronted subordinate clause ends in a comma: "Da Brauereien auf Trinkwasser
  // angewiesen sind, warnte der Hauptgeschäftsführer …".
  const frontClause = String.raw`[^:;„“”"»«_]{1,200}?,\s+`;
  // …and only a reporting verb follows it there.
  const reporting = `(?:${alternation([...germanVerbs()].filter((v) => v !== 'so'))})${WB}`;
  deClause = {
    first: narrowedRegExp(`${opener}${det}${name}${paren}${appos}(?:\\s+${low}|\\s*:)`, 'u'),
    // A role's complement and the holder's name set off by commas may follow:
    // "Deshalb kritisierte der Hauptgeschäftsführer des Verbands, Peter Hahn, …".
    afterVerb: narrowedRegExp(
      `${opener}(?:${front}${finite}|${frontClause}${reporting})\\s+${adv}${det}${name}(?:(?:\\s+(?:des|der|von|vom|für)\\s+[^,;:_„“”"»«]{1,80}?)?,\\s[^,;:_„“”"»«]{1,80}?,(?=\\s+\\p{Ll}))?`,
      'u',
    ),
    // Here a copula or "gab" may come first: "„…“, ist sich Berg sicher", "gab Berg zu
    // bedenken"; after a dash, "with these words" or "so" leads in: "„…“ – mit diesen
    // Worten verließ Berg den Saal", "„…“ – so beschreibt Berg die Lage".
    inverted: narrowedRegExp(
      String.raw`^[\s]*(?:,|[—–\-]\s*(?:[Mm]it\s+(?:diesen|den|solchen)\s+Worten|[Ss]o))\s+(?:${finite}|ist|war|gab|gibt)\s+${adv}${det}${name}`,
      'u',
    ),
    quotedPassive: narrowedRegExp(
      String.raw`(?:^|[\s,])(?:wird|wurde)\s+${det}${name}[^„“”"»«:_]{0,80}?\s+zitiert(?:\s*:|\s+mit\s+den\s+Worten)?\s*$`,
      'u',
    ),
    perfectAfter: narrowedRegExp(
      String.raw`^[\s]*(?:\p{Ll}+\s+){0,2}\p{Ll}*,\s+(?:hatte|hat|habe|hätte)\s+${det}${name}(?:\s+\p{Ll}+){0,4}?\s+(?:${alternation(WORDS.deReportingParticiples)})${WB}`,
      'u',
    ),
    subordinate: narrowedRegExp(
      String.raw`^\s*(?:Während|Nachdem)\s+${name}\s+${reporting}[^„“”"»«_]*,\s*$`,
      'u',
    ),
    view: narrowedRegExp(
      String.raw`(?:^|\s)(?:[Nn]ach|[Ll]aut)\s+(\p{Lu}[\p{L}-]+?)s\s+(?:Worten|Ansicht|Meinung|Angaben|Aussagen?|Auffassung|Einschätzung|Idee|Darstellung)(?!\p{L})`,
      'u',
    ),
    cites: narrowedRegExp(
      String.raw`(?<!\p{L})zitierte?n?\s+(?:(?:den|die|einen|eine)\s+)?(?:\p{Ll}+\s+)?${name}(?:\s+mit\s+den\s+Worten)?(?:\s*:|,[^„“”"»«_:]*)?\s*$`,
      'u',
    ),
    frontedQuote: narrowedRegExp(
      String.raw`^\s+(?:${reporting}|bezeichnet|bezeichnete|nennt|nannte)\s+${adv}${det}${name}`,
      'u',
    ),
  };
  return deClause;
}

/**
 * The subject of a German clause that quotes someone, by word order alone (see
 * `germanClausePatterns`): in the sentence that leads into the quotation, or when
 * the quotation opens the sentence, in the clause after it. A run that holds an
 * article ("Unmut der CDU") is a noun phrase, not a name; a lone word counts when
 * it is a known surname, titled, or has no common noun's shape.
 */
function germanClauseSpeaker(
  masked: string,
  bStart: number,
  q: QuoteSpan,
  aEnd: number,
  index: NameIndex,
  people: Holder[],
): Attribution | null {
  const pats = germanClausePatterns();
  const lead = masked.slice(bStart, q.openPos);
  const tries: [RegExpExecArray | null, number, AttributionMethod][] = [];
  if (/\p{L}/u.test(lead)) {
    tries.push([pats.first.exec(lead), bStart, 'name-verb']);
    tries.push([pats.afterVerb.exec(lead), bStart, 'verb-name']);
    tries.push([pats.quotedPassive.exec(lead), bStart, 'verb-name']);
    // A short fronted phrase that ends in the quotation: "Als „…“ bezeichnet …",
    // "Mit den Worten „…“ kommentierte …".
    if (uRe`^[\s]*(?:\p{Lu}\p{Ll}*|Mit\s+(?:den|diesen)\s+Worten)\s*$`.test(lead))
      tries.push([pats.frontedQuote.exec(masked.slice(q.closeEnd, aEnd)), q.closeEnd, 'verb-name']);
  } else {
    const after = masked.slice(q.closeEnd, Math.max(q.closeEnd, aEnd));
    tries.push([pats.inverted.exec(after), q.closeEnd, 'verb-name']);
  }
  tries.push([
    pats.perfectAfter.exec(masked.slice(q.closeEnd, Math.max(q.closeEnd, aEnd))),
    q.closeEnd,
    'verb-name',
  ]);
  for (const [m, base, method] of tries) {
    if (!m) continue;
    let raw = m[1]!;
    let at = base + m.index + m[0].lastIndexOf(raw);
    // "Der Leiter der Studie, Paul Stern, sieht …": the person is the apposition.
    const appos = uRe`,\s+([^,;:]{1,80}?),?(?:\s+\p{Ll}|\s*:|\s*$)`.exec(
      masked.slice(at + raw.length, base + m.index + m[0].length + 1),
    );
    const words = raw.split(/\s+/);
    // "Der Experte von Greenpeace, Martin Holm, …": a role and where it is held.
    const roleAt =
      words.length > 1 &&
      (isTitle(words[0]!) || GERMAN_NOUN_FORM.test(words[0]!)) &&
      /^(?:von|vom|bei|beim|aus|für|im)$/u.test(words[1]!);
    const roleOnly =
      /\s(?:der|die|des|das|den|dem)\s/u.test(raw) || words.every((w) => isTitle(w)) || roleAt;
    // A lone person noun ("Hauptgeschäftsführer") with a name set off after it.
    const roleNoun = words.length === 1 && GERMAN_NOUN_FORM.test(raw) && !index.isKnownSurname(raw);
    if (roleOnly || roleNoun) {
      const inner = appos ? findNames(appos[1]!, 0, appos[1]!.length, 'de')[0] : undefined;
      const named =
        inner !== undefined && (inner.tokens.length > 1 || index.isKnownSurname(inner.tokens[0]!));
      // Without one, a name may run into the object after it ("Montserrat Sanz
      // den Fund": "den" is also a name particle); the words before the article.
      const cut = /^(\S+\s\S+.*?)\s(?:der|die|das|den|dem|des)\s/u.exec(raw);
      // "Die Chefin der Umweltbehörde Petra Sommer": the holder's name, no commas.
      const role = /^\S+/u.exec(raw)![0];
      const held =
        named || cut ? null : personAfterComplement(masked.slice(at + role.length, at + 160));
      if (named) {
        raw = inner.tokens.join(' ');
        at += raw.length;
      } else if (held) {
        at += role.length + held.at;
        raw = held.person;
      } else if (cut) raw = cut[1]!;
      else if (roleOnly) {
        // "Der Bundespräsident zeigte sich betroffen:": the person written with the role.
        const holder =
          words.length === 1 ? resolveRole(people, at, raw.toLowerCase(), index) : null;
        if (holder) return { speaker: holder, method };
        continue;
      }
    }
    if (DE_NOT_SUBJECT_START.has(raw.split(/\s+/)[0]!.toLowerCase())) continue;
    if (feminineDative(masked, at, raw)) continue;
    const clean = cleanName(raw, 'de');
    if (!clean) continue;
    const last = clean.tokens[clean.tokens.length - 1]!;
    // A noun is no name, nor a fronted object ("Scharfe Kritik übte …", "Deutliche Worte fand …").
    const nounLike =
      clean.tokens.some(
        (t) => DE_COMMON_NOUN.test(t) || DE_NOT_SUBJECT_START.has(t.toLowerCase()),
      ) || /^(?:Worte|Kritik|Lob|Beifall|Widerspruch)$/u.test(last);
    if (nounLike && !clean.titled) continue;
    // A lone word opening the sentence is mostly an adverb or a noun ("Zwar",
    // "Kritik"): it must be a known surname or carry a title.
    const lone = clean.tokens.length === 1 && !clean.titled && !index.isKnownSurname(last);
    // German names a person without an article: "Der Rücktritt sei …" is a noun,
    // even when the article once wrote it capitalised after a preposition.
    if (
      clean.tokens.length === 1 &&
      !clean.titled &&
      DE_ARTICLE_OPENS.test(masked.slice(Math.max(0, at - 8), at))
    )
      continue;
    // …unless a reporting verb follows it: "Berg begründete den Schritt mit …".
    const next = /^\s+(\p{Ll}+)/u.exec(masked.slice(at + raw.length, at + raw.length + 30));
    const reports = next !== null && germanVerbs().has(next[1]!);
    if (
      lone &&
      ((method === 'name-verb' && !reports) ||
        GERMAN_NOUN_FORM.test(last) ||
        /(?:^|\s)(?:der|die)\s+$/iu.test(masked.slice(Math.max(0, at - 5), at)))
    )
      continue;
    return { speaker: joinName(index.fullest(clean.tokens, at)), method };
  }
  return null;
}

/**
 * The one person a German reporting sentence names, when it names exactly one:
 * the sentence that leads into the quotation (ending in a colon, or holding a
 * reporting verb), or, when the quotation opens its sentence, the clause after
 * it. A person is a name of two words or more, a titled name, or a known
 * surname. Null when nobody or several people are named.
 */
function onlyPersonInReport(
  masked: string,
  bStart: number,
  q: QuoteSpan,
  aEnd: number,
  pats: Patterns,
  index: NameIndex,
  language: string,
  stopped: boolean,
): Attribution | null {
  const lead = masked.slice(bStart, q.openPos);
  // Outside German, only a colon frames the words firmly enough ("Trump leaned
  // in and boomed: “…”"): a reporting verb may belong to another clause.
  const german = language === 'de';
  let from: number;
  let to: number;
  let method: AttributionMethod;
  if (/\p{L}/u.test(lead)) {
    const colon = /:[\s]*$/u.test(lead);
    if (!colon && (!german || (!pats.verbAtEnd.test(lead) && !pats.cue.test(lead)))) return null;
    [from, to, method] = [bStart, q.openPos, colon ? 'colon' : 'name-verb'];
  } else {
    const tail = masked.slice(q.closeEnd, aEnd);
    if (!german || !pats.cue.test(tail.slice(0, 60))) return null;
    [from, to, method] = [q.closeEnd, aEnd, 'verb-name'];
  }
  const people = new Map<string, string>();
  let apposed = false;
  for (const m of findNames(masked, from, to, language)) {
    // English: a lone word that opens the sentence before a verb in the past ("Moe
    // waved, then boomed: “…”") is its subject.
    const opener =
      method === 'colon' &&
      language === 'en' &&
      m.tokens.length === 1 &&
      !/\p{L}/u.test(masked.slice(from, m.pos)) &&
      /^ \p{Ll}+ed /u.test(masked.slice(m.end, m.end + 20)) &&
      !/(?:s|ing|ed|one|body)$/u.test(m.tokens[0]!) &&
      !isOrganisation(m.tokens[0]!);
    if (!isPersonMention(m, index) && !opener) continue;
    // The subject of the reported clause, not an apposition: "erklärte der
    // Betriebsrat, Karl Holm habe „…“".
    if (german && reportedClauseSubject(masked, from, m)) continue;
    // A lone word after a preposition or a declined article is an object ("Auf dem Konzert").
    const prev = previousWord(masked, m.pos).toLowerCase();
    if (german && m.tokens.length === 1 && !m.titled && OBJECT_BEFORE.has(prev)) continue;
    // …and any after a preposition that never names a source ("nach Zyklon Tasha").
    if (german && DE_NOT_SOURCE_BEFORE.has(prev)) continue;
    // A person in the accusative or dative before a colon is spoken to or of: "griff
    // sie den iranischen Präsidenten Karl Holm an:".
    if (german && DE_OBJECT_PHRASE.test(masked.slice(Math.max(0, m.pos - 40), m.pos))) continue;
    if (german && feminineDative(masked, m.pos, masked.slice(m.pos, m.end))) continue;
    const full = personAfterVon(index.fullest(addresseeCut(m.tokens, index), m.pos));
    people.set(nameKeyOf(full), joinName(full));
    apposed =
      /,[ \u00A0]*$/u.test(masked.slice(Math.max(0, m.pos - 2), m.pos)) &&
      /^[ \u00A0]*(?:\([^)]{1,30}\))?[ \u00A0]*[,:]/u.test(masked.slice(m.end, m.end + 40));
  }
  if (people.size !== 1) return null;
  // When an organisation was read as the subject, the person must be set off
  // as its apposition: "Der Leiter des Programms der WHO, Klaus Stöhr, sagte:".
  if (stopped && !apposed) return null;
  return { speaker: [...people.values()][0]!, method };
}

/**
 * True when the name at `at` (a mention, or an offset) opens a German clause of
 * reported speech: right after a comma that follows a reporting verb since
 * `from`, and not set off by a comma of its own (an apposition: "sagte der
 * Leiter, Karl Holm, …"). Here and in the German, French, Spanish and Russian
 * frames below, a pattern's space is a plain one: `makeArticle` folds every run
 * of white space, no-break spaces included, to one.
 */
function reportedClauseSubject(masked: string, from: number, at: NameMention | number): boolean {
  const pos = typeof at === 'number' ? at : at.pos;
  const lead = masked.slice(from, pos);
  if (!/, *$/u.test(lead) || !patterns('de').cue.test(lead)) return false;
  return typeof at === 'number' || !/^ *[,(]/u.test(masked.slice(at.end, at.end + 3));
}

/**
 * True when a name mention found by `findNames` names a person: two words or
 * more, a title, or a known surname; no article inside ("der
 * Nachrichtenagentur"; "von der Leyen" aside), no lower-case start, not one
 * word twice ("Mensch zu Mensch"), and in German no common noun's shape.
 */
/**
 * A single capitalised word right after a capitalised French or Spanish article is the
 * title of a paper, a work or a body ("Selon Le Monde", "Según El País"), not a person,
 * unless the article names someone by it ("Marine Le Pen", then "Le Pen"). German
 * capitalises every noun ("Der Trainer sagte" stands for someone named before), and in
 * English an outlet after "according to" ("The Hill") stays as before: PolNeAR's gold
 * credits such outlets, and its rules were fitted with them.
 */
function titleAfterArticle(masked: string, c: { raw: string; pos: number }, index: NameIndex) {
  const m = TITLE_AFTER_ARTICLE.exec(masked.slice(Math.max(0, c.pos - 5), c.pos) + c.raw.trim());
  return m !== null && !isTitle(m[1]!) && !index.isKnownSurname(m[1]!);
}
const TITLE_AFTER_ARTICLE = /(?:^|[\s(])(?:Le|La|Les|El|Los|Las) (\p{Lu}\S*)$/u;

/** Words after which a name before a colon is an object, not the speaker. */
const OBJECT_BEFORE = new Set([...DE_OBJECT_BEFORE].filter((w) => !DE_CLAUSE_OPENERS.has(w)));
const EN_OBJECT_BEFORE = new Set(
  'to about with at on from by of for against toward told asked à avec sur contre con sobre contra'.split(
    ' ',
  ),
);
const EN_OBJECT_PAST_OUTLET =
  /(?:^|\s)(?:told|asked|to|with)\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+){1,4}$/u;
/**
 * The person named right before the mark: before a colon ("…, und Ministerpräsident
 * Jens Holm: „…“"), or before "(" when the words in brackets are a sentence.
 */
function personRightBefore(
  masked: string,
  bStart: number,
  q: QuoteSpan,
  text: string,
  index: NameIndex,
  language: string,
): Attribution | null {
  const lead = /[ \u00A0]*([(:])[ \u00A0]*$/u.exec(masked.slice(bStart, q.openPos));
  if (!lead || (lead[1] === '(' && !/[.!?…]$/u.test(text.slice(q.start, q.end)))) return null;
  const at = bStart + lead.index;
  const names = findNames(masked, Math.max(bStart, at - 80), at, language);
  const m = names[names.length - 1];
  if (!m || m.end !== at || m.tokens.some((w) => !/^\p{Lu}/u.test(w))) return null;
  // After a preposition or a declined article the name is an object: "sagte über
  // Holm:", "gegenüber dem Kurier:", "told Moor:".
  const prev = previousWord(masked, m.pos).toLowerCase();
  if (lead[1] === ':' && (OBJECT_BEFORE.has(prev) || EN_OBJECT_BEFORE.has(prev))) return null;
  // …also past an outlet: "told Fox News' Sean Hannity:".
  if (
    lead[1] === ':' &&
    language === 'en' &&
    EN_OBJECT_PAST_OUTLET.test(masked.slice(Math.max(0, m.pos - 60), m.pos))
  )
    return null;
  if (
    lead[1] === ':' &&
    ((language === 'de' && feminineDative(masked, m.pos, masked.slice(m.pos, m.end))) ||
      (language !== 'en' && opensWithSubject(masked, bStart, m.pos, index)))
  )
    return null;
  // "Ihr Fazit:", "Seine Antwort:": a possessive and a noun, not a name.
  if (language === 'de' && DE_POSSESSIVE.test(m.tokens[0]!)) return null;
  const name = joinName(index.fullest(m.tokens, m.pos));
  if ((m.tokens.length < 2 && !index.isKnownSurname(m.tokens[0]!)) || isOrganisation(name))
    return null;
  return { speaker: name, method: 'colon' };
}

/** A declined article (and adjectives) right before a German name: an object. */
/**
 * "Anna Berg lobte Karl Holm:": the sentence opens with a person (an apposition
 * set off by commas aside) and a verb or two, so a name right after them (at
 * `pos`) is an object.
 */
function opensWithSubject(masked: string, from: number, pos: number, index: NameIndex): boolean {
  const n = findNames(masked, from, pos, index.language)[0];
  return (
    n !== undefined &&
    n.end < pos &&
    isPersonMention(n, index) &&
    /^\s*$/u.test(masked.slice(from, n.pos)) &&
    uRe`^(?:\s*\([^)]*\))?(?:,[^,:;]{1,80},)?\s+(?!(?:und|oder|sowie|et|y|и)\s)\p{Ll}+\s+(?:\p{Ll}+\s+){0,2}$`.test(
      masked.slice(n.end, pos),
    )
  );
}

/**
 * "antwortete der Ministerin Anna Berg": "der" before a feminine role is a dative
 * or a genitive, never the subject (that would be "die").
 */
function feminineDative(masked: string, pos: number, raw: string): boolean {
  return DE_FEMININE_DATIVE.test(masked.slice(Math.max(0, pos - 50), pos) + /^\S*/u.exec(raw)![0]);
}
const DE_FEMININE_DATIVE = uRe`(?:^|[\s(])(?<!von\s)der\s+(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}-]*in(?:\s+\p{Lu}\S*)?$`;

const DE_OBJECT_PHRASE = uRe`(?:^|\s)(?:den|dem|einen|einem)(?: \p{Ll}+){0,2} $`;

/** A German definite article opening the sentence. */
const DE_ARTICLE_OPENS = /(?:^|[.!?:]["”’»“‘]*\s+)(?:Der|Die|Das)\s+$/u;

/** Conjunctions that open a clause with its verb first in French, Spanish and Russian. */
const CLAUSE_CONJUNCTIONS = new Set([
  'como',
  'cuando',
  'según',
  'comme',
  'quand',
  'selon',
  'как',
  'когда',
]);

/** German possessives of the third person singular, capitalised at a sentence start. */
const DE_POSSESSIVE = /^(?:Ihr|Ihre|Sein|Seine)$/u;
/** "Ihr Fazit: „…“", "Seine Antwort:": whose words, by the possessive's gender. */
const DE_POSSESSIVE_COLON = uRe`(?:^|[.!?] +)[\s]*(Ihr|Ihre|Sein|Seine) +\p{Lu}\p{Ll}+ *: *$`;

/**
 * "sagte Anelka zu Domenech": "zu" is a name particle ("Karl-Theodor zu Guttenberg")
 * unless the words on both sides are surnames the article uses alone; then the
 * second is whom the first spoke to, and the speaker is the first.
 */
function addresseeCut(tokens: string[], index: NameIndex): string[] {
  const tokens2 = personAfterVon(tokens);
  const at = tokens2.indexOf('zu');
  if (at < 1 || at === tokens2.length - 1) return tokens2;
  const before = tokens2[at - 1]!;
  const after = tokens2[tokens2.length - 1]!;
  return index.isKnownSurname(before) && index.isKnownSurname(after)
    ? tokens2.slice(0, at)
    : tokens2;
}

function isPersonMention(m: NameMention, index: NameIndex): boolean {
  const t = m.tokens;
  const phrase = t.some(
    (w, i) => /^(?:der|die|das|des|dem|den)$/u.test(w) && !/^[Vv](?:on|an)$/u.test(t[i - 1] ?? ''),
  );
  if (phrase || /^\p{Ll}/u.test(t[0]!) || (t.length > 1 && t[0] === t[t.length - 1])) return false;
  if (!(t.length >= 2 || m.titled || index.isKnownSurname(t[0]!))) return false;
  if (index.language !== 'de') return true;
  if (DE_POSSESSIVE.test(t[0]!) || DE_PREPOSITION_FIRST.has(t[0]!.toLowerCase())) return false;
  return !t.some((w) => DE_COMMON_NOUN.test(w) || (GERMAN_NOUN_FORM.test(w) && t.length === 1));
}

/**
 * "Anna Berg zu Beginn der Debatte", "Jens Berg zu der Frage": "zu" before a
 * lower-case word or a noun of time, or after a full name whose surname the
 * article uses alone, starts a phrase, not a nobiliary name ("Karl zu Guttenberg").
 */
function cutAtZu(tokens: string[], index: NameIndex): string[] {
  // "Anna Berg der Zeitung": an article after a name starts an object.
  const art = tokens.findIndex(
    (t, i) =>
      i > 1 &&
      /^(?:der|die|das|dem|den|des)$/u.test(t) &&
      !/^(?:von|van|zu|de)$/u.test(tokens[i - 1]!),
  );
  if (art > 0) tokens = tokens.slice(0, art);
  const zu = tokens.indexOf('zu');
  if (zu < 1) return tokens;
  const phrase =
    /^(?:\p{Ll}|(?:Beginn|Anfang|Ende|Auftakt|Abschluss)$)/u.test(tokens[zu + 1] ?? '') ||
    (zu >= 2 && index.isKnownSurname(tokens[zu - 1]!));
  return phrase ? tokens.slice(0, zu) : tokens;
}

/**
 * German reported speech in the sentence after one that reports someone's words
 * and names one person: "Am Mittwoch erklärte Boris Johnson, … zu wollen. Es gebe
 * „…“." Same paragraph; nobody else named in the quotation's own sentence before it.
 */
function reportedAfterReport(ctx: ArticleContext, q: QuoteSpan, at: number): Attribution | null {
  const { masked, pats, index } = ctx;
  // A name after a preposition or a declined article is an object: "nach Sturm
  // Xaver", "des Amtes Nordheide", "den Euro".
  const named = (from: number, end: number): boolean =>
    findNames(masked, from, end, 'de').some(
      (m) =>
        isPersonMention(m, index) && !OBJECT_BEFORE.has(previousWord(masked, m.pos).toLowerCase()),
    );
  if (named(at, q.openPos)) return null;
  // "…, so Berg." reports as a verb does.
  const reports = (t: string): boolean => pats.cue.test(t) || withFlags(pats.soAside, 'u').test(t);
  let prev = sentenceBefore(ctx, q, at);
  // Reported speech runs on over sentences in the subjunctive that name nobody:
  // "Berg kritisierte die Pläne. Die Werft habe Gewinne gemacht. Deshalb müsse „…“".
  for (let hops = 0; prev && hops < 2; hops++) {
    const [from0, end0] = prev;
    const s0 = masked.slice(from0, end0);
    if (reports(s0) || !DE_SUBJUNCTIVE.test(s0) || !/[.!?]$/u.test(s0)) break;
    if (named(from0, end0)) return null;
    prev = sentenceBefore(ctx, q, from0);
  }
  if (!prev) return null;
  const [from, end] = prev;
  const sentence = masked.slice(from, end);
  if (!/[.!?]$/u.test(sentence) || !reports(sentence)) return null;
  const people = new Map<string, string>();
  for (const m of findNames(masked, from, end, 'de')) {
    // A noun phrase with "von" ("Rechte von Arbeitnehmern") is no name here.
    const tokens = cutAtZu(personAfterVon(m.tokens), index);
    if (!isPersonMention({ ...m, tokens }, index) || tokens.some((t) => /^\p{Ll}/u.test(t)))
      continue;
    // A place, a time, an object or a genitive complement is nobody who speaks:
    // "Am Rande", "in Kiel", "zum Thema Arbeitsmarkt", "des Landes Holstein".
    if (
      DE_NOT_SUBJECT_START.has(tokens[0]!.toLowerCase()) ||
      OBJECT_BEFORE.has(previousWord(masked, m.pos).toLowerCase())
    )
      continue;
    const full = cutAtZu(personAfterVon(index.fullest(tokens, m.pos)), index);
    people.set(nameKeyOf(full), joinName(full));
  }
  return people.size === 1 ? { speaker: [...people.values()][0]!, method: 'name-verb' } : null;
}

/**
 * German news often names the speaker in the sentence after the words, pointing
 * back to them: "„…“ Das sagte Berg am Montag.", "Dies erklärte …", "Mit diesen
 * Worten wandte sich Berg an …"; so do French ("C'est ce qu'a déclaré …"), Spanish
 * ("Así lo afirmó …") and Russian ("Об этом заявил …"). The quotation must end its own sentence, and the
 * next one, in the same paragraph, must open with the pointer, report speech
 * (any verb after "Mit diesen Worten") and name one person.
 */
function namedInSentenceAfter(ctx: ArticleContext, q: QuoteSpan, hi: number): Attribution | null {
  const { masked, pats, index, language } = ctx;
  const pointer = POINTER_AFTER.get(language);
  const m = pointer?.exec(masked.slice(q.closeEnd, Math.min(hi, q.closeEnd + 60)));
  if (!m) return null;
  const from = q.closeEnd + m[0].length;
  const end = sentenceEnd(masked, from, hi);
  const sentence = masked.slice(from, end);
  if (!m[1] && !pats.cue.test(sentence) && !DE_REPORTING_LATE.test(sentence)) return null;
  const person = onePersonIn(masked, from, end, index);
  return person ? { speaker: person, method: 'verb-name' } : null;
}

/**
 * The one person a German clause names as its subject, in `masked` from `from`
 * to `end`: names after a preposition or a declined article are objects (with
 * `agent`, but for the one at `from`). Null when nobody or several people are named.
 */
function onePersonIn(
  masked: string,
  from: number,
  end: number,
  index: NameIndex,
  agent = false,
): string | null {
  const people = new Map<string, string>();
  const german = index.language === 'de';
  for (const found of findNames(masked, from, end, index.language)) {
    const n = german ? { ...found, tokens: cutAtZu(found.tokens, index) } : found;
    // A passive's agent follows "von" (`agent`): only the first name is it.
    const prev = previousWord(masked, n.pos).toLowerCase();
    const object = german ? OBJECT_BEFORE.has(prev) : EN_OBJECT_BEFORE.has(prev);
    if (!isPersonMention(n, index) || (object && !(agent && n.pos === from))) continue;
    const fullest = index.fullest(n.tokens, n.pos);
    const full = german ? cutAtZu(personAfterVon(fullest), index) : fullest;
    people.set(nameKeyOf(full), joinName(full));
  }
  return people.size === 1 ? [...people.values()][0]! : null;
}

/**
 * "Wie Ministerin Anna Berg am Montag mitteilte, werde man „…“": a clause with
 * "wie", a reporting verb at its end and one person names the speaker of the
 * sentence it opens; in French, Spanish and Russian the verb comes first.
 */
function reportedAsBy(
  masked: string,
  bStart: number,
  q: QuoteSpan,
  index: NameIndex,
  after: string,
): Attribution | null {
  const lead = masked.slice(bStart, q.openPos);
  // The clause may also close the sentence: "„…“, wie Berg am Montag mitteilte."
  const find = (re: RegExp): [RegExpExecArray, number] | null => {
    const m = re.exec(lead);
    const a = m ? null : re.exec(after);
    return m ? [m, bStart] : a && [a, q.closeEnd];
  };
  if (index.language !== 'de') {
    // French, Spanish and Russian put the verb first: "Como dijo Marta Ruiz, …".
    const [v, base] = find(AS_REPORTED_VERB_FIRST) ?? [];
    if (!v || !patterns(index.language ?? 'und').cue.test(v[1]!)) return null;
    const at = base! + v.index + v[0].indexOf(v[1]!);
    const person = onePersonIn(masked, at, at + v[1]!.length, index);
    return person ? { speaker: person, method: 'verb-name' } : null;
  }
  const [m, base] = find(DE_AS_REPORTED) ?? [];
  if (!m) return null;
  const verb = m[2]!.toLowerCase();
  if (!germanVerbs().has(verb) && !DE_REPORTING_LATE.test(verb) && !DE_FUSED_VERBS.has(verb))
    return null;
  const from = base! + m.index + m[0].indexOf(m[1]!);
  const person = onePersonIn(masked, from, from + m[1]!.length, index);
  return person ? { speaker: person, method: 'name-verb' } : null;
}

let deSaidLaut: [RegExp, RegExp] | null = null;
/** A German reporting verb and a name before "laut" ("sagte Berg laut ", "Berg sagte laut "), or after its outlet (" sagte Berg"). */
function saidWithLaut(): [RegExp, RegExp] {
  const verb = `(?:${alternation([...germanVerbs()].filter((v) => v !== 'so'))})`;
  return (deSaidLaut ??= [
    narrowedRegExp(`${WS}(?:${verb} (${NAME_PATTERN})|(${NAME_PATTERN}) ${verb}) laut $`, 'u'),
    narrowedRegExp(`^ ${verb} (${NAME_PATTERN})`, 'u'),
  ]);
}

/** "Wie <subject …> <verb>[ hat/hatte], " opening a German sentence, or closing it. */
const DE_AS_REPORTED = uRe`(?:^|[.!?:;,] +)[\s]*(?:(?:Doch|Aber|Und) +)?[Ww]ie +([^,;:.!?]{3,100}?) +(\p{Ll}+)(?: +(?:hat|hatte|habe))?(?:, |[.!?]?$)`;

/** "Comme l'a déclaré …, ", "Como explicó …, ", "Как заявила …, " opening or closing a sentence. */
const AS_REPORTED_VERB_FIRST =
  /(?:^|[.!?:;,] +)[\s]*(?:Comme|Como|Как) +([^,;:.!?«»"“”]{3,100}?)(?:, |[.!?]?$)/iu;

/** Separable reporting verbs written as one word at the end of a clause. */
const DE_FUSED_VERBS = new Set([
  'mitteilte',
  'mitteilt',
  'mitteilten',
  'bekanntgab',
  'ausführte',
  'hinzufügte',
  'angab',
  'einräumte',
  'festhielt',
  'klarstellte',
  'darlegte',
]);

/**
 * The agent of a German passive that reports words: "Holm wurde von Anna Berg
 * als „…“ bezeichnet", "Der Plan wird von Berg „…“ genannt". The verb of calling
 * or reporting closes the clause `after` the quotation.
 */
function passiveAgent(
  masked: string,
  bStart: number,
  q: QuoteSpan,
  after: string,
  index: NameIndex,
): Attribution | null {
  const lead = masked.slice(bStart, q.openPos);
  const m = DE_PASSIVE_AGENT.exec(lead);
  // The participle after the words, or before a colon: "Berg wurde von Holm kritisiert: „…“".
  const colon = m ? DE_PASSIVE_COLON.exec(lead) : null;
  if (!m || (!DE_PASSIVE_VERB.test(after) && !colon)) return null;
  const from = bStart + m.index + m[0].length;
  const person = onePersonIn(masked, from, colon ? bStart + colon.index : q.openPos, index, true);
  return person ? { speaker: person, method: 'name-verb' } : null;
}

/**
 * The agent of an English passive of calling: "has been called “…” by Per Moe",
 * "being “…” – as described by Mayor Kari Berg –".
 */
function calledBy(
  masked: string,
  before: string,
  q: QuoteSpan,
  after: string,
  index: NameIndex,
): Attribution | null {
  const m =
    (EN_CALLED.test(before) ? /^[\s,]*by /u.exec(after) : null) ??
    /^[^.;:!?]{0,80}?[,–—]\s*as (?:described|put|called|characteri[sz]ed) by /u.exec(after);
  if (!m) return null;
  const from = q.closeEnd + m[0].length;
  const end = from + (/^[^,;:.!?–—(]{1,60}/u.exec(after.slice(m[0].length))?.[0].length ?? 0);
  const person = onePersonIn(masked, from, end, index, true);
  return person ? { speaker: person, method: 'name-verb' } : null;
}
const EN_CALLED =
  /\b(?:called|described|labell?ed|dubbed|branded|termed|characteri[sz]ed)(?: as)?(?: an?| the)? *$/u;

/** "wurde … von", "wird … vom": a passive with its agent, before the quotation. */
const DE_PASSIVE_AGENT = uRe`(?:^|[\s,])(?:wird|wurde|wurden|werden|worden) +(?:\p{Ll}+ +){0,3}?von +(?=[^,;.!?]{2,80}$)`;
const DE_PARTICIPLES =
  'bezeichnet|genannt|kritisiert|gelobt|beschrieben|betitelt|zitiert|kommentiert';
/** The participle that closes a passive report. */
const DE_PASSIVE_VERB = narrowedRegExp(
  `^[^,;:.!?]{0,40}?(?:${DE_PARTICIPLES})(?: +(?:worden|wird|wurde))? *[.,;!?]`,
  'u',
);
const DE_PASSIVE_COLON = narrowedRegExp(
  String.raw`(?:\s+\p{Ll}+){0,2}\s+(?:${DE_PARTICIPLES})\s*:\s*$`,
  'u',
);

const DESCRIBED_LOOKBACK = 3000;

/**
 * A German person noun after a definite article ("der Gewerkschafter", "die
 * SPD-Politikerin", "der Sozialdemokrat"): the person last written with that
 * noun before `pos` ("Der Gewerkschafter Karl Holm …"), or null. Undefined when
 * `word` is no such description (a name, a title, a known surname).
 */
function describedPerson(
  word: string,
  masked: string,
  pos: number,
  index: NameIndex,
): string | null | undefined {
  // "Der Trainer sagte:": the article that opens the sentence is read with the run.
  const art = /^D(?:er|ie) (?=\S+$)/u.exec(word);
  if (art) {
    pos += 4;
    word = word.slice(4);
  }
  if (
    !/^\p{Lu}[\p{L}\p{M}-]+$/u.test(word) ||
    !GERMAN_NOUN_FORM.test(word) ||
    isTitle(word) ||
    index.isKnownSurname(word) ||
    !uRe`(?:^|[\s])(?:[Dd]er|[Dd]ie|dem|den|des) +(?:\p{Ll}+ +)?$`.test(
      masked.slice(Math.max(0, pos - 30), pos),
    )
  )
    return undefined;
  // Looked for in the text just before (bounded, for long articles); the word first.
  const from = Math.max(0, pos - DESCRIBED_LOOKBACK);
  const recent = masked.slice(from, pos);
  if (!recent.includes(word)) return null;
  // The noun before the name, or in an aside after it ("Karl Holm, Trainer des FC Nord,").
  const re = new RegExp(
    `${WS}${escape(word)} +(${nameSource()})|${WS}(${nameSource()})(?: *\\([^)]{1,30}\\))?, +(?:\\p{Ll}+ +){0,2}${escape(word)}${WB}`,
    'gu',
  );
  let found: string | null = null;
  for (const m of recent.matchAll(re)) {
    const clean = cleanName((m[1] ?? m[2])!, 'de');
    if (clean && clean.tokens.length >= 2)
      found = joinName(index.fullest(clean.tokens, from + m.index + m[0].length));
  }
  return found;
}

/** A German reporting verb at the end of its clause: "Das musste Berg einräumen", "hat Berg gesagt". */
const DE_REPORTING_LATE = narrowedRegExp(
  `${WS}(?:${alternation([...WORDS.deReportingParticiples, 'sagen', 'erklären', 'einräumen', 'eingestehen', 'zugeben', 'betonen'])})${WB}`,
  'u',
);

/**
 * The start of a sentence pointing back at the words before it, by language;
 * group 1 when it points at the words themselves, whatever the verb ("Mit diesen
 * Worten", "Con estas palabras", "Этими словами").
 */
const POINTER_AFTER = new Map([
  [
    'de',
    /^ *[.!?…]? +(?:(Mit +diesen +(?:\p{Ll}+ +)?Worten)|(?:Das|Dies|So|Diese +(?:\p{Ll}+ +)?(?:Worte|Sätze|Aussage|Einschätzung))(?= +\p{Ll}))/u,
  ],
  ['fr', /^ *[.!?…]? +(?:(Par +ces +mots|En +ces +termes)|C['’]est +ce +qu(?:e|['’]))/u],
  ['es', /^ *[.!?…]? +(?:(Con +estas +palabras)|Así +lo|Eso +(?=\p{Ll})|Lo +(?=\p{Ll}))/u],
  [
    'ru',
    /^ *[.!?…]? +(?:(Этими +словами|Такими +словами)|Об +этом|Так +(?=\p{Ll})|Это +(?=\p{Ll}))/u,
  ],
]);

/**
 * "Fazit von Sandra Boser": a noun, "von" and a given name with a surname is a
 * phrase about the person after "von" (a nobiliary "von" is followed by the
 * surname alone: "Karl von Habsburg").
 */
function personAfterVon(tokens: string[]): string[] {
  const i = tokens.findIndex((t, k) => k > 0 && (t === 'von' || t === 'vom'));
  return i > 0 && tokens.length - i - 1 >= 2 && /^\p{Lu}/u.test(tokens[i + 1]!)
    ? tokens.slice(i + 1)
    : tokens;
}

/** Two mentions of one person share their surname's key. */
const nameKeyOf = (tokens: string[]): string => tokens[tokens.length - 1]!.toLowerCase();

/** Person nouns and plurals ("Experten", "Datenschützer", "Demonstranten", "SPD-Mann"): descriptions, not names. */
const GERMAN_NOUN_FORM =
  /(?:er|or|eur|ist|isten|ent|enten|ant|anten|at|aten|är|ling|iker|nom|loge|logen|in|innen|irt|rzt|auer|euge|-Mann|-Frau)$/u;

/** A possessive and a role at the end of the text: "Tom Reed's spokeswoman". */
const OWNERS_ROLE =
  /\p{L}['’]s?[ \u00A0]+(?:\p{Ll}+[ \u00A0]+){0,2}(\p{Ll}+)[ \u00A0]*,?[ \u00A0]*$/u;

/**
 * A German role's complement and the holder's name with no commas between them, in
 * `text` right after the role: " der Umweltbehörde Petra Sommer sagte", " des Deutschen
 * Bauernverbandes Joachim Rukwied:" give the last two capitalised words and where they
 * start in `text`. Only when the complement keeps a word of its own before them and
 * neither of them is a title, a common noun, an adjective or a word of an
 * organisation's name ("Präsident der Deutschen Bank AG" names no one).
 */
function personAfterComplement(text: string): { person: string; at: number } | null {
  const m = COMPLEMENT_THEN_PERSON.exec(text);
  if (!m) return null;
  const words = [m[2]!, m[3]!];
  const ok = words.every(
    (w) => !isTitle(w) && !DE_COMMON_NOUN.test(w) && !/(?:isch|lich|ig)(?:e|en|er|es)?$/u.test(w),
  );
  const person = words.join(' ');
  // A club or company abbreviated in the complement goes on with its name ("des FC
  // Bayern München"), not a person's.
  if (!ok || isOrganisation(person) || /(?:^|\s)\p{Lu}\p{L}{0,3}\p{Lu}\s/u.test(m[1]!)) return null;
  return { person, at: m.index + m[0].length - person.length };
}
const COMPLEMENT_THEN_PERSON = uRe`^\s+(?:der|des|von|vom)\s+(\p{Lu}[\p{L}\p{M}\-]*\s+(?:\p{Lu}[\p{L}\p{M}\-]*\s+){0,2}?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s+\p{Ll}|\s*[:,.;]|\s*$)`;

/** A sentence's subject at its start: "But Ilse Brandvold (D-Ohio), the mayor, later warned". */
const OPENING_SUBJECT = narrowedRegExp(
  String.raw`^[\s—–\-]*(?:(?:But|And|So|Then|Later|Still|Meanwhile|Yet|Also|Mais|Et|Pero|Y|Но|И|А)[ \u00A0,]+)?(?:\d{1,3}-year-old[ \u00A0]+)?(${NAME_PATTERN})(?:[ \u00A0]*\([^)]{1,30}\))?(?:,[ \u00A0][^;:_"“”«»„]{1,120}?,|,(?=[ \u00A0](?:the|an?)[ \u00A0]))?[ \u00A0]+\p{Ll}`,
  'u',
);

/**
 * A quotation that makes up a paragraph of its own, with no reporting clause,
 * continues the words of whoever spoke at the end of the paragraph before: the
 * speaker of a quotation that closes it, or the subject of its last sentence
 * when that sentence reports speech ("Brandvold went on to warn that …:").
 * Pronoun subjects are resolved as usual; anything else gives null.
 */
function followOn(ctx: ArticleContext, k: number): Attribution | null {
  const { spans, done, masked, paras } = ctx;
  const q = spans[k]!;
  const para = paras[q.paragraph];
  const prev = paras[q.paragraph - 1];
  if (!para || !prev || q.openPos !== para.start) return null;
  // The paragraph holds nothing but quoted words (the mask blanks them).
  if (/[\p{L}\p{N}]/u.test(masked.slice(q.closeEnd, paras[q.endParagraph]!.end))) return null;
  // The quotation closing the paragraph before, if any, with its speaker.
  let j = k - 1;
  while (j >= 0 && spans[j]!.depth !== 0) j--;
  const last = j >= 0 ? spans[j]! : undefined;
  const tail = masked.slice(
    last && last.endParagraph === q.paragraph - 1 ? last.closeEnd : prev.start,
    prev.end,
  );
  if (last && last.endParagraph === q.paragraph - 1 && !/[\p{L}\p{N}]/u.test(tail))
    return done[j]?.attribution ?? null;
  const subject = subjectOfReport(ctx, prev.start, prev.end, q.paragraph - 1, true, true);
  if (subject || ctx.language !== 'en') return subject;
  // English words set below a paragraph are those of the person its last sentence
  // is about: when that sentence does not open with the speaker ("When the board
  // balked, Moe called them on it:", "Stated Moe:", "…, since Moe spoke only in
  // bromides."), the one person it names.
  return onePersonNamed(ctx, sentenceStart(masked, prev.end - 1, prev.start), prev.end);
}

/**
 * After English words that end with their own stop, a name and a verb that
 * reports a clause start a new sentence: "“…” Ohio Gov. Per Haug said he would …",
 * also with a party tag or an aside after the name and with a name opening the
 * clause ("“…” Per Haug, the owner, said Berg called …"); so do a name and a verb
 * before a comma or colon and the next words, which they introduce ("“…?” Moe
 * then writes back, “…”").
 */
const NEW_REPORT =
  /^\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*,?\s+){1,5}(?:\([^)]{1,30}\)\s+|[^,.;:_]{1,60},\s+)?(?:(?:said|says|added|argued|noted|wrote|replied|responded)\s+(?:(?:he|she|they|it|that|the|his|her|both)(?![\p{L}\p{M}])|\p{Lu}\p{Ll}+\s+\p{Ll}+\s)|(?:then\s+)?\p{Ll}+(?:\s+back)?[,:]\s*["“])/u;

/** An English subordinate clause that opens a sentence, up to its comma. */
const OPENING_CLAUSE =
  /^[\s—–-]*(?:When|While|After|Before|If|Although|Though|Because|Since|Until|Once|Unless|Amid|Despite|In(?!\s+the\s+(?:eyes|view|words)\s+of\s))\s[^,;:]{1,160},(?=\s+(?:\p{Lu}|the\s|an?\s))/u;

/**
 * The one person an English sentence names between `from` and `to`, as the
 * speaker of the words it announces; null when it names nobody or several. A
 * name in the possessive ("Berg's plan") or an organisation is nobody's voice.
 */
function onePersonNamed(ctx: ArticleContext, from: number, to: number): Attribution | null {
  const { masked, index } = ctx;
  const people = new Map<string, string>();
  // An opening clause names someone else: "When Dahl died, Moe released the
  // following statement:".
  const clause = OPENING_CLAUSE.exec(masked.slice(from, to));
  for (const m of findNames(masked, from + (clause ? clause[0].length : 0), to, 'en')) {
    const possessive =
      /['’]s?$/u.test(masked.slice(m.pos, m.end)) || /['’]/u.test(masked[m.end] ?? '');
    // After a preposition the name is an object: "apologised to Sanders for …".
    const object = EN_OBJECT_BEFORE.has(previousWord(masked, m.pos).toLowerCase());
    if (!isPersonMention(m, index) || possessive || object) continue;
    const full = index.fullest(m.tokens, m.pos);
    if (isOrganisation(joinName(full))) continue;
    people.set(nameKeyOf(full), joinName(full));
  }
  return people.size === 1 ? { speaker: [...people.values()][0]!, method: 'colon' } : null;
}

/**
 * The subject at the start of the sentence that ends at `end` (searched back no
 * further than `lo`), when that sentence reports speech: a reporting verb, or a
 * colon at its end; in English with `anyVerb`, any sentence. A pronoun subject
 * is resolved in paragraph `paragraph`; with `pronouns` false it gives null. A
 * lone word must be a known surname.
 */
function subjectOfReport(
  ctx: ArticleContext,
  lo: number,
  end: number,
  paragraph: number,
  pronouns: boolean,
  anyVerb: boolean,
): Attribution | null {
  const { masked, paras, pats, index } = ctx;
  // Searched back from before the sentence's own final stop.
  const from = sentenceStart(masked, Math.max(lo, end - 1), lo);
  const sentence = masked.slice(from, end);
  const reports = pats.cue.test(sentence) || /:[\s]*$/u.test(sentence);
  const m = OPENING_SUBJECT.exec(sentence);
  if (!m) return null;
  const raw = m[1]!;
  // "When Moor left, Moe said:" opens with a clause, not with its subject.
  if (ctx.language === 'en' && NOT_SUBJECT_START.test(raw)) return null;
  const pos = from + m.index + m[0].indexOf(raw);
  if (PRONOUNS.has(raw.toLowerCase())) {
    if (!pronouns) return null;
    const person = resolvePronounIn(masked, paras, paragraph, pos, index);
    return person ? { speaker: person, method: 'pronoun' } : null;
  }
  const clean = cleanName(raw, index.language);
  if (!clean) return null;
  const surname = clean.tokens[clean.tokens.length - 1]!;
  if (clean.tokens.length < 2 && !clean.titled && !index.isKnownSurname(surname)) return null;
  // English news sets a quotation after a sentence about the person who says it
  // ("Viguerie is upbeat about the count. “…”"): there, any verb will do.
  // German ("Holm ist skeptisch. „…“") when the name itself opens the sentence.
  const opensWithName =
    ctx.language === 'en' ||
    (ctx.language === 'de' &&
      raw.startsWith(clean.tokens[0]!) &&
      !DE_NOT_SUBJECT_START.has(clean.tokens[0]!.toLowerCase()));
  if (!reports && !(anyVerb && opensWithName)) return null;
  return { speaker: joinName(index.fullest(clean.tokens, pos)), method: 'name-verb' };
}

/** A short line that signs the quotation above it: "- Ilse Brandvold, in a tweet." */
const SIGNATURE_LINE = narrowedRegExp(
  String.raw`^[ \u00A0]*[—–\-][ \u00A0]*(${NAME_PATTERN})(?=[ \u00A0]*(?:[,.;(]|$))`,
  'u',
);

/**
 * Quoted words that make up a paragraph, signed in the next one by a dash and a
 * name ("“…”" / "- Ilse Brandvold."), as fact checks and lists of quotations do.
 */
function signedBelow(ctx: ArticleContext, k: number): Attribution | null {
  const { spans, masked, paras, index } = ctx;
  const q = spans[k]!;
  const para = paras[q.endParagraph]!;
  const next = paras[q.endParagraph + 1];
  if (!next || next.end - next.start > 160 || q.openPos !== paras[q.paragraph]!.start) return null;
  if (/[\p{L}\p{N}]/u.test(masked.slice(q.closeEnd, para.end))) return null;
  const m = SIGNATURE_LINE.exec(masked.slice(next.start, next.end));
  if (!m) return null;
  const clean = cleanName(m[1]!, index.language);
  if (!clean) return null;
  const surname = clean.tokens[clean.tokens.length - 1]!;
  if (clean.tokens.length < 2 && !clean.titled && !index.isKnownSurname(surname)) return null;
  const pos = next.start + m.index + m[0].indexOf(m[1]!);
  return { speaker: joinName(index.fullest(clean.tokens, pos)), method: 'name-verb' };
}

/** A capitalised run that opens with a determiner qualifies a noun ("The Berg family"). */
const DETERMINED =
  /^(?:The|A|An|His|Her|Their|Its|Our|My|Your|This|That|These|Those)(?![\p{L}\p{M}])/u;

/** English words that open a clause or a phrase before a sentence's subject. */
const NOT_SUBJECT_START =
  /^(?:When|While|After|Before|If|As|Although|Though|Because|Since|Until|Once|Unless|Whether|Despite|In|On|At|For|With|From|By|During|Under|Over|Like|Unlike|Asked|Speaking)(?![\p{L}\p{M}])/u;

/**
 * The person an English "he" or "she" at `pos` continues when several people
 * are named around it: the subject that opens the sentence before the pronoun's
 * (in its paragraph, or the last one of the paragraph before), when the article
 * marks that person's gender as the pronoun's and nobody else is named in the
 * pronoun's sentence before it ("Mr. Berg met Mr. Lund. Mr. Lund wants a pier.
 * / “…,” he said.").
 */
function salientSubject(
  ctx: ArticleContext,
  q: QuoteSpan,
  pos: number,
  gender: Gender | null,
): string | null {
  const { masked, paras, index } = ctx;
  if (index.language !== 'en' || gender === null) return null;
  const paragraph = pos < paras[q.endParagraph]!.start ? q.paragraph : q.endParagraph;
  const para = paras[Math.min(paragraph, q.paragraph)]!;
  const own = sentenceStart(masked, Math.min(pos, q.openPos), para.start);
  const named = findNames(masked, own, pos, index.language).filter((m) =>
    isPersonMention(m, index),
  );
  // The pronoun's own sentence opens with the one person it names, as its subject:
  // "Dahl fired back: “…,” he wrote".
  // So does one in a clause after a conjunction, whoever else the sentence names:
  // "Berg went after Moe, when he called him “…”".
  const opening =
    named.length === 1 ||
    (named.length > 1 &&
      /,\s(?:when|as|after|because|while|before|since)\s+$/u.test(masked.slice(own, pos)))
      ? OPENING_SUBJECT.exec(masked.slice(own, pos))
      : null;
  if (opening && !NOT_SUBJECT_START.test(opening[1]!) && !DETERMINED.test(opening[1]!)) {
    const m = named[0]!;
    const full = index.fullest(m.tokens, m.pos);
    const marked = index.genderOf(full);
    const at = own + opening.index + opening[0].indexOf(opening[1]!);
    if (m.pos === at && !/['’]s?$/u.test(opening[1]!) && (marked === null || marked === gender))
      return joinName(full);
  }
  if (named.length > 0) return null;
  let lo = para.start;
  let end = own;
  if (own <= para.start) {
    const prev = paras[Math.min(paragraph, q.paragraph) - 1];
    if (!prev) return null;
    lo = prev.start;
    end = prev.end;
  }
  while (end > lo && /\s/u.test(masked[end - 1]!)) end--;
  if (end <= lo) return null;
  const from = sentenceStart(masked, end - 1, lo);
  const m = OPENING_SUBJECT.exec(masked.slice(from, end));
  // A sentence that opens with a clause or a phrase ("When Mr. Berg …, Mr. Lund
  // differed") does not open with its subject.
  if (!m || PRONOUNS.has(m[1]!.toLowerCase()) || NOT_SUBJECT_START.test(m[1]!)) return null;
  const clean = cleanName(m[1]!, index.language);
  if (!clean) return null;
  const surname = clean.tokens[clean.tokens.length - 1]!;
  if (clean.tokens.length < 2 && !clean.titled && !index.isKnownSurname(surname)) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const full = index.fullest(clean.tokens, at);
  return index.genderOf(full) === gender ? joinName(full) : null;
}

/** Third-person pronouns that refer to a person ("they" may be a group: left out). */
const PERSON_PRONOUN = narrowedRegExp(
  String.raw`${WS}(?:he|she|him|her|his|er|sie|ihm|ihn|il|elle|lui|él|ella|он|она|его|её|ему|ей)${WB}`,
  'iu',
);

/**
 * True when the name `m` opens its sentence (searched back no further than `lo`)
 * or is followed by a reporting word: then it may be someone speaking.
 */
function opensOrReports(ctx: ArticleContext, m: NameMention, lo: number): boolean {
  const { masked, pats } = ctx;
  const from = sentenceStart(masked, m.pos, lo);
  return (
    !/\p{L}/u.test(masked.slice(from, m.pos)) || pats.cue.test(masked.slice(m.end, m.end + 40))
  );
}

/**
 * Quoted words that open their sentence later in the paragraph of an attributed
 * quotation, with sentences in between ("“…,” Woolson said. They lie in a dead
 * zone. “…”"), are still that speaker's: a paragraph quotes one voice unless it
 * names another. Nobody else may be named in between, and a personal pronoun in
 * between must fit the speaker's gender when the article marks it.
 */
function paragraphContinuation(ctx: ArticleContext, k: number): Attribution | null {
  const { spans, masked, index, language } = ctx;
  const q = spans[k]!;
  const found = previousAttributed(ctx, k);
  if (!found) return null;
  const [prev, prevAtt] = found;
  if (prev.endParagraph !== q.paragraph || prevAtt.method === 'pronoun') return null;
  const between = masked.slice(prev.closeEnd, q.openPos);
  if (between.length > 400) return null;
  const speakerTokens = prevAtt.speaker.split(' ');
  const surname = speakerTokens[speakerTokens.length - 1]!.toLowerCase();
  for (const m of findNames(masked, prev.closeEnd, q.openPos, language)) {
    if (m.tokens[m.tokens.length - 1]!.toLowerCase() === surname) continue;
    // In English a person named inside a sentence about the speaker, neither
    // opening it nor reporting anything, is no new voice: "Sande backs Ann Berg
    // in the race. “…”".
    if (language === 'en' && !opensOrReports(ctx, m, prev.closeEnd)) continue;
    if (isPersonMention(m, index) || isOrganisation(m.tokens.join(' '))) return null;
  }
  const gender = index.genderOf(speakerTokens);
  const pronoun = PERSON_PRONOUN.exec(between);
  if (pronoun) {
    const g = genderOfPronoun(pronoun[0].trim());
    if (gender === null || (g !== null && g !== gender)) return null;
  }
  return prevAtt;
}
