/**
 * Measures the engine against the demo corpus labels: every article is analysed
 * against the rest of the bundled corpus, and its related coverage, quotation
 * verdicts and speakers are compared with `src/corpus/labels.json`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzeOptions } from '../src/core/analyze';
import { Corpus } from '../src/core/corpus';
import { parsePack } from '../src/core/pack';
import { CORROBORATING_VERDICTS, type Verdict } from '../src/core/types';
import { loadBackground } from '../src/cli/background';
import { loadLexicon } from '../src/cli/lexicon';

export interface DemoLabels {
  fictional: boolean;
  stories: { id: string; title: string; similarTo?: string[] }[];
  articles: { url: string; story: string; syndicatedFrom: string | null }[];
  quotes: {
    url: string;
    text: string;
    kind: 'statement' | 'term';
    speaker: string | null;
    verdict: Verdict | null;
    note?: string;
  }[];
}

export interface DemoEval {
  articles: number;
  precisionAtK: number;
  sameStoryRecall: number;
  falseSameStory: number;
  verdictAccuracy: number;
  verdictTotal: number;
  alteredCorroborated: number;
  speakerAccuracy: number;
  speakerTotal: number;
  wrongSpeakerWhereNone: number;
  kindAccuracy: number;
  confusion: Record<string, Record<string, number>>;
  errors: string[];
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

export function loadDemo(): {
  articles: ReturnType<typeof parsePack>['articles'];
  labels: DemoLabels;
} {
  const pack = parsePack(
    readFileSync(fileURLToPath(new URL('../src/corpus/demo.jsonl', import.meta.url)), 'utf8'),
  );
  if (pack.errors.length)
    throw new Error(`demo pack is invalid: ${JSON.stringify(pack.errors[0])}`);
  const labels = JSON.parse(
    readFileSync(fileURLToPath(new URL('../src/corpus/labels.json', import.meta.url)), 'utf8'),
  ) as DemoLabels;
  return { articles: pack.articles, labels };
}

export function evalDemo(options: Partial<AnalyzeOptions> = {}): DemoEval {
  const { articles, labels } = loadDemo();
  const corpus = Corpus.fromArticles(articles);
  const storyOf = new Map(labels.articles.map((a) => [a.url, a.story]));
  let pSum = 0,
    pN = 0,
    recallHit = 0,
    recallAll = 0,
    falseSame = 0;
  let vOk = 0,
    vAll = 0,
    altCorr = 0,
    sOk = 0,
    sAll = 0,
    sWrongNone = 0,
    kOk = 0,
    kAll = 0;
  const confusion: Record<string, Record<string, number>> = {};
  const errors: string[] = [];
  for (const article of articles) {
    const report = analyze(article, corpus, {
      background: loadBackground(),
      lexicon: loadLexicon(),
      ...options,
    });
    const story = storyOf.get(article.url);
    const truth = articles
      .filter((a) => a.url !== article.url && storyOf.get(a.url) === story)
      .map((a) => a.url);
    const ranked = report.related.flatMap((r) => [r.url, ...r.copies.map((c) => c.url)]);
    if (truth.length) {
      const k = truth.length;
      pSum += ranked.slice(0, k).filter((u) => truth.includes(u)).length / k;
      pN++;
      const same = report.related
        .filter((r) => r.relation === 'same-story')
        .flatMap((r) => [r.url, ...r.copies.map((c) => c.url)]);
      recallHit += same.filter((u) => truth.includes(u)).length;
      recallAll += k;
      falseSame += same.filter((u) => !truth.includes(u)).length;
    }
    for (const label of labels.quotes.filter((q) => q.url === article.url)) {
      // A term quoted inside a quotation is reported attached to the outer one (`inner`).
      const nested = report.quotes.some((q) =>
        q.inner?.some((s) => norm(article.text.slice(s.start, s.end)) === norm(label.text)),
      );
      if (nested && label.kind === 'term') {
        kAll++;
        kOk++;
        continue;
      }
      const ours =
        report.quotes.find((q) => norm(q.text) === norm(label.text)) ??
        report.quotes.find(
          (q) => norm(q.text).includes(norm(label.text)) || norm(label.text).includes(norm(q.text)),
        );
      kAll++;
      if (ours && ours.kind === label.kind) kOk++;
      if (label.kind !== 'statement' || !label.verdict) continue;
      vAll++;
      const got = ours && ours.kind === 'statement' ? ours.verdict : 'missing';
      (confusion[label.verdict] ??= {})[got] = (confusion[label.verdict]![got] ?? 0) + 1;
      if (got === label.verdict) vOk++;
      else
        errors.push(`${label.verdict} → ${got}: “${label.text.slice(0, 70)}” (${article.source})`);
      if (label.verdict === 'altered' && (CORROBORATING_VERDICTS as string[]).includes(got))
        altCorr++;
      if (label.speaker) {
        sAll++;
        if (ours?.speaker && norm(ours.speaker) === norm(label.speaker)) sOk++;
        else
          errors.push(
            `speaker ${label.speaker} → ${ours?.speaker ?? 'none'}: “${label.text.slice(0, 50)}”`,
          );
      } else if (ours?.speaker) {
        sWrongNone++;
        errors.push(`speaker none → ${ours.speaker}: “${label.text.slice(0, 50)}”`);
      }
    }
  }
  return {
    articles: articles.length,
    precisionAtK: pSum / Math.max(1, pN),
    sameStoryRecall: recallHit / Math.max(1, recallAll),
    falseSameStory: falseSame,
    verdictAccuracy: vOk / Math.max(1, vAll),
    verdictTotal: vAll,
    alteredCorroborated: altCorr,
    speakerAccuracy: sOk / Math.max(1, sAll),
    speakerTotal: sAll,
    wrongSpeakerWhereNone: sWrongNone,
    kindAccuracy: kOk / Math.max(1, kAll),
    confusion,
    errors,
  };
}
