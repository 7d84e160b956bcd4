/**
 * The tune half alone, for changing the key points without looking at the held-out half:
 * `npx tsx eval/cnndm-tune.ts <cnndm-dev> ['{"decay":1.2}'] [--show]` prints the key points' and
 * Lead-3's ROUGE on the first 50 ids only, with option overrides (merged one level deep), and with
 * `--show` each tune article where the key points lose to Lead-3 on ROUGE-2 (points, lead, highlights).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_KEY_POINT_OPTIONS, type KeyPointOptions } from '../src/core/key-points/key-points.js';
import { keyPointSummary, lead3, lead3Plain, rouge } from './cnndm.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('{') && !a.startsWith('--'));
if (!dir) {
  console.error('usage: tsx eval/cnndm-tune.ts <cnndm-dev folder> [options JSON] [--show]');
  process.exit(2);
}
const overrides = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{}') as Record<string, unknown>;
const options = { ...DEFAULT_KEY_POINT_OPTIONS } as Record<string, unknown>;
for (const [key, value] of Object.entries(overrides)) {
  const base = options[key];
  options[key] = value && typeof value === 'object' && base && typeof base === 'object' ? { ...base, ...value } : value;
}
const show = args.includes('--show');
const all = args.includes('--all');

const lines = (await readFile(join(dir, 'references.jsonl'), 'utf8')).split('\n').filter((l) => l.trim());
const references = lines.map((l) => JSON.parse(l) as { id: string; reference: string }).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const tune = references.slice(0, Math.ceil(references.length / 2));
let points = 0;
let lead = 0;
let points1 = 0;
for (const r of tune) {
  const text = (await readFile(join(dir, `${r.id}.txt`), 'utf8')).trim();
  const summary = keyPointSummary(r.id, text, options as unknown as KeyPointOptions);
  const baseline = lead3Plain(text);
  const ours = rouge(summary, r.reference);
  const theirs = rouge(baseline, r.reference);
  points += ours.rouge2;
  points1 += ours.rouge1;
  lead += theirs.rouge2;
  if ((show && ours.rouge2 < theirs.rouge2) || (all && summary !== lead3(text))) {
    console.log(`--- ${r.id}  R-2 ours ${ours.rouge2.toFixed(1)}  lead ${theirs.rouge2.toFixed(1)}`);
    console.log(`HIGHLIGHTS: ${r.reference}`);
    console.log(`POINTS:\n  ${summary.split('\n').join('\n  ')}`);
    console.log(`LEAD:\n  ${baseline.split('\n').join('\n  ')}`);
  }
}
const n = tune.length;
console.log(`tune half (${n}): key points R-1 ${(points1 / n).toFixed(2)} R-2 ${(points / n).toFixed(2)}, Lead-3 R-2 ${(lead / n).toFixed(2)}, ratio ${(points / lead).toFixed(3)}`);
