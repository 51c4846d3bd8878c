/**
 * An outlet's identity is its site (the registrable domain of its address), not what a
 * page claims: a page can call itself anything ("Reuters") and change its address with
 * history.pushState, but not its domain.
 */

/**
 * Public suffixes of two labels under which news sites register (a small list in place
 * of the whole Public Suffix List: enough for the common country domains).
 */
const TWO_LABEL_SUFFIXES = new Set(
  (
    'co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk net.uk com.au net.au org.au gov.au ' +
    'co.nz org.nz govt.nz co.za org.za gov.za co.jp or.jp ne.jp go.jp ac.jp co.kr or.kr ' +
    'com.br org.br gov.br com.cn net.cn org.cn gov.cn com.tw org.tw com.hk org.hk com.sg ' +
    'com.my com.mx org.mx gob.mx com.ar gob.ar com.tr org.tr gov.tr co.in net.in org.in ' +
    'gov.in co.il org.il gov.il com.ua org.ua com.pl co.id or.id go.id com.eg com.sa com.pk ' +
    'com.ng co.ke co.th in.th com.ph com.vn com.co com.pe com.ve'
  ).split(' '),
);

/**
 * The site of `url`: its registrable domain, lower-cased ("bbc.co.uk" for
 * "https://www.bbc.co.uk/news/x"); the whole host for single labels; for an IP address,
 * which has no registrable domain to tell who runs it, the host with its port (each port
 * its own origin, as the browser keeps them); "" when `url` is not a URL.
 */
export function siteOf(url: string): string {
  let host: string;
  let port: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    port = parsed.port;
  } catch {
    return '';
  }
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return port ? `${host}:${port}` : host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The outlet name to keep for an article at `url`: the name the page claims when it is
 * consistent with the site (its letters appear in the site's name or the reverse, as
 * "The Harbour Ledger" and harbour-ledger.example), else the site itself.
 */
export function outletName(url: string, claimed: string): string {
  const site = siteOf(url);
  if (!site) return claimed;
  const label = letters(site.split('.')[0]!);
  const name = letters(claimed);
  if (label.length >= 3 && name.length >= 3 && (label.includes(name) || name.includes(label)))
    return claimed;
  return site;
}
