/** `npx tsx eval/multi-source/main.ts`: the multi-source fact coverage alone, with every point printed. */
import { fileURLToPath } from 'node:url';
import { evaluateMultiSource, MULTI_SOURCE_DIR } from './score.js';
for (const l of evaluateMultiSource(fileURLToPath(MULTI_SOURCE_DIR), true)) console.log(l);
