/**
 * `npx tsx eval/description-check.ts --data <polnear-train dir> [--show] [--system]`: scores the gold description
 * resolution (eval/lib/description-sources.ts) against the hand-labelled samples in eval/description-check/:
 * for the Sources that stand for a named person or organisation, right / wrong / unresolved; for those
 * that stand for nobody named (a document, a crowd, an unnamed official), how many were left as they are.
 * With --system, the SYSTEM's speakers (extractQuotes) on the Sources that stand for a named person, against
 * the hand answer: how often newsbrief names the person a description stands for. With --bodies [--seed n]
 * [--count n], a seeded sample of the Sources that describe a body ("the group", "the company") and were
 * resolved to a body the article called so, each with the text before it, to label by hand. Training split only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValue } from './lib/flag-value.js';
import { resolveDescription } from './lib/description-sources.js';
import { goldQuotes, namedSources, parseAnn, sourceToWordBoundaries } from './lib/polnear-gold.js';
import { seededSample } from './lib/error-sample.js';
import { readdirSync } from 'node:fs';
import { matchQuotes } from './lib/score-quotes.js';
import { asReadArticle } from './polnear.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { samePerson } from './lib/same-person.js';

export interface DescriptionLabel {
  article: string;
  offset: number;
  /** What the Source stands for, read by hand: a named person, a named organisation, or nobody named. */
  kind: 'person' | 'organisation' | 'none';
  answer: string | null;
}

const CHECK_DIR = join(dirname(fileURLToPath(import.meta.url)), 'description-check');
export const DESCRIPTION_SAMPLES = ['sample-a.jsonl', 'sample-b.jsonl', 'sample-c.jsonl'];

const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/u).filter((w) => w.length > 2 && w !== 'the');

/** An organisation is found when every word of the hand answer is in the resolved Source ("Clinton campaign"). */
export function sameOrganisation(resolved: string, answer: string): boolean {
  const have = new Set(words(resolved));
  return words(answer).every((w) => have.has(w));
}

export function scoreSample(data: string, labels: readonly DescriptionLabel[], show = false): string {
  const tally = { person: [0, 0, 0], organisation: [0, 0, 0], none: [0, 0] };
  for (const label of labels) {
    const text = readFileSync(join(data, 'text', `${label.article}.txt`), 'utf8');
    const { spans } = parseAnn(readFileSync(join(data, 'attributions', `${label.article}.ann`), 'utf8'));
    const span = [...spans.values()].find((s) => s.label === 'Source' && s.pieces[0]!.start === label.offset);
    if (!span) throw new Error(`${label.article}: no Source at ${label.offset}`);
    const { source } = resolveDescription(text, span.text, label.offset, namedSources(spans));
    const left = source === span.text;
    let verdict: string;
    if (label.kind === 'none') {
      tally.none[left ? 0 : 1]!++;
      verdict = left ? 'kept' : 'resolved, wrongly';
    } else {
      const right = !left && (label.kind === 'person' ? samePerson(source, label.answer!) : sameOrganisation(source, label.answer!));
      tally[label.kind][left ? 2 : right ? 0 : 1]!++;
      verdict = left ? 'unresolved' : right ? 'right' : 'wrong';
    }
    if (show) console.log(`  ${label.article} @${label.offset} ${label.kind}: ${verdict} (${label.answer ?? '-'} ← ${source})`);
  }
  const [pr, pw, pu] = tally.person;
  const [or, ow, ou] = tally.organisation;
  return `people ${pr} right, ${pw} wrong, ${pu} unresolved; organisations ${or} right, ${ow} wrong, ${ou} unresolved; nobody named: ${tally.none[0]} kept, ${tally.none[1]} resolved`;
}

/** The system's speaker on each person-labelled item's gold quote: right, wrong (a description counts as wrong), missed. */
export function scoreSystem(data: string, labels: readonly DescriptionLabel[]): string {
  const tally = { right: 0, wrong: 0, missed: 0 };
  for (const label of labels.filter((l) => l.kind === 'person')) {
    const text = readFileSync(join(data, 'text', `${label.article}.txt`), 'utf8');
    const gold = goldQuotes(text, readFileSync(join(data, 'attributions', `${label.article}.ann`), 'utf8'));
    const g = gold.findIndex((q) => q.sourceAt === label.offset);
    const quotes = extractQuotes(asReadArticle(label.article, text)).quotes;
    const pair = g < 0 ? undefined : matchQuotes(quotes, gold).find((p) => p.g === g);
    const q = pair ? quotes[pair.p] : undefined;
    tally[!q ? 'missed' : samePerson(q.speaker.name, label.answer!) ? 'right' : 'wrong']++;
  }
  return `system on the people: ${tally.right} right, ${tally.wrong} wrong, ${tally.missed} missed`;
}

/** Every Source span of the split resolved to a body called by its kind (resolveDescription's `body`). */
export function bodyResolutions(data: string): Array<{ article: string; start: number; source: string; resolved: string; context: string }> {
  const out: Array<{ article: string; start: number; source: string; resolved: string; context: string }> = [];
  for (const file of readdirSync(join(data, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const article = file.replace(/\.txt$/u, '');
    const text = readFileSync(join(data, 'text', file), 'utf8');
    // Widened to word boundaries as the scorer does (polnear-gold.ts goldQuotes).
    const parsed = parseAnn(readFileSync(join(data, 'attributions', `${article}.ann`), 'utf8')).spans;
    const spans = new Map([...parsed].map(([id, s]) => [id, s.label === 'Source' ? sourceToWordBoundaries(text, s) : s]));
    const named = namedSources(spans);
    for (const span of spans.values()) {
      if (span.label !== 'Source') continue;
      const start = span.pieces[0]!.start;
      const r = resolveDescription(text, span.text, start, named);
      if (r.body) out.push({ article, start, source: span.text, resolved: r.source, context: text.slice(Math.max(0, start - 600), start + 120) });
    }
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const data = flagValue(args, '--data');
  if (!data || !existsSync(join(data, 'text'))) throw new Error('name the PolNeAR training split: --data <polnear-train dir>');
  if (/dev/iu.test(basename(data))) throw new Error(`${data}: the hand check reads the training split only`);
  if (args.includes('--bodies')) {
    const all = bodyResolutions(data);
    const sample = seededSample(all, Number(flagValue(args, '--count') ?? 30), Number(flagValue(args, '--seed') ?? 5));
    console.log(`${all.length} Sources resolved to a body; sample of ${sample.length}:`);
    for (const b of sample) console.log(`\n${b.article} @${b.start} "${b.source}" → ${b.resolved}\n  … ${b.context.replace(/\s+/gu, ' ')}`);
    return;
  }
  for (const file of DESCRIPTION_SAMPLES) {
    const labels = readFileSync(join(CHECK_DIR, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as DescriptionLabel);
    console.log(`${file} (${labels.length} Sources): ${scoreSample(data, labels, args.includes('--show'))}`);
    if (args.includes('--system')) console.log(`  ${scoreSystem(data, labels)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
