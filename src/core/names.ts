/**
 * Personal names in running text: spotting capitalised name sequences, stripping
 * titles ("Agriculture Minister", "Dr.", "Mme"), telling people from organisations
 * and places where the words allow it, and finding the fullest form of a name an
 * article uses ("Brandvold" → "Ilse Brandvold").
 *
 * Offsets are UTF-16 code units; `end` is exclusive.
 */

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

const lower = (w: string): string => w.toLowerCase().replace(/\.$/, '');

/** Titles and roles stripped from the front of a name. Compared lower-cased, without a final dot. */
const TITLES = new Set(
  list(`
  president, vice, prime, minister, secretary, senator, sen, rep, representative, gov,
  governor, mayor, dr, mr, mrs, ms, mx, miss, prof, professor, judge, justice, chancellor,
  general, gen, lt, col, colonel, captain, capt, sgt, sergeant, admiral, adm, chief, director,
  commissioner, ambassador, chairman, chairwoman, chair, ceo, spokesman, spokeswoman,
  spokesperson, attorney, sheriff, officer, detective, rev, reverend, father, pope, king,
  queen, prince, princess, lord, lady, sir, dame, deputy, leader, candidate, nominee,
  councillor, councilman, councilwoman, premier, pres, treasurer, superintendent, inspector,
  pastor, rabbi, imam, bishop, cardinal, coach, speaker, sheikh, emir, sultan, mme, mlle,
  monsieur, madame, ministre, président, présidente, maire, sr, sra, srta, don, doña,
  ministro, ministra, presidente, presidenta, alcalde, alcaldesa, herr, frau, bundeskanzler,
  bundeskanzlerin, kanzler, kanzlerin, vorsitzende, vorsitzender, staatssekretär,
  staatssekretärin, президент, премьер, премьер-министр, вице-премьер, министр, глава,
  губернатор, мэр, директор, гендиректор, председатель, депутат, сенатор, министра, editor, advocate, analyst, strategist, adviser, advisor, aide, consultant,
  pollster, manager, founder, executive, correspondent, anchor, host, reporter, columnist,
  economist, author, historian, lawyer, official, counsel, delegate, activist, organizer,
  chairperson, cofounder, co-founder, supt, insp, cmdr, congressman, congresswoman,
  assemblyman, assemblywoman, lawmaker, dean
`).map(lower),
);
/** German compound titles end in a role ("Agrarministerin", "Ministerpräsident"). */
const TITLE_SUFFIX =
  /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|sprecherin|bürgermeister|bürgermeisterin|direktor|direktorin|vorsitzende|vorsitzender|chef|chefin)$/i;

/** Capitalised words that start sentences or describe someone but are never part of a name. */
const LEADING_NOISE = new Set(
  list(`
  but, and, or, the, a, an, when, while, after, before, as, if, yet, so, still, however,
  meanwhile, then, now, later, also, even, in, on, at, asked, speaking, last, this, that,
  these, those, like, with, without, for, from, by, since, although, though, because, instead,
  indeed, here, there, where, what, why, how, who, former, republican, republicans, democrat,
  democrats, democratic, gop, independent, conservative, liberal, labour, tory, both, said,
  says, according, to, of, at, about, during, under, over, until, unlike, aber, und, doch,
  dazu, auch, laut, mais, et, selon, pero, según, y, но, и, по, а, однако, тогда, выступая,
  как, это, так, когда, если, вот, все, там, тут, вчера, сегодня, теперь, потом,
  als, wie, zudem, außerdem, dem, der, die, das, den, le, la, les, el, los, las, un, une, ein,
  eine, einer, some, many, most, several, few, other, others, two, three, four, all, no,
  every, each, another, then-candidate, presumptive, billionaire, businessman
`).map(lower),
);

/** Words that make a capitalised sequence an organisation, an outlet or a place. */
const ORG_WORDS = new Set(
  list(`
  ministry, department, office, committee, party, campaign, council, court, bank, university,
  inc, corp, corporation, company, co, association, group, institute, commission, government,
  union, federation, foundation, service, services, network, news, times, post, journal,
  press, agency, police, army, administration, house, senate, congress, parliament, assembly,
  board, authority, center, centre, club, league, society, fund, trust, ltd, llc, plc, gmbh,
  ag, school, college, hospital, church, team, tribune, herald, gazette, daily, magazine,
  review, radio, tv, television, channel, media, reuters, bloomberg, twitter, facebook,
  instagram, youtube, google,  cnn, msnbc, nbc, abc, cbs, bbc, npr,
  pbs, ap, afp, dpa, tass, ria, state, states, city, county, street, avenue, square, river,
  island, ministerium, regierung, partei, behörde, verband, ministère, gouvernement,
  ministerio, gobierno, министерство, правительство, агентство, kremlin, pentagon
`).map(lower),
);
/** Capitalised words that are never a speaker's name: dates, holidays, places. */
const NOT_NAMES = new Set(
  list(`
  monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march,
  april, may, june, july, august, september, october, november, december, god, christmas,
  easter, america, americans, europe
`).map(lower),
);
/** First words of place names that look like first names ("San Bernardino", "New Hampshire"). */
const PLACE_START = new Set(
  list(`
  new, san, santa, los, las, el, united, north, south, east, west, saint, st, fort, port,
  lake, mount, great, upper, lower, central, white, capitol, wall, silicon
`),
);

/** Personal pronouns that can stand for a named speaker, in the five languages. */
export const PRONOUNS = new Set(
  list(`
  he, she, er, sie, il, elle, él, ella, он, она
`),
);

/** First-person and plural pronouns: a real subject, but never a named speaker. */
const OTHER_PRONOUNS = new Set(
  list(`
  i, we, they, it, you, ich, wir, je, nous, ils, elles, yo, nosotros, ellos, я, мы, они, es,
  on
`),
);

/** A name cleaned of titles and leading noise, with whether a personal title preceded it. */
export interface CleanName {
  tokens: string[];
  /** True when a title such as "Mr." or "Minister" preceded the name: it names a person. */
  titled: boolean;
}

function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,}$/u.test(w.replace(/[.-]/g, ''));
}

function isTitle(w: string): boolean {
  const l = lower(w);
  if (TITLES.has(l) || TITLE_SUFFIX.test(l)) return true;
  // Compound roles: "Secretary-Treasurer", "Vice-Chair".
  return l.includes('-') && l.split('-').every((part) => TITLES.has(part));
}

/**
 * Cleans a capitalised sequence into a person's name, or null when it is not one
 * (a pronoun, an organisation, a place, a date, a lone acronym).
 */
export function cleanName(raw: string): CleanName | null {
  const tokens = raw.split(/[ \u00A0]+/).filter(Boolean);
  // Generational suffixes are not the surname: "James B. Comey Jr." is "James B. Comey".
  while (tokens.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?,?$/.test(tokens[tokens.length - 1]!))
    tokens.pop();
  if (tokens.length > 0) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/,$/, '');
  const whole = cleanTokens(tokens);
  if (!whole || whole.tokens.length <= 3) return whole;
  // A long capitalised run ("Free Beacon Chief Ilse Brandvold") usually ends with
  // the name itself: keep the last two words, three with an initial or a particle.
  const t = whole.tokens;
  const n = t.length;
  const take = /^\p{Lu}\.$/u.test(t[n - 2]!) || /^\p{Ll}/u.test(t[n - 2]!) ? 3 : 2;
  return { tokens: t.slice(n - take), titled: whole.titled };
}

function cleanTokens(input: string[]): CleanName | null {
  let tokens = [...input];
  // A trailing possessive belongs to the sentence, not the name.
  if (tokens.length > 0) {
    const last = tokens[tokens.length - 1]!;
    tokens[tokens.length - 1] = last.replace(/['\u2019]s?$/, '');
  }
  while (tokens.length > 0 && LEADING_NOISE.has(lower(tokens[0]!))) tokens.shift();
  let titled = false;
  // French "M." is a title only in front; elsewhere it is an initial.
  if (tokens.length > 1 && tokens[0] === 'M.') {
    tokens.shift();
    titled = true;
  }
  let lastTitle = -1;
  for (let i = 0; i < tokens.length; i++) if (isTitle(tokens[i]!)) lastTitle = i;
  if (lastTitle >= 0) {
    titled = true;
    tokens = tokens.slice(lastTitle + 1);
  }
  while (tokens.length > 0 && LEADING_NOISE.has(lower(tokens[0]!))) tokens.shift();
  // Drop lower-case particles left at either end.
  while (tokens.length > 0 && /^\p{Ll}/u.test(tokens[0]!)) tokens.shift();
  // An acronym in front is an organisation the person belongs to ("NATO", "США").
  while (tokens.length > 1 && isAcronym(tokens[0]!)) tokens.shift();
  while (tokens.length > 0 && /^\p{Ll}/u.test(tokens[tokens.length - 1]!)) tokens.pop();
  if (tokens.length === 0 || tokens.length > 5) return null;
  const first = lower(tokens[0]!);
  if (PRONOUNS.has(first) || OTHER_PRONOUNS.has(first)) return null;
  if (tokens.some((t) => ORG_WORDS.has(lower(t)) || NOT_NAMES.has(lower(t)))) return null;
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

/** Every cleaned name mention in `text` from `from` to `to` (UTF-16, end exclusive). */
export function findNames(text: string, from = 0, to = text.length): NameMention[] {
  const re = new RegExp(NAME_PATTERN, 'gu');
  re.lastIndex = from;
  const out: NameMention[] = [];
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const clean = cleanName(m[0]);
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
 * The names an article uses, indexed by surname, to expand "Brandvold" into the
 * fullest form the article gives ("Ilse Brandvold").
 */
export class NameIndex {
  private readonly bySurname = new Map<string, NameMention[]>();
  private readonly firstNames = new Set<string>();

  constructor(text: string) {
    for (const m of findNames(text)) {
      if (m.tokens.length < 2) continue;
      const key = m.tokens[m.tokens.length - 1]!.toLowerCase();
      let list = this.bySurname.get(key);
      if (!list) this.bySurname.set(key, (list = []));
      list.push(m);
      this.firstNames.add(m.tokens[0]!.toLowerCase());
    }
  }

  /** True when a one-word mention matches the surname of a fuller name in the article. */
  isKnownSurname(word: string): boolean {
    return this.bySurname.has(word.toLowerCase());
  }

  /**
   * The fullest form of `tokens` used in the article. When two different people
   * share the surname, the one mentioned last before `pos` (UTF-16 offset) wins; with none before,
   * the name stays as written.
   */
  fullest(tokens: string[], pos: number): string[] {
    const surname = tokens[tokens.length - 1];
    if (surname === undefined) return tokens;
    const forms = (this.bySurname.get(surname.toLowerCase()) ?? []).filter((f) =>
      containsInOrder(f.tokens, tokens),
    );
    if (forms.length === 0) return tokens;
    const byFirst = new Map<string, NameMention[]>();
    for (const f of forms) {
      const k = f.tokens[0]!.toLowerCase();
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
      group = byFirst.get(best.tokens[0]!.toLowerCase());
    }
    let out = tokens;
    for (const f of group ?? []) if (f.tokens.length > out.length) out = f.tokens;
    return out;
  }
}

/** True when every token of `part` occurs in `whole` in the same order (case-insensitive). */
function containsInOrder(whole: string[], part: string[]): boolean {
  let i = 0;
  for (const w of whole) {
    if (i < part.length && w.toLowerCase() === part[i]!.toLowerCase()) i++;
  }
  return i === part.length;
}

/** "Ilse Brandvold" from its tokens; names are joined with single spaces. */
export function joinName(tokens: string[]): string {
  return tokens.join(' ');
}
