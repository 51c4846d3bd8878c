/**
 * Personal names in running text: spotting capitalised name sequences, stripping
 * titles ("Agriculture Minister", "Dr.", "Mme"), telling people from organisations
 * and places where the words allow it, and finding the fullest form of a name an
 * article uses ("Brandvold" → "Ilse Brandvold").
 *
 * Offsets are UTF-16 code units; `end` is exclusive.
 */

import WORDS from './data/name-words.json';
import { narrowedSource } from './letters';

/** Splits a comma-separated word list written as a template literal. */
function list(words: string): string[] {
  return words
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
}

/** One word of a name: a capitalised word (O'Brien, Jean-Luc, McNeil) or an initial ("J."). */
const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|Prof|Rev|Hon|Pres|Mme|Mlle|Sra|Adm|Supt|Insp|Cmdr)\.|\p{Lu}\.(?:[ \u00A0]?\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*(?:['\u2019\-]\p{L}[\p{L}\p{M}]*)*)`;
/** Lower-case particles that may sit inside a name (Ludwig van Beethoven, Ana de la Cruz). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|di|da|do|dos|das|du|la|le|ter|bin|ibn|al|el|zu|y)`;

/** A capitalised sequence of up to eight words that may be a name. Source for a RegExp (flag u). */
export const NAME_PATTERN = String.raw`${NAME_WORD}(?:[ \u00A0](?:${PARTICLE}[ \u00A0])*${NAME_WORD}){0,7}`;

let narrowedName: string | null = null;
/**
 * `NAME_PATTERN` with its letter classes narrowed (see letters.ts): built once, and
 * compiled much faster than the pattern as written.
 */
export function nameSource(): string {
  return (narrowedName ??= narrowedSource(NAME_PATTERN));
}

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Titles and roles stripped from the front of a name. Compared lower-cased, without a final dot. */
const TITLES = new Set(WORDS.titles.map(lower));
/** German compound titles end in a role ("Agrarministerin", "Ministerpräsident"), also in the genitive ("Sprechers"). */
const TITLE_SUFFIX =
  /(?:(?:minister|kanzler|sprecher|bürgermeister|direktor|gouverneur|chef)(?:in|s)?|präsident(?:in|en)?|vorsitzende[rn]?|expert(?:e|in|en))$/i;

/**
 * German capitalises every noun, so a role written before a name ("Anwohner Bernd
 * Sørli", "Ökonomin Petra Lund", "Sicherheitsforscherin …") is one more
 * capitalised word. Person nouns end in a few agent suffixes, feminine ones with
 * "-in" on top: -er, -or, -eur, -ist, -ent, -ant, -at, -är, -ling, -iker, -nom, -loge.
 */
const GERMAN_ROLE_NOUN =
  /^(?=[\p{L}\p{M}-]{6,}$)\p{Lu}[\p{L}\p{M}-]+(?:(?:er|or|eur|[iy]st|ent|ant|at|är|ling|iker|nom)(?:in)?|loge|login|ätin)$|^\p{Lu}[\p{L}-]*(?:rzt|auer|irt|euge|(?:rzt|äuer|irt|eug|öch)in)$/u;

/** Feminine German person nouns ("Sprecherin", "Ökonomin", "Aktivistin"). */
const GERMAN_FEMININE_ROLE =
  /(?:\p{L}{3,}(?:er|or|eur|ist|ent|ant|at|är|iker|log|nom)|rzt|äuer|wirt|zeug|köch)in$/u;

/** Heads of German names of organisations ("Bauernverband", "Wetterdienst", "Landgericht"). */
const DE_ORG_HEAD =
  /(?:verband|verein|ministerium|amt|gericht|polizei|partei|konzern|behörde|institut|zentrale|kammer|dienst|agentur|kommission|gewerkschaft|schutz)e?s?$/iu;

/** Russian patronymics in any case ("Петрович", "Петровны", "Ильича"). */
const PATRONYMIC = /(?:ович|евич|ич|овн|евн|ичн|инич)\p{L}{0,3}$/iu;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}/u;

/** Capitalised words that start sentences or describe someone but are never part of a name. */
const LEADING_NOISE = new Set(WORDS.leadingNoise.map(lower));
/** German nouns for someone's words or view ("Fazit", "Urteil", "Angaben"). */
const VIEW_NOUNS = new Set(WORDS.germanViewNouns);

/** Words that make a capitalised sequence an organisation, an outlet or a place. */
const ORG_WORDS = new Set(WORDS.orgWords.map(lower));
/** Capitalised words that are never a speaker's name: dates, holidays, places. */
const NOT_NAMES = new Set(WORDS.notNames.map(lower));
/** First words of place names that look like first names ("San Bernardino", "New Hampshire"). */
const PLACE_START = new Set(WORDS.placeStart);

/** Party members' nouns that may stand before an English name. */
const EN_PARTY = new Set(['republican', 'democrat', 'independent']);

/** Personal pronouns that can stand for a named speaker, in the five languages. */
export const PRONOUNS = new Set(WORDS.pronouns);

/** First-person and plural pronouns: a real subject, but never a named speaker. */
const OTHER_PRONOUNS = new Set(WORDS.otherPronouns);

/** A name cleaned of titles and leading noise, with whether a personal title preceded it. */
export interface CleanName {
  tokens: string[];
  /** True when a title such as "Mr." or "Minister" preceded the name: it names a person. */
  titled: boolean;
}

/** Titles of address that only ever precede a name ("Mr.", "Mme", "Herr"). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'mme', 'herr', 'frau']);
/** Titles that are also surnames, as written after an honorific ("Mr. King"). */
const TITLE_SURNAMES = new Set([
  'King',
  'Prince',
  'Bishop',
  'Dean',
  'Judge',
  'Marshal',
  'Warden',
  'Lord',
  'Pope',
  'Cardinal',
  'Chancellor',
  'Pastor',
  'Coach',
  'Constable',
  'Sheriff',
  'Justice',
]);

/** Dotted abbreviations of countries and unions, which are never initials. */
const PLACE_ABBREVIATIONS = new Set(WORDS.placeAbbreviations);

/** One or two dotted initials ("J.", "J.J."), not a place abbreviation. */
function isInitials(w: string): boolean {
  return /^(?:\p{Lu}\.){1,2}$/u.test(w) && !PLACE_ABBREVIATIONS.has(w.toLowerCase());
}

function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,}$/u.test(w.replace(/[.-]/g, ''));
}

/** True when `w` is a title or role ("Minister", "Dr.", "Agrarministerin", "Vice-Chair"). */
export function isTitle(w: string): boolean {
  const l = lower(w);
  if (TITLES.has(l) || TITLE_SUFFIX.test(l)) return true;
  // Compound roles: "Secretary-Treasurer", "Vice-Chair".
  return l.includes('-') && l.split('-').every((part) => TITLES.has(part));
}

/**
 * Cleans a capitalised sequence into a person's name, or null when it is not one
 * (a pronoun, an organisation, a place, a date, a lone acronym). `language` (an
 * ISO 639-1 code) turns on rules that only hold in one language, such as German
 * role nouns before a name.
 */
export function cleanName(raw: string, language?: string): CleanName | null {
  const tokens = raw.split(/[ \u00A0]+/).filter(Boolean);
  // Generational suffixes are not the surname: "James B. Comey Jr." is "James B. Comey".
  while (tokens.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?,?$/.test(tokens[tokens.length - 1]!))
    tokens.pop();
  if (tokens.length > 0) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/,$/, '');
  // In Russian a capitalised word joined to a lower-case one is a thing, not part of a
  // name: "в своём Telegram-канале Дмитрий Медведев". (In English it may be the name's
  // own description, "Texas-based", which the gold of PolNeAR keeps.)
  while (language === 'ru' && tokens.length > 1 && /^\p{Lu}[^-]*-\p{Ll}/u.test(tokens[0]!))
    tokens.shift();
  // "Robert Halver von der Fjordbank": a full name, then "von" with an article
  // and the institution the person is from ("Ursula von der Leyen" has one word
  // before the particle; "Johann von Goethe" no article).
  for (let i = 2; i + 2 < tokens.length; i++) {
    const affiliation =
      (tokens[i] === 'von' && /^(?:der|dem|den)$/u.test(tokens[i + 1]!)) || tokens[i] === 'vom';
    if (affiliation && /^\p{Lu}/u.test(tokens[i - 1]!) && /^\p{Lu}/u.test(tokens[i - 2]!)) {
      tokens.splice(i);
      break;
    }
  }
  const whole = cleanTokens(tokens, language);
  if (!whole || whole.tokens.filter((w) => /^\p{Lu}/u.test(w)).length <= 3) return whole;
  // A long capitalised run ("Free Beacon Chief Ilse Brandvold") usually ends with
  // the name itself: keep the last two words, three with an initial or a particle.
  const t = whole.tokens;
  return { tokens: t.slice(t.length - lastWordsToKeep(t)), titled: whole.titled };
}

/**
 * How many final words of a long run make the name: from its last-but-one
 * capitalised word, one more before an initial, particles between them kept
 * ("Ilse Brandvold", "Kari M. Lunde", "Ursula von der Leyen").
 */
function lastWordsToKeep(t: string[]): number {
  const caps: number[] = [];
  t.forEach((w, i) => {
    if (/^\p{Lu}/u.test(w)) caps.push(i);
  });
  if (caps.length < 2) return Math.min(2, t.length);
  let k = caps[caps.length - 2]!;
  if (/^\p{Lu}\.$/u.test(t[k]!) && caps.length >= 3) k = caps[caps.length - 3]!;
  return t.length - k;
}

function cleanTokens(input: string[], language?: string): CleanName | null {
  let tokens = [...input];
  // A trailing possessive belongs to the sentence, not the name.
  if (tokens.length > 0) {
    const last = tokens[tokens.length - 1]!;
    tokens[tokens.length - 1] = last.replace(/['\u2019]s?$/, '');
  }
  // A possessive inside the run names who the person belongs to: "the Ministry of
  // Culture's Hedda Moe", "Varnholm's Tobias Eide". The name follows it.
  // What follows is read like the end of a long run ("the Ledger's Front Page Ola Berg").
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (/\p{L}['\u2019]s$/u.test(tokens[i]!)) {
      tokens = tokens.slice(i + 1);
      if (tokens.length > 2) tokens = tokens.slice(tokens.length - lastWordsToKeep(tokens));
      break;
    }
  }
  // A run read across a stop after an abbreviation starts again at the word that
  // opens the next sentence: "the U.S. While Berg" is Berg.
  const opener = tokens.findIndex(
    (t, i) =>
      language === 'en' && i > 0 && tokens[i - 1]!.endsWith('.') && LEADING_NOISE.has(lower(t)),
  );
  if (opener > 0) tokens = tokens.slice(opener);
  while (tokens.length > 0 && LEADING_NOISE.has(lower(tokens[0]!))) tokens.shift();
  // A German noun for someone's words names that person: "Fazit von Karl Holm",
  // "Karl Holms Urteil", "Worte Armstrongs" (the genitive's -s dropped).
  const view = language === 'de' ? tokens.findIndex((t) => VIEW_NOUNS.has(lower(t))) : -1;
  if (view >= 0) {
    const von = tokens[view + 1] === 'von';
    const rest = von ? tokens.slice(view + 2) : view ? tokens.slice(0, view) : tokens.slice(1);
    const last = rest.pop() ?? '';
    if (!von && view < tokens.length - 1 === view > 0) return null;
    if (!von && !last.endsWith('s')) return null;
    tokens = [...rest, von ? last : last.slice(0, -1)];
  }
  // A French elided article and a noun ("L'élu", "D'autres") is no name ("D'Alema" is).
  if (/^[LD]['’]\p{Ll}/u.test(tokens[0] ?? '')) return null;
  let titled = false;
  // French "M." is a title only in front; elsewhere it is an initial.
  if (tokens.length > 1 && tokens[0] === 'M.') {
    tokens.shift();
    titled = true;
  }
  // The last title before the final word ends the roles; a title-like final word is
  // the surname ("Martin Luther King", "John Major"), unless every word is a title.
  // An abbreviated title ("Gov.") is never a surname.
  const lastIsName = /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(tokens[tokens.length - 1] ?? '');
  const reach = lastIsName ? tokens.length - 1 : tokens.length;
  let lastTitle = -1;
  for (let i = 0; i < reach; i++) if (isTitle(tokens[i]!)) lastTitle = i;
  // After an honorific or an abbreviated title, a title that is also a surname is
  // the surname: "Mr. King", "Rep. Prince" (never "Mr. President").
  if (
    tokens.length === 2 &&
    (HONORIFICS.has(lower(tokens[0]!)) || tokens[0]!.endsWith('.')) &&
    TITLE_SURNAMES.has(tokens[1]!)
  )
    return { tokens: [tokens[1]!], titled: true };
  if (tokens.length > 0 && tokens.every(isTitle)) return null;
  if (lastTitle >= 0) {
    titled = true;
    tokens = tokens.slice(lastTitle + 1);
    // "Bürgermeisterin von Neustadt": "von" and a name after a role is where the
    // role is held; a holder named after it takes two words ("… von Kiel Jens Holm").
    if (language === 'de' && tokens[0] === 'von' && /^\p{Lu}/u.test(tokens[1] ?? ''))
      tokens = tokens.length > 3 ? tokens.slice(-2) : [];
  }
  while (tokens.length > 0 && LEADING_NOISE.has(lower(tokens[0]!))) tokens.shift();
  // Drop lower-case particles left at either end.
  while (tokens.length > 0 && /^\p{Ll}/u.test(tokens[0]!)) tokens.shift();
  // An acronym in front is an organisation the person belongs to ("NATO", "США");
  // dotted initials ("J.K. Sand") are part of the name.
  while (tokens.length > 1 && isAcronym(tokens[0]!) && !isInitials(tokens[0]!)) tokens.shift();
  // A German role noun before a given name and a surname describes the person.
  while (language === 'de' && tokens.length >= 3 && GERMAN_ROLE_NOUN.test(tokens[0]!)) {
    tokens.shift();
    titled = true;
  }
  // A Russian name is a given name and a surname, with a patronymic as the only
  // third word. A third capitalised word without one is a place in the genitive
  // ("мэр Белозерска Тимофей Гаврилов") or a descriptor opening the sentence
  // ("Пенсионерка Алевтина Шубина").
  if (
    tokens.length === 3 &&
    tokens.every((t) => CYRILLIC_WORD.test(t)) &&
    !tokens.some((t) => PATRONYMIC.test(t))
  )
    tokens.shift();
  while (tokens.length > 0 && /^\p{Ll}/u.test(tokens[tokens.length - 1]!)) tokens.pop();
  // An English party member's chamber or state before the name describes the
  // person: "House Republican Tom Moe", "Senate Democrat Kari Lunde".
  const party = language === 'en' ? tokens.findIndex((t) => EN_PARTY.has(lower(t))) : -1;
  if (party >= 0 && tokens.length - party - 1 >= 2) {
    tokens = tokens.slice(party + 1);
    titled = true;
  }
  if (tokens.length === 0 || tokens.length > 5) return null;
  const first = lower(tokens[0]!);
  if (PRONOUNS.has(first) || OTHER_PRONOUNS.has(first)) return null;
  if (tokens.some((t) => ORG_WORDS.has(lower(t)) || NOT_NAMES.has(lower(t)))) return null;
  // German organisations are compounds on a few heads ("Bauernverband", "Landratsamt").
  if (language === 'de' && tokens.some((t) => DE_ORG_HEAD.test(t))) return null;
  if (tokens.every(isAcronym)) return null;
  if (tokens.length > 1 && PLACE_START.has(first) && !titled) return null;
  if (tokens.some((t) => t.length === 0)) return null;
  return { tokens, titled };
}

/**
 * True when a capitalised subject is an organisation, outlet or agency ("The
 * ministry", "ESPN", "the Washington Post"): such a subject is never a person.
 */
export function isOrganisation(raw: string): boolean {
  const tokens = raw.split(/[ \u00A0]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  return tokens.some((t) => ORG_WORDS.has(lower(t))) || tokens.every(isAcronym);
}

/** One mention of a person's name in the article. */
export interface NameMention {
  tokens: string[];
  /** UTF-16 offset of the mention in the text it was found in. */
  pos: number;
  /** Just past the mention as written, titles included (exclusive). */
  end: number;
  titled: boolean;
}

let nameGlobal: RegExp | undefined;
let nameSticky: RegExp | undefined;

/**
 * Every cleaned name mention in `text` from `from` to `to` (UTF-16, end exclusive).
 * `language` is passed on to `cleanName`.
 */
export function findNames(
  text: string,
  from = 0,
  to = text.length,
  language?: string,
): NameMention[] {
  // Compiled once, not on every call: compiling costs more than most searches, and a
  // new pattern starts in the slow interpreter. Nothing this loop calls finds names.
  const re = (nameGlobal ??= new RegExp(nameSource(), 'gu'));
  const whole = (nameSticky ??= new RegExp(nameSource(), 'uy'));
  re.lastIndex = from;
  const out: NameMention[] = [];
  // Searched only up to `to`: a search through the rest of the text for a name that is
  // not there would make each call cost the whole article. A name that reaches `to` is
  // read whole from the text.
  const upTo = to < text.length ? text.slice(0, to) : text;
  for (let m = re.exec(upTo); m !== null; m = re.exec(upTo)) {
    if (upTo !== text && m.index + m[0].length === upTo.length) {
      whole.lastIndex = m.index;
      m = whole.exec(text)!;
      re.lastIndex = m.index + m[0].length;
    }
    const domain = afterOfOrFor(text, m.index)
      ? TITLE_OF.exec(text.slice(Math.max(0, m.index - 40), m.index))
      : null;
    if (domain && isTitle(domain[1]!)) {
      // "Secretary of State Kari Lunde", "Minister of Fisheries Olav Dahl": the run
      // after a title's "of" is its domain, then the holder's name, if any.
      const words = m[0].split(/[ \u00A0]+/);
      if (words.length < 3) continue;
      const holder = cleanName(words.slice(words.length - lastWordsToKeep(words)).join(' '));
      if (holder && holder.tokens.length > 1)
        out.push({ tokens: holder.tokens, pos: m.index, end: m.index + m[0].length, titled: true });
      continue;
    }
    const clean = cleanName(m[0], language);
    if (clean)
      out.push({
        tokens: clean.tokens,
        pos: m.index,
        end: m.index + m[0].length,
        titled: clean.titled,
      });
  }
  return out;
}

/**
 * True when the text before `at` ends in a word ending in f, r or e and spaces: the
 * only places where `TITLE_OF` can match, checked first because most names have none.
 */
function afterOfOrFor(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  const c = text[i];
  return i < at - 1 && (c === 'f' || c === 'r' || c === 'e');
}

/** A title and "of" right before a capitalised run ("Secretary of ", "Minister for the "). */
const TITLE_OF = /([\p{L}\p{M}.-]+)[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?$/u;

/**
 * Russian case endings, longest first. Names decline ("Корнеева" → "По словам
 * Корнеевой", "Громов" → "Громова"), so words are compared by what is left.
 */
const RUSSIAN_ENDINGS = list(`
  ого, его, ому, ему, ыми, ими, ая, яя, ую, юю, ой, ей, ий, ый, ым, им, ом, ем, ою, ею,
  а, я, у, ю, ы, и, е, о, ь, й
`);
/** Endings that only oblique cases have: a form with fewer of them is likelier nominative. */
const OBLIQUE_ENDINGS = list(
  `ого, его, ому, ему, ыми, ими, ым, им, ом, ем, ую, юю, ою, ею, у, ю, ы, е, и`,
);

const isCyrillic = (w: string): boolean => CYRILLIC_WORD.test(w);

/**
 * The form a name word is compared by: lower-cased, and for Cyrillic words with the
 * case ending removed (keeping at least three letters), so "Громова" and "Громов" agree.
 */
export function nameKey(word: string): string {
  const l = word.toLowerCase().replace(/ё/g, 'е');
  if (!isCyrillic(l)) return l;
  for (const e of RUSSIAN_ENDINGS)
    if (l.endsWith(e) && l.length - e.length >= 3) return l.slice(0, -e.length);
  return l;
}

/**
 * True when two name words are the same name. Cyrillic given names may also lose a
 * fleeting vowel when declined ("Павел" → "Павла"): their keys then share all but
 * the last letter of the shorter one.
 */
function sameWord(a: string, b: string, isSurname: boolean): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (!isCyrillic(a) || !isCyrillic(b)) return false;
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return true;
  if (isSurname) return false;
  const n = Math.min(ka.length, kb.length) - 1;
  return n >= 3 && ka.slice(0, n) === kb.slice(0, n);
}

/** How many words of a name carry an ending only oblique cases have (0 for Latin script). */
function obliqueness(tokens: string[]): number {
  let score = 0;
  for (const t of tokens) {
    if (!isCyrillic(t)) continue;
    const l = t.toLowerCase();
    if (OBLIQUE_ENDINGS.some((e) => l.endsWith(e))) score += 1;
    // Feminine "-ой" is oblique; masculine surnames in "-ой" ("Толстой") are rarer.
    else if (l.endsWith('ой')) score += 0.5;
  }
  return score;
}

/**
 * The names an article uses, indexed by surname, to expand "Brandvold" into the
 * fullest form the article gives ("Ilse Brandvold"), and a declined Russian
 * surname into its nominative full form ("Корнеевой" → "Лидия Корнеева").
 */
export class NameIndex {
  private readonly bySurname = new Map<string, NameMention[]>();
  /** The gender each surname's mentions mark; null when they disagree (two people). */
  private readonly genders = new Map<string, Gender | null>();

  /**
   * `text` is read for names; `language` (ISO 639-1, kept for callers that clean
   * more names from the same article) is passed on to `cleanName`.
   */
  constructor(
    text: string,
    readonly language?: string,
  ) {
    for (const m of findNames(text, 0, text.length, language)) {
      const g = genderOfMention(
        text.slice(m.pos, m.end),
        m.tokens,
        language,
        text.slice(Math.max(0, m.pos - 30), m.pos),
      );
      if (g) {
        const k = nameKey(m.tokens[m.tokens.length - 1]!);
        const was = this.genders.get(k);
        this.genders.set(k, was === undefined || was === g ? g : null);
      }
      // German "Erklärung der Deutschen Bahn" and "Webseite von Greenpeace" are a noun
      // and the name after it: only "von der" and the like make "der" part of a name,
      // and no first name ends like a noun.
      const particle =
        language === 'de'
          ? m.tokens.findIndex(
              (t, i) =>
                i > 0 &&
                ((/^(?:der|des)$/u.test(t) && !/^(?:von|van|de)$/iu.test(m.tokens[i - 1]!)) ||
                  (/^(?:von|vom)$/u.test(t) &&
                    /(?:ung|heit|keit|schaft|seite|nahme|bericht|schreiben|tion|ment|ium)$/u.test(
                      m.tokens[i - 1]!,
                    ))),
            )
          : -1;
      const tokens = particle > 0 ? m.tokens.slice(particle + 1) : m.tokens;
      if (tokens.length < 2) continue;
      const key = nameKey(tokens[tokens.length - 1]!);
      let list = this.bySurname.get(key);
      if (!list) this.bySurname.set(key, (list = []));
      list.push(particle > 0 ? { ...m, tokens } : m);
    }
  }

  /** The gender the article marks for a person with this name (by surname), or null. */
  genderOf(tokens: string[]): Gender | null {
    const surname = tokens[tokens.length - 1];
    return surname === undefined ? null : (this.genders.get(nameKey(surname)) ?? null);
  }

  /** True when a one-word mention matches the surname of a fuller name in the article. */
  isKnownSurname(word: string): boolean {
    return this.bySurname.has(nameKey(word));
  }

  /**
   * The fullest form of `tokens` used in the article. When two different people
   * share the surname, the one mentioned last before `pos` (UTF-16 offset) wins; with none before,
   * the name stays as written. Among forms of one length the least declined wins,
   * then the first in the text, which is where articles introduce people.
   */
  fullest(tokens: string[], pos: number): string[] {
    const surname = tokens[tokens.length - 1];
    if (surname === undefined) return tokens;
    const forms = (this.bySurname.get(nameKey(surname)) ?? []).filter((f) =>
      containsInOrder(f.tokens, tokens),
    );
    if (forms.length === 0) return tokens;
    const byFirst = new Map<string, NameMention[]>();
    for (const f of forms) {
      const k = nameKey(f.tokens[0]!);
      const list = byFirst.get(k);
      if (list) list.push(f);
      else byFirst.set(k, [f]);
    }
    let group: NameMention[] | undefined;
    if (byFirst.size === 1) group = forms;
    else {
      let best: NameMention | undefined;
      for (const f of forms) if (f.pos < pos && (!best || f.pos > best.pos)) best = f;
      if (!best) return tokens;
      group = byFirst.get(nameKey(best.tokens[0]!));
    }
    let best: string[] | undefined;
    let bestScore = 0;
    for (const f of group ?? []) {
      const score = obliqueness(f.tokens);
      if (
        !best ||
        f.tokens.length > best.length ||
        (f.tokens.length === best.length && score < bestScore)
      ) {
        best = f.tokens;
        bestScore = score;
      }
    }
    if (!best || best.length < tokens.length) return tokens;
    if (best.length > tokens.length) return best;
    // A declined name of the same length gives way to the article's nominative form.
    return isCyrillic(surname) && bestScore <= obliqueness(tokens) ? best : tokens;
  }
}

/** True when every token of `part` occurs in `whole` in the same order (declension aside). */
function containsInOrder(whole: string[], part: string[]): boolean {
  let i = 0;
  for (let k = 0; k < whole.length; k++) {
    const isSurname = k === whole.length - 1 && i === part.length - 1;
    if (i < part.length && sameWord(whole[k]!, part[i]!, isSurname)) i++;
  }
  return i === part.length;
}

/** "Ilse Brandvold" from its tokens; names are joined with single spaces. */
export function joinName(tokens: string[]): string {
  return tokens.join(' ');
}

/** Grammatical gender a language marks on a person: masculine or feminine. */
export type Gender = 'm' | 'f';

/** Titles and role nouns that say a person is a man or a woman. Compared lower-cased, without a final dot. */
const MASCULINE = new Set(WORDS.masculine.map(lower));
const FEMININE = new Set(WORDS.feminine.map(lower));

/**
 * The gender the words of a name mention mark, or null when they mark none:
 * a title ("Mrs.", "Herr", "Mme", "Sra."), a gendered role noun ("spokeswoman",
 * German "-in": "Ministerin"), or a Russian surname or patronymic ending.
 * `raw` is the mention as written, titles included; `tokens` its cleaned name.
 */
export function genderOfMention(
  raw: string,
  tokens: string[],
  language?: string,
  before = '',
): Gender | null {
  const words = raw.split(/[ \u00A0]+/).filter(Boolean);
  const titles = words.slice(0, Math.max(0, words.length - tokens.length));
  // A lower-case role and its article right before the name: "la alcaldesa Marta
  // Ruiz", "el concejal Pedro Gil", "le maire Paul Girard".
  const lead = /(?:^|[\s(])(?:(el|la|le)[ \u00A0]+)?(\p{Ll}[\p{L}\p{M}-]*)[ \u00A0]+$/u.exec(
    before,
  );
  if (lead) {
    if (FEMININE.has(lead[2]!)) return 'f';
    if (MASCULINE.has(lead[2]!)) return 'm';
    if ((language === 'es' || language === 'fr') && lead[1]) return lead[1] === 'la' ? 'f' : 'm';
  }
  for (const w of titles.reverse()) {
    const l = lower(w);
    if (FEMININE.has(l)) return 'f';
    if (MASCULINE.has(l) || (language === 'fr' && w === 'M.')) return 'm';
    // A German masculine role before one named person marks a man ("Stadtrat
    // Karl Holm"); women's roles take "-in". Elsewhere the same words are neutral.
    if (
      language === 'de' &&
      !/in$/u.test(l) &&
      (TITLE_SUFFIX.test(l) || GERMAN_ROLE_NOUN.test(w) || TITLES.has(l))
    )
      return 'm';
    // German feminine roles add "-in" to the masculine one ("Ministerin",
    // "Ökonomin"); the masculine form also serves for groups, so it marks nothing.
    if (/in$/u.test(l) && (TITLE_SUFFIX.test(l) || GERMAN_FEMININE_ROLE.test(l))) return 'f';
  }
  const last = (tokens[tokens.length - 1] ?? '').toLowerCase();
  if (CYRILLIC_WORD.test(last)) {
    if (tokens.some((t) => /(?:овна|евна|ична|инична)$/iu.test(t))) return 'f';
    if (tokens.some((t) => /(?:ович|евич|ич)$/iu.test(t) && t !== tokens[tokens.length - 1]))
      return 'm';
    // Only endings no other case of the other gender has: "-ова" may be a man's
    // genitive ("Олега Смирнова"), "-овой" and "-ская" are a woman's alone.
    if (/(?:овой|евой|иной|ыной|ская|цкая|ской|цкой)$/u.test(last)) return 'f';
    if (/(?:ов|ев|ёв|ин|ын|ский|цкий)$/u.test(last)) return 'm';
  }
  return null;
}

/** The gender a third-person singular pronoun marks ("she", "er", "elle", "он"), or null. */
export function genderOfPronoun(word: string): Gender | null {
  const l = word.toLowerCase();
  if (['he', 'er', 'il', 'él', 'он'].includes(l)) return 'm';
  if (['she', 'sie', 'elle', 'ella', 'она'].includes(l)) return 'f';
  return null;
}
