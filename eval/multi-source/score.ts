/**
 * Fact coverage of the key points on the project's own multi-source stories (eval/multi-source/*.json):
 * each story's key facts were annotated by the team as a few required words, and a fact is covered
 * when one of the first five points contains every required word (a word may list alternatives
 * with "|"; each is matched as a case-insensitive substring, so "vot" covers "voted" and "vote").
 *
 * Each story is marked `"split": "tune"` (looked at while the selection was changed) or
 * `"split": "held-out"` (written and annotated before the system was run on it, and only measured:
 * a rule is never changed after looking at its misses). The two are printed apart and together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBriefing } from '../../src/core/briefing.js';
import type { Article } from '../../src/core/types.js';

export const MULTI_SOURCE_DIR = new URL('./', import.meta.url);

interface Fact {
  fact: string;
  words: string[];
}

export type Split = 'tune' | 'held-out';
const SPLITS: readonly Split[] = ['tune', 'held-out'];

export interface Story {
  title: string;
  split: Split;
  articles: Article[];
  facts: Fact[];
}

export interface StoryCoverage {
  story: string;
  split: Split;
  covered: number;
  facts: number;
  points: string[];
  missed: string[];
}

/** True when one point holds every required word of the fact. */
export function covers(point: string, fact: Fact): boolean {
  const lower = point.toLowerCase();
  return fact.words.every((word) => word.toLowerCase().split('|').some((w) => lower.includes(w)));
}

/** The stories of a folder, in file-name order, each named by its file without ".json"; a story must say its split. */
export function loadStories(dir: string): Array<{ name: string; story: Story }> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const story = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Story;
    if (!SPLITS.includes(story.split)) throw new Error(`${file}: "split" must be "tune" or "held-out", not ${JSON.stringify(story.split)}`);
    return { name: file.replace(/\.json$/, ''), story };
  });
}

export function scoreMultiSource(dir: string, points = 5): StoryCoverage[] {
  return loadStories(dir).map(({ name, story }) => {
    const briefing = buildBriefing(story.articles, { points, title: story.title });
    const texts = briefing.keyPoints.slice(0, points).map((p) => p.text);
    const missed = story.facts.filter((f) => !texts.some((t) => covers(t, f))).map((f) => f.fact);
    return { story: name, split: story.split, covered: story.facts.length - missed.length, facts: story.facts.length, points: texts, missed };
  });
}

/**
 * The report's lines. `show` lists the points of the tune stories (`'tune'`) or of every story
 * (`'all'`): held-out points are shown only when asked, so that tuning does not read them.
 */
export function evaluateMultiSource(dir: string, show: 'none' | 'tune' | 'all' = 'none'): string[] {
  const results = scoreMultiSource(dir);
  // One width for both splits, so every count lines up whatever the longest story name is.
  const width = Math.max(0, ...results.map((r) => r.story.length));
  const out = ['Multi-source stories: key facts covered by the first 5 key points'];
  for (const split of SPLITS) {
    const part = results.filter((r) => r.split === split);
    if (part.length === 0) continue;
    out.push(`  ${split} stories:`);
    for (const r of part) {
      // A held-out story's misses say what to change as plainly as its points: both only when asked for.
      const shown = split === 'tune' || show === 'all';
      out.push(`    ${r.story.padEnd(width)} ${r.covered}/${r.facts}${shown && r.missed.length ? `  missed: ${r.missed.join('; ')}` : ''}`);
      if (show === 'all' || (show === 'tune' && split === 'tune')) for (const p of r.points) out.push(`        - ${p}`);
    }
    out.push(`    ${split}: ${total(part)}`);
  }
  out.push(`  all ${results.length} stories: ${total(results)}`);
  return out;
}

function total(results: readonly StoryCoverage[]): string {
  let covered = 0;
  let facts = 0;
  for (const r of results) {
    covered += r.covered;
    facts += r.facts;
  }
  return `${covered}/${facts} facts (${((100 * covered) / Math.max(1, facts)).toFixed(1)}%)`;
}
