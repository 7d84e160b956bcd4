/**
 * The one small engine that runs the attribution's rule tables. A rule is a named pattern of the
 * language ("“…,” X shot back", "according to X") with an example the test suite runs
 * (tests/core/quotes/attribution-rules.test.ts), so a rule whose example fails breaks the build.
 * Rules are tried in the table's order; the first that applies decides.
 */

/** The example a rule is tested by: an article's paragraphs, the quote to look at, who said it. */
export interface RuleExample {
  /** The paragraphs of a small article (no headline). */
  paragraphs: string[];
  /** The first words of the quote the example is about; the first quote when absent. */
  quote?: string;
  /** The speaker the pipeline must give that quote; null when the rule leaves the quote unattributed. */
  speaker: string | null;
  /** How the speaker is found (an `attributedBy` value); checked when given. */
  attributedBy?: string;
}

/**
 * A rule: `match` says what the rule decides for its input — a result, `null` when the rule applies
 * and decides there is nothing (no cue at this word, no speaker for this cue), or `undefined` when it
 * does not apply and the next rule is tried.
 */
export interface Rule<In, Out> {
  name: string;
  /** The language pattern, for people: `“…,” X shot back`. */
  pattern: string;
  example: RuleExample;
  match: (input: In) => Out | null | undefined;
  /** The words (lower case) the rule can start at, so the engine tries it only there; any word when absent. */
  startsAt?: ReadonlySet<string>;
}

/** Told the name of each rule that decides, so tests can see which rule fired. */
export type RuleTrace = (rule: string) => void;

/**
 * The rules that can start at each word, in table order: a table of rules that all name their
 * words is tried at a word only when some rule starts there (most words cost one map look-up).
 */
export function rulesByWord<In, Out>(rules: ReadonlyArray<Rule<In, Out>>): Map<string, Array<Rule<In, Out>>> {
  const byWord = new Map<string, Array<Rule<In, Out>>>();
  for (const rule of rules) {
    if (!rule.startsAt) throw new Error(`rule ${rule.name} names no words to start at`);
    for (const word of rule.startsAt) {
      const list = byWord.get(word) ?? [];
      list.push(rule);
      byWord.set(word, list);
    }
  }
  return byWord;
}

/** The first rule that applies decides; nothing when none does. */
export function firstMatch<In, Out>(rules: ReadonlyArray<Rule<In, Out>>, input: In, trace?: RuleTrace): Out | undefined {
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const out = rule.match(input);
    if (out === undefined) continue;
    trace?.(rule.name);
    return out ?? undefined;
  }
  return undefined;
}
