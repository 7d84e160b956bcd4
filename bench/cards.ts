/**
 * The quote-card part of `npm run bench`, run by bench/run.ts in a process of its own: 100 landscape cards
 * of the bundled story's quotes, one after another as an answer's cards are awaited, and the event loop
 * meanwhile: its longest stall, its 99th percentile, the share of the time it was busy (its utilisation),
 * and the major collections. Prints one JSON line, a `CardsResult`.
 *
 * The check is on utilisation, not on the longest stall. Drawn on the loop (resvg's synchronous `render` and
 * `deflateSync`), cards keep it busy 100 % of the time yet stall it only 16–21 ms each on this 2-core machine, under
 * the old 25 ms limit; drawn on the thread pool, as they are, it is busy 14–28 %. The longest stall, meanwhile,
 * grows with other processes' load (6–144 ms at load 5–7, with no collection at all: the process was not scheduled),
 * so it is printed for a quiet machine to read, not checked.
 *
 * Why a process of its own: run after the pipeline's benchmark, the cards shared a heap holding the
 * generated day of news and the tokeniser's model, so every major collection the cards' pixel buffers
 * set off had that heap to mark; on a loaded machine one incremental marking step took 30–40 ms, and the
 * stall measured the benchmark's own leftovers rather than drawing. A bot's heap holds no such day.
 */
import { monitorEventLoopDelay, PerformanceObserver, constants } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildBriefing } from '../src/core/briefing.js';
import { quoteCardInputs } from '../src/render/card/card-inputs.js';
import { renderQuoteCard } from '../src/render/card/quote-card.js';
import { loadStoryFolder } from '../src/sources/story-folder.js';

export interface CardsResult {
  ms: number;
  bytes: number;
  longestStallMs: number;
  p99StallMs: number;
  utilisation: number;
  majorGcs: number;
}

const storyDir = fileURLToPath(new URL('../briefings/zuckerberg-eu-parliament/', import.meta.url));
const bundled = loadStoryFolder(storyDir);
const briefing = buildBriefing(bundled.articles, { id: bundled.id });
const inputs = quoteCardInputs(briefing, briefing.quotes);
// Warm: the first cards load the fonts into resvg and compile the layout code.
for (const input of inputs.slice(0, 3)) await renderQuoteCard(input, { size: 'landscape' });

let majorGcs = 0;
const gcs = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
});
gcs.observe({ entryTypes: ['gc'] });
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const idleBefore = performance.eventLoopUtilization();
const start = performance.now();
let bytes = 0;
for (let i = 0; i < 100; i++) bytes += (await renderQuoteCard(inputs[i % inputs.length]!, { size: 'landscape' })).length;
const ms = performance.now() - start;
const utilisation = performance.eventLoopUtilization(idleBefore).utilization;
loopDelay.disable();
// GC entries are delivered after the collection, on a later turn of the loop.
await new Promise((resolve) => setImmediate(resolve));
gcs.disconnect();
const result: CardsResult = { ms, bytes, longestStallMs: loopDelay.max / 1e6, p99StallMs: loopDelay.percentile(99) / 1e6, utilisation, majorGcs };
console.log(JSON.stringify(result));
