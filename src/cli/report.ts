/**
 * The CLI's readable report: what a reader would want to see in a terminal.
 */
import type { QuoteReport, Report, Verdict } from '../core/types';
import { VERDICT_ICONS } from '../shared/verdict-icons';

/** "✓ verbatim": the verdict's mark (the same as in the browser) and its name. */
function verdictLabel(verdict: Verdict): string {
  return `${VERDICT_ICONS[verdict]} ${verdict}`;
}

function date(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated';
}

function quoteLine(q: QuoteReport): string {
  const text = q.text.replace(/\s+/g, ' ');
  return `“${text.length > 110 ? text.slice(0, 107) + '…' : text}”`;
}

/** A plain-text report; `corpusSize` is the number of articles searched. */
export function formatReport(report: Report, corpusSize: number): string {
  const a = report.article;
  const lines: string[] = [];
  lines.push(`${a.title}`);
  lines.push(`${a.source} · ${date(a.published)} · ${a.language} · ${a.words} words`);
  if (a.checkedWords !== undefined)
    lines.push(`Article too long: checked the first ${a.checkedWords} words.`);
  lines.push(`searched ${corpusSize} articles`);
  lines.push('');
  const same = report.related.filter((r) => r.relation === 'same-story');
  const related = report.related.filter((r) => r.relation === 'related');
  lines.push(
    `Who else reported this: ${same.length ? `${same.length} article${same.length === 1 ? '' : 's'}` : 'nothing in the corpus covers this story yet'}`,
  );
  for (const r of same) {
    lines.push(`  ${Math.round(r.score * 100)}%  ${r.source} · ${date(r.published)} · ${r.title}`);
    lines.push(`        ${r.url}`);
    lines.push(`        ${r.reasons.map((x) => x.label).join('; ')}`);
    for (const c of r.copies) lines.push(`        copy: ${c.source} ${c.url}`);
  }
  if (related.length) {
    lines.push('');
    lines.push('Related topics:');
    for (const r of related)
      lines.push(
        `  ${Math.round(r.score * 100)}%  ${r.source} · ${date(r.published)} · ${r.title}`,
      );
  }
  lines.push('');
  const statements = report.quotes.filter((q) => q.kind === 'statement');
  const terms = report.quotes.filter((q) => q.kind === 'term');
  lines.push(`Quotations: ${statements.length ? statements.length : 'none found'}`);
  for (const q of statements) {
    lines.push(`  ${verdictLabel(q.verdict).padEnd(13)} ${quoteLine(q)}`);
    const who = q.speaker ? `— ${q.speaker}` : '— speaker not named';
    const outlets = q.outlets
      ? ` · ${q.outlets} other outlet${q.outlets === 1 ? '' : 's'} since ${date(q.earliest)}`
      : '';
    lines.push(`                ${who}${outlets}`);
    for (const m of q.matches.slice(0, 4)) {
      const diffs = m.differences
        .map((d) => `${d.type}: ${d.ours || '(none)'} → ${d.theirs || '(none)'}`)
        .join('; ');
      lines.push(
        `                  ${m.kind.padEnd(9)} ${m.source}${m.quoted ? '' : ' (in body text)'}: “${m.text.length > 90 ? m.text.slice(0, 87) + '…' : m.text}”${diffs ? `  [${diffs}]` : ''}`,
      );
    }
  }
  if (terms.length) {
    lines.push('');
    lines.push(
      `Terms in quotation marks (not checked as statements): ${terms.map((t) => `“${t.text}”`).join(', ')}`,
    );
  }
  return lines.join('\n') + '\n';
}
