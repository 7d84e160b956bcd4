/**
 * Speed work must not change what the pipeline says. This records the core's outputs — extractQuotes per article,
 * the briefing (with what it skipped) per article and per group of articles — over the evaluation texts and the
 * bench's generated day, and compares them, byte for byte, with a recording made before the change.
 *
 *   npx tsx bench/output-check.ts --eval ../shared/eval --write /tmp/before.jsonl
 *   npx tsx bench/output-check.ts --eval ../shared/eval --check /tmp/before.jsonl
 *
 * The recording holds the articles' quotes and sentences: keep it outside the project (the texts are not ours).
 * The project's own sets are recorded too (the fictional and house-style articles, the multi-source stories).
 * Differences in the sets that are only scored (PolNeAR dev, the CNN/DailyMail held-out half, the held-out
 * multi-source stories) are counted, never shown, so that checking a change does not mean reading the data it is
 * measured on.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseStory } from '../src/core/briefing.js';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { readArticle } from '../src/core/text/read-article.js';
import type { Article } from '../src/core/types.js';
import { CNNDM_QUOTES_FILE, parseAnnotations } from '../eval/cnndm-quotes.js';
import { FICTIONAL_DIR, FICTIONAL_STYLES_DIR, loadFictional } from '../eval/fictional.js';
import { loadStories, MULTI_SOURCE_DIR } from '../eval/multi-source/score.js';
import { generateStories, loadMaterial } from './news-day.js';

interface CheckArgs {
  evalDir: string;
  write?: string;
  check?: string;
}

function parseArgs(argv: string[]): CheckArgs {
  let evalDir: string | undefined;
  let write: string | undefined;
  let check: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag !== '--eval' && flag !== '--write' && flag !== '--check') throw new Error(`unknown argument: ${flag} (use --eval <dir> and --write <file> or --check <file>)`);
    if (!value) throw new Error(`${flag} needs a path`);
    i++;
    if (flag === '--eval') evalDir = value;
    else if (flag === '--write') write = value;
    else check = value;
  }
  if (!evalDir) throw new Error('give --eval <dir>: the folder holding polnear-train/ and cnndm-dev/');
  if (Boolean(write) === Boolean(check)) throw new Error('give exactly one of --write <file> and --check <file>');
  return { evalDir, ...(write ? { write } : {}), ...(check ? { check } : {}) };
}

/** PolNeAR's texts as the eval reads them: the first line is the headline, every later line a paragraph. */
function polnearArticles(dir: string): Article[] {
  const textDir = join(dir, 'text');
  if (!existsSync(textDir)) throw new Error(`${dir} has no text/ folder`);
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(textDir, f), 'utf8').split('\n');
      return { id: f.replace(/\.txt$/, ''), title: lines[0] ?? '', paragraphs: lines.slice(1) };
    });
}

/** CNN/DailyMail texts as the eval reads them: one line each, no headline. */
function cnndmArticles(dir: string): Article[] {
  if (!existsSync(dir)) throw new Error(`${dir} does not exist`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      return { id, title: id, paragraphs: readFileSync(join(dir, f), 'utf8').split(/\n+/) };
    });
}

/**
 * The CNN/DailyMail articles that are only scored, like PolNeAR dev: the key points' held-out half (the last 50
 * ids in sorted order, as `npm run eval` splits them) and the 20 articles of the held-out quote annotations
 * (eval/cnndm-quotes/, a split of its own). A difference there is counted, its text never shown.
 */
const CNNDM_TUNE_COUNT = 50;
const CNNDM_QUOTES_HELD_OUT = new Set(parseAnnotations(readFileSync(CNNDM_QUOTES_FILE, 'utf8')).map((a) => a.id));

/** Every output to compare, as [key, JSON, only scored] in a fixed order. */
function* outputs(evalDir: string): Generator<[string, string, boolean]> {
  const sets: Array<[string, Article[]]> = [
    ['polnear-train', polnearArticles(join(evalDir, 'polnear-train'))],
    ['cnndm-dev', cnndmArticles(join(evalDir, 'cnndm-dev'))],
  ];
  if (existsSync(join(evalDir, 'polnear-dev'))) sets.push(['polnear-dev', polnearArticles(join(evalDir, 'polnear-dev'))]);
  for (const [set, articles] of sets) {
    const scoredOnly = (index: number) => set === 'polnear-dev' || (set === 'cnndm-dev' && (index >= CNNDM_TUNE_COUNT || CNNDM_QUOTES_HELD_OUT.has(articles[index]!.id)));
    for (const [index, article] of articles.entries()) {
      yield [`${set}/${article.id}/quotes`, JSON.stringify(extractQuotes(readArticle(article).article)), scoredOnly(index)];
      yield [`${set}/${article.id}/briefing`, JSON.stringify(analyseStory([article], { id: article.id })), scoredOnly(index)];
    }
    // Groups of ten: merging quotes across sources, key points' source lists and the story-wide budgets.
    for (let i = 0; i < articles.length; i += 10) {
      const group = articles.slice(i, i + 10);
      yield [`${set}/group-${i / 10}/briefing`, JSON.stringify(analyseStory(group, { id: `${set}-${i / 10}` })), group.some((_, k) => scoredOnly(i + k))];
    }
  }
  // The project's own sets (in eval/): a rule that moves a fictional or house-style speaker, or a multi-source point,
  // shows here too, not only in `npm run eval`. The held-out multi-source stories are only scored, as there.
  for (const [set, dir] of [['fictional', FICTIONAL_DIR], ['fictional-styles', FICTIONAL_STYLES_DIR]] as const) {
    for (const { style, name, article: own } of loadFictional(fileURLToPath(dir))) {
      const id = `${style}/${name}`;
      const article: Article = { id, title: own.title, paragraphs: own.paragraphs };
      yield [`${set}/${id}/quotes`, JSON.stringify(extractQuotes(readArticle(article).article)), false];
      yield [`${set}/${id}/briefing`, JSON.stringify(analyseStory([article], { id })), false];
    }
  }
  for (const { name, story } of loadStories(fileURLToPath(MULTI_SOURCE_DIR))) {
    yield [`multi-source/${name}/briefing`, JSON.stringify(analyseStory(story.articles, { id: name, title: story.title })), story.split !== 'tune'];
  }
  const storyDir = fileURLToPath(new URL('../briefings/zuckerberg-eu-parliament/', import.meta.url));
  const day = generateStories(loadMaterial(storyDir), { seed: 20180522, stories: 100, perStory: 10, minBytes: 3600, maxBytes: 5200 });
  for (const story of day) yield [`bench-day/${story.id}/briefing`, JSON.stringify(analyseStory(story.articles, { id: story.id })), false];
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

const args = parseArgs(process.argv.slice(2));
const lines: string[] = [];
const hidden = new Set<string>();
for (const [key, json, scoredOnly] of outputs(args.evalDir)) {
  lines.push(JSON.stringify([key, json]));
  if (scoredOnly) hidden.add(key);
}

if (args.write) {
  writeFileSync(args.write, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} outputs to ${args.write}`);
} else {
  const recorded = readFileSync(args.check!, 'utf8').trimEnd().split('\n');
  let differing = 0;
  let hiddenDiffering = 0;
  if (recorded.length !== lines.length) console.log(`recorded ${recorded.length} outputs, now ${lines.length}`);
  for (let i = 0; i < Math.min(recorded.length, lines.length); i++) {
    if (recorded[i] === lines[i]) continue;
    differing++;
    const [key, before] = JSON.parse(recorded[i]!) as [string, string];
    const [keyNow, now] = JSON.parse(lines[i]!) as [string, string];
    // Not even the key: PolNeAR's file names are its headlines.
    if (hidden.has(key)) hiddenDiffering++;
    else if (differing - hiddenDiffering <= 10) {
      const at = firstDifference(before, now);
      console.log(`DIFFERS ${key}${keyNow !== key ? ` (now ${keyNow})` : ''} at ${at}:\n  before …${before.slice(Math.max(0, at - 80), at + 80)}\n  now    …${now.slice(Math.max(0, at - 80), at + 80)}`);
    }
  }
  if (hiddenDiffering > 0) console.log(`${hiddenDiffering} outputs of the sets that are only scored (PolNeAR dev, the CNN/DailyMail held-out articles, the held-out multi-source stories) differ: not shown`);
  if (differing > 0 || recorded.length !== lines.length) {
    console.log(`FAIL: ${differing} of ${lines.length} outputs differ`);
    process.exitCode = 1;
  } else console.log(`OK: all ${lines.length} outputs identical`);
}
