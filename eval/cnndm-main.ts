/** Runs the CNN/DailyMail key-point evaluation alone: `npx tsx eval/cnndm-main.ts <cnndm-dir>`. */
import { evaluateCnndm } from './cnndm.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: tsx eval/cnndm-main.ts <cnndm-dev folder>');
  process.exit(2);
}
for (const line of await evaluateCnndm(dir)) console.log(line);
