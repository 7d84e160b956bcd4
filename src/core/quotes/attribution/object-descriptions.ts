/**
 * Person descriptions after a verb or its preposition ("Police arrested a 44-year-old man on Friday",
 * "Officers spoke to a witness"): whom a later "he" or "she" stands for when nobody named and no
 * described subject fits (resolve-speaker.ts).
 */
import type { Token } from '../attribution-tokens.js';
import { joinTokens, type SpeakerPhrase } from '../speaker-names.js';
import { namesPerson, personDescription } from './resolve-speaker.js';
import { ARTICLE as ARTICLE_, BREAK as BREAK_, CLAUSE_VERB as CLAUSE_VERB_, IRREGULAR_PAST as IRREGULAR_PAST_, PREPOSITION as PREPOSITION_, RELATIVE as RELATIVE_ } from './word-classes.js';

// The word lists as the tokens' bits (word-classes.ts): every word of every sentence is asked whether it
// is an article, and every word after one for five more lists.
const ARTICLE = ARTICLE_;
/** What ends a description: an article, a preposition, a break, a relative, a clause verb, an irregular past. */
const ENDS_DESCRIPTION = ARTICLE_ | PREPOSITION_ | BREAK_ | RELATIVE_ | CLAUSE_VERB_ | IRREGULAR_PAST_;
/** What ends an "of" complement: as a description, but an article ("of the panel"). */
const ENDS_COMPLEMENT = PREPOSITION_ | BREAK_ | RELATIVE_ | CLAUSE_VERB_ | IRREGULAR_PAST_;

/** Words after the article a description may run to ("a 44-year-old unemployed farm worker"). */
const MOST_WORDS = 4;
/** Words an "of" complement may run to, "of" included ("of the society's small ratings panel"). */
const MOST_COMPLEMENT = 7;
/** A participle after the head is its own clause ("a pedestrian crossing the road", "a man armed with …"). */
const PARTICIPLE = /\p{L}{2}(?:ing|ed)$/u;

/** The person descriptions a sentence names after a verb or a preposition, in order. */
export function objectDescriptions(tokens: Token[]): SpeakerPhrase[] {
  const found: SpeakerPhrase[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const article = tokens[k]!;
    // (A capital "The" opens the sentence or a name.)
    if (article.kind !== 'word' || article.upper || (article.classes & ARTICLE) === 0) continue;
    // After a verb or a preposition: a lower-case word ("of" makes it part of another description).
    const before = tokens[k - 1]!;
    if (before.kind !== 'word' || before.upper || before.lower === 'of' || (before.classes & ARTICLE) !== 0) continue;
    const words: Token[] = [article];
    let owner = false;
    for (let j = k + 1; j < tokens.length && words.length <= MOST_WORDS; j++) {
      const w = tokens[j]!;
      if (w.kind !== 'word') break;
      // "a man's car": the owner is no object of the verb.
      if (w.lower === "'s") {
        owner = true;
        break;
      }
      if ((w.classes & ENDS_DESCRIPTION) !== 0) break;
      words.push(w);
    }
    if (owner) {
      k += words.length - 1;
      continue;
    }
    while (words.length > 2 && PARTICIPLE.test(words[words.length - 1]!.lower)) words.pop();
    // "the head of the society's ratings panel": the head's complement is part of the description.
    const next = k + words.length;
    const of = words.length >= 2 && tokens[next]?.lower === 'of' ? complement(tokens, next) : [];
    k = next - 1 + of.length;
    if (words.length < 2) continue;
    // The head (the word before "of", or the last) must name a person before the phrase is built: most objects are things.
    if (!namesPerson(words[words.length - 1]!.lower)) continue;
    words.push(...of);
    const phrase: SpeakerPhrase = { kind: 'description', text: joinTokens(words), person: false, at: article.start };
    if (personDescription(phrase)) found.push(phrase);
  }
  return found;
}

/** "of the society's ratings panel" from the "of" at `at`: up to the next clause, preposition or punctuation (none if nothing follows). */
function complement(tokens: Token[], at: number): Token[] {
  const words: Token[] = [tokens[at]!];
  for (let j = at + 1; j < tokens.length && words.length <= MOST_COMPLEMENT; j++) {
    const w = tokens[j]!;
    if (w.kind !== 'word' || (w.classes & ENDS_COMPLEMENT) !== 0) break;
    words.push(w);
  }
  while (words.length > 1 && (PARTICIPLE.test(words[words.length - 1]!.lower) || (words[words.length - 1]!.classes & ARTICLE) !== 0)) words.pop();
  return words.length > 1 ? words : [];
}
