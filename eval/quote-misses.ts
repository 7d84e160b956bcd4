/**
 * `npx tsx eval/quote-misses.ts --data <polnear-train dir> [--show <cause>|all] [--fp] [--limit n]`:
 * the gold quotes the system misses on PolNeAR's training split, and (with --fp) the system quotes
 * no gold quote matches, each sorted by likely cause and listed with its context, so recall and
 * precision rules are chosen from the training split's errors (it refuses the dev split).
 *
 * A missed gold quote is, in this order:
 * - `matcher: taken by another gold` — a system quote fits it (token-set F1 ≥ 0.5) but was paired with
 *   another gold quote (the same words twice, or a merged quote);
 * - `extent: …` — a system quote overlaps it in the text but their words differ too much (F1 < 0.5):
 *   the system's quote is longer (two gold quotes read as one) or shorter (one read as two);
 * - `dropped: <reason>` — the quote reader found a quotation there but extraction dropped it
 *   (scare quote, title, no speaker …);
 * - `reader: …` — no quotation found at the gold quote's place (marks, nesting, paragraphs).
 * A false positive is `unannotated` (no gold quote overlaps it: a scare quote, title, a transcript
 * turn the annotators skip …), `extent` (it overlaps a gold quote whose words differ), or
 * `duplicate` (it fits a gold quote another system quote took).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractQuotes } from '../src/core/quotes/quotes.js';
import { findQuoteSpans } from '../src/core/text/quote-spans.js';
import { goldQuotes } from './lib/polnear-gold.js';
import { emptyCounts, matchQuotes, scoreArticle, scores, speakerMatches, type QuoteCounts } from './lib/score-quotes.js';
import { writeFileSync } from 'node:fs';
import { paragraphQuoteOffset, quoteOffset } from './lib/quote-offset.js';
import { tokenSetF1 } from './lib/token-f1.js';
import { asReadArticle, loadPolnear } from './polnear.js';
import { flagValue } from './lib/flag-value.js';

export interface QuoteError {
  kind: 'missed' | 'false positive';
  cause: string;
  article: string;
  /** Offset in the article's text (the gold quote's, or the system quote's where it can be placed). */
  at: number | undefined;
  text: string;
  /** What the other side had there: the overlapping system quote, or gold quote. */
  other?: string;
  /** A missed gold quote's Source as annotated, and whether it resolves to someone (else it counts for span recall only). */
  gold?: { source: string; resolved: boolean };
  context: string;
}

const overlaps = (a: number, aEnd: number, b: number, bEnd: number): boolean => a < bEnd && b < aEnd;

/** One line per system quote, for comparing two versions of the code quote by quote (--dump). */
export interface QuoteRecord {
  article: string;
  at: number | undefined;
  text: string;
  speaker: string;
  attributedBy: string;
  /** The matched gold quote's offset and Source, and whether the speaker is right (undefined: unresolved Source). */
  gold?: { start: number; source: string; right: boolean | undefined };
}

export function quoteErrors(dir: string): { errors: QuoteError[]; gold: number; predicted: number; matched: number; counts: QuoteCounts; records: QuoteRecord[] } {
  const errors: QuoteError[] = [];
  const records: QuoteRecord[] = [];
  const counts = emptyCounts();
  let goldCount = 0;
  let predictedCount = 0;
  let matchedCount = 0;
  for (const a of loadPolnear(dir)) {
    const article = asReadArticle(a.name, a.text);
    const { quotes, skipped } = extractQuotes(article);
    const gold = goldQuotes(a.text, a.ann);
    const placed = quotes.map((q) => ({ ...q, at: paragraphQuoteOffset(a.text, article, q) }));
    const pairs = matchQuotes(placed, gold);
    scoreArticle(placed.map((q) => ({ text: q.text, speaker: q.speaker.name, at: q.at })), gold, counts, a.text);
    placed.forEach((q, pi) => {
      const pair = pairs.find((x) => x.p === pi);
      const g = pair ? gold[pair.g]! : undefined;
      records.push({
        article: a.name,
        at: q.at,
        text: q.text,
        speaker: q.speaker.name,
        attributedBy: q.attributedBy ?? '',
        ...(g ? { gold: { start: g.start, source: g.rawSource, right: g.resolved ? speakerMatches(q.speaker.name, g.source, a.text) : undefined } } : {}),
      });
    });
    goldCount += gold.length;
    predictedCount += quotes.length;
    matchedCount += pairs.length;
    const paragraphs = [article.title, ...article.paragraphs];
    const spans = findQuoteSpans(paragraphs, { headline: true }).map((s) => {
      const at = quoteOffset(a.text, paragraphs[s.paragraphIndex] ?? '', s.textStart);
      return { ...s, at, atEnd: at === undefined ? undefined : at + s.text.length };
    });
    const around = (at: number | undefined, length: number, fallback: string) =>
      (at === undefined ? fallback : a.text.slice(Math.max(0, at - 200), at + length + 120)).replace(/\s+/gu, ' ');
    // A system quote's text offset: its opening mark's place, moved past the mark to its words.
    const textAt = (q: (typeof placed)[number]) => (q.at === undefined ? undefined : q.at + 1);
    const pairedG = new Set(pairs.map((x) => x.g));
    const pairedP = new Set(pairs.map((x) => x.p));
    gold.forEach((g, gi) => {
      if (pairedG.has(gi)) return;
      const gEnd = g.start + g.text.length;
      let cause: string;
      let other: string | undefined;
      const fit = placed.find((q) => tokenSetF1(q.text, g.text) >= 0.5);
      const over = placed.find((q) => {
        const at = textAt(q);
        return at !== undefined && overlaps(at, at + q.text.length, g.start, gEnd);
      });
      if (fit) {
        cause = 'matcher: taken by another gold';
        other = fit.text;
      } else if (over) {
        cause = over.text.length > g.text.length ? 'extent: system quote longer' : 'extent: system quote shorter';
        other = over.text;
      } else {
        // A paragraph the reader changed (split, cleaned) is not placed: its spans are compared by their words.
        const span =
          spans.find((s) => s.at !== undefined && overlaps(s.at, s.atEnd!, g.start, gEnd)) ??
          spans.find((s) => s.at === undefined && (s.text.includes(g.text) || g.text.includes(s.text) || tokenSetF1(s.text, g.text) >= 0.5));
        if (span) {
          const reason = skipped.find((s) => s.kind === 'quote' && s.text === span.text)?.reason;
          cause = reason ? `dropped: ${reason}` : 'dropped: (no reason recorded)';
          other = span.text;
        } else {
          cause = 'reader: no span';
        }
      }
      errors.push({ kind: 'missed', cause, article: a.name, at: g.start, text: g.text, ...(other ? { other } : {}), gold: { source: g.rawSource, resolved: g.resolved }, context: around(g.start, g.text.length, '') });
    });
    placed.forEach((q, pi) => {
      if (pairedP.has(pi)) return;
      const at = textAt(q);
      let cause: string;
      let other: string | undefined;
      const over = at === undefined ? undefined : gold.find((g) => overlaps(at, at + q.text.length, g.start, g.start + g.text.length));
      const fit = gold.find((g) => tokenSetF1(q.text, g.text) >= 0.5);
      if (fit) {
        cause = 'duplicate: its gold taken by another quote';
        other = fit.text;
      } else if (over) {
        cause = 'extent: overlaps a gold quote';
        other = over.text;
      } else cause = at === undefined ? 'unannotated (not placed)' : 'unannotated';
      const paragraph = q.paragraphIndex < 0 ? article.title : article.paragraphs[q.paragraphIndex] ?? '';
      errors.push({ kind: 'false positive', cause: `${cause} [${q.attributedBy ?? ''}]`, article: a.name, at, text: q.text, ...(other ? { other } : {}), context: around(at, q.text.length, paragraph.slice(Math.max(0, q.start - 200), q.start + q.text.length + 120)) });
    });
  }
  return { errors, gold: goldCount, predicted: predictedCount, matched: matchedCount, counts, records };
}

/** The cause without its bracketed strategy, for the summary. */
const causeKey = (e: QuoteError, detailed: boolean): string => (detailed ? e.cause : e.cause.replace(/ \[.*\]$/u, ''));

function main(): void {
  const args = process.argv.slice(2);
  const value = (flag: string) => flagValue(args, flag);
  const data = value('--data');
  if (!data || !existsSync(data)) throw new Error('name the training data: --data <polnear-train dir>');
  if (/polnear-dev/u.test(data)) throw new Error('quote errors are read on the training split only, never on dev');
  const fp = args.includes('--fp');
  const detailed = args.includes('--by-strategy');
  const { errors, gold, predicted, matched, counts, records } = quoteErrors(data);
  const dump = value('--dump');
  if (dump) writeFileSync(dump, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const sc = scores(counts);
  const f = (x: number) => x.toFixed(4);
  process.stdout.write(`span P ${f(sc.precision)} R ${f(sc.recall)} F1 ${f(sc.f1)}, speaker ${f(sc.speakerAccuracy)} (${counts.speakerRight} of ${counts.matched - counts.unresolvedMatched}), end-to-end F1 ${f(sc.endToEndF1)}\n`);
  const missed = errors.filter((e) => e.kind === 'missed');
  const falsePositives = errors.filter((e) => e.kind === 'false positive');
  process.stdout.write(`gold ${gold}, predicted ${predicted}, matched ${matched}, gold missed ${missed.length}, false positives ${falsePositives.length}\n`);
  const listed = fp ? falsePositives : missed;
  const groups = new Map<string, QuoteError[]>();
  for (const e of listed) groups.set(causeKey(e, detailed), [...(groups.get(causeKey(e, detailed)) ?? []), e]);
  process.stdout.write(fp ? 'false positives by cause:\n' : 'missed by cause:\n');
  for (const [cause, list] of [...groups].sort((x, y) => y[1].length - x[1].length)) {
    const resolved = fp ? '' : `  (${list.filter((e) => e.gold?.resolved).length} with a resolved Source)`;
    process.stdout.write(`${String(list.length).padStart(5)}  ${cause}${resolved}\n`);
  }
  const show = value('--show');
  const limit = Number(value('--limit') ?? 40);
  if (show) {
    for (const e of listed.filter((x) => show === 'all' || x.cause.startsWith(show)).slice(0, limit)) {
      const source = e.gold ? ` (gold Source "${e.gold.source}"${e.gold.resolved ? '' : ', unresolved'})` : '';
      process.stdout.write(`\n[${e.article}@${e.at ?? '?'}] ${e.cause}${source}\n  “${e.text.slice(0, 160)}”${e.other !== undefined ? `\n  other: “${e.other.slice(0, 160)}”` : ''}\n  … ${e.context}\n`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
