/**
 * `npx tsx eval/train-error-audit.ts --data <polnear-train dir> [--show [--from i] [--to j]] [--summary]`:
 * the hand audit of PolNeAR train's wrong speakers. Lists every wrong speaker the way
 * speaker-errors.ts does, draws a seeded sample of 200 (mulberry32, seed 20261205), and either
 * prints the sampled errors with their context for labelling (--show) or joins the labels in
 * eval/train-error-audit/labels.jsonl and prints how the errors split (--summary): how many are
 * the system's and what speaker accuracy the scorer would allow if the rest counted as right.
 * Once rules change the error list, the sample can no longer be re-drawn; --summary then says which
 * labelled errors are right now, by label (a fixed "convention" error is a rule fitted to the gold).
 * Training split only: the dev split's errors are never listed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValue } from './lib/flag-value.js';
import { speakerMatches } from './lib/score-quotes.js';
import { joinLabels, LABELS, parseLabels, seededSample, wilson, type LabelLine } from './lib/error-sample.js';
import { matchedArticles } from './polnear.js';
import { errorGroup } from './speaker-errors.js';

export const SAMPLE_SIZE = 200;
export const SEED = 20261205;
const LABELS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'train-error-audit', 'labels.jsonl');

interface AuditError {
  article: string;
  /** The gold quote's offset in the article: with the article, the error's id. */
  start: number;
  group: string;
  named: boolean;
  predicted: string;
  attributedBy: string;
  rawGold: string;
  gold: string;
  sourceAt: number | undefined;
  quote: string;
}

interface Run {
  errors: AuditError[];
  texts: Map<string, string>;
  matched: number;
  right: number;
  namedMatched: number;
  namedRight: number;
}

function run(dir: string): Run {
  const errors: AuditError[] = [];
  const texts = new Map<string, string>();
  let matched = 0;
  let right = 0;
  let namedMatched = 0;
  let namedRight = 0;
  for (const a of matchedArticles(dir)) {
    texts.set(a.name, a.text);
    const { article, quotes, gold } = a;
    for (const { p, g } of a.pairs) {
      const gq = gold[g]!;
      if (!gq.resolved) continue;
      const q = quotes[p]!;
      const ok = speakerMatches(q.speaker.name, gq.source, a.text);
      matched++;
      if (gq.named) namedMatched++;
      if (ok) {
        right++;
        if (gq.named) namedRight++;
        continue;
      }
      errors.push({
        article: a.name,
        start: gq.start,
        group: errorGroup(q, gq),
        named: gq.named,
        predicted: q.speaker.name,
        attributedBy: q.attributedBy ?? '',
        rawGold: gq.rawSource,
        gold: gq.source,
        sourceAt: gq.sourceAt,
        quote: gq.text,
      });
    }
  }
  return { errors, texts, matched, right, namedMatched, namedRight };
}

/** The line of the text around an offset, cut to `width` characters either side. */
function lineAround(text: string, at: number, width: number): { line: string; lineStart: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const from = Math.max(lineStart, at - width);
  return { line: text.slice(from, Math.min(lineEnd, at + width)), lineStart };
}

function show(e: AuditError, index: number, text: string, labelled: boolean): string {
  const { line, lineStart } = lineAround(text, e.start, 500);
  const previous = lineStart > 1 ? lineAround(text, lineStart - 2, 260).line : '';
  const out = [
    `\n#${index} ${e.article}@${e.start}${labelled ? ' (labelled)' : ''} [${e.group}] named=${e.named}`,
    `  predicted "${e.predicted}" (${e.attributedBy}); gold "${e.rawGold}" → "${e.gold}"`,
    `  prev: …${previous.slice(-260)}`,
    `  para: ${line}`,
  ];
  if (e.sourceAt !== undefined && (e.sourceAt < lineStart || e.sourceAt > lineStart + line.length + 500)) {
    out.push(`  source at ${e.sourceAt}: …${lineAround(text, e.sourceAt, 160).line}…`);
  }
  return out.join('\n');
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * The system the sample was drawn from (commit fd4c89d): its totals, so the labels can still be
 * read, and progress on them counted, after rules change the error list.
 */
export const BASE = { commit: 'fd4c89d', errors: 818, matched: 7783, right: 6965, namedMatched: 7435, namedRight: 6733 };

function summary(r: Run, sample: AuditError[], labels: LabelLine[]): string {
  const lines: string[] = [];
  lines.push(`now: errors ${r.errors.length} of ${r.matched} matched (speaker ${(r.right / r.matched).toFixed(3)}); named ${r.namedMatched - r.namedRight} of ${r.namedMatched} (named ${(r.namedRight / r.namedMatched).toFixed(3)})`);
  const unchanged = r.errors.length === BASE.errors && r.matched === BASE.matched && r.right === BASE.right;
  if (unchanged) {
    // Same system as the audit: the sample must re-derive exactly, every label joining a sampled error.
    const missing = joinLabels(sample, labels).filter((j) => !j.label).length;
    lines.push(`sample re-derived (${sample.length}, seed ${SEED}): ${labels.length} labels join, ${missing} sampled errors unlabelled`);
  } else {
    // The rules changed: the labelled errors are the audit's sample; say which of them are right now.
    const wrongNow = new Set(r.errors.map((e) => `${e.article}@${e.start}`));
    const fixed = labels.filter((l) => !wrongNow.has(`${l.article}@${l.start}`));
    const byLabel = LABELS.map((label) => [label, fixed.filter((l) => l.label === label).length] as const).filter(([, k]) => k > 0);
    lines.push(`the system changed since the audit (commit ${BASE.commit}); of the ${labels.length} labelled errors ${fixed.length} are no longer wrong: ${byLabel.map(([label, k]) => `${label} ${k}`).join(', ') || 'none'}`);
  }
  lines.push(`at the audit: errors ${BASE.errors} of ${BASE.matched} matched (speaker ${(BASE.right / BASE.matched).toFixed(3)}); named ${BASE.namedMatched - BASE.namedRight} of ${BASE.namedMatched} (named ${(BASE.namedRight / BASE.namedMatched).toFixed(3)}); figures below are the audit's`);
  const n = labels.length;
  if (n === 0) return lines.join('\n');
  const total = BASE.errors;
  lines.push('');
  lines.push('| label | in sample | share | 95 % Wilson | of all errors (est.) |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const label of LABELS) {
    const k = labels.filter((l) => l.label === label).length;
    if (k === 0) continue;
    const w = wilson(k, n);
    lines.push(`| ${label} | ${k} | ${pct(k / n)} | ${pct(w.low)}–${pct(w.high)} | ${Math.round((total * k) / n)} (${Math.round(total * w.low)}–${Math.round(total * w.high)}) |`);
  }
  const notSystem = (l: LabelLine) => l.label !== 'system-wrong' && l.label !== 'both-wrong' && l.label !== 'unclear';
  const k = labels.filter(notSystem).length;
  const w = wilson(k, n);
  const ceiling = (share: number) => (BASE.right + total * share) / BASE.matched;
  lines.push('');
  lines.push(`not the system's fault (convention, scorer, gold): ${k} of ${n} = ${pct(k / n)} (${pct(w.low)}–${pct(w.high)})`);
  lines.push(`train speaker accuracy if those counted right: ${ceiling(k / n).toFixed(3)} (${ceiling(w.low).toFixed(3)}–${ceiling(w.high).toFixed(3)})`);
  const named = labels.filter((l) => l.named);
  const namedErrors = BASE.namedMatched - BASE.namedRight;
  const kn = named.filter(notSystem).length;
  const wn = wilson(kn, named.length);
  const namedCeiling = (share: number) => (BASE.namedRight + namedErrors * share) / BASE.namedMatched;
  lines.push(`named gold in the sample: ${named.length}; not the system's fault ${kn} = ${pct(kn / named.length)} (${pct(wn.low)}–${pct(wn.high)})`);
  lines.push(`train named-speaker accuracy if those counted right: ${namedCeiling(kn / named.length).toFixed(3)} (${namedCeiling(wn.low).toFixed(3)}–${namedCeiling(wn.high).toFixed(3)})`);
  // What the scorer lets a system reach: every error ours alone can fix (system-wrong, and unclear
  // given the benefit of the doubt) fixed; convention, scorer, gold and both-wrong errors stay wrong.
  const fixable = (l: LabelLine) => l.label === 'system-wrong' || l.label === 'unclear';
  const kf = labels.filter(fixable).length;
  const wf = wilson(kf, n);
  const kfn = named.filter(fixable).length;
  const wfn = wilson(kfn, named.length);
  lines.push(`fixable by the system (system-wrong, unclear): ${kf} of ${n} = ${pct(kf / n)} (${pct(wf.low)}–${pct(wf.high)}); named ${kfn} of ${named.length}`);
  lines.push(`ceiling under this scorer, every fixable error fixed: speaker ${ceiling(kf / n).toFixed(3)} (${ceiling(wf.low).toFixed(3)}–${ceiling(wf.high).toFixed(3)}), named ${namedCeiling(kfn / named.length).toFixed(3)} (${namedCeiling(wfn.low).toFixed(3)}–${namedCeiling(wfn.high).toFixed(3)})`);
  const system = labels.filter((l) => l.label === 'system-wrong');
  const tally = (key: (l: LabelLine) => string, of: LabelLine[]) => {
    const m = new Map<string, number>();
    for (const l of of) m.set(key(l), (m.get(key(l)) ?? 0) + 1);
    return [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  };
  lines.push('');
  lines.push('| error group (speaker-errors.ts) | errors in sample | system-wrong |');
  lines.push('|---|---:|---:|');
  const bySystem = new Map(tally((l) => l.group, system));
  for (const [group, count] of tally((l) => l.group, labels)) lines.push(`| ${group} | ${count} | ${bySystem.get(group) ?? 0} |`);
  lines.push('');
  lines.push('| cause of a system-wrong speaker | in sample |');
  lines.push('|---|---:|');
  for (const [cause, count] of tally((l) => l.cause ?? '(none given)', system)) lines.push(`| ${cause} | ${count} |`);
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const data = flagValue(args, '--data');
  if (!data || !existsSync(data)) throw new Error('name the training data: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('the error audit reads the training split only, never dev');
  const r = run(data);
  const sample = seededSample(r.errors, SAMPLE_SIZE, SEED);
  const labels = existsSync(LABELS_FILE) ? parseLabels(readFileSync(LABELS_FILE, 'utf8')) : [];
  if (args.includes('--summary')) {
    process.stdout.write(`${summary(r, sample, labels)}\n`);
    return;
  }
  const from = Number(flagValue(args, '--from') ?? 0);
  const to = Number(flagValue(args, '--to') ?? sample.length);
  const labelled = new Set(labels.map((l) => `${l.article}@${l.start}`));
  sample.forEach((e, i) => {
    if (i < from || i >= to) return;
    if (args.includes('--show')) process.stdout.write(`${show(e, i, r.texts.get(e.article)!, labelled.has(`${e.article}@${e.start}`))}\n`);
    else process.stdout.write(`${JSON.stringify({ article: e.article, start: e.start, group: e.group, named: e.named })}\n`);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
