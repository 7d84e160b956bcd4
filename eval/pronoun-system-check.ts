/**
 * `npx tsx eval/pronoun-system-check.ts --data <polnear-train dir> [--show] [--chooser ranker|rules]`:
 * scores the SYSTEM's speaker (extractQuotes) on the hand-labelled pronoun quotes of
 * eval/pronoun-check/ (both samples, 120 items), against the hand answer rather than the gold
 * resolver's: right, wrong, or missed (no predicted quote matches the item's gold quote). Items
 * labelled unresolvable are left out. pronoun-check.ts scores the scorer's resolver on the same
 * items; this one tells how far the system is from it. Training split only.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import type { SpeakerChooser } from '../src/core/quotes/speaker-ranker.js';
import { goldQuotes } from './lib/polnear-gold.js';
import { samePerson } from './lib/same-person.js';
import { matchQuotes } from './lib/score-quotes.js';
import { flagValue } from './lib/flag-value.js';
import { asReadArticle, loadPolnear } from './polnear.js';
import { readSample, SAMPLES, UNRESOLVABLE } from './pronoun-check.js';

export interface SystemChecked {
  sample: string;
  article: string;
  offset: number;
  pronoun: string;
  answer: string;
  system: string;
  attributedBy: string;
  verdict: 'right' | 'wrong' | 'missed';
}

export function checkSystem(dir: string, chooser: SpeakerChooser = 'ranker'): SystemChecked[] {
  const articles = new Map(loadPolnear(dir).map((a) => [a.name, a]));
  const here = dirname(fileURLToPath(import.meta.url));
  const out: SystemChecked[] = [];
  const extracted = new Map<string, ReturnType<typeof extractQuotes>['quotes']>();
  for (const sample of Object.keys(SAMPLES)) {
    for (const item of readSample(join(here, 'pronoun-check', `${sample}.jsonl`))) {
      if (item.answer === UNRESOLVABLE) continue;
      const a = articles.get(item.article);
      if (!a) throw new Error(`article ${item.article} is not in the data folder`);
      const gold = goldQuotes(a.text, a.ann);
      const g = gold.findIndex((q) => q.sourceAt === item.offset);
      if (g < 0) throw new Error(`${item.article} has no gold quote with its Source at ${item.offset}`);
      let quotes = extracted.get(a.name);
      if (!quotes) {
        quotes = extractQuotes(asReadArticle(a.name, a.text), undefined, { chooser }).quotes;
        extracted.set(a.name, quotes);
      }
      const pair = matchQuotes(quotes, gold).find((p) => p.g === g);
      const q = pair ? quotes[pair.p] : undefined;
      out.push({
        sample,
        article: item.article,
        offset: item.offset,
        pronoun: gold[g]!.rawSource,
        answer: item.answer,
        system: q?.speaker.name ?? '',
        attributedBy: q?.attributedBy ?? '',
        verdict: !q ? 'missed' : samePerson(q.speaker.name, item.answer) ? 'right' : 'wrong',
      });
    }
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const data = flagValue(argv, '--data');
  if (!data || !existsSync(data)) throw new Error('name the training data: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('the pronoun check reads the training split only, never dev');
  const chooser = (flagValue(argv, '--chooser') ?? 'ranker') as SpeakerChooser;
  const checked = checkSystem(data, chooser);
  const count = (v: SystemChecked['verdict']) => checked.filter((c) => c.verdict === v).length;
  const scored = count('right') + count('wrong');
  process.stdout.write(`system speakers on the hand-labelled pronoun quotes: right ${count('right')}/${scored} (wrong ${count('wrong')}, missed ${count('missed')})\n`);
  if (argv.includes('--show')) {
    for (const c of checked) process.stdout.write(`${c.verdict.padEnd(7)} ${c.article} @${c.offset} ${c.pronoun}: system "${c.system}" (${c.attributedBy}), hand "${c.answer}"\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
