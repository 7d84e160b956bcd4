/**
 * `npx tsx eval/multi-source/main.ts [--show-held-out]`: the multi-source fact coverage alone, with
 * the points of the tune stories printed (and those of the held-out stories with --show-held-out).
 */
import { fileURLToPath } from 'node:url';
import { evaluateMultiSource, MULTI_SOURCE_DIR } from './score.js';
const show = process.argv.includes('--show-held-out') ? 'all' : 'tune';
for (const l of evaluateMultiSource(fileURLToPath(MULTI_SOURCE_DIR), show)) console.log(l);
