/**
 * `npx tsx eval/attribution-kinds.ts --data <polnear-train dir>`: the system's quotes on PolNeAR's
 * training split counted by how each was attributed (`attributedBy`'s strategy and mention kind, and
 * whether the quote is a phrase inside a sentence), with how many have the right speaker, a wrong one,
 * a gold Source that names nobody, or no gold quote at all. A kind right for fewer than about half
 * the quotes it gives costs end-to-end F1 (a wrong speaker counts against precision and recall both):
 * this is how the lent-description and lent-phrase rules of 6 Dec 2026 were found (docs/quotes.md).
 * Like the other error tools it refuses the dev split.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { speakerMatches } from './lib/score-quotes.js';
import { flagValue } from './lib/flag-value.js';
import { matchedArticles } from './polnear.js';

export interface KindCounts {
  right: number;
  wrong: number;
  /** Matched a gold quote whose Source names nobody (not judged). */
  unresolved: number;
  /** Matched no gold quote. */
  unmatched: number;
}

/** `sentence:name`, `paragraph:pronoun phrase`: the strategy, the mention kind, and "phrase" for a quote inside a sentence. */
export function kindOf(q: { attributedBy?: string; fragment: boolean }): string {
  return (q.attributedBy ?? '').split(':').slice(0, 2).join(':') + (q.fragment ? ' phrase' : '');
}

export function attributionKinds(dir: string): Map<string, KindCounts> {
  const kinds = new Map<string, KindCounts>();
  const counts = (kind: string): KindCounts => {
    let c = kinds.get(kind);
    if (!c) kinds.set(kind, (c = { right: 0, wrong: 0, unresolved: 0, unmatched: 0 }));
    return c;
  };
  for (const a of matchedArticles(dir)) {
    const { quotes, gold, pairs } = a;
    const matched = new Set<number>();
    for (const { p, g } of pairs) {
      matched.add(p);
      const q = quotes[p]!;
      const gq = gold[g]!;
      const c = counts(kindOf(q));
      if (!gq.resolved) c.unresolved++;
      else if (speakerMatches(q.speaker.name, gq.source, a.text)) c.right++;
      else c.wrong++;
    }
    quotes.forEach((q, i) => {
      if (!matched.has(i)) counts(kindOf(q)).unmatched++;
    });
  }
  return kinds;
}

/** One line a kind, most judged first: right, wrong, the share right of all the kind's quotes. */
export function formatKinds(kinds: Map<string, KindCounts>): string[] {
  return [...kinds]
    .sort((x, y) => y[1].right + y[1].wrong - (x[1].right + x[1].wrong) || x[0].localeCompare(y[0]))
    .map(([kind, c]) => {
      const all = c.right + c.wrong + c.unresolved + c.unmatched;
      return `${kind.padEnd(28)} right ${String(c.right).padStart(5)}  wrong ${String(c.wrong).padStart(4)}  unresolved ${String(c.unresolved).padStart(3)}  no gold ${String(c.unmatched).padStart(3)}  right of all ${(c.right / all).toFixed(2)}`;
    });
}

function main(): void {
  const data = flagValue(process.argv.slice(2), '--data');
  if (!data || !existsSync(data)) throw new Error('name the training split: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('attribution kinds are read on the training split only, never on dev');
  for (const line of formatKinds(attributionKinds(data))) console.log(line);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
