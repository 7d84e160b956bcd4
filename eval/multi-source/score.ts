/**
 * Fact coverage of the key points on the project's own multi-source stories (eval/multi-source/*.json):
 * each story's key facts were annotated by the team as a few required words, and a fact is covered
 * when one of the first five points contains every required word (a word may list alternatives
 * with "|"; each is matched as a case-insensitive substring, so "vot" covers "voted" and "vote").
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

interface Story {
  title: string;
  articles: Article[];
  facts: Fact[];
}

export interface StoryCoverage {
  story: string;
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

export function scoreMultiSource(dir: string, points = 5): StoryCoverage[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const story = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Story;
    const briefing = buildBriefing(story.articles, { points, title: story.title });
    const texts = briefing.keyPoints.slice(0, points).map((p) => p.text);
    const missed = story.facts.filter((f) => !texts.some((t) => covers(t, f))).map((f) => f.fact);
    return { story: file.replace(/\.json$/, ''), covered: story.facts.length - missed.length, facts: story.facts.length, points: texts, missed };
  });
}

export function evaluateMultiSource(dir: string, verbose = false): string[] {
  const results = scoreMultiSource(dir);
  const out = ['Multi-source stories: key facts covered by the first 5 key points'];
  let covered = 0;
  let facts = 0;
  for (const r of results) {
    covered += r.covered;
    facts += r.facts;
    out.push(`  ${r.story.padEnd(28)} ${r.covered}/${r.facts}${r.missed.length ? `  missed: ${r.missed.join('; ')}` : ''}`);
    if (verbose) for (const p of r.points) out.push(`      - ${p}`);
  }
  out.push(`  all ${results.length} stories: ${covered}/${facts} facts (${((100 * covered) / Math.max(1, facts)).toFixed(1)}%)`);
  return out;
}
