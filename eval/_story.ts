import { readFileSync } from 'node:fs';
import { analyseStory } from '../src/core/briefing.js';
const d = 'briefings/zuckerberg-eu-parliament/';
const arts = ['cnbc', 'euronews'].map((id) => ({ id, paragraphs: readFileSync(d + id + '.txt', 'utf8').split('\n') }));
const r = analyseStory(arts, { points: Number(process.argv[2] ?? 5) });
console.log(JSON.stringify(r.briefing.keyPoints, null, 1));
console.log(JSON.stringify(r.briefing.figures, null, 1));
