/**
 * Synthetic news corpora with known truth, for benchmarks and recall measurements at
 * any size.
 *
 * Every story is an invented event (a place, an organisation, people, numbers and a few
 * quotations) covered by 3–8 outlets within a few days. Each outlet writes its own
 * headline and paragraphs from shared sentence patterns, so stories on the same topic
 * share most of their vocabulary and only the story's names, places, numbers and
 * quotations tell them apart. Some public figures and big cities recur across many
 * stories, and place names repeat between unrelated stories, as they do in real news.
 * Quotations are carried verbatim, as fragments, lightly edited or with a number
 * changed, and some articles add an exclusive quotation nobody else has.
 *
 * All word lists below are invented for this generator. Output is a pure function of
 * `{ articles, seed }`.
 *
 * CLI: `npx tsx scripts/gen-corpus.ts --articles 10000 [--seed 1] --out corpus.jsonl
 * [--truth truth.json]` writes a pack (one `PackRecord` per line) and, optionally, the
 * truth (url → story id, and each article's quotations).
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { makeArticle } from '../src/core/article';
import { serializePack } from '../src/core/pack';
import type { Article } from '../src/core/types';
import { parseArgs } from './bench-util';

// ---------------------------------------------------------------------------
// Seeded randomness

/** sfc32: small, fast and good enough for test data; 32-bit state words. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // Spread the seed over the state with a splitmix-style scrambler.
    let s = seed >>> 0 || 0x9e3779b9;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.float();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)]!;
  }

  /** `k` distinct items of `list` (all of them when k ≥ length), in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = list.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.float() * (copy.length - i));
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** Index drawn with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

// ---------------------------------------------------------------------------
// Invented names, places and outlets

const FIRST_A =
  'Al Bren Cas Dar El Fen Gil Hal In Jor Kal Lis Mar Nor Or Per Quin Ros Sol Tam Ul Ver Wen Yas Zel Ans Bel Cor Dov Es Fal Gret Har Iv Jan Ket Lor Mil Nad Os Ril Sef Tov Una Vik Ame Bas Cil Ede Fir'.split(
    ' ',
  );
const FIRST_B = 'a en ia o is ette an ell ine ard ik or ie us wyn ra ley i el on ina as ek'.split(
  ' ',
);
const SUR_A =
  'Brand Hol Kest Lind Mor Ost Pell Quar Rask Sund Tor Vang Wick Ard Bel Carr Dun Ed Fors Garn Hult Isk Jarn Kor Lag Mell Nys Orm Prys Rov Sked Tarn Ulf Varn Wes Yard Zorn Aber Bly Cran Dalk Esk Fen Gald Hask Ives Jell Krall Loft Mard'.split(
    ' ',
  );
const SUR_B =
  'vold sen ward ovic ari strom ley by hart ton mann ez ini ova ski dottir field well ridge acre ier ez berg holm quist ado elli ak ens wick'.split(
    ' ',
  );
const PLACE_A =
  'Lars Oak Mar Bell Cold Ash Fair Hel Kings Red Stan Wex Lin Gran Hart Mill Nor Pen Ros Sal Thorn Ul Vel Whit Yarl Brack Cal Dun Elm Fal Glen Hol Ive Kel Lor Mor Ost Quen Riv Sel Tav Ard Bor Cres Dal Ember Frost Gal Hay Ister'.split(
    ' ',
  );
const PLACE_B =
  'berg haven ford by stad mouth field ton bridge wick vale moor port holm dale gate crest minster ley burgh wood cliff marsh stead'.split(
    ' ',
  );
const PLACE_PREFIX = ['North ', 'East ', 'Port ', 'Upper ', 'New ', 'West ', 'Lake '];
/** Big cities that appear in many unrelated stories. */
const BIG_CITIES = [
  'Carvossa',
  'Menhaven',
  'Östral',
  'Port Ardley',
  'Valdrin',
  'Saint Oriel',
  'Kessmoor',
  'Tyrebridge',
  'Almagrad',
  'Lunesport',
  'Dravik',
  'Hollisford',
];
/** Public figures that recur across stories of every topic: [name, role]. */
const PUBLIC_FIGURES: readonly [string, string][] = [
  ['Odile Varga', 'finance minister'],
  ['Teodor Marsk', 'prime minister'],
  ['Helka Brune', 'interior minister'],
  ['Amos Trell', 'opposition leader'],
  ['Ingrid Salvo', 'health minister'],
  ['Pavel Orsk', 'transport minister'],
  ['Noor Halvik', 'energy minister'],
  ['Ruth Kemble', 'education secretary'],
  ['Jonas Feld', 'central bank governor'],
  ['Mira Castell', 'environment minister'],
  ['Lucan Ebb', 'housing minister'],
  ['Sable Ferreira', 'labour minister'],
];
const OUTLET_EN_NOUN =
  'Ledger Courier Herald Gazette Sentinel Chronicle Post Observer Dispatch Tribune Record Monitor Bulletin Express Times Review Standard Journal Echo Beacon Register Mercury Star Pioneer'.split(
    ' ',
  );
const OUTLET_EN_PREFIX = ['The', 'The Daily', 'The Evening', 'The Weekly', 'The'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS: Record<string, string[]> = {
  en: WEEKDAYS_EN,
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ru: ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
};

const CYR: [string, string][] = [
  ['sch', 'щ'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['zh', 'ж'],
  ['th', 'т'],
  ['kh', 'х'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['ou', 'у'],
  ['ee', 'и'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'й'],
  ['z', 'з'],
  ['ö', 'ё'],
  ['é', 'е'],
];

/** A Latin name written in Cyrillic letters (a rough transliteration, for Russian outlets). */
export function toCyrillic(name: string): string {
  let out = '';
  const lower = name.toLowerCase();
  let i = 0;
  let wordStart = true;
  while (i < lower.length) {
    let matched = false;
    for (const [lat, cyr] of CYR) {
      if (lower.startsWith(lat, i)) {
        out += wordStart ? cyr.charAt(0).toUpperCase() + cyr.slice(1) : cyr;
        i += lat.length;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out += name.charAt(i);
      wordStart = name.charAt(i) === ' ' || name.charAt(i) === '-';
      i++;
    } else wordStart = false;
  }
  return out;
}

interface Person {
  name: string;
  surname: string;
  role: string;
}

function inventName(rng: Rng): { name: string; surname: string } {
  const first = rng.pick(FIRST_A) + rng.pick(FIRST_B);
  const surname = rng.pick(SUR_A) + rng.pick(SUR_B);
  return { name: `${first} ${surname}`, surname };
}

function inventPlace(rng: Rng): string {
  const base = rng.pick(PLACE_A) + rng.pick(PLACE_B);
  return rng.chance(0.15) ? rng.pick(PLACE_PREFIX) + base : base;
}

interface Outlet {
  name: string;
  domain: string;
  language: Lang;
  reporters: string[];
}

type Lang = 'en' | 'de' | 'fr' | 'es' | 'ru';
const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'ru'];
/** Share of outlets per language; English dominates as in an English reader's corpus. */
const LANG_WEIGHTS = [0.84, 0.05, 0.04, 0.045, 0.025];

function slug(s: string): string {
  const ascii = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60).replace(/-+$/, '');
}

function inventOutlet(rng: Rng, language: Lang, used: Set<string>): Outlet {
  for (;;) {
    const place = inventPlace(rng);
    let name: string;
    switch (language) {
      case 'de':
        name = rng.pick([
          `${place}er Tagblatt`,
          `${place}er Rundschau`,
          `Allgemeine Zeitung ${place}`,
          `${place}er Anzeiger`,
          `Neue ${place}er Presse`,
        ]);
        break;
      case 'fr':
        name = rng.pick([
          `Le Courrier de ${place}`,
          `La Voix de ${place}`,
          `L'Écho de ${place}`,
          `Le Journal de ${place}`,
          `La Gazette de ${place}`,
        ]);
        break;
      case 'es':
        name = rng.pick([
          `El Diario de ${place}`,
          `La Crónica de ${place}`,
          `Heraldo de ${place}`,
          `El Correo de ${place}`,
          `La Voz de ${place}`,
        ]);
        break;
      case 'ru':
        name = rng.pick([
          `Вестник ${toCyrillic(place)}`,
          `Новости ${toCyrillic(place)}`,
          `Курьер ${toCyrillic(place)}`,
          `Газета ${toCyrillic(place)}`,
        ]);
        break;
      default:
        name = rng.chance(0.75)
          ? `${rng.pick(OUTLET_EN_PREFIX)} ${place} ${rng.pick(OUTLET_EN_NOUN)}`
          : `${place} ${rng.pick(['Daily', 'News', 'Today', 'Wire', 'Online'])}`;
    }
    if (used.has(name)) continue;
    used.add(name);
    const tld = {
      en: 'example',
      de: 'de.example',
      fr: 'fr.example',
      es: 'es.example',
      ru: 'ru.example',
    }[language];
    const domain = `www.${slug(language === 'ru' ? place : name).replace(/-/g, '') || 'news'}.${tld}`;
    const reporters = Array.from({ length: rng.int(3, 8) }, () => inventName(rng).name);
    return { name, domain, language, reporters };
  }
}

// ---------------------------------------------------------------------------
// Topics: sentence patterns with slots
//
// Slots: {PL} the story's place, {CITY} a big city, {ORG} the organisation, {P1} {P2} {P3}
// people (full name) with {P1s}… their surnames and {R1}… their roles, {N1} a count,
// {N2} an amount of money, {N3} a percentage, {N4} a small count, {YR} a year,
// {WD} the weekday of the event, {T} {T2} the story's focus nouns.

interface Topic {
  section: string;
  nouns: string[];
  orgs: string[];
  roles: [string[], string[], string[]];
  titles: string[];
  leads: string[];
  facts: string[];
  background: string[];
  quotes: string[];
  /** The topic's focus noun in de, fr, es, ru (for the non-English articles). */
  foreign: Record<Exclude<Lang, 'en'>, string>;
}

const TOPICS: Topic[] = [
  {
    section: 'transport',
    nouns: [
      'rail line',
      'bus network',
      'tram extension',
      'ferry service',
      'signal system',
      'freight corridor',
      'station upgrade',
      'bridge repair',
      'night buses',
      'commuter trains',
    ],
    orgs: [
      '{PL} Transit Authority',
      '{PL} Rail Partnership',
      'Regional Rail Company of {PL}',
      '{PL} Harbour Ferries',
    ],
    roles: [
      ['transit director', 'rail operator chief', 'transport councillor'],
      ['union representative', 'commuter group chair', 'local business owner'],
      ['transport economist', 'railway engineer', 'planning consultant'],
    ],
    titles: [
      '{PL} {T} to close for {N4} weeks as repairs begin',
      'Commuters face disruption as {ORG} suspends {T}',
      '{ORG} unveils {N2} plan for {T} in {PL}',
      'Delays on {PL} {T} could last until {YR}, officials warn',
      '{PL} {T} reopens after {N4}-day shutdown',
    ],
    leads: [
      '{ORG} said on {WD} that the {T} serving {PL} would be suspended while crews carry out {N2} of repairs.',
      'Thousands of commuters in {PL} face weeks of disruption after {ORG} announced on {WD} that its {T} would be closed.',
      'The {T} in {PL} will be rebuilt under a {N2} plan announced on {WD} by {ORG}, which says the work will take until {YR}.',
    ],
    facts: [
      'About {N1} passengers use the {T} on a typical weekday, according to figures from {ORG}.',
      'The operator said replacement buses would run every {N4} minutes during the closure.',
      'Inspectors found faults on {N3} percent of the sections they examined last year.',
      '{P1}, the {R1}, said the work on the {T2} would begin in {PL} before moving towards {CITY}.',
      'Fares on the route are due to rise by {N3} percent from next month.',
      'The last major upgrade of the {T} was completed more than {N4} years ago.',
    ],
    background: [
      'Transport budgets across the region have been squeezed as ridership has yet to return to earlier levels.',
      'Passenger groups have long complained about cancellations and crowded carriages at peak times.',
      'Rail unions have warned that staff shortages make it harder to keep timetables running during engineering work.',
      'Several other operators have announced similar closures this year as ageing infrastructure reaches the end of its life.',
    ],
    quotes: [
      'We know {N1} people rely on this line every day, and we will not leave them stranded',
      'The {T} has been patched up for too long and this time we are doing the job properly',
      'Passengers were promised a reliable service and instead they are getting {N4} weeks of chaos',
      'Nobody told us about the closure until it was already decided, which is simply not acceptable',
      'If the money is spent well, the line will be faster and safer by {YR}',
    ],
    foreign: {
      de: 'Bahnstrecke',
      fr: 'ligne ferroviaire',
      es: 'línea ferroviaria',
      ru: 'железнодорожная линия',
    },
  },
  {
    section: 'health',
    nouns: [
      'emergency department',
      'maternity ward',
      'cancer unit',
      'vaccination drive',
      'waiting lists',
      'ambulance service',
      'mental health clinic',
      "children's hospital",
      'nurse staffing',
      'hospital beds',
    ],
    orgs: [
      '{PL} General Hospital',
      '{PL} Health Trust',
      '{PL} Regional Health Board',
      'St {P3s} Hospital',
    ],
    roles: [
      ['hospital chief executive', 'health board chair', 'medical director'],
      ["nurses' union spokesperson", 'patient advocate', 'local councillor'],
      ['public health researcher', 'senior consultant', 'epidemiologist'],
    ],
    titles: [
      '{ORG} warns of strain as {T} waits grow',
      '{PL} {T} to be expanded in {N2} deal',
      'Patients in {PL} wait {N4} hours as {T} struggles',
      '{ORG} closes {T} overnight amid staff shortages',
      'New {T} for {PL} approved after long campaign',
    ],
    leads: [
      '{ORG} said on {WD} that pressure on its {T} had reached levels not seen in years, with some patients waiting more than {N4} hours.',
      'A {N2} expansion of the {T} in {PL} was approved on {WD}, ending a campaign that lasted several years.',
      'The {T} at {ORG} will close overnight from next week because there are not enough nurses to staff it, managers said on {WD}.',
    ],
    facts: [
      'Figures published by {ORG} show {N1} patients waited longer than the target time last month.',
      'The trust said vacancies among nurses had risen to {N3} percent.',
      '{P1}, the {R1}, said an extra {N4} beds would open on the {T2} before winter.',
      'Patients from {PL} will be redirected to hospitals in {CITY} while the unit is closed.',
      'The number of people on waiting lists has grown by {N3} percent since {YR}.',
      'The hospital treated {N1} people in its {T} last year.',
    ],
    background: [
      'Hospitals across the country have struggled with rising demand and long waits for treatment.',
      'Health unions have warned for months that staff are leaving faster than they can be replaced.',
      'Ministers have promised extra funding, but local managers say little of it has reached the wards.',
      'Winter usually brings a surge in admissions as respiratory infections spread.',
    ],
    quotes: [
      'Our staff are working flat out, but we simply do not have enough beds for {N1} patients a month',
      'This unit has saved lives in {PL} and closing it at night puts people at risk',
      'We have been asking for this investment for years and it is a relief that it is finally coming',
      'Nobody should wait {N4} hours to be seen, and we are not going to pretend that it is normal',
      'The money will allow us to hire {N4} more specialists by the end of {YR}',
    ],
    foreign: {
      de: 'Notaufnahme',
      fr: 'service des urgences',
      es: 'servicio de urgencias',
      ru: 'отделение неотложной помощи',
    },
  },
  {
    section: 'courts',
    nouns: [
      'fraud trial',
      'corruption case',
      'appeal hearing',
      'inquest',
      'land dispute',
      'tax evasion case',
      'bribery charges',
      'embezzlement trial',
      'damages claim',
      'extradition request',
    ],
    orgs: [
      '{PL} District Court',
      "the {PL} prosecutor's office",
      '{PL} Court of Appeal',
      'the {PL} Bar Association',
    ],
    roles: [
      ['chief prosecutor', 'presiding judge', 'court spokesperson'],
      ['defence lawyer', 'lawyer for the family', 'defendant'],
      ['legal scholar', 'former judge', 'criminal law professor'],
    ],
    titles: [
      '{P2} goes on trial in {PL} {T}',
      'Judge in {PL} {T} rejects bid to dismiss charges',
      '{PL} court hears {T} evidence worth {N2}',
      'Verdict expected in {PL} {T} after {N4}-week hearing',
      'Prosecutors in {PL} widen {T} to {N4} suspects',
    ],
    leads: [
      'The {T} of {P2} opened in {PL} on {WD}, with prosecutors alleging that {N2} was moved through shell companies.',
      'A judge at {ORG} on {WD} refused to throw out the {T} against {P2}, clearing the way for a full trial.',
      'Prosecutors told {ORG} on {WD} that the {T} involved at least {N1} transactions over {N4} years.',
    ],
    facts: [
      'Prosecutors say {N2} was diverted from public accounts between {YR} and last year.',
      'The defence has asked for {N4} more weeks to examine the documents.',
      '{P1}, the {R1}, told the court that {N1} pages of evidence had been filed.',
      'If convicted, the defendant could face up to {N4} years in prison.',
      'The case was transferred from {CITY} after defence lawyers argued a local jury could not be impartial.',
      'About {N3} percent of the disputed payments have been traced, according to investigators.',
    ],
    background: [
      'The case is one of several high-profile prosecutions that have drawn attention to how public contracts are awarded.',
      'Courts in the region have a backlog of cases, and complex trials often take years to reach a verdict.',
      'Anti-corruption campaigners have called for tougher rules on declaring company ownership.',
      'Under the law, witnesses in such cases can ask to give evidence by video link.',
    ],
    quotes: [
      'My client has always maintained his innocence and he will prove it in court',
      'The evidence shows a pattern of payments totalling {N2} that cannot be explained away',
      'This trial is about whether public money can disappear without anybody being held to account',
      'We are not going to comment on the evidence while the jury is still hearing it',
      'The court has been given {N1} documents, and every one of them will be examined',
    ],
    foreign: {
      de: 'Betrugsprozess',
      fr: 'procès pour fraude',
      es: 'juicio por fraude',
      ru: 'дело о мошенничестве',
    },
  },
  {
    section: 'politics',
    nouns: [
      'council budget',
      'local election',
      'coalition talks',
      'referendum',
      'mayoral race',
      'spending review',
      'tax increase',
      'boundary changes',
      'recall vote',
      'party leadership contest',
    ],
    orgs: [
      '{PL} City Council',
      'the {PL} Assembly',
      '{PL} County Council',
      'the {PL} electoral commission',
    ],
    roles: [
      ['council leader', 'mayor', 'assembly speaker'],
      ['opposition councillor', 'campaign director', 'independent candidate'],
      ['political scientist', 'polling analyst', 'constitutional expert'],
    ],
    titles: [
      '{PL} councillors approve {N2} {T}',
      '{P1} wins {PL} {T} with {N3} percent',
      '{T} in {PL} collapses after late-night vote',
      '{ORG} delays {T} until {YR}',
      'Turnout falls to {N3} percent in {PL} {T}',
    ],
    leads: [
      'Councillors in {PL} approved a {N2} {T} on {WD} after a debate that ran late into the night.',
      '{P1} won the {T} in {PL} on {WD} with {N3} percent of the vote, according to {ORG}.',
      'The {T} in {PL} was thrown into doubt on {WD} when {N4} members of the governing group voted against it.',
    ],
    facts: [
      'The budget includes cuts of {N2} to services over the next {N4} years.',
      'Turnout was {N3} percent, down from the previous vote.',
      '{P2}, the {R2}, said her group would challenge the {T2} result.',
      'About {N1} residents signed a petition calling for the plan to be withdrawn.',
      'The proposal passed by {N4} votes after an amendment was rejected.',
      'Officials in {CITY} are watching the result closely ahead of their own vote next year.',
    ],
    background: [
      'Local authorities have faced years of tight budgets and rising demand for social care.',
      'Voter turnout in local contests has been falling for more than a decade.',
      'National party leaders have tried to keep their distance from the dispute.',
      'Several councils in the region have raised local taxes to the maximum allowed this year.',
    ],
    quotes: [
      'Residents told us clearly what they wanted and this budget delivers it',
      'We were elected to protect services, not to cut {N2} from them',
      'A turnout of {N3} percent should worry everyone who cares about local democracy',
      'This vote is not the end of the matter, and we will keep fighting the plan',
      'Nobody in this chamber wanted to raise taxes, but we had no other choice',
    ],
    foreign: {
      de: 'Haushalt',
      fr: 'budget municipal',
      es: 'presupuesto municipal',
      ru: 'городской бюджет',
    },
  },
  {
    section: 'weather',
    nouns: [
      'flooding',
      'storm damage',
      'heatwave',
      'landslide',
      'river levels',
      'snowfall',
      'wildfire',
      'coastal erosion',
      'drought warnings',
      'power cuts',
    ],
    orgs: [
      'the {PL} Emergency Service',
      '{PL} Fire and Rescue',
      'the {PL} Water Board',
      'the national weather office',
    ],
    roles: [
      ['emergency service chief', 'fire chief', 'flood warden'],
      ['resident', 'farmer', 'shop owner'],
      ['climate scientist', 'hydrologist', 'meteorologist'],
    ],
    titles: [
      '{T} forces {N1} to leave homes in {PL}',
      '{PL} counts cost of {T} as waters recede',
      'Emergency declared in {PL} after {T}',
      '{T} closes roads around {PL} for {N4} days',
      'Insurers expect {N2} in claims after {PL} {T}',
    ],
    leads: [
      'More than {N1} people were evacuated from their homes in {PL} on {WD} as {T} cut off roads and villages.',
      'Residents of {PL} began clearing up on {WD} after {T} damaged hundreds of homes, according to {ORG}.',
      'An emergency was declared in {PL} on {WD} when {T} threatened the town centre, officials said.',
    ],
    facts: [
      '{ORG} said crews had rescued {N4} people trapped by rising water.',
      'Rainfall over {N4} days was {N3} percent above the monthly average.',
      'Early estimates put the damage at {N2}, though officials warned the figure could rise.',
      'Roads between {PL} and {CITY} remained closed on the second day.',
      '{P1}, the {R1}, said {N1} properties had been without power overnight.',
      'Schools in the area will stay shut until the {T2} has been assessed.',
    ],
    background: [
      'Scientists say extreme weather is becoming more frequent as the climate warms.',
      'Flood defences in many towns were built decades ago for much smaller floods.',
      'Insurers have warned that some homes in high-risk areas may become impossible to cover.',
      'Emergency services have asked people not to drive through flooded roads.',
    ],
    quotes: [
      'The water came up so fast that we had {N4} minutes to get out of the house',
      'We have moved {N1} people to safety and we are still searching streets by boat',
      'This is the worst {T} I have seen in thirty years of living here',
      'The defences held in most places, but not everywhere, and we need to find out why',
      'People should not return to their homes until we say it is safe',
    ],
    foreign: { de: 'Hochwasser', fr: 'inondations', es: 'inundaciones', ru: 'наводнение' },
  },
  {
    section: 'energy',
    nouns: [
      'wind farm',
      'power station',
      'solar park',
      'gas pipeline',
      'grid connection',
      'heating network',
      'battery plant',
      'nuclear plant',
      'energy prices',
      'coal mine',
    ],
    orgs: ['{PL} Energy', 'the {PL} Power Company', '{P3s} Renewables', '{PL} Grid Operator'],
    roles: [
      ['chief executive', 'operations director', 'energy regulator'],
      ['campaigner', 'local resident', 'union organiser'],
      ['energy analyst', 'grid engineer', 'economist'],
    ],
    titles: [
      '{ORG} wins approval for {N2} {T} near {PL}',
      '{PL} {T} to shut with loss of {N1} jobs',
      'Opposition grows to {T} plan in {PL}',
      '{T} outage leaves {N1} homes without power in {PL}',
      '{ORG} says {T} will supply {N3} percent of region by {YR}',
    ],
    leads: [
      '{ORG} received approval on {WD} to build a {N2} {T} outside {PL}, which it says will power {N1} homes.',
      'The {T} in {PL} will close by {YR}, {ORG} said on {WD}, putting {N1} jobs at risk.',
      'Residents near {PL} said on {WD} they would fight plans by {ORG} for a {T} on farmland north of the town.',
    ],
    facts: [
      "The project is expected to supply about {N3} percent of the region's electricity.",
      '{ORG} said construction would create {N1} jobs and take {N4} years.',
      '{P2}, a {R2}, said the {T2} would be visible from {N4} villages.',
      'The company has already spent {N2} on surveys and design work.',
      'Energy bills in the region rose by {N3} percent last winter.',
      'Power will be carried to {CITY} by a new connection to the national grid.',
    ],
    background: [
      "The government wants most of the country's electricity to come from low-carbon sources within a decade.",
      'Planning disputes have slowed the construction of new energy projects across the region.',
      'Households have faced sharp swings in energy bills over the past two years.',
      'Grid operators warn that connections for new projects can take years to arrange.',
    ],
    quotes: [
      'This {T} will power {N1} homes and bring real jobs to {PL}',
      'Nobody asked the people who live here whether they wanted this on their doorstep',
      'We are investing {N2} because we believe the region has a future in clean energy',
      'The closure will hit {N1} families and the town has no plan to replace those jobs',
      'Prices will not come down until we build more capacity, and that takes time',
    ],
    foreign: {
      de: 'Windpark',
      fr: 'parc éolien',
      es: 'parque eólico',
      ru: 'ветровая электростанция',
    },
  },
  {
    section: 'education',
    nouns: [
      'school closures',
      'teacher shortages',
      'exam results',
      'university funding',
      'school meals',
      'new campus',
      'tuition fees',
      'school buildings',
      'class sizes',
      'student housing',
    ],
    orgs: [
      'the {PL} Education Authority',
      '{PL} University',
      '{PL} Academy Trust',
      "the {PL} Teachers' Union",
    ],
    roles: [
      ['head teacher', 'university rector', 'education director'],
      ['parent', 'student union president', "teachers' union representative"],
      ['education researcher', 'school inspector', 'policy analyst'],
    ],
    titles: [
      '{N4} schools in {PL} to close as pupil numbers fall',
      '{ORG} announces {N2} plan for {T}',
      'Parents protest over {T} in {PL}',
      '{PL} {T} improve for {N4}th year',
      '{ORG} warns of {T} as {N3} percent of posts unfilled',
    ],
    leads: [
      '{ORG} said on {WD} that {N4} schools in {PL} would close or merge because of falling pupil numbers.',
      'Parents gathered outside the offices of {ORG} in {PL} on {WD} to protest over {T}.',
      '{ORG} unveiled a {N2} plan on {WD} to deal with {T} across {PL}.',
    ],
    facts: [
      'About {N1} pupils would be affected by the changes, the authority said.',
      'Vacancies for teachers stand at {N3} percent, the highest level in a decade.',
      '{P1}, the {R1}, said the {T2} would be phased in over {N4} years.',
      'A consultation on the plans will run until the end of next term.',
      'Families in {PL} may have to send children to schools in {CITY}.',
      'The authority has already spent {N2} on temporary classrooms.',
    ],
    background: [
      'Birth rates have fallen in many areas, leaving some schools with empty places.',
      'Teacher unions say heavy workloads are driving experienced staff out of the profession.',
      'School budgets have not kept pace with rising energy and staff costs.',
      'Universities have become more dependent on fees as public funding has stagnated.',
    ],
    quotes: [
      'No parent wants to see their local school close, but we cannot keep {N4} half-empty buildings open',
      'Our children deserve better than being bussed across town every morning',
      'We have {N1} pupils and not enough teachers to give them the lessons they need',
      'These results show what staff and students can achieve when they are given support',
      'The plan will cost {N2}, and every penny will be spent in classrooms',
    ],
    foreign: {
      de: 'Schulschließungen',
      fr: "fermetures d'écoles",
      es: 'cierre de escuelas',
      ru: 'закрытие школ',
    },
  },
  {
    section: 'housing',
    nouns: [
      'housing development',
      'rent controls',
      'social housing',
      'tower block',
      'eviction notices',
      'building permits',
      'affordable homes',
      'housing estate',
      'homeless shelter',
      'redevelopment scheme',
    ],
    orgs: [
      '{P3s} Homes',
      '{PL} Housing Association',
      'the {PL} planning committee',
      "{PL} Tenants' Federation",
    ],
    roles: [
      ['developer', 'planning committee chair', 'housing director'],
      ['tenant', "tenants' association chair", 'neighbour'],
      ['housing economist', 'architect', 'urban planner'],
    ],
    titles: [
      'Plans for {N1} homes in {PL} approved',
      '{PL} tenants fight {T} as rents climb {N3} percent',
      '{ORG} pulls out of {PL} {T}',
      '{T} in {PL} delayed until {YR}',
      '{N2} {T} divides {PL}',
    ],
    leads: [
      'Plans for {N1} new homes on the edge of {PL} were approved on {WD} despite objections from residents.',
      'Tenants in {PL} said on {WD} they would fight a {T} that could force hundreds of families to move.',
      '{ORG} said on {WD} it was pulling out of the {N2} {T} in {PL}, blaming rising building costs.',
    ],
    facts: [
      'Only {N3} percent of the homes would be classed as affordable.',
      'Average rents in {PL} have risen by {N3} percent in {N4} years.',
      '{P2}, a {R2}, said {N1} households were on the waiting list.',
      'The scheme is worth {N2} and was first proposed in {YR}.',
      'Developers say the {T2} would include a school and a health centre.',
      'Similar schemes in {CITY} have been delayed by legal challenges.',
    ],
    background: [
      'House prices and rents have outpaced wages in most of the region.',
      'Councils say they lack the money to build social housing at the scale needed.',
      'Planning rules have been loosened to speed up construction, angering some residents.',
      'Building costs have risen sharply because of higher prices for materials and labour.',
    ],
    quotes: [
      'We need {N1} homes in this town and we cannot keep saying no to every plan',
      'Families who have lived here for decades are being priced out, and nobody is listening',
      'Rents have gone up {N3} percent and wages have not moved at all',
      'We will not build homes that people cannot afford to live in',
      'This scheme will change the character of the neighbourhood for ever',
    ],
    foreign: {
      de: 'Wohnungsbau',
      fr: 'logements sociaux',
      es: 'vivienda social',
      ru: 'жилищное строительство',
    },
  },
  {
    section: 'business',
    nouns: [
      'factory',
      'takeover bid',
      'quarterly profits',
      'job cuts',
      'warehouse',
      'export orders',
      'merger',
      'shipyard',
      'retail chain',
      'steelworks',
    ],
    orgs: ['{P3s} Industries', '{PL} Steel', '{P3s} & Partners', '{PL} Logistics Group'],
    roles: [
      ['chief executive', 'finance director', 'company chairman'],
      ['shop steward', 'supplier', 'worker'],
      ['industry analyst', 'economist', 'investment manager'],
    ],
    titles: [
      '{ORG} to cut {N1} jobs at {PL} {T}',
      '{ORG} profits rise {N3} percent',
      '{ORG} agrees {N2} deal for {PL} {T}',
      'Workers at {PL} {T} learn fate as {ORG} reviews operations',
      '{ORG} shares fall after {T} warning',
    ],
    leads: [
      '{ORG} said on {WD} it would cut {N1} jobs at its {T} in {PL}, blaming weak demand and higher costs.',
      '{ORG} reported on {WD} that profits had risen by {N3} percent, helped by strong {T}.',
      '{ORG} agreed on {WD} to buy a {T} in {PL} for {N2}, the company said.',
    ],
    facts: [
      'The site in {PL} employs about {N1} people.',
      'Shares in the company fell {N3} percent in early trading.',
      '{P1}, the {R1}, said the {T2} would remain open until at least {YR}.',
      'The company said it had spent {N2} on new equipment over the past {N4} years.',
      'Some production will move to a plant near {CITY}.',
      "Unions said they had been given {N4} days' notice of the announcement.",
    ],
    background: [
      'Manufacturers across the region have been hit by higher energy costs and weaker exports.',
      'Investors have pushed companies to cut costs as interest rates have remained high.',
      'The sector has been consolidating as smaller firms struggle to compete.',
      'Economists expect growth to remain slow for the rest of the year.',
    ],
    quotes: [
      'This was a difficult decision, and we will support every one of the {N1} people affected',
      'The results show our strategy is working and we expect growth to continue into {YR}',
      'These workers kept the {T} running through the hardest years and this is how they are repaid',
      'We paid {N2} because we believe in the long-term future of the site',
      'Demand has fallen by {N3} percent and we cannot ignore that',
    ],
    foreign: { de: 'Werk', fr: 'usine', es: 'fábrica', ru: 'завод' },
  },
  {
    section: 'environment',
    nouns: [
      'river pollution',
      'water shortage',
      'forest clearing',
      'bird sanctuary',
      'sewage spills',
      'crop failures',
      'fishing quotas',
      'nature reserve',
      'air quality',
      'pesticide ban',
    ],
    orgs: [
      'the {PL} Environment Agency',
      '{PL} Water',
      'Friends of {PL} Valley',
      "the {PL} Farmers' Union",
    ],
    roles: [
      ['agency director', 'water company chief', 'environment officer'],
      ['farmer', 'fisherman', 'conservation volunteer'],
      ['ecologist', 'soil scientist', 'marine biologist'],
    ],
    titles: [
      '{T} in {PL} worst for {N4} years, report finds',
      '{ORG} fined {N2} over {T}',
      'Farmers near {PL} warn of {T}',
      '{PL} {T} expanded by {N3} percent',
      'Investigation opened into {T} near {PL}',
    ],
    leads: [
      '{ORG} was fined {N2} on {WD} after {T} killed fish along {N4} kilometres of river near {PL}.',
      'A report published on {WD} found that {T} around {PL} had reached the worst level in {N4} years.',
      'Farmers around {PL} warned on {WD} that {T} could cut harvests by {N3} percent this year.',
    ],
    facts: [
      'Inspectors recorded {N1} incidents last year, up from the year before.',
      'The fine of {N2} is one of the largest imposed for such an offence.',
      '{P3}, a {R3}, said the {T2} could take {N4} years to recover.',
      'Water levels in reservoirs serving {PL} are at {N3} percent of capacity.',
      'Samples taken downstream of {CITY} showed similar results.',
      'The agency said it would review permits for {N4} sites in the area.',
    ],
    background: [
      'Campaigners have long accused regulators of failing to act on repeated breaches.',
      'Dry summers have become more common, putting pressure on water supplies and farms.',
      'Conservation groups say wildlife has declined sharply in intensively farmed areas.',
      'New rules on reporting pollution incidents came into force last year.',
    ],
    quotes: [
      'We counted {N1} dead fish in a single morning, and nobody from the company came',
      'This fine is a warning to every operator that breaks the rules',
      'If it does not rain in the next {N4} weeks, we will lose most of the harvest',
      'The river was recovering, and now years of work have been undone',
      'We accept the findings and we are investing {N2} to make sure it never happens again',
    ],
    foreign: {
      de: 'Flussverschmutzung',
      fr: 'pollution de la rivière',
      es: 'contaminación del río',
      ru: 'загрязнение реки',
    },
  },
  {
    section: 'labour',
    nouns: [
      'strike',
      'pay dispute',
      'walkout',
      'pension changes',
      'overtime ban',
      'wage deal',
      'picket lines',
      'shift patterns',
      'contract talks',
      'union ballot',
    ],
    orgs: [
      "the {PL} Workers' Union",
      '{PL} Port Authority',
      'the {PL} Transport Union',
      '{PL} Municipal Services',
    ],
    roles: [
      ['union general secretary', 'employer spokesperson', 'mediator'],
      ['striking worker', 'shop steward', 'commuter'],
      ['labour economist', 'employment lawyer', 'industrial relations expert'],
    ],
    titles: [
      '{N1} workers in {PL} begin {N4}-day {T}',
      '{T} in {PL} ends with {N3} percent pay rise',
      'Talks to end {PL} {T} collapse',
      '{ORG} members vote for {T}',
      '{PL} {T} enters {N4}th week',
    ],
    leads: [
      'About {N1} workers in {PL} walked out on {WD} at the start of a {N4}-day {T} over pay and conditions.',
      'The {T} in {PL} ended on {WD} after members of {ORG} accepted a {N3} percent pay rise.',
      'Talks aimed at ending the {T} in {PL} collapsed on {WD}, {ORG} said.',
    ],
    facts: [
      'The union says its members have seen pay fall in real terms for {N4} years.',
      'The employer offered a rise of {N3} percent, which the union rejected.',
      '{P1}, the {R1}, said the {T2} had cost the local economy {N2}.',
      'About {N1} people voted in the ballot.',
      'Services in {CITY} were also disrupted as staff there joined the action.',
      'Further action is planned for next month unless a deal is reached.',
    ],
    background: [
      'Workers in many sectors have pressed for higher pay after years of rising prices.',
      'New rules require unions to reach a minimum turnout in ballots before calling a strike.',
      'Employers say they cannot afford rises that match inflation without cutting jobs.',
      'Strikes have become more common across public services over the past two years.',
    ],
    quotes: [
      'Our members did not want to strike, but {N4} years of pay cuts have left them no choice',
      'The offer of {N3} percent is fair and it is all we can afford',
      'We will stay on the picket lines for as long as it takes',
      'Every day this goes on costs the town money and patience',
      'This deal shows what workers can win when they stand together',
    ],
    foreign: { de: 'Streik', fr: 'grève', es: 'huelga', ru: 'забастовка' },
  },
  {
    section: 'science',
    nouns: [
      'research grant',
      'telescope',
      'clinical trial',
      'laboratory',
      'satellite launch',
      'fossil find',
      'vaccine study',
      'research ship',
      'genome project',
      'particle detector',
    ],
    orgs: [
      '{PL} Institute of Science',
      '{PL} University',
      'the {PL} Space Agency',
      '{P3s} Laboratories',
    ],
    roles: [
      ['lead researcher', 'institute director', 'project manager'],
      ['graduate student', 'volunteer', 'trial participant'],
      ['independent scientist', 'science historian', 'statistician'],
    ],
    titles: [
      '{ORG} wins {N2} for {T}',
      '{T} near {PL} yields surprising results',
      'Scientists in {PL} report {T} breakthrough',
      '{ORG} delays {T} until {YR}',
      '{T} in {PL} to involve {N1} volunteers',
    ],
    leads: [
      'Scientists at {ORG} said on {WD} that their {T} had produced results that could change how the field is studied.',
      '{ORG} has been awarded {N2} for a {T} based in {PL}, it announced on {WD}.',
      'A {T} involving {N1} volunteers will begin in {PL} next month, {ORG} said on {WD}.',
    ],
    facts: [
      'The team analysed data from {N1} samples collected over {N4} years.',
      'The results were published in a peer-reviewed journal on {WD}.',
      '{P1}, the {R1}, said the {T2} would be completed by {YR}.',
      'The effect was seen in {N3} percent of cases.',
      'Researchers in {CITY} will repeat the experiment to check the findings.',
      'The project is funded with {N2} from public and private sources.',
    ],
    background: [
      'Research funding has become more competitive as budgets have tightened.',
      'Many findings in the field have proved hard to reproduce in other laboratories.',
      'The region has tried to attract scientists with new facilities and grants.',
      'International collaborations have grown as projects become more expensive.',
    ],
    quotes: [
      'We did not expect to see an effect in {N3} percent of cases, and we checked it many times',
      'This grant of {N2} will keep the team together for the next {N4} years',
      'It is an exciting result, but it needs to be repeated before anyone draws conclusions',
      'Without the {N1} volunteers none of this would have been possible',
      'The data are clear, and they point in a direction nobody predicted',
    ],
    foreign: {
      de: 'Forschungsprojekt',
      fr: 'projet de recherche',
      es: 'proyecto de investigación',
      ru: 'исследовательский проект',
    },
  },
];

/** Context sentences any story can carry; they give every article shared background words. */
const GENERIC_CONTEXT = [
  'Local officials in {PL} said they had received dozens of calls from worried residents.',
  'The announcement was made at a press conference attended by reporters from across the region.',
  'It is not the first time {ORG} has faced questions over its decisions.',
  'Several people who spoke to reporters asked not to be named because they feared for their jobs.',
  'A spokesperson for {ORG} said the organisation would publish a full statement in due course.',
  'Opposition politicians said the episode raised wider questions about oversight and accountability.',
  'The figures could not be independently verified.',
  'Community groups in {PL} have organised a public meeting to discuss the situation.',
  'Similar concerns have been raised in {CITY} and other large towns in recent months.',
  'The issue has become a frequent topic of debate on local radio and social media.',
  'Officials declined to say how long the review would take.',
  'A report commissioned last year had warned that problems of this kind were likely.',
  'Businesses in the town centre said the uncertainty was already affecting trade.',
  'The regional government said it was in contact with all parties involved.',
  'Critics argue that the warning signs were visible for years before anything was done.',
  'Those affected have been told they can claim compensation, though the process is slow.',
];

/** Parts of exclusive quotations: what one outlet alone heard from someone. */
const EXCLUSIVE_PARTS: [string[], string[], string[], string[]] = [
  [
    'I',
    'We',
    'My family',
    'Everyone on our street',
    'The people I work with',
    'Our team',
    'My neighbours',
    'Half the town',
  ],
  [
    'have been waiting for',
    'never expected',
    'spent weeks arguing about',
    'were told nothing about',
    'are still trying to understand',
    'had warned about',
    'kept asking about',
    'only read about',
  ],
  [
    'the {T}',
    'what happened to the {T2}',
    'the decision by {ORG}',
    'the meeting on {WD}',
    'the letter we received from {ORG}',
    'the figures from {PL}',
    'the promises made in {PL}',
  ],
  [
    'since the spring',
    'long before anyone in {PL} noticed',
    'and nobody gave us a straight answer',
    'until it was far too late',
    'and I do not think that is fair',
    'because it affects {N4} of us directly',
    'while the rest of {PL} looked away',
  ],
];

/** Paragraphs that could close any article, whatever the story. */
const GENERIC_CLOSERS = [
  'A further update is expected later this week.',
  'The matter is due to be discussed again at a meeting next month.',
  'Officials said more details would be published in the coming days.',
  '{ORG} did not respond to a request for further comment.',
  'Residents can find more information on the council website.',
  'The decision can be appealed within {N4} weeks.',
];

const PUBLIC_FIGURE_LINES = [
  '{FIG}, the {FIGR}, said the government was following the situation closely.',
  'The {FIGR}, {FIG}, is expected to visit {PL} later this month.',
  '{FIG}, the {FIGR}, has faced calls to intervene.',
  'Critics have urged the {FIGR}, {FIG}, to set out a national plan.',
];

/** Small edits a sub-editor makes to a quotation; applied where the words occur. */
const EDITS: [RegExp, string][] = [
  [/\bwe will\b/i, "we'll"],
  [/\bwill not\b/i, "won't"],
  [/\bdo not\b/i, "don't"],
  [/\bis not\b/i, "isn't"],
  [/\bit is\b/i, "it's"],
  [/\bwe are\b/i, "we're"],
  [/\bcannot\b/i, "can't"],
  [/\bpeople\b/i, 'residents'],
  [/\bsimply\b/i, 'just'],
  [/\bevery day\b/i, 'daily'],
  [/\breally\b/i, 'truly'],
  [/\bbecause\b/i, 'since'],
  [/\bthis\b/i, 'the'],
];

// ---------------------------------------------------------------------------
// Foreign-language patterns (German, French, Spanish, Russian)

interface ForeignPatterns {
  titles: string[];
  leads: string[];
  facts: string[];
  background: string[];
  quotes: string[];
  /** How a quotation is attributed: {Q} the words with marks, {P} the speaker. */
  attributions: string[];
  open: string;
  close: string;
}

const FOREIGN: Record<Exclude<Lang, 'en'>, ForeignPatterns> = {
  de: {
    titles: [
      '{T} in {PL}: {ORG} kündigt Maßnahmen an',
      '{PL}: {N1} Menschen betroffen',
      '{ORG} plant {N2} für {T} in {PL}',
    ],
    leads: [
      'In {PL} hat {ORG} am {WD} neue Pläne für die {T} vorgestellt.',
      'Die Lage in {PL} bleibt angespannt, teilte {ORG} am {WD} mit.',
    ],
    facts: [
      'Nach Angaben von {ORG} sind rund {N1} Menschen betroffen.',
      'Die Kosten werden auf {N2} geschätzt.',
      'Der Anteil liegt bei {N3} Prozent.',
      'Auch in {CITY} wird die Entwicklung aufmerksam verfolgt.',
      '{P1} kündigte weitere Gespräche an.',
    ],
    background: [
      'Ähnliche Fälle hatten in der Region bereits für Diskussionen gesorgt.',
      'Kritiker werfen den Behörden seit Jahren vor, zu langsam zu handeln.',
    ],
    quotes: [
      'Wir lassen die {N1} Betroffenen nicht im Stich',
      'Das ist eine schwierige Entscheidung für {PL}, aber sie ist notwendig',
      'Wir erwarten eine Lösung für {PL} bis {YR}',
    ],
    attributions: ['{Q}, sagte {P}.', '{P} erklärte: {Q}', 'Laut {P} gilt: {Q}'],
    open: '„',
    close: '“',
  },
  fr: {
    titles: [
      '{PL} : {ORG} annonce des mesures',
      '{T} à {PL} : {N1} personnes concernées',
      '{ORG} prévoit {N2} pour {PL}',
    ],
    leads: [
      'À {PL}, {ORG} a présenté {WD} un nouveau plan.',
      'La situation reste tendue à {PL}, a indiqué {ORG} {WD}.',
    ],
    facts: [
      'Selon {ORG}, environ {N1} personnes sont concernées.',
      'Le coût est estimé à {N2}.',
      'La part atteint {N3} %.',
      'À {CITY}, la situation est suivie de près.',
      '{P1} a annoncé de nouvelles discussions.',
    ],
    background: [
      'Des cas similaires avaient déjà suscité des débats dans la région.',
      'Les critiques reprochent aux autorités leur lenteur.',
    ],
    quotes: [
      'Nous ne laisserons pas tomber les {N1} personnes concernées',
      "C'est une décision difficile pour {PL}, mais elle est nécessaire",
      "Nous attendons une solution pour {PL} d'ici {YR}",
    ],
    attributions: ['{Q}, a déclaré {P}.', 'Selon {P}, {Q}', '{P} a affirmé : {Q}'],
    open: '« ',
    close: ' »',
  },
  es: {
    titles: [
      '{PL}: {ORG} anuncia medidas',
      '{T} en {PL}: {N1} personas afectadas',
      '{ORG} destina {N2} a {PL}',
    ],
    leads: [
      'En {PL}, {ORG} presentó el {WD} un nuevo plan.',
      'La situación sigue tensa en {PL}, informó {ORG} el {WD}.',
    ],
    facts: [
      'Según {ORG}, unas {N1} personas están afectadas.',
      'El coste se estima en {N2}.',
      'La proporción alcanza el {N3} %.',
      'En {CITY} se sigue la situación de cerca.',
      '{P1} anunció nuevas conversaciones.',
    ],
    background: [
      'Casos similares ya habían provocado debate en la región.',
      'Los críticos acusan a las autoridades de actuar con lentitud.',
    ],
    quotes: [
      'No vamos a abandonar a las {N1} personas afectadas',
      'Es una decisión difícil para {PL}, pero necesaria',
      'Esperamos una solución para {PL} antes de {YR}',
    ],
    attributions: ['{Q}, dijo {P}.', 'Según {P}, {Q}', '{P} afirmó: {Q}'],
    open: '«',
    close: '»',
  },
  ru: {
    titles: [
      '{PL}: {ORG} объявила о мерах',
      '{T} в {PL}: пострадали {N1} человек',
      '{ORG} выделит {N2} для {PL}',
    ],
    leads: [
      'В {PL} {ORG} в {WD} представила новый план.',
      'Ситуация в {PL} остаётся напряжённой, сообщила {ORG} в {WD}.',
    ],
    facts: [
      'По данным {ORG}, затронуты около {N1} человек.',
      'Расходы оцениваются в {N2}.',
      'Доля составляет {N3}%.',
      'В {CITY} за ситуацией внимательно следят.',
      '{P1} объявил о новых переговорах.',
    ],
    background: [
      'Похожие случаи уже вызывали споры в регионе.',
      'Критики обвиняют власти в медлительности.',
    ],
    quotes: [
      'Мы не оставим {N1} пострадавших без помощи',
      'Это трудное решение для {PL}, но оно необходимо',
      'Мы ожидаем решения для {PL} к {YR} году',
    ],
    attributions: ['{Q}, сказал {P}.', 'По словам {P}, {Q}', '{P} заявил: {Q}'],
    open: '«',
    close: '»',
  },
};

// ---------------------------------------------------------------------------
// Numbers per language

function groupDigits(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatCount(n: number, lang: Lang): string {
  if (n < 1000) return String(n);
  // French and Russian group with a (narrow) no-break space; articles store it as a plain
  // space because makeArticle collapses whitespace.
  const sep = { en: ',', de: '.', es: '.', fr: ' ', ru: ' ' }[lang];
  return groupDigits(n, sep);
}

/** `tenths` of a million, e.g. 42 → "$4.2 million". */
function formatMoney(tenths: number, lang: Lang): string {
  const whole = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  const comma = whole.replace('.', ',');
  switch (lang) {
    case 'de':
      return `${comma} Millionen Euro`;
    case 'fr':
      return `${comma} millions d'euros`;
    case 'es':
      return `${comma} millones de euros`;
    case 'ru':
      return `${comma} млн евро`;
    default:
      return `€${whole} million`;
  }
}

// ---------------------------------------------------------------------------
// Stories

interface StoryQuote {
  id: string;
  /** Template with number slots, so an outlet can change one number. */
  pattern: string;
  text: string;
  speaker: Person;
}

interface Story {
  id: string;
  topic: Topic;
  day: number;
  place: string;
  city: string;
  org: string;
  people: [Person, Person, Person];
  nums: { N1: number; N2: number; N3: number; N4: number; YR: number };
  focus: [string, string];
  quotes: StoryQuote[];
  figure: readonly [string, string] | null;
}

/** A quotation as printed in one generated article. */
export interface GeneratedQuote {
  /** Story-level id of the quotation ("s12-q1"); exclusive quotations get their own id. */
  id: string;
  /** The words inside the marks, marks excluded. */
  text: string;
  /** UTF-16 offset of `text` in `Article.text`; end exclusive. */
  start: number;
  end: number;
  /** The words as first spoken (equal to `text` for verbatim). */
  original: string;
  /**
   * verbatim: the original words; fragment: a contiguous part of them; edited: a word or
   * two changed (contractions, synonyms); altered: one number changed; exclusive: words
   * only this article carries; translated: the story told in another language, with
   * its own quotation carrying the story's numbers.
   */
  variant: 'verbatim' | 'fragment' | 'edited' | 'altered' | 'exclusive' | 'translated';
  speaker: string;
}

export interface GeneratedCorpus {
  articles: Article[];
  /** Article URL → story id. */
  truth: Map<string, string>;
  /** Article URL → its quotations, in text order. */
  quotes: Map<string, GeneratedQuote[]>;
}

export interface GenerateOptions {
  /** Number of articles to generate. */
  articles: number;
  seed: number;
}

const BASE_DAY = Math.floor(Date.UTC(2025, 0, 1) / 86_400_000);
/** Outlets per story: 3–8, weighted towards fewer (mean ≈ 5). */
const OUTLET_COUNT_WEIGHTS = [0.22, 0.24, 0.2, 0.14, 0.11, 0.09];

function fill(pattern: string, slots: Record<string, string>): string {
  return pattern.replace(/\{([A-Z0-9]+s?)\}/g, (m, key: string) => slots[key] ?? m);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Slots that make a quotation belong to one story (a count, an amount, a place, a name). */
const STORY_SLOT = /\{(PL|ORG|N1|N2|CITY|P\d)\}/;
const ANCHOR_PREFIXES = [
  'In {PL}, ',
  'Here in {PL}, ',
  'For {ORG}, ',
  'Let me be clear about {PL}: ',
];
const ANCHOR_SUFFIXES = [' in {PL}', ', and {ORG} knows it', ', here in {PL}'];

/**
 * A quotation pattern tied to the story: patterns with only generic words would
 * otherwise be spoken word for word in unrelated stories of the same topic.
 */
function anchorPattern(rng: Rng, pattern: string): string {
  if (STORY_SLOT.test(pattern)) return pattern;
  if (rng.chance(0.5))
    return rng.pick(ANCHOR_PREFIXES) + pattern.charAt(0).toLowerCase() + pattern.slice(1);
  return pattern + rng.pick(ANCHOR_SUFFIXES);
}

function makeStory(rng: Rng, index: number, spanDays: number): Story {
  const topic = rng.pick(TOPICS);
  const people = [0, 1, 2].map((i) => ({
    ...inventName(rng),
    role: rng.pick(topic.roles[i as 0 | 1 | 2]),
  })) as [Person, Person, Person];
  const place = inventPlace(rng);
  const nums = {
    N1: rng.chance(0.5) ? rng.int(120, 9800) : rng.int(12, 95) * 100,
    N2: rng.int(12, 4800),
    N3: rng.int(3, 72),
    N4: rng.int(2, 19),
    YR: rng.int(2027, 2034),
  };
  const org = fill(rng.pick(topic.orgs), { PL: place, P3s: people[2].surname });
  const focus = rng.sample(topic.nouns, 2) as [string, string];
  const story: Story = {
    id: `s${index}`,
    topic,
    day: BASE_DAY + rng.int(0, spanDays),
    place,
    city: rng.pick(BIG_CITIES),
    org,
    people,
    nums,
    focus,
    quotes: [],
    figure: rng.chance(0.3) ? rng.pick(PUBLIC_FIGURES) : null,
  };
  const nQuotes = rng.int(2, 4);
  const patterns = rng.sample(topic.quotes, nQuotes);
  const slots = englishSlots(story);
  patterns.forEach((p, i) => {
    // Some quotations run to two sentences: a second pattern of the same topic.
    const second = rng.chance(0.35) ? rng.pick(topic.quotes.filter((q) => q !== p)) : null;
    const pattern = anchorPattern(rng, second ? `${p}. ${second}` : p);
    const speaker = people[i === 0 ? 0 : rng.int(0, 2)]!;
    story.quotes.push({
      id: `${story.id}-q${i + 1}`,
      pattern,
      text: capitalize(fill(pattern, slots)),
      speaker,
    });
  });
  return story;
}

function englishSlots(s: Story, nums = s.nums): Record<string, string> {
  const [p1, p2, p3] = s.people;
  return {
    PL: s.place,
    CITY: s.city,
    ORG: s.org,
    P1: p1.name,
    P2: p2.name,
    P3: p3.name,
    P1s: p1.surname,
    P2s: p2.surname,
    P3s: p3.surname,
    R1: p1.role,
    R2: p2.role,
    R3: p3.role,
    N1: formatCount(nums.N1, 'en'),
    N2: formatMoney(nums.N2, 'en'),
    N3: String(nums.N3),
    N4: String(nums.N4),
    YR: String(nums.YR),
    WD: WEEKDAYS_EN[(((s.day + 4) % 7) + 7) % 7]!,
    T: s.focus[0],
    T2: s.focus[1],
    FIG: s.figure?.[0] ?? '',
    FIGR: s.figure?.[1] ?? '',
  };
}

function foreignSlots(s: Story, lang: Exclude<Lang, 'en'>): Record<string, string> {
  const cyr = lang === 'ru';
  const name = (p: Person) => (cyr ? toCyrillic(p.name) : p.name);
  const [p1, p2, p3] = s.people;
  return {
    PL: cyr ? toCyrillic(s.place) : s.place,
    CITY: cyr ? toCyrillic(s.city) : s.city,
    ORG: s.org,
    P1: name(p1),
    P2: name(p2),
    P3: name(p3),
    N1: formatCount(s.nums.N1, lang),
    N2: formatMoney(s.nums.N2, lang),
    N3: String(s.nums.N3),
    N4: String(s.nums.N4),
    YR: String(s.nums.YR),
    WD: WEEKDAYS[lang]![(((s.day + 4) % 7) + 7) % 7]!,
    T: s.topic.foreign[lang],
  };
}

/** A different value for one of a quotation's numbers (never equal to the original). */
function alterNumbers(rng: Rng, s: Story, pattern: string): Story['nums'] | null {
  const keys = (['N1', 'N2', 'N3', 'N4', 'YR'] as const).filter((k) => pattern.includes(`{${k}}`));
  if (keys.length === 0) return null;
  const key = rng.pick(keys);
  const nums = { ...s.nums };
  const old = nums[key];
  let v = old;
  while (v === old) {
    if (key === 'YR') v = old + rng.pick([-2, -1, 1, 2]);
    else if (key === 'N4') v = Math.max(1, old + rng.pick([-3, -2, -1, 1, 2, 3, 5]));
    else v = Math.max(1, Math.round(old * rng.pick([0.5, 0.8, 1.2, 1.5, 2, 10])));
  }
  nums[key] = v;
  return nums;
}

function editQuote(rng: Rng, text: string): string | null {
  const applicable = EDITS.filter(([re]) => re.test(text));
  if (applicable.length === 0) return null;
  let out = text;
  for (const [re, to] of rng.sample(applicable, rng.int(1, 2))) {
    out = out.replace(re, (m) =>
      m.charAt(0) === m.charAt(0).toUpperCase() && m.charAt(0) !== m.charAt(0).toLowerCase()
        ? capitalize(to)
        : to,
    );
  }
  return out === text ? null : out;
}

/** A contiguous run of 6+ words from inside the quotation, without edge punctuation. */
function fragmentOf(rng: Rng, text: string): string | null {
  const words = text.split(' ');
  if (words.length < 10) return null;
  const len = rng.int(6, Math.min(12, words.length - 3));
  const from = rng.int(1, words.length - len);
  return words
    .slice(from, from + len)
    .join(' ')
    .replace(/^[^\p{L}\p{N}€$]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Para {
  text: string;
  quotes: { text: string; open: string; meta: Omit<GeneratedQuote, 'start' | 'end' | 'text'> }[];
}

function englishArticleParagraphs(
  rng: Rng,
  s: Story,
  outletIndex: number,
): { title: string; paras: Para[] } {
  const t = s.topic;
  const slots = englishSlots(s);
  const title = capitalize(fill(rng.pick(t.titles), slots));
  const paras: Para[] = [{ text: fill(rng.pick(t.leads), slots), quotes: [] }];
  const facts = rng.sample(t.facts, rng.int(4, 6)).map((f) => fill(f, slots));
  const body: Para[] = [];
  // Facts come two to a paragraph, as wire copy does.
  for (let i = 0; i < facts.length; i += 2)
    body.push({ text: facts.slice(i, i + 2).join(' '), quotes: [] });
  const useCurly = rng.chance(0.85);
  const [open, close] = useCurly ? ['\u201c', '\u201d'] : ['"', '"'];
  // The first outlet carries every quotation as spoken; others pick some and rework them.
  const carried = outletIndex === 0 ? s.quotes : rng.sample(s.quotes, rng.int(1, s.quotes.length));
  for (const q of carried) {
    let variant: GeneratedQuote['variant'] = 'verbatim';
    let text = q.text;
    const roll = outletIndex === 0 ? 0 : rng.float();
    if (roll > 0.55 && roll <= 0.75) {
      const frag = fragmentOf(rng, q.text);
      if (frag) [text, variant] = [frag, 'fragment'];
    } else if (roll > 0.75 && roll <= 0.9) {
      const edited = editQuote(rng, q.text);
      if (edited) [text, variant] = [edited, 'edited'];
    } else if (roll > 0.9) {
      const nums = alterNumbers(rng, s, q.pattern);
      if (nums) [text, variant] = [capitalize(fill(q.pattern, englishSlots(s, nums))), 'altered'];
    }
    body.push(
      quoteParagraph(rng, text, open, close, q.speaker, variant === 'fragment', {
        id: q.id,
        original: q.text,
        variant,
        speaker: q.speaker.name,
      }),
    );
  }
  if (rng.chance(0.15)) {
    // An exclusive: words this outlet alone heard.
    const speaker = rng.pick(s.people);
    const words = EXCLUSIVE_PARTS.map((part) => fill(rng.pick(part), slots)).join(' ');
    body.push(
      quoteParagraph(rng, words, open, close, speaker, false, {
        id: `${s.id}-x${outletIndex}`,
        original: words,
        variant: 'exclusive',
        speaker: speaker.name,
      }),
    );
  }
  for (const b of rng.sample(t.background, rng.int(2, 3))) body.push({ text: b, quotes: [] });
  const context = rng.sample(GENERIC_CONTEXT, rng.int(2, 5)).map((c) => fill(c, slots));
  for (let i = 0; i < context.length; i += 2)
    body.push({ text: context.slice(i, i + 2).join(' '), quotes: [] });
  if (s.figure && rng.chance(0.7))
    body.push({ text: fill(rng.pick(PUBLIC_FIGURE_LINES), slots), quotes: [] });
  // Keep the lead first and the closer last; shuffle the rest lightly.
  for (let i = body.length - 1; i > 0; i--) {
    if (!rng.chance(0.5)) continue;
    const j = rng.int(0, i);
    [body[i], body[j]] = [body[j]!, body[i]!];
  }
  paras.push(...body);
  if (rng.chance(0.6)) paras.push({ text: fill(rng.pick(GENERIC_CLOSERS), slots), quotes: [] });
  return { title, paras };
}

function quoteParagraph(
  rng: Rng,
  text: string,
  open: string,
  close: string,
  speaker: Person,
  isFragment: boolean,
  meta: Para['quotes'][number]['meta'],
): Para {
  const q = `${open}${text}${close}`;
  let sentence: string;
  if (isFragment) {
    sentence = rng.pick([
      `${speaker.surname} said the situation showed that ${q}.`,
      `${speaker.name}, the ${speaker.role}, spoke of ${q}.`,
      `According to ${speaker.name}, ${q}.`,
    ]);
  } else {
    const body = text.replace(/[.!?]$/, '');
    const commaQ = `${open}${body},${close}`;
    const fullQ = `${open}${body}.${close}`;
    const form = rng.int(0, 3);
    sentence =
      form === 0
        ? `${commaQ} said ${speaker.name}, the ${speaker.role}.`
        : form === 1
          ? `${commaQ} ${speaker.name} said.`
          : form === 2
            ? `${speaker.name}, the ${speaker.role}, said: ${fullQ}`
            : `${commaQ} ${speaker.surname} told reporters.`;
  }
  // Record the words as they sit between the marks (a trailing comma or stop excluded).
  const inner = isFragment ? text : text.replace(/[.!?]$/, '');
  return {
    text: sentence,
    quotes: [
      { text: inner, open, meta: { ...meta, original: meta.original.replace(/[.!?]$/, '') } },
    ],
  };
}

function foreignArticleParagraphs(
  rng: Rng,
  s: Story,
  lang: Exclude<Lang, 'en'>,
  outletIndex: number,
): { title: string; paras: Para[] } {
  const f = FOREIGN[lang];
  const slots = foreignSlots(s, lang);
  const title = capitalize(fill(rng.pick(f.titles), slots));
  const paras: Para[] = [{ text: fill(rng.pick(f.leads), slots), quotes: [] }];
  const facts = rng.sample(f.facts, rng.int(3, 5)).map((x) => fill(x, slots));
  for (let i = 0; i < facts.length; i += 2)
    paras.push({ text: facts.slice(i, i + 2).join(' '), quotes: [] });
  const speaker = s.people[0];
  const words = fill(rng.pick(f.quotes), slots);
  const sentence = fill(rng.pick(f.attributions), {
    Q: `${f.open}${words}${f.close}`,
    P: lang === 'ru' ? toCyrillic(speaker.name) : speaker.name,
  });
  paras.splice(1 + rng.int(0, paras.length - 1), 0, {
    text: sentence,
    quotes: [
      {
        text: words,
        open: f.open,
        meta: {
          id: `${s.id}-${lang}${outletIndex}`,
          original: words,
          variant: 'translated',
          speaker: speaker.name,
        },
      },
    ],
  });
  for (const b of rng.sample(f.background, rng.int(1, 2))) paras.push({ text: b, quotes: [] });
  return { title, paras };
}

/**
 * A corpus of `articles` articles about ≈ articles/5 stories, deterministic for a seed.
 * Articles come story by story; stories span two years of publication dates.
 */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const rng = new Rng(options.seed);
  const total = Math.max(0, Math.floor(options.articles));
  const outletRng = new Rng(options.seed ^ 0x5bd1e995);
  const usedOutlets = new Set<string>();
  const outletCount = Math.max(24, Math.round(total / 150));
  const outlets: Record<Lang, Outlet[]> = { en: [], de: [], fr: [], es: [], ru: [] };
  for (let i = 0; i < outletCount; i++) {
    const lang = LANGS[outletRng.weighted(LANG_WEIGHTS)]!;
    outlets[lang].push(inventOutlet(outletRng, lang, usedOutlets));
  }
  // Every language has at least two outlets, so small corpora still mix languages.
  for (const lang of LANGS)
    while (outlets[lang].length < 2) outlets[lang].push(inventOutlet(outletRng, lang, usedOutlets));

  const articles: Article[] = [];
  const truth = new Map<string, string>();
  const quotes = new Map<string, GeneratedQuote[]>();
  let storyIndex = 0;
  while (articles.length < total) {
    const story = makeStory(rng, storyIndex++, 729);
    const count = Math.min(total - articles.length, 3 + rng.weighted(OUTLET_COUNT_WEIGHTS));
    // Mostly English coverage; a story now and then is picked up abroad.
    const chosen = new Set<Outlet>();
    const picks: Outlet[] = [];
    while (picks.length < count) {
      const lang: Lang = picks.length > 0 && rng.chance(0.12) ? rng.pick(LANGS.slice(1)) : 'en';
      const o = rng.pick(outlets[lang]);
      if (chosen.has(o)) continue;
      chosen.add(o);
      picks.push(o);
    }
    picks.forEach((outlet, i) => {
      const { title, paras } =
        outlet.language === 'en'
          ? englishArticleParagraphs(rng, story, i)
          : foreignArticleParagraphs(rng, story, outlet.language, i);
      const day = story.day + (i === 0 ? 0 : rng.weighted([0.45, 0.3, 0.15, 0.1]));
      const date = new Date(day * 86_400_000 + rng.int(6 * 60, 22 * 60) * 60_000);
      const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const ymd = iso.slice(0, 10).replace(/-/g, '/');
      const url = `https://${outlet.domain}/${story.topic.section}/${ymd}/${slug(title) || 'article'}-${(articles.length + 1).toString(36)}`;
      const article = makeArticle({
        url,
        title,
        source: outlet.name,
        published: iso,
        byline: rng.chance(0.8) ? rng.pick(outlet.reporters) : null,
        language: outlet.language,
        paragraphs: paras.map((p) => p.text),
      });
      const found: GeneratedQuote[] = [];
      let at = 0;
      for (let pi = 0; pi < paras.length; pi++) {
        const p = paras[pi]!;
        for (const q of p.quotes) {
          const inPara = p.text.indexOf(q.open + q.text);
          const start = at + inPara + q.open.length;
          found.push({ ...q.meta, text: q.text, start, end: start + q.text.length });
        }
        at += p.text.length + 2;
      }
      articles.push(article);
      truth.set(url, story.id);
      quotes.set(url, found);
    });
  }
  return { articles, truth, quotes };
}

// ---------------------------------------------------------------------------
// CLI

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const n = Number(args.get('articles') ?? '1000');
  const seed = Number(args.get('seed') ?? '1');
  const out = args.get('out');
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(seed) || !out) {
    console.error(
      'usage: npx tsx scripts/gen-corpus.ts --articles 10000 [--seed 1] --out corpus.jsonl [--truth truth.json]',
    );
    process.exit(2);
  }
  const t0 = performance.now();
  const corpus = generateCorpus({ articles: n, seed });
  const ms = performance.now() - t0;
  writeFileSync(out, serializePack(corpus.articles));
  const truthPath = args.get('truth');
  if (truthPath) {
    const rows = corpus.articles.map((a) => ({
      url: a.url,
      story: corpus.truth.get(a.url),
      quotes: corpus.quotes.get(a.url),
    }));
    writeFileSync(truthPath, JSON.stringify(rows));
  }
  const stories = new Set(corpus.truth.values()).size;
  console.log(
    `${corpus.articles.length} articles, ${stories} stories, generated in ${(ms / 1000).toFixed(1)} s → ${out}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
