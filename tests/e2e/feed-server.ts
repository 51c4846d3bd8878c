/**
 * Twelve fictional outlets in three languages, each on its own port of 127.0.0.1, serving
 * a feed (RSS 2.0, RSS 1.0, Atom or JSON Feed), a home page that announces it, and an
 * article page per item, over simulated days. The tests move the days forward, switch an
 * outlet to failing (500, 429 with Retry-After, a malformed or an oversized feed) and
 * read every request each outlet received.
 *
 * Three outlets carry the story of the test page `feeds-valmora-strike.html` (a dock
 * strike in the fictional port of Valmora) on day 5: two in English, one in German. One
 * of them publishes summaries only, so its articles must be read from their pages.
 *
 * Every name, place and sentence here is invented.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'json';
export type Lang = 'en' | 'de' | 'fr';

export interface OutletSpec {
  key: string;
  name: string;
  lang: Lang;
  format: FeedFormat;
  /** True: the feed carries summaries only; the text is on the article page. */
  summaryOnly?: boolean;
  /** Path of the feed; the home page links to it unless `hidden`. */
  feedPath: string;
  /** The home page does not announce the feed (found at a usual path instead). */
  hidden?: boolean;
  /** Carries the Valmora story on day 5. */
  story?: 'en-full' | 'en-summary' | 'de';
}

export const OUTLETS: readonly OutletSpec[] = [
  {
    key: 'A',
    name: 'Harbour Chronicle',
    lang: 'en',
    format: 'rss2',
    feedPath: '/rss.xml',
    story: 'en-full',
  },
  { key: 'B', name: 'Morning Ledger', lang: 'en', format: 'atom', feedPath: '/atom.xml' },
  {
    key: 'C',
    name: 'Nordküsten Zeitung',
    lang: 'de',
    format: 'json',
    feedPath: '/feed.json',
    story: 'de',
  },
  {
    key: 'D',
    name: 'La Gazette du Delta',
    lang: 'fr',
    format: 'rss1',
    feedPath: '/feed',
    hidden: true,
  },
  {
    key: 'E',
    name: 'Coastline Courier',
    lang: 'en',
    format: 'rss2',
    feedPath: '/news.rss',
    summaryOnly: true,
    story: 'en-summary',
  },
  { key: 'F', name: 'Rheintal Bote', lang: 'de', format: 'rss2', feedPath: '/rss.xml' },
  { key: 'G', name: 'Le Journal des Collines', lang: 'fr', format: 'atom', feedPath: '/atom.xml' },
  { key: 'H', name: 'Plainsfield Observer', lang: 'en', format: 'json', feedPath: '/feed.json' },
  { key: 'I', name: 'Seeblick Anzeiger', lang: 'de', format: 'rss2', feedPath: '/rss.xml' },
  { key: 'J', name: 'Écho des Vallées', lang: 'fr', format: 'rss2', feedPath: '/rss.xml' },
  { key: 'K', name: 'Metro Wire', lang: 'en', format: 'rss2', feedPath: '/rss.xml' },
  { key: 'L', name: 'Bergland Rundschau', lang: 'de', format: 'atom', feedPath: '/atom.xml' },
];

/** How an outlet answers its feed now. */
export type Behaviour = 'ok' | 'error500' | 'throttle429' | 'malformed' | 'oversized';

export interface LoggedRequest {
  outlet: string;
  path: string;
  status: number;
  ifNoneMatch: string | null;
  hasCookie: boolean;
}

const DAY_MS = 86_400_000;
/** The last simulated day. Items of day d are dated (LAST_DAY - d) days before start. */
export const LAST_DAY = 7;

// ---- The Valmora story ----

export const STORY_QUOTES = {
  machines: 'We will not let machines take the jobs of three thousand families',
  strike: 'The strike will last until the port authority comes back to the table',
  cost: 'Every day of this strike costs the port four million euros',
};

const STORY: Record<NonNullable<OutletSpec['story']>, { title: string; paragraphs: string[] }> = {
  'en-full': {
    title: 'Valmora dock workers walk out over automation plan',
    paragraphs: [
      'Dock workers at the port of Valmora stopped work on Monday morning, leaving container ships waiting in the bay after the port authority confirmed plans to automate two of its four terminals by next spring.',
      `“${STORY_QUOTES.machines},” said Teodor Maric, head of the Valmora dockers’ union, speaking to strikers outside the north gate.`,
      `Maric told reporters: “${STORY_QUOTES.strike}.” The union says about 3,000 jobs depend on the terminals that would be automated.`,
      `Harbour master Ines Calder urged both sides to resume talks. “${STORY_QUOTES.cost},” Calder said, adding that perishable cargo was being diverted to other ports along the coast.`,
      'The port authority said in a statement that automation would make the terminals safer and that no worker would be dismissed before 2028. Shipping companies warned that delays could spread across the region within days.',
    ],
  },
  'en-summary': {
    title: 'Strike halts Valmora port as union fights automation',
    paragraphs: [
      'The port of Valmora came to a standstill on Monday as dock workers went on strike against a plan to automate two terminals, union leaders and port officials said.',
      `Teodor Maric, who leads the Valmora dockers’ union, said the walkout was open-ended. “${STORY_QUOTES.machines},” Maric said. He added that the strike will last until the port authority comes back to the table.`,
      'About 3,000 dock jobs are tied to the two terminals, according to the union. Ships queued outside the harbour and several carriers announced they would unload in neighbouring ports instead.',
      `Harbour master Ines Calder said the stoppage was expensive for the whole region. “${STORY_QUOTES.cost},” she said on Monday afternoon.`,
      'Talks between the union and the port authority have not been scheduled. The authority says the new cranes will be delivered in March regardless of the dispute.',
    ],
  },
  de: {
    title: 'Hafenarbeiter in Valmora streiken gegen Automatisierung',
    paragraphs: [
      'Im Hafen von Valmora haben die Hafenarbeiter am Montag die Arbeit niedergelegt. Die Hafenbehörde will bis zum kommenden Frühjahr zwei ihrer vier Terminals automatisieren.',
      '„Wir werden nicht zulassen, dass Maschinen die Arbeitsplätze von dreitausend Familien übernehmen“, sagte Teodor Maric, der Vorsitzende der Gewerkschaft der Hafenarbeiter von Valmora.',
      'Nach Angaben der Gewerkschaft hängen rund 3.000 Arbeitsplätze an den betroffenen Terminals. Containerschiffe warteten am Montag vor der Hafeneinfahrt.',
      'Hafenmeisterin Ines Calder rief beide Seiten zu Gesprächen auf. Jeder Streiktag koste den Hafen vier Millionen Euro, sagte Calder. Verderbliche Ware werde bereits in andere Häfen umgeleitet.',
      'Die Hafenbehörde erklärte, die Automatisierung mache die Terminals sicherer. Vor 2028 solle niemand entlassen werden.',
    ],
  },
};

// ---- Everyday filler news, one topic per outlet and day ----

const TOWNS = [
  'Ostbrook',
  'Pellham',
  'Sundvik',
  'Marrow Bay',
  'Kestrel Falls',
  'Ambergate',
  'Liddon',
  'Carrowmore',
];

const FILLER: Record<Lang, { title: string; paragraphs: string[] }[]> = {
  en: [
    {
      title: 'Library in {town} reopens after two-year renovation',
      paragraphs: [
        'The public library in {town} reopened its doors on {day} after a renovation that took two years and cost the town council more than it had planned, librarians said at a small ceremony.',
        'Visitors found a new reading room on the top floor, a children’s corner with soft chairs and a café near the entrance. The old card catalogue has been kept as a display in the hall.',
        'Head librarian Maud Ferris said the building had been too cold in winter and too dark all year. Local schools will bring pupils every week from next month, and evening opening hours return on Thursdays.',
      ],
    },
    {
      title: '{town} football club wins cup final in extra time',
      paragraphs: [
        'The football club of {town} won the regional cup on {day}, beating their neighbours two goals to one after extra time in front of a crowd of several thousand supporters.',
        'The winning goal came from a header by the team’s young defender, who had come on as a substitute only twenty minutes earlier. Supporters ran onto the pitch after the final whistle.',
        'The coach thanked the volunteers who keep the ground running and said the club would now look for a sponsor for its new youth academy. A parade through the town centre is planned for the weekend.',
      ],
    },
    {
      title: 'Heavy rain floods roads around {town}',
      paragraphs: [
        'Heavy rain overnight flooded several roads around {town} on {day}, forcing buses onto diversions and closing a primary school for the morning, the county highways office said.',
        'Fire crews pumped water out of a dozen cellars in the lower streets near the river. Nobody was hurt, but a footbridge was closed after the water reached its deck.',
        'Forecasters expect drier weather from the middle of the week. Residents were asked to report blocked drains through the council’s website and to avoid driving through standing water.',
      ],
    },
    {
      title: 'Farmers market in {town} moves to the old station',
      paragraphs: [
        'The weekly farmers market in {town} will move from the square to the old railway station hall, the market association announced on {day}, after traders complained about wind and rain.',
        'The hall offers room for forty stalls, twice as many as the square, and has a car park next door. Cheese makers, bakers and vegetable growers from the valley have already signed up.',
        'The association hopes the covered hall will keep the market open through the winter for the first time. The first market in the new place is planned for the first Saturday of next month.',
      ],
    },
  ],
  de: [
    {
      title: 'Stadtbibliothek in {town} öffnet nach Umbau',
      paragraphs: [
        'Die Stadtbibliothek in {town} hat am {day} nach zwei Jahren Umbau wieder geöffnet. Die Arbeiten waren deutlich teurer als vom Stadtrat geplant, wie die Leitung bei einer kleinen Feier sagte.',
        'Besucher finden nun einen neuen Lesesaal im obersten Stock, eine Kinderecke mit weichen Sesseln und ein Café am Eingang. Der alte Zettelkatalog steht als Ausstellungsstück in der Halle.',
        'Die Schulen der Stadt wollen ab dem kommenden Monat jede Woche mit ihren Klassen kommen. Donnerstags gibt es wieder Öffnungszeiten bis in den Abend.',
      ],
    },
    {
      title: 'Fußballverein aus {town} gewinnt Pokalfinale',
      paragraphs: [
        'Der Fußballverein aus {town} hat am {day} den Regionalpokal gewonnen. Die Mannschaft besiegte den Nachbarverein nach Verlängerung mit zwei zu eins vor mehreren tausend Zuschauern.',
        'Das entscheidende Tor erzielte ein junger Verteidiger per Kopfball, der erst zwanzig Minuten zuvor eingewechselt worden war. Nach dem Abpfiff stürmten die Fans den Platz.',
        'Der Trainer dankte den Ehrenamtlichen des Vereins und kündigte an, einen Sponsor für die neue Jugendakademie zu suchen. Am Wochenende ist ein Umzug durch die Innenstadt geplant.',
      ],
    },
    {
      title: 'Starkregen überflutet Straßen bei {town}',
      paragraphs: [
        'Starker Regen hat in der Nacht zum {day} mehrere Straßen rund um {town} überflutet. Busse mussten Umwege fahren, eine Grundschule blieb am Vormittag geschlossen.',
        'Die Feuerwehr pumpte in den Straßen am Fluss ein Dutzend Keller leer. Verletzt wurde niemand, eine Fußgängerbrücke wurde jedoch gesperrt, als das Wasser ihre Höhe erreichte.',
        'Meteorologen erwarten ab der Wochenmitte trockeneres Wetter. Die Stadt bittet darum, verstopfte Abflüsse zu melden und nicht durch stehendes Wasser zu fahren.',
      ],
    },
    {
      title: 'Wochenmarkt in {town} zieht in die alte Bahnhofshalle',
      paragraphs: [
        'Der Wochenmarkt in {town} zieht vom Marktplatz in die alte Bahnhofshalle um. Das teilte der Marktverein am {day} mit, nachdem Händler über Wind und Regen geklagt hatten.',
        'In der Halle haben vierzig Stände Platz, doppelt so viele wie auf dem Platz, und nebenan gibt es Parkplätze. Käsereien, Bäcker und Gemüsebauern aus dem Tal haben bereits zugesagt.',
        'Der Verein hofft, den Markt damit zum ersten Mal auch im Winter offen halten zu können. Der erste Markttag am neuen Ort ist für den ersten Samstag im kommenden Monat geplant.',
      ],
    },
  ],
  fr: [
    {
      title: 'La médiathèque de {town} rouvre après deux ans de travaux',
      paragraphs: [
        'La médiathèque de {town} a rouvert ses portes le {day} après deux ans de travaux, plus coûteux que prévu par le conseil municipal, ont indiqué les bibliothécaires lors d’une petite cérémonie.',
        'Les visiteurs découvrent une nouvelle salle de lecture au dernier étage, un coin pour les enfants et un café près de l’entrée. L’ancien fichier en bois est exposé dans le hall.',
        'Les écoles de la commune viendront chaque semaine à partir du mois prochain. Le jeudi, la médiathèque restera de nouveau ouverte en soirée.',
      ],
    },
    {
      title: 'Le club de football de {town} remporte la coupe',
      paragraphs: [
        'Le club de football de {town} a remporté la coupe régionale le {day}, en battant son voisin deux buts à un après prolongation, devant plusieurs milliers de supporters.',
        'Le but de la victoire est venu d’une tête d’un jeune défenseur entré en jeu vingt minutes plus tôt. Les supporters ont envahi la pelouse au coup de sifflet final.',
        'L’entraîneur a remercié les bénévoles du club et annoncé la recherche d’un partenaire pour la nouvelle académie des jeunes. Un défilé dans le centre-ville est prévu ce week-end.',
      ],
    },
    {
      title: 'De fortes pluies inondent les routes autour de {town}',
      paragraphs: [
        'De fortes pluies ont inondé plusieurs routes autour de {town} dans la nuit du {day}, obligeant les bus à faire des détours et fermant une école primaire pour la matinée.',
        'Les pompiers ont vidé une douzaine de caves dans les rues basses près de la rivière. Personne n’a été blessé, mais une passerelle a été fermée lorsque l’eau a atteint son tablier.',
        'Les prévisionnistes annoncent un temps plus sec à partir du milieu de la semaine. La mairie demande de signaler les égouts bouchés et d’éviter de rouler dans l’eau stagnante.',
      ],
    },
    {
      title: 'Le marché de producteurs de {town} déménage à l’ancienne gare',
      paragraphs: [
        'Le marché hebdomadaire de producteurs de {town} quittera la place pour la halle de l’ancienne gare, a annoncé l’association des commerçants le {day}, après des plaintes contre le vent et la pluie.',
        'La halle peut accueillir quarante stands, deux fois plus que la place, et dispose d’un parking. Fromagers, boulangers et maraîchers de la vallée se sont déjà inscrits.',
        'L’association espère ainsi ouvrir le marché tout l’hiver pour la première fois. Le premier marché dans la halle est prévu le premier samedi du mois prochain.',
      ],
    },
  ],
};

export interface Item {
  slug: string;
  day: number;
  title: string;
  paragraphs: string[];
  published: string;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class Outlet {
  readonly spec: OutletSpec;
  behaviour: Behaviour = 'ok';
  /** When set, the feed moved for good: its old path answers 301 to this one. */
  movedPath: string | null = null;
  readonly log: LoggedRequest[] = [];
  origin = '';
  private server: Server | null = null;

  constructor(
    spec: OutletSpec,
    private readonly index: number,
    private readonly world: FeedWorld,
  ) {
    this.spec = spec;
  }

  get feedUrl(): string {
    return this.origin + this.spec.feedPath;
  }

  /** Items published up to the world's current day, newest first. */
  items(): Item[] {
    const out: Item[] = [];
    for (let day = 1; day <= this.world.day; day++) {
      const topics = FILLER[this.spec.lang];
      const topic = topics[(this.index + day) % topics.length]!;
      const town = TOWNS[(this.index * 3 + day) % TOWNS.length]!;
      const published = new Date(this.world.start - (LAST_DAY - day) * DAY_MS - 3_600_000);
      const dayText = published.toISOString().slice(0, 10);
      const fill = (s: string) => s.replaceAll('{town}', town).replaceAll('{day}', dayText);
      out.push({
        slug: `day${day}-${town.toLowerCase().replace(/\s+/g, '-')}`,
        day,
        title: fill(topic.title),
        paragraphs: topic.paragraphs.map(fill),
        published: published.toISOString(),
      });
      if (day === 5 && this.spec.story) {
        const story = STORY[this.spec.story];
        out.push({
          slug: 'valmora-dock-strike',
          day,
          title: story.title,
          paragraphs: story.paragraphs,
          published: new Date(published.getTime() + 1_800_000).toISOString(),
        });
      }
    }
    return out.reverse();
  }

  private summary(item: Item): string {
    return item.paragraphs[0]!;
  }

  private feedBody(): { type: string; body: string } {
    const s = this.spec;
    const items = this.items();
    const link = (i: Item) => `${this.origin}/a/${i.slug}.html`;
    const html = (i: Item) =>
      s.summaryOnly
        ? esc(this.summary(i))
        : esc(i.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''));
    if (s.format === 'json') {
      return {
        type: 'application/feed+json',
        body: JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: s.name,
          home_page_url: `${this.origin}/`,
          feed_url: this.feedUrl,
          language: s.lang,
          items: items.map((i) => ({
            id: link(i),
            url: link(i),
            title: i.title,
            date_published: i.published,
            ...(s.summaryOnly
              ? { summary: this.summary(i) }
              : { content_html: i.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('') }),
          })),
        }),
      };
    }
    if (s.format === 'atom') {
      return {
        type: 'application/atom+xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${s.lang}">
  <title>${esc(s.name)}</title>
  <link rel="alternate" href="${this.origin}/"/>
  <id>${this.feedUrl}</id>
  <updated>${items[0]?.published ?? new Date(this.world.start).toISOString()}</updated>
${items
  .map(
    (i) => `  <entry>
    <title>${esc(i.title)}</title>
    <link rel="alternate" href="/a/${i.slug}.html"/>
    <id>${link(i)}</id>
    <updated>${i.published}</updated>
    <published>${i.published}</published>
    ${s.summaryOnly ? `<summary>${esc(this.summary(i))}</summary>` : `<content type="html">${html(i)}</content>`}
  </entry>`,
  )
  .join('\n')}
</feed>`,
      };
    }
    if (s.format === 'rss1') {
      return {
        type: 'application/rdf+xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="${this.feedUrl}">
    <title>${esc(s.name)}</title>
    <link>${this.origin}/</link>
    <description>${esc(s.name)}</description>
    <dc:language>${s.lang}</dc:language>
  </channel>
${items
  .map(
    (i) => `  <item rdf:about="${link(i)}">
    <title>${esc(i.title)}</title>
    <link>${link(i)}</link>
    <dc:date>${i.published}</dc:date>
    <description>${esc(this.summary(i))}</description>
    ${s.summaryOnly ? '' : `<content:encoded>${html(i)}</content:encoded>`}
  </item>`,
  )
  .join('\n')}
</rdf:RDF>`,
      };
    }
    return {
      type: 'application/rss+xml; charset=utf-8',
      body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${esc(s.name)}</title>
    <link>${this.origin}/</link>
    <description>News from ${esc(s.name)}</description>
    <language>${s.lang}</language>
${items
  .map(
    (i) => `    <item>
      <title>${esc(i.title)}</title>
      <link>${link(i)}</link>
      <guid>${link(i)}</guid>
      <pubDate>${new Date(i.published).toUTCString()}</pubDate>
      <description>${esc(this.summary(i))}</description>
      ${s.summaryOnly ? '' : `<content:encoded><![CDATA[${i.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}]]></content:encoded>`}
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>`,
    };
  }

  private feedLinkTag(): string {
    if (this.spec.hidden) return '';
    const type = {
      rss2: 'application/rss+xml',
      rss1: 'application/rss+xml',
      atom: 'application/atom+xml',
      json: 'application/feed+json',
    }[this.spec.format];
    return `<link rel="alternate" type="${type}" title="${esc(this.spec.name)}" href="${this.spec.feedPath}">`;
  }

  private page(item: Item | null): string {
    const s = this.spec;
    const head = `<meta charset="utf-8"><meta property="og:site_name" content="${esc(s.name)}">${this.feedLinkTag()}`;
    if (!item) {
      const list = this.items()
        .map((i) => `<li><a href="/a/${i.slug}.html">${esc(i.title)}</a></li>`)
        .join('');
      return `<!doctype html><html lang="${s.lang}"><head>${head}<title>${esc(s.name)}</title></head><body><header><h1>${esc(s.name)}</h1></header><main><ul>${list}</ul></main></body></html>`;
    }
    return `<!doctype html><html lang="${s.lang}"><head>${head}
<meta property="og:type" content="article">
<meta property="article:published_time" content="${item.published}">
<title>${esc(item.title)} | ${esc(s.name)}</title></head>
<body><header><nav><a href="/">${esc(s.name)}</a> · <a href="/">Home</a> · <a href="/">Local</a></nav></header>
<main><article><h1>${esc(item.title)}</h1><p class="byline">By the newsroom</p>
${item.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main><footer><p>© ${esc(s.name)}</p></footer></body></html>`;
  }

  private handle(req: IncomingMessage): {
    status: number;
    headers: Record<string, string>;
    body: string | Buffer;
  } {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (this.movedPath && path === this.spec.feedPath) {
      return { status: 301, headers: { location: `${this.origin}${this.movedPath}` }, body: '' };
    }
    if (path === (this.movedPath ?? this.spec.feedPath)) {
      if (this.behaviour === 'error500')
        return { status: 500, headers: {}, body: 'Internal error' };
      if (this.behaviour === 'throttle429') {
        return { status: 429, headers: { 'retry-after': '7200' }, body: 'Slow down' };
      }
      if (this.behaviour === 'malformed') {
        return {
          status: 200,
          headers: { 'content-type': 'application/rss+xml' },
          body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>oops</channel>',
        };
      }
      if (this.behaviour === 'oversized') {
        const filler = `<item><title>x</title><link>${this.origin}/a/x.html</link><description>${'y'.repeat(1000)}</description></item>`;
        return {
          status: 200,
          headers: { 'content-type': 'application/rss+xml' },
          body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${filler.repeat(6 * 1024)}</channel></rss>`,
        };
      }
      const { type, body } = this.feedBody();
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag)
        return { status: 304, headers: { etag }, body: '' };
      return { status: 200, headers: { 'content-type': type, etag }, body };
    }
    if (path === '/' || path === '/index.html') {
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: this.page(null),
      };
    }
    const m = /^\/a\/([\w-]+)\.html$/.exec(path);
    const item = m ? this.items().find((i) => i.slug === m[1]) : undefined;
    if (item) {
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: this.page(item),
      };
    }
    return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not found</h1>' };
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const out = this.handle(req);
      this.log.push({
        outlet: this.spec.key,
        path: new URL(req.url ?? '/', 'http://x').pathname,
        status: out.status,
        ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
        hasCookie: req.headers.cookie !== undefined,
      });
      res.writeHead(out.status, out.headers);
      res.end(out.body);
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((ok) => (this.server ? this.server.close(() => ok()) : ok()));
  }

  /** Requests for this outlet's feed. */
  feedRequests(): LoggedRequest[] {
    return this.log.filter((r) => r.path === this.spec.feedPath);
  }
}

/** The reader's own news page on the Valmora story, from an outlet nobody follows. */
function readerPage(published: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Valmora port at a standstill as dockers strike | Bayside Daily</title>
<meta property="og:site_name" content="Bayside Daily"><meta property="og:type" content="article">
<meta property="article:published_time" content="${published}">
<style>body{font:17px/1.6 Georgia,serif;max-width:40rem;margin:2rem auto;padding:0 1rem}</style></head>
<body><header><nav><a href="/">Bayside Daily</a> · World · Business</nav></header>
<main><article><h1>Valmora port at a standstill as dockers strike</h1>
<p class="byline">By Orla Benn</p>
<p>Container ships lay at anchor off Valmora on Monday as the port’s dock workers walked out against a plan to automate two of the four terminals.</p>
<p>“${STORY_QUOTES.machines},” union leader Teodor Maric said at the north gate of the port, where several hundred strikers had gathered since dawn.</p>
<p>Maric said the walkout had no end date. “${STORY_QUOTES.strike},” he told the crowd.</p>
<p>The harbour master, Ines Calder, said the losses were mounting quickly. “${STORY_QUOTES.cost},” Calder said.</p>
<p>The port authority says the automation will make the terminals safer and that no dock worker will lose a job before 2028. The union puts the number of jobs at stake at about 3,000.</p>
</article></main><footer>© Bayside Daily</footer></body></html>`;
}

/** Every outlet, and the simulated day they are all on. */
export class FeedWorld {
  day = 5;
  readonly start = Date.now();
  readonly outlets: Outlet[];
  /** The reader's page server ("http://127.0.0.1:port"); its page is `readerUrl`. */
  readerOrigin = '';
  private reader: Server | null = null;

  constructor() {
    this.outlets = OUTLETS.map((spec, i) => new Outlet(spec, i, this));
  }

  get readerUrl(): string {
    return `${this.readerOrigin}/valmora-strike.html`;
  }

  async start_(): Promise<this> {
    for (const o of this.outlets) await o.start();
    const published = new Date(this.start - (LAST_DAY - 5) * DAY_MS).toISOString();
    this.reader = createServer((req, res) => {
      if (new URL(req.url ?? '/', 'http://x').pathname === '/valmora-strike.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(readerPage(published));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((ok) => this.reader!.listen(0, '127.0.0.1', ok));
    this.readerOrigin = `http://127.0.0.1:${(this.reader.address() as AddressInfo).port}`;
    return this;
  }

  get(key: string): Outlet {
    const o = this.outlets.find((x) => x.spec.key === key);
    if (!o) throw new Error(`No outlet ${key}`);
    return o;
  }

  /** "127.0.0.1:port" of every outlet. */
  hosts(): Map<string, Outlet> {
    return new Map(this.outlets.map((o) => [new URL(o.origin).host, o]));
  }

  async close(): Promise<void> {
    for (const o of this.outlets) await o.close();
    await new Promise<void>((ok) => (this.reader ? this.reader.close(() => ok()) : ok()));
  }
}

/** Start all twelve outlets. */
export function startFeedWorld(): Promise<FeedWorld> {
  return new FeedWorld().start_();
}
