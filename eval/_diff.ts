import { readFileSync } from 'node:fs';
import { DEFAULT_KEY_POINT_OPTIONS as D, unfitReason } from '../src/core/key-points.js';
import { splitSentences } from '../src/core/sentences.js';
import { keyPointSummary, lead3, rouge } from './cnndm.js';
const dir = '/work/shared/eval/cnndm-dev';
const refs = readFileSync(dir + '/references.jsonl', 'utf8').trim().split('\n').map((x) => JSON.parse(x)).sort((a: any, b: any) => (a.id < b.id ? -1 : 1)).slice(0, 50);
const o = { ...D, ...JSON.parse(process.argv[2] ?? '{}') };
o.centrality = { ...D.centrality, ...(o.centrality ?? {}) };
for (const r of refs) {
  const text = readFileSync(`${dir}/${r.id}.txt`, 'utf8').trim();
  const k = keyPointSummary(r.id, text, o), l3 = lead3(text);
  const dk = rouge(k, r.reference).rouge2 - rouge(l3, r.reference).rouge2;
  if (Math.abs(dk) < 0.01) continue;
  console.log('=====', r.id.slice(0, 8), dk.toFixed(1));
  console.log('REF:', r.reference);
  console.log('LEAD:', l3.split('\n').map((s) => `[${unfitReason(s) ?? ''}] ${s}`).join('\n      '));
  console.log('KP  :', k.split('\n').join('\n      '));
}
