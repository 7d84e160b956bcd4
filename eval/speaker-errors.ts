/**
 * `npx tsx eval/speaker-errors.ts --data <polnear-train dir> [--show <group>] [--limit n]`: runs the
 * rules over PolNeAR's training split and groups the quotes whose speaker is wrong, or that are
 * missed, by likely cause, so rules are chosen from the training set's errors (never the dev set's).
 * With --show, prints each error of a group with its sentence.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleQuote } from '../src/core/quotes/quotes.js';
import { isNamed, isPronoun, type GoldQuote } from './lib/polnear-gold.js';
import { speakerMatches } from './lib/score-quotes.js';
import { matchedArticles } from './polnear.js';
import { flagValue } from './lib/flag-value.js';

/** Nouns of things that are written rather than said: a document credited as the speaker. */
const DOCUMENT = /\b(?:memo|memorandum|statement|affidavit|letter|report|email|e-mail|post|tweet|bio|biography|release|filing|complaint|lawsuit|ruling|order|book|article|ad|advertisement|website|site|page|document|note|message|transcript|survey|poll|study|editorial|column|blog|video|indictment|motion|brief|petition)s?$/iu;

export interface SpeakerError {
  group: string;
  article: string;
  quote: string;
  predicted: string;
  gold: string;
  rawGold: string;
  attributedBy: string;
  context: string;
}

/** The likely cause of a wrong speaker, from what was predicted and what the gold Source is. */
export function errorGroup(q: ArticleQuote, g: GoldQuote): string {
  const predicted = q.speaker.name;
  const by = q.attributedBy ?? '';
  if (isPronoun(g.rawSource)) return by.endsWith(':pronoun') ? 'pronoun→wrong antecedent' : 'gold pronoun, we used a non-pronoun mention';
  if (DOCUMENT.test(predicted.trim())) return 'document credited';
  if (!isNamed(g.source)) return /^\p{Lu}/u.test(predicted) ? 'gold description, we named someone' : 'description vs description';
  if (!/^\p{Lu}/u.test(predicted)) return by.includes('description') ? 'description not resolved to the named person' : 'lower-case speaker (unresolved)';
  if (predicted.split(/\s+/u).length === 1) return 'bare single-word name';
  if (by.startsWith('continuation') || by.startsWith('introduced')) return `wrong ${by.split(':')[0]}`;
  if (by.startsWith('paragraph')) return 'wrong paragraph cue';
  if (by.startsWith('sentence')) return `wrong sentence speaker (${by.split(':')[1] ?? ''})`;
  return `other (${by})`;
}

export function speakerErrors(dir: string): { errors: SpeakerError[]; missed: number; matched: number; right: number } {
  const errors: SpeakerError[] = [];
  let missed = 0;
  let matched = 0;
  let right = 0;
  for (const a of matchedArticles(dir)) {
    const { article, quotes, gold, pairs } = a;
    missed += gold.length - pairs.length;
    for (const { p, g } of pairs) {
      const gq = gold[g]!;
      if (!gq.resolved) continue;
      matched++;
      const q = quotes[p]!;
      if (speakerMatches(q.speaker.name, gq.source, a.text)) {
        right++;
        continue;
      }
      const paragraph = q.paragraphIndex < 0 ? article.title : article.paragraphs[q.paragraphIndex] ?? '';
      errors.push({
        group: errorGroup(q, gq),
        article: a.name,
        quote: q.text.slice(0, 60),
        predicted: q.speaker.name,
        gold: gq.source,
        rawGold: gq.rawSource,
        attributedBy: q.attributedBy ?? '',
        context: paragraph.slice(Math.max(0, q.start - 200), q.start + q.text.length + 120),
      });
    }
  }
  return { errors, missed, matched, right };
}

function main(): void {
  const value = (flag: string) => flagValue(process.argv.slice(2), flag);
  const data = value('--data');
  if (!data || !existsSync(data)) throw new Error('name the training data: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('speaker errors are read on the training split only, never on dev');
  const { errors, missed, matched, right } = speakerErrors(data);
  process.stdout.write(`matched ${matched} (resolved), speaker right ${right} (${(right / matched).toFixed(3)}), wrong ${errors.length}, gold missed ${missed}\n`);
  const groups = new Map<string, SpeakerError[]>();
  for (const e of errors) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  for (const [group, list] of [...groups].sort((x, y) => y[1].length - x[1].length)) process.stdout.write(`${String(list.length).padStart(5)}  ${group}\n`);
  const show = value('--show');
  const limit = Number(value('--limit') ?? 40);
  if (show) {
    for (const e of errors.filter((x) => show === "all" || x.group.startsWith(show)).slice(0, limit)) {
      process.stdout.write(`\n[${e.article}] ${e.attributedBy}: predicted "${e.predicted}", gold "${e.gold}" (${e.rawGold})\n  “${e.quote}”\n  … ${e.context.replace(/\s+/gu, ' ')}\n`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
