/**
 * Runs the CNN/DailyMail key-point evaluation alone: `npx tsx eval/cnndm-main.ts <cnndm-dir> [--scorer]`;
 * `--scorer` chooses with the learned sentence scorer's committed weights (off in the pipeline,
 * docs/key-points.md): it runs the held-out half too, so only once per candidate.
 */
import { DEFAULT_KEY_POINT_OPTIONS } from '../src/core/key-points/key-points.js';
import { POINT_SCORER } from '../src/core/key-points/point-scorer.js';
import { evaluateCnndm } from './cnndm.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: tsx eval/cnndm-main.ts <cnndm-dev folder> [--scorer]');
  process.exit(2);
}
const options = args.includes('--scorer') ? { ...DEFAULT_KEY_POINT_OPTIONS, scorer: POINT_SCORER } : DEFAULT_KEY_POINT_OPTIONS;
for (const line of await evaluateCnndm(dir, options)) console.log(line);
