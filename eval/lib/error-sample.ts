/**
 * The pure parts of the train error audit (eval/train-error-audit.ts): a seeded sample that anyone
 * can re-draw, the join of hand labels onto it, and the Wilson interval used to carry the sample's
 * shares over to every error.
 */

import { seededRandom as mulberry32 } from '../../bench/news-day.js';

// mulberry32, the bench's seeded generator: the sample is the same on every machine and run.
export { mulberry32 };

/** An error's stable id: the article's file name and the gold quote's offset in it. */
export interface ErrorKey {
  article: string;
  start: number;
}

export const keyOf = (e: ErrorKey): string => `${e.article}@${e.start}`;

/**
 * `size` items drawn without replacement (a partial Fisher–Yates shuffle over the items sorted by
 * key, so the order the errors were found in does not matter), returned in key order.
 */
export function seededSample<T extends ErrorKey>(items: readonly T[], size: number, seed: number): T[] {
  const sorted = [...items].sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
  const random = mulberry32(seed);
  const n = Math.min(size, sorted.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (sorted.length - i));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  return sorted.slice(0, n).sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.start - y.start));
}

export const LABELS = [
  'system-wrong',
  'convention-outlet',
  'convention-document',
  'convention-group',
  'scorer-resolution',
  'gold-error',
  'both-wrong',
  'unclear',
] as const;
export type AuditLabel = (typeof LABELS)[number];

export interface LabelLine extends ErrorKey {
  group: string;
  /** Whether the gold Source names someone (the quote counts for named-speaker accuracy). */
  named?: boolean;
  label: AuditLabel;
  reason: string;
  /** For system-wrong: a short cause ("pronoun past the paragraph's subject"). */
  cause?: string;
}

/** Parses labels.jsonl, naming the line of anything malformed. */
export function parseLabels(jsonl: string): LabelLine[] {
  const out: LabelLine[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let v: Partial<LabelLine>;
    try {
      v = JSON.parse(line) as Partial<LabelLine>;
    } catch {
      throw new Error(`labels line ${i + 1} is not JSON`);
    }
    if (typeof v.article !== 'string' || typeof v.start !== 'number') throw new Error(`labels line ${i + 1} has no article and start`);
    if (!LABELS.includes(v.label as AuditLabel)) throw new Error(`labels line ${i + 1} has an unknown label ${JSON.stringify(v.label)}`);
    out.push({
      article: v.article,
      start: v.start,
      group: v.group ?? '',
      ...(typeof v.named === 'boolean' ? { named: v.named } : {}),
      label: v.label as AuditLabel,
      reason: v.reason ?? '',
      ...(v.cause ? { cause: v.cause } : {}),
    });
  });
  return out;
}

/**
 * Each sampled error with its label. Throws when a label names an error that is not in the sample
 * (the sample or the labels drifted), so a summary never silently counts the wrong errors.
 */
export function joinLabels<T extends ErrorKey>(sample: readonly T[], labels: readonly LabelLine[]): Array<{ error: T; label?: LabelLine }> {
  const byKey = new Map(labels.map((l) => [keyOf(l), l]));
  const sampled = new Set(sample.map(keyOf));
  const stray = labels.filter((l) => !sampled.has(keyOf(l)));
  if (stray.length > 0) throw new Error(`${stray.length} labels name errors outside the sample, first ${keyOf(stray[0]!)}`);
  return sample.map((error) => {
    const label = byKey.get(keyOf(error));
    return label ? { error, label } : { error };
  });
}

/** Wilson score interval for k successes of n at 95 %. */
export function wilson(k: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
