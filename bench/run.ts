/**
 * `npm run bench`: the whole core pipeline (buildBriefing) on a generated day of news — 1,000
 * articles in 100 stories — and on one 200-article story, beside the floor: wink-nlp alone
 * tokenising and splitting the same text. Prints articles/s, MB/s, peak RSS and the targets.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildBriefing } from '../src/core/briefing.js';
import { extractFigures } from '../src/core/figures/figures.js';
import { selectKeyPoints } from '../src/core/key-points/key-points.js';
import { mergeQuotes } from '../src/core/quotes/merge-quotes.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import { rememberingSplitter } from '../src/core/text/sentences.js';
import type { Article } from '../src/core/types.js';
import type { CardsResult } from './cards.js';
import { reportChecks, type BenchCheck } from './checks.js';
import { articleBytes, generateStories, loadMaterial, type GeneratedStory } from './news-day.js';

const storyDir = fileURLToPath(new URL('../briefings/zuckerberg-eu-parliament/', import.meta.url));
const material = loadMaterial(storyDir);
const day = generateStories(material, { seed: 20180522, stories: 100, perStory: 10, minBytes: 3600, maxBytes: 5200 });
const [big] = generateStories(material, { seed: 42, stories: 1, perStory: 200, minBytes: 3600, maxBytes: 5200 });

const nlp = winkNLP(model, ['sbd']);

function briefAll(stories: GeneratedStory[]): number {
  let points = 0;
  for (const story of stories) points += buildBriefing(story.articles, { id: story.id }).keyPoints.length;
  return points;
}

function tokeniseAll(stories: GeneratedStory[]): number {
  let tokens = 0;
  for (const story of stories) {
    for (const article of story.articles) {
      const doc = nlp.readDoc(article.paragraphs.join('\n\n'));
      tokens += doc.tokens().length() + doc.sentences().length();
    }
  }
  return tokens;
}

/**
 * Best of `runs` timings of two pieces of work, run in turns: the pipeline and its floor then meet the
 * same spells of the machine's other work, so their ratio does not swing with what ran when (timed one
 * block after the other, the ratio moved by ±0.4 on a shared 2-core machine). Wall and CPU time both:
 * wall time is what a user waits; CPU time (user + system of this process) is the work itself, which
 * other processes on a shared machine do not stretch.
 */
interface Timing {
  ms: number;
  cpuMs: number;
  result: number;
}

function timeInTurns(runs: number, a: () => number, b: () => number): [Timing, Timing] {
  const first: Timing = { ms: Infinity, cpuMs: Infinity, result: 0 };
  const second: Timing = { ms: Infinity, cpuMs: Infinity, result: 0 };
  for (let i = 0; i < runs; i++) {
    for (const [work, best] of [[a, first], [b, second]] as const) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      best.result = work();
      best.ms = Math.min(best.ms, performance.now() - start);
      const used = process.cpuUsage(cpu);
      best.cpuMs = Math.min(best.cpuMs, (used.user + used.system) / 1000);
    }
  }
  return [first, second];
}

function wallMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/**
 * Where the time goes: the pipeline's stages, timed one by one over the same stories (wall ms;
 * CPU time is accounted in scheduler ticks, too coarse for a few milliseconds per story).
 */
function stages(stories: GeneratedStory[]): string {
  const totals = { read: 0, quotes: 0, merge: 0, points: 0, figures: 0 };
  for (const story of stories) {
    let read: ReturnType<typeof readArticle>['article'][] = [];
    totals.read += wallMs(() => (read = story.articles.map((a) => readArticle(a).article)));
    let found: ReturnType<typeof extractQuotes>[] = [];
    // As in the pipeline: one splitter per story, so quotes pay for splitting and the rest reuse it.
    const split = rememberingSplitter();
    totals.quotes += wallMs(() => (found = read.map((article) => extractQuotes(article, split))));
    totals.merge += wallMs(() => mergeQuotes(found.flatMap((f) => f.quotes)));
    totals.points += wallMs(() => selectKeyPoints(read, 5, undefined, split));
    totals.figures += wallMs(() => extractFigures(read, split));
  }
  return Object.entries(totals).map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`).join(', ');
}

function describe(label: string, stories: GeneratedStory[]): { ms: number; floor: number; cpuRatio: number } {
  const articles: Article[] = stories.flatMap((s) => s.articles);
  const bytes = articles.reduce((sum, a) => sum + articleBytes(a), 0);
  const mb = bytes / (1024 * 1024);
  const [pipeline, floor] = timeInTurns(5, () => briefAll(stories), () => tokeniseAll(stories));
  const seconds = pipeline.ms / 1000;
  console.log(`${label}: ${articles.length} articles in ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}, ${mb.toFixed(2)} MB (${(bytes / articles.length / 1024).toFixed(2)} KB per article on average)`);
  console.log(`  pipeline (buildBriefing): ${pipeline.ms.toFixed(0)} ms — ${(articles.length / seconds).toFixed(0)} articles/s, ${(mb / seconds).toFixed(2)} MB/s`);
  console.log(`  floor (wink-nlp tokenise + split only): ${floor.ms.toFixed(0)} ms — ${(articles.length / (floor.ms / 1000)).toFixed(0)} articles/s, ${(mb / (floor.ms / 1000)).toFixed(2)} MB/s (${floor.result} tokens and sentences)`);
  const cpuRatio = pipeline.cpuMs / floor.cpuMs;
  console.log(`  pipeline / floor: ${(pipeline.ms / floor.ms).toFixed(2)}× wall time, ${cpuRatio.toFixed(2)}× CPU time (${pipeline.cpuMs.toFixed(0)} / ${floor.cpuMs.toFixed(0)} ms)`);
  console.log(`  by stage (wall ms): ${stages(stories)}`);
  return { ms: pipeline.ms, floor: floor.ms, cpuRatio };
}

/** Runs bench/cards.ts in a child process with this one's flags (tsx's loader among them) and reads its result. */
function drawCards(): CardsResult {
  const script = fileURLToPath(new URL('./cards.ts', import.meta.url));
  const out = execFileSync(process.execPath, [...process.execArgv, script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as CardsResult;
}

// Warm up the JIT on a few stories so that the timings measure steady state, as in a running bot.
briefAll(day.slice(0, 5));
tokeniseAll(day.slice(0, 5));

console.log('newsbrief benchmark (seeded; best of 5 runs each, pipeline and floor in turns)');
const dayResult = describe('Day of news', day);
const bigResult = describe('One big story', [big!]);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`Peak RSS: ${rssMb.toFixed(0)} MB`);
// 100 quote cards, in a process of their own (bench/cards.ts says why): resvg's pictures live in native memory
// until a GC, and they are not the pipeline's memory.
const cards = drawCards();
console.log(`Quote cards: 100 landscape PNGs in ${cards.ms.toFixed(0)} ms (${(cards.ms / 100).toFixed(1)} ms each, ${(cards.bytes / 100 / 1024).toFixed(0)} KB each); longest event-loop stall meanwhile ${cards.longestStallMs.toFixed(1)} ms (99th percentile ${cards.p99StallMs.toFixed(1)} ms), event loop busy ${(cards.utilisation * 100).toFixed(0)} % of the time (${cards.majorGcs} major GCs)`);

const checks: BenchCheck[] = [
  ['1,000-article day under 3 s', dayResult.ms < 3000],
  ['200-article story under 1 s', bigResult.ms < 1000],
  // CPU time: on a shared machine, wall time counts other processes' turns as ours, unevenly between the two.
  ['day within 3× of the tokenising floor (CPU time)', dayResult.cpuRatio < 3],
  ['peak RSS under 400 MB', rssMb < 400],
  ['100 quote cards under 5 s', cards.ms < 5000],
  // Drawn on the thread pool, the loop is busy 14–28 % of the time (its 1 ms delay monitor included); drawn on the
  // loop, 100 %. The longest stall is printed, not checked: on a loaded machine it is the scheduler's (bench/cards.ts).
  ['drawing cards leaves the event loop idle more than half the time', cards.utilisation < 0.5],
];
process.exitCode = reportChecks(checks, (line) => console.log(line));
