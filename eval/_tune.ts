import { readFileSync } from 'node:fs';
import { DEFAULT_KEY_POINT_OPTIONS as D, type KeyPointOptions } from '../src/core/key-points.js';
import { keyPointSummary, lead3, rouge } from './cnndm.js';
const dir = '/work/shared/eval/cnndm-dev';
const refs = readFileSync(dir + '/references.jsonl', 'utf8').trim().split('\n').map((x) => JSON.parse(x)).sort((a: any, b: any) => (a.id < b.id ? -1 : 1)).slice(0, 50);
const texts = refs.map((r: any) => readFileSync(`${dir}/${r.id}.txt`, 'utf8').trim());
function run(o: KeyPointOptions, label: string) {
  let a = 0, b = 0, c = 0;
  refs.forEach((r: any, i: number) => { const s = rouge(keyPointSummary(r.id, texts[i]!, o), r.reference); a += s.rouge1; b += s.rouge2; c += s.rougeL; });
  console.log(label.padEnd(50), (a / 50).toFixed(2), (b / 50).toFixed(2), (c / 50).toFixed(2));
}
const grid = JSON.parse(process.argv[2] ?? '[{}]') as any[];
for (const g of grid) run({ ...D, ...g, centrality: { ...D.centrality, ...(g.centrality ?? {}) }, mmr: { ...D.mmr, ...(g.mmr ?? {}) } }, JSON.stringify(g));
