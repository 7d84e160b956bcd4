/**
 * Quote attribution on CNN/DailyMail dev articles annotated by the team: the 20 of eval/cnndm-quotes/
 * (held out: scored, never studied error by error) and 60 more in eval/cnndm-quotes-tune/, in parts
 * a–f (the tune set whose errors may be read, with eval/cnndm-quote-errors.ts):
 * span precision/recall/F1, speaker accuracy and end-to-end F1 with the PolNeAR rules (token-set
 * F1 ≥ 0.5, same-person speakers), for newsbrief and the naive floor. The annotations hold ids,
 * offsets and speakers only; the texts are read at run time from the cnndm-dev folder given.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import type { SpeakerChooser } from '../src/core/quotes/speaker-ranker.js';
import { readArticle } from '../src/core/text/read-article.js';
import { naiveFloor } from './lib/naive-floor.js';
import { isNamed, type GoldQuote } from './lib/polnear-gold.js';
import { emptyCounts, scoreArticle, scores, type PredictedQuote, type QuoteCounts } from './lib/score-quotes.js';

export const CNNDM_QUOTES_FILE = new URL('./cnndm-quotes/annotations.jsonl', import.meta.url);
export const CNNDM_QUOTES_TUNE_DIR = new URL('./cnndm-quotes-tune/', import.meta.url);

export interface AnnotatedQuote {
  /** Offsets into ID.txt of the text inside the marks. */
  start: number;
  end: number;
  /** Full name, or a description when the article names nobody. */
  speaker: string;
  /** A whole sentence or more in marks, or a few words quoted inside reported speech. */
  kind: 'speech' | 'partial';
}

export interface AnnotatedArticle {
  id: string;
  quotes: AnnotatedQuote[];
}

/** Reads the annotations, refusing a line that is not one article's id and well-formed quotes. */
export function parseAnnotations(jsonl: string): AnnotatedArticle[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      const a = JSON.parse(line) as AnnotatedArticle;
      if (typeof a.id !== 'string' || !Array.isArray(a.quotes)) throw new Error(`cnndm-quotes line ${i + 1}: needs an id and a quotes list`);
      for (const q of a.quotes) {
        if (!Number.isInteger(q.start) || !Number.isInteger(q.end) || q.end <= q.start || !q.speaker || (q.kind !== 'speech' && q.kind !== 'partial')) {
          throw new Error(`cnndm-quotes line ${i + 1} (${a.id}): bad quote ${JSON.stringify(q)}`);
        }
      }
      return a;
    });
}

/** Every `.jsonl` file of a folder, in name order (the tune set was annotated in parts). */
export function readAnnotationsDir(dir: string | URL): AnnotatedArticle[] {
  return readAnnotationParts(dir).flatMap((p) => p.articles);
}

/** The parts of a folder one by one: each was annotated, and first scored, at its own time. */
export function readAnnotationParts(dir: string | URL): Array<{ part: string; articles: AnnotatedArticle[] }> {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const names = readdirSync(path).filter((n) => n.endsWith('.jsonl')).sort();
  return names.map((n) => ({ part: n.replace(/\.jsonl$/, ''), articles: parseAnnotations(readFileSync(join(path, n), 'utf8')) }));
}

/** The annotated quotes of one article as gold, their texts cut from the article at the given offsets. */
export function goldFromAnnotation(article: AnnotatedArticle, text: string): GoldQuote[] {
  return article.quotes.map((q) => {
    if (q.end > text.length) throw new Error(`cnndm-quotes ${article.id}: quote ${q.start}-${q.end} runs past the text (${text.length} characters)`);
    return { text: text.slice(q.start, q.end), start: q.start, rawSource: q.speaker, source: q.speaker, resolved: true, named: isNamed(q.speaker) };
  });
}

/** The article as the key points see it: the id as its title, so the one-line body is not taken for a headline. */
export function newsbriefCnndmQuotes(id: string, text: string, chooser?: SpeakerChooser): PredictedQuote[] {
  const { article } = readArticle({ id, title: id, paragraphs: text.split(/\n+/u) });
  return extractQuotes(article, undefined, chooser ? { chooser } : {}).quotes.map((q) => ({ text: q.text, speaker: q.speaker.name }));
}

export function scoreCnndmQuotes(dir: string, annotations: AnnotatedArticle[], chooser?: SpeakerChooser): { floor: QuoteCounts; ours: QuoteCounts } {
  const floor = emptyCounts();
  const ours = emptyCounts();
  for (const a of annotations) {
    const path = join(dir, `${a.id}.txt`);
    if (!existsSync(path)) throw new Error(`${path} is missing: point --cnndm-quotes at the cnndm-dev folder`);
    const text = readFileSync(path, 'utf8');
    const gold = goldFromAnnotation(a, text);
    scoreArticle(naiveFloor(text), gold, floor, text);
    scoreArticle(newsbriefCnndmQuotes(a.id, text, chooser), gold, ours, text);
  }
  return { floor, ours };
}

function formatLine(label: string, c: QuoteCounts): string {
  const s = scores(c);
  const f = (x: number) => x.toFixed(3);
  return `${label.padEnd(22)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  speaker ${f(s.speakerAccuracy)}  end-to-end F1 ${f(s.endToEndF1)}  (gold ${c.gold}, predicted ${c.predicted}, matched ${c.matched}, speaker right ${c.speakerRight})`;
}

export function evaluateCnndmQuotes(dir: string, file: string | URL = CNNDM_QUOTES_FILE, tuneDir: string | URL = CNNDM_QUOTES_TUNE_DIR): string[] {
  const heldOut = parseAnnotations(readFileSync(file, 'utf8'));
  const tune = readAnnotationsDir(tuneDir);
  const lines: string[] = [];
  for (const [label, where, annotations] of [
    ['held-out', 'eval/cnndm-quotes', heldOut],
    ['tune', 'eval/cnndm-quotes-tune, errors studied', tune],
  ] as const) {
    const { floor, ours } = scoreCnndmQuotes(dir, annotations);
    lines.push(
      `CNN/DailyMail quotes, ${label} (${annotations.length} articles in ${where}; targets on held-out: recall ≥ 0.90, speaker ≥ 0.90)`,
      formatLine('  naive floor', floor),
      formatLine('  newsbrief', ours),
    );
    // The same ablation as PolNeAR's: the chooser switched, the candidates the same.
    for (const chooser of ['rules', 'nearest-cue'] as const) lines.push(formatLine(`  ${chooser} chooser`, scoreCnndmQuotes(dir, annotations, chooser).ours));
  }
  // Parts a–b were studied from the second session of 5 Dec, c–d from the third: a part's figure
  // before its errors were read is the honest one (docs/quotes.md keeps them).
  for (const { part, articles } of readAnnotationParts(tuneDir)) lines.push(formatLine(`  tune ${part}`, scoreCnndmQuotes(dir, articles).ours));
  return lines;
}
