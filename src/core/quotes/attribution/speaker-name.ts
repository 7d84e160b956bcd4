/**
 * A capitalised run read as a speaker's name, as people write names in the news: a party word
 * before the name is the person's role, not part of the name ("Democrat Ann Lee" is Ann Lee,
 * a Democrat), whether or not the first name is a common one. Generational suffixes stay in the
 * name (parseNameRun keeps "Jr." and "III": John Smith Jr. is not John Smith). So is a hyphenated
 * descriptor written capitalised at a sentence's start ("Mother-of-two Ria Kest").
 */
import type { Token } from '../attribution-tokens.js';
import { descriptionPhrase, joinTokens, parseNameRun, type SpeakerPhrase } from '../speaker-names.js';
import {
  isName as isName_,
} from './token-kinds.js';
import {
  DESCRIPTOR_JOINS as DESCRIPTOR_JOINS_,
  GENDERED_ROLES as GENDERED_ROLES_,
  GROUP_PLURALS as GROUP_PLURALS_,
  namesOrganisation as namesOrganisation_,
  PARTY_WORDS as PARTY_WORDS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const isName = isName_;
const DESCRIPTOR_JOINS = DESCRIPTOR_JOINS_;
const GENDERED_ROLES = GENDERED_ROLES_;
const GROUP_PLURALS = GROUP_PLURALS_;
const namesOrganisation = namesOrganisation_;
const PARTY_WORDS = PARTY_WORDS_;

/**
 * "Mother-of-two", "Stay-at-home": a capitalised compound joined by a lower-case preposition
 * describes a person; a name's parts are each capitalised ("Kell-Fox", "Jean-Luc"), and a compound
 * adjective ("Anti-slavery Whigs") is no person's descriptor.
 */
function descriptorCompound(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || !t.upper || t.text.indexOf('-') <= 0) return false;
  const parts = t.lower.split('-');
  return parts.length >= 3 && parts.slice(1, -1).some((p) => DESCRIPTOR_JOINS.has(p));
}

export function parseSpeakerName(tokens: Token[]): SpeakerPhrase | undefined {
  // "Officials said …": a capitalised plural common noun alone is a group of unnamed people (it is
  // capitalised because it opens the sentence), a description as written, never a name.
  if (tokens.length === 1 && tokens[0]!.upper && GROUP_PLURALS.has(tokens[0]!.lower)) return descriptionPhrase(tokens);
  // The descriptor is the person's role when a name follows it; alone it is a description.
  if (tokens.length >= 2 && descriptorCompound(tokens[0]) && isName(tokens[1])) {
    const name = parseSpeakerName(tokens.slice(1));
    if (name?.kind === 'name' && !namesOrganisation(tokens, 1)) {
      const descriptor = tokens[0]!.text;
      return { ...name, role: name.role ? `${descriptor} ${name.role}` : descriptor, person: true, gender: name.gender ?? GENDERED_ROLES.get(tokens[0]!.lower.slice(0, tokens[0]!.lower.indexOf('-'))) };
    }
  }
  let k = 0;
  while (k < tokens.length && tokens[k]!.upper && PARTY_WORDS.has(tokens[k]!.lower)) k++;
  // Only before a name of two words or more, all capitalised, that is not a body ("Republican National Committee").
  if (k === 0 || tokens.length - k < 2 || !tokens.slice(k).every(isName) || namesOrganisation(tokens, k)) return parseNameRun(tokens);
  const name = parseNameRun(tokens.slice(k));
  if (name?.kind !== 'name') return parseNameRun(tokens);
  const party = joinTokens(tokens.slice(0, k));
  return { ...name, role: name.role ? `${party} ${name.role}` : party, person: true };
}
