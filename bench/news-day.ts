/**
 * A seeded, reproducible day of news for the benchmark: articles recombined from the bundled
 * story's sentences (so they carry its quotes, attributions, figures and boilerplate habits),
 * with people, organisations, places and numbers varied per story.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../src/core/text/read-article.js';
import { splitSentences } from '../src/core/text/sentences.js';
import type { Article } from '../src/core/types.js';

/** mulberry32: a tiny seeded generator, so every run generates the same day. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Björn', 'Carmen', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Luca', 'Maria', 'Nikos', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Samir', 'Tessa'];
const LAST = ['Andersen', 'Bauer', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hoffmann', 'Ivanova', 'Jansen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nowak', 'Okafor', 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Weber'];
const ORGS = ['Meridian', 'Northwind', 'Solace', 'Brightline', 'Keystone', 'Vantage', 'Harbor', 'Lumen', 'Orbit', 'Cascade'];
const FIRMS = ['Delta Insight', 'Blue Quarry', 'Silverline Data', 'Granite Analytics', 'Copper Research'];
const PLACES = ['Lisbon', 'Vienna', 'Warsaw', 'Dublin', 'Prague', 'Helsinki', 'Athens', 'Madrid'];

interface Cast {
  replacements: [RegExp, string][];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function person(random: () => number): [string, string] {
  const first = pick(random, FIRST);
  const last = pick(random, LAST);
  return [`${first} ${last}`, last];
}

function castFor(random: () => number): Cast {
  const [ceo, ceoLast] = person(random);
  const [president, presidentLast] = person(random);
  const [chair, chairLast] = person(random);
  const [critic] = person(random);
  const [leader] = person(random);
  const [reporter] = person(random);
  const org = pick(random, ORGS);
  const firm = pick(random, FIRMS);
  const place = pick(random, PLACES);
  return {
    replacements: [
      [/Mark Zuckerberg/g, ceo],
      [/Zuckerberg/g, ceoLast],
      [/Antonio Tajani/g, president],
      [/Tajani/g, presidentLast],
      [/Claude Moraes/g, chair],
      [/Moraes/g, chairLast],
      [/Damian Collins/g, critic],
      [/Emmanuel Macron/g, leader],
      [/Donald Trump/g, leader],
      [/Cristina Abellan Matamoros/g, reporter],
      [/Cambridge Analytica/g, firm],
      [/Facebook/g, org],
      [/Brussels/g, place],
    ],
  };
}

/** Replaces each digit run with a random number of the same length (times and years stay plausible enough). */
function varyNumbers(text: string, random: () => number): string {
  return text.replace(/\d+/g, (digits) => {
    const first = 1 + Math.floor(random() * 9);
    let out = String(first);
    for (let i = 1; i < digits.length; i++) out += String(Math.floor(random() * 10));
    return out;
  });
}

/** Paragraphs of the bundled story, with their sentences: the material every article is cut from. */
export function loadMaterial(storyDir: string): { titles: string[]; paragraphs: string[][]; boilerplate: string[] } {
  const titles: string[] = [];
  const paragraphs: string[][] = [];
  const boilerplate: string[] = [];
  for (const file of readdirSync(storyDir).filter((f) => f.endsWith('.txt')).sort()) {
    const raw = readFileSync(join(storyDir, file), 'utf8').split('\n');
    const { article, skipped } = readArticle({ id: file, paragraphs: raw });
    titles.push(article.title);
    for (const p of article.paragraphs) paragraphs.push(splitSentences(p).map((s) => s.text));
    for (const s of skipped) boilerplate.push(s.text);
  }
  return { titles, paragraphs, boilerplate };
}

export interface GeneratedStory {
  id: string;
  articles: Article[];
}

/**
 * `stories` stories of `perStory` articles each. Every article: a varied headline, a boilerplate
 * line or two, and paragraphs drawn in loosely story order until it reaches `minBytes`–`maxBytes`.
 */
export function generateStories(
  material: ReturnType<typeof loadMaterial>,
  options: { seed: number; stories: number; perStory: number; minBytes: number; maxBytes: number },
): GeneratedStory[] {
  const random = seededRandom(options.seed);
  const out: GeneratedStory[] = [];
  for (let s = 0; s < options.stories; s++) {
    const cast = castFor(random);
    const vary = (text: string) => {
      let t = text;
      for (const [pattern, name] of cast.replacements) t = t.replace(pattern, name);
      return varyNumbers(t, random);
    };
    const articles: Article[] = [];
    for (let a = 0; a < options.perStory; a++) {
      const target = options.minBytes + random() * (options.maxBytes - options.minBytes);
      const paragraphs: string[] = [vary(pick(random, material.titles))];
      if (random() < 0.5) paragraphs.push(pick(random, material.boilerplate));
      let bytes = 0;
      let cursor = Math.floor(random() * material.paragraphs.length);
      while (bytes < target) {
        // Mostly in order (a story reads forward), sometimes a jump (another outlet's order).
        cursor = random() < 0.8 ? (cursor + 1) % material.paragraphs.length : Math.floor(random() * material.paragraphs.length);
        const sentences = material.paragraphs[cursor]!;
        const kept = sentences.filter(() => random() < 0.85);
        if (kept.length === 0) continue;
        const paragraph = vary(kept.join(' '));
        paragraphs.push(paragraph);
        bytes += Buffer.byteLength(paragraph) + 1;
      }
      if (random() < 0.3) paragraphs.push(pick(random, material.boilerplate));
      articles.push({ id: `s${s}-a${a}`, paragraphs, publisher: `Outlet ${a % 7}` });
    }
    out.push({ id: `story-${s}`, articles });
  }
  return out;
}

export function articleBytes(article: Article): number {
  return article.paragraphs.reduce((sum, p) => sum + Buffer.byteLength(p) + 1, 0);
}
