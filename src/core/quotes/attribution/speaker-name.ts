/**
 * A capitalised run read as a speaker's name, as people write names in the news: a party word
 * before the name is the person's role, not part of the name ("Democrat Ann Lee" is Ann Lee,
 * a Democrat), whether or not the first name is a common one. Generational suffixes stay in the
 * name (parseNameRun keeps "Jr." and "III": John Smith Jr. is not John Smith).
 */
import type { Token } from '../attribution-tokens.js';
import { joinTokens, parseNameRun, type SpeakerPhrase } from '../speaker-names.js';
import {
  isName as isName_,
} from './token-kinds.js';
import {
  namesOrganisation as namesOrganisation_,
  PARTY_WORDS as PARTY_WORDS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const namesOrganisation = namesOrganisation_;
const PARTY_WORDS = PARTY_WORDS_;

export function parseSpeakerName(tokens: Token[]): SpeakerPhrase | undefined {
  let k = 0;
  while (k < tokens.length && tokens[k]!.upper && PARTY_WORDS.has(tokens[k]!.lower)) k++;
  // Only before a name of two words or more, all capitalised, that is not a body ("Republican National Committee").
  if (k === 0 || tokens.length - k < 2 || !tokens.slice(k).every(isName) || namesOrganisation(tokens, k)) return parseNameRun(tokens);
  const name = parseNameRun(tokens.slice(k));
  if (name?.kind !== 'name') return parseNameRun(tokens);
  const party = joinTokens(tokens.slice(0, k));
  return { ...name, role: name.role ? `${party} ${name.role}` : party, person: true };
}
