/**
 * The speaker a phrase stands for in its article: a name to the person or organisation the
 * registry knows, a pronoun to the latest fitting subject, "the group" to the body named just
 * before, "the woman" to the latest woman named, a description to the person holding that role.
 */
import type { SpeakerPhrase } from '../speaker-names.js';
import { position, paragraphStart, countRole, type Entity, type Mention, type SpeakerRegistry } from '../speaker-registry.js';
import type { Speaker } from '../../types.js';
import {
  COUNT_WORDS,
  DEFINITE_PERSON_GENDER as DEFINITE_PERSON_GENDER_,
  GENDERED_ROLES as GENDERED_ROLES_,
  GENERIC_BODIES as GENERIC_BODIES_,
  NAMED_ROLE_HEADS as NAMED_ROLE_HEADS_,
  MEDIA_WORDS as MEDIA_WORDS_,
  namesOrganisation as namesOrganisation_,
  OBJECT_TO_SUBJECT as OBJECT_TO_SUBJECT_,
  PARENT_GENDER as PARENT_GENDER_,
  PARTY_WORDS as PARTY_WORDS_,
  US_STATES as US_STATES_,
  BODY_HEADS as BODY_HEADS_,
  COLLECTIVE_HEADS as COLLECTIVE_HEADS_,
  COMPLEMENT_OPENERS as COMPLEMENT_OPENERS_,
  GROUP_PLURALS as GROUP_PLURALS_,
  IRREGULAR_PAST as IRREGULAR_PAST_,
  ORGANISATION_WORDS as ORGANISATION_WORDS_,
  PERSON_HEADS as PERSON_HEADS_,
  RELATION_HEADS,
  ROLE_NOUNS as ROLE_NOUNS_,
  THING_AGENT_ENDINGS as THING_AGENT_ENDINGS_,
  THING_COMPOUNDS as THING_COMPOUNDS_,
} from './lexicon.js';

// Local bindings: the word lists and token tests are read in hot loops, not through module getters.
const BODY_HEADS = BODY_HEADS_;
const COLLECTIVE_HEADS = COLLECTIVE_HEADS_;
const COMPLEMENT_OPENERS = COMPLEMENT_OPENERS_;
const GROUP_PLURALS = GROUP_PLURALS_;
const IRREGULAR_PAST = IRREGULAR_PAST_;
const ORGANISATION_WORDS = ORGANISATION_WORDS_;
const PERSON_HEADS = PERSON_HEADS_;
const ROLE_NOUNS = ROLE_NOUNS_;
const THING_AGENT_ENDINGS = THING_AGENT_ENDINGS_;
const THING_COMPOUNDS = THING_COMPOUNDS_;
const DEFINITE_PERSON_GENDER = DEFINITE_PERSON_GENDER_;
const GENDERED_ROLES = GENDERED_ROLES_;
const GENERIC_BODIES = GENERIC_BODIES_;
const NAMED_ROLE_HEADS = NAMED_ROLE_HEADS_;
const MEDIA_WORDS = MEDIA_WORDS_;
const namesOrganisation = namesOrganisation_;
const OBJECT_TO_SUBJECT = OBJECT_TO_SUBJECT_;
const PARENT_GENDER = PARENT_GENDER_;
const PARTY_WORDS = PARTY_WORDS_;
const US_STATES = US_STATES_;

/** "the group", "the nonprofit watchdog", "the Norland space agency": a definite description of a body, resolved to the body named before. */
const DEFINITE_BODY = /^the\s+(?:[\p{Ll}-]+\s+){0,2}(group|company|firm|organization|organisation|nonprofit|watchdog|charity|agency|committee|commission|council|union|board|campaign|ministry|department|bank|network|newspaper|paper|magazine|coalition|association|club)$/iu;
/**
 * "the former secretary of state", "The famously gruff senator", "the Unionist presidential
 * candidate": a definite description and its head noun (a party, a place or a nationality before it
 * is capitalised; the head is not).
 */
const NAMED_ROLE = /^[Tt]he\s+(?:[\p{L}-]+\s+){0,4}?(\p{Ll}[\p{Ll}-]*)(?:\s+of\s+[\p{Ll}\s]+)?$/u;
/** "NASA", "FEMA": a body by its initials, which the text goes on to call "the agency". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const COUNT = `(?:\\d+|${COUNT_WORDS.join('|')})`;
/**
 * "the 31-year-old", "the nine-time champion", "the 14-time major winner", "the mother-of-two": an
 * age, a record or a family count the press puts in place of a name (group 1: the parent word).
 */
const BY_NUMBER = new RegExp(`^[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${COUNT}-(?:year-old|time)|(${[...PARENT_GENDER.keys()].join('|')})-of-${COUNT})(?:\\s+[\\p{L}-]+){0,3}$`, 'u');
/** "his mother", "her lawyer": a relation of someone the pronoun stands for. */
const RELATION = /^(?:his|her|their)\s+(\p{L}+)$/iu;

/** "a spokesman", "one adviser", "another official": an indefinite description. */
const INDEFINITE = /^(?:an?|one|another)\s/iu;
/** "the woman", "the man": resolved to the latest person of that gender named. */
const DEFINITE_PERSON = /^the\s+(woman|man|girl|boy|lady)$/iu;

/**
 * "… on the set of Crown of Thorns: The Story of Mary of Bethany Quill said:": a photo caption run into
 * the text without a full stop makes one capitalised run of the caption and the surname after it. A
 * run with "of" inside that is no organisation and no person's name, ending in a capitalised word and
 * the surname of a person named before, is that person.
 */
function gluedCaption(registry: SpeakerRegistry, phrase: SpeakerPhrase, at: number): Entity | undefined {
  if (phrase.person || !phrase.text.includes(' of ')) return undefined;
  const words = phrase.text.split(' ');
  // ("Supporters of Marlow" is a description of them, not a caption: the surname follows a capitalised word.)
  if (words.length < 3 || words[words.length - 2] === 'of') return undefined;
  const tokens = words.map((w) => w.toLowerCase());
  if (namesOrganisation(tokens)) return undefined;
  const surname = registry.find(words[words.length - 1]!, at);
  return surname && surname.person && surname.tokens.length >= 2 && surname.tokens[surname.tokens.length - 1] === tokens[tokens.length - 1] ? surname : undefined;
}

/**
 * The speaker a phrase stands for; `commit` false looks without recording the mention (the ranker's
 * preview). `sentenceAt`, where the phrase's sentence starts, lets a role description prefer whom the
 * paragraph is about before that sentence to a titled holder named paragraphs back.
 */
/** A further member of a kind just described: "another", "a third", "yet another". */
const ANOTHER = /^((?:yet\s+)?another|an?\s+(?:second|third|fourth|fifth))$/iu;
/** A member of a kind: "one fan", "a neighbour", "one local resident" (the kind is what follows). */
const MEMBER_HEAD = /^(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(\p{Ll}[\p{L}\s-]*)$/u;

export function resolve(registry: SpeakerRegistry, phrase: SpeakerPhrase, role: string | undefined, at: number, focus = true, commit = true, sentenceAt?: number): { speaker?: Speaker; entity?: Entity } {
  // A Title Case headline runs the verb into the name ("Ada Whitlow Hammers Harbour Bank Chief"):
  // a person the article names at its start is the speaker.
  if (at < position(0, 0) && phrase.kind !== 'pronoun') {
    const words = phrase.text.split(/\s+/u);
    for (let size = Math.min(3, words.length - 1); size >= 2; size--) {
      const entity = registry.find(words.slice(0, size).join(' '), Infinity);
      if (entity?.person) return { speaker: registry.speakerOf(entity), entity };
    }
  }
  if (phrase.kind === 'name') {
    // "The Kells told …": a family by its plural surname is the couple the article named.
    const family = phrase.text.endsWith('s') ? registry.familyOf(phrase.text) : undefined;
    if (family) return { speaker: { name: family } };
    const glued = gluedCaption(registry, phrase, at);
    if (glued) {
      if (commit) registry.mention(glued, at, focus);
      return { speaker: registry.speakerOf(glued), entity: glued };
    }
    if (!commit) {
      const known = registry.find(phrase.text, at, phrase.gender);
      return known ? { speaker: registry.speakerOf(known), entity: known } : { speaker: { name: phrase.text } };
    }
    const entity = registry.find(phrase.text, at, phrase.gender) ?? registry.add(phrase, at);
    if (role && !entity.roleCounts?.has(role)) countRole(entity, role);
    if (role && !entity.role) entity.role = role;
    if (!entity.person && entity.tokens.length > 1 && phrase.person !== false) entity.person = entity.person || Boolean(role);
    registry.mention(entity, at, focus);
    return { speaker: registry.speakerOf(entity), entity };
  }
  if (phrase.kind === 'pronoun') {
    const pronoun = OBJECT_TO_SUBJECT.get(phrase.text) ?? phrase.text;
    let entity: Entity | undefined;
    if (pronoun === 'he' || pronoun === 'she') {
      const gender = pronoun === 'he' ? 'm' : 'f';
      // The pronoun's own vote counts: a person introduced without a known gender is confirmed by
      // the first "he" or "she" that follows them as the latest subject.
      // Only the votes up to this pronoun count: a later "she" about someone else must not unmake him.
      const fits = fitsPronounBefore(registry, gender, at);
      // Failing that, a possible person no pronoun has contradicted yet.
      const maybe = maybePersonOf(registry, gender, at);
      // The latest fitting subject (main or leading clause), then anyone who fits.
      // A subject that is no known person and has had no "he"/"she" before this one ("Port Selwyn
      // still books every crossing …") fits only by this pronoun's own vote: a speaker shown to fit (a
      // title, a first name, a role, earlier pronouns) in this paragraph or the one before ("Ms.
      // Okonkwo said") is the likelier antecedent. (A subject merely described before does not
      // outrank a new one: "Ysolde laughed. … she said" is Ysolde; nor does a speaker outrank a full
      // name the paragraph brings in as its subject: introducedHere.)
      const confirmed = shownToFit(registry, gender, at, fits);
      entity = registry.latest(at, fits, true);
      if (entity && !confirmed(entity) && !introducedHere(registry, entity, at)) {
        const since = paragraphStart(at, 1);
        const shown = registry.latestMention(at, confirmed, true, true);
        if (shown && shown.position >= since) entity = shown.entity;
      }
      entity ??= registry.latest(at, fits) ?? registry.latest(at, maybe, true) ?? registry.latest(at, maybe);
      // "Professor … Says He Was ‘Being Provocative’": a headline's pronoun is the first person the story names.
      if (at < position(0, 0)) entity = registry.firstMention(position(0, 0), (e) => e.person && (registry.genderOf(e) ?? gender) === gender)?.entity ?? entity;
      // "The 44-year-old man was arrested … “…,” he told officers": with nobody named whom the pronoun
      // fits, the person a description made the subject of this paragraph or the one before (the
      // latest that agrees in gender). Never a name's rival: a fitting named person anywhere comes first.
      // Failing a subject, a person described after a verb there ("Police arrested a 44-year-old man on
      // Friday. “…,” he told officers"): the one the story went on to quote.
      if (!entity && at >= position(0, 0)) {
        const agrees = agreesWith(gender);
        const from = paragraphStart(at, 1);
        const described = registry.latestPersonDescription(at, from, agrees) ?? registry.latestPersonDescription(at, from, agrees, true);
        if (described) return { speaker: { name: personDescription(described.phrase)!.text } };
      }
    } else if (pronoun === 'it' || pronoun === 'they' || pronoun === 'we') {
      // Like "he" and "she": the latest subject first ("Politifact did … On Tuesday they published …"),
      // a named organisation or a description, whichever came last.
      const named = registry.latestMention(at, (e) => !e.person, true);
      const described = registry.latestDescription(at);
      if (described && (!named || described.position >= named.position) && at - described.position < 2e6) return { speaker: { name: described.phrase.text } };
      entity = named?.entity ?? registry.latest(at, (e) => !e.person);
    }
    if (!entity) return {};
    return { speaker: registry.speakerOf(entity), entity };
  }
  // "One fan wrote: “…” Another added: “…”": another of the kind just described, never the same one.
  const other = ANOTHER.exec(phrase.text);
  if (other) {
    const from = paragraphStart(at, 1);
    const described = registry.latestPersonDescription(at, from, (d) => MEMBER_HEAD.test(d.text));
    const head = described ? MEMBER_HEAD.exec(described.phrase.text)?.[1] : undefined;
    return { speaker: { name: head ? `${other[1]} ${head}` : phrase.text } };
  }
  // "the woman wrote" after "… by a constituent, Loretta Ashby": a definite gendered noun is the
  // latest person of that gender mentioned, subject or not, in this paragraph or the one before;
  // never one the article gives a title or role ("Sen. Varga" is "the senator": "the woman" who
  // heckles her is someone else), and nobody further back (a new, unnamed person).
  const gendered = DEFINITE_PERSON.exec(phrase.text);
  if (gendered) {
    const gender = DEFINITE_PERSON_GENDER.get(gendered[1]!.toLowerCase())!;
    const mention = registry.latestMention(at, (e) => (e.person || e.candidate) && !e.role && !e.titles && registry.genderOf(e, at + 1) === gender);
    const from = paragraphStart(at, 1);
    if (mention && mention.position >= from) {
      // "Maria Holt runs the shop. … Outside, an elderly customer was upset … said the woman": a
      // person a description made a subject after she was last named is someone new, unnamed on purpose
      // (not one described by a post: "The officer asked for her licence" leaves "the woman" to Dana Holt).
      const described = registry.latestPersonDescription(at, from, agreesWithoutPost(gender));
      if (described && described.position > mention.position) return { speaker: { name: phrase.text } };
      return { speaker: registry.speakerOf(mention.entity), entity: mention.entity };
    }
  }
  // "the group called …" after "the nonpartisan Civic Debate Monitor": the body named just before
  // ("the agency noted" after "ORSA said": an agency is mostly named by its initials).
  const body = DEFINITE_BODY.exec(phrase.text);
  if (body) {
    const head = body[1]!.toLowerCase();
    // A generic head takes an organisation by its name, or a body that was the subject of a sentence (not "County Road").
    // ("the group chanted" after "According to the Eastbrook Register" is not the newspaper.)
    const named = namedBody(head);
    const organisation = organisationNamed(head, named);
    const subjects = registry.latestMention(at, named, true);
    const organisations = registry.latestMention(at, organisation);
    const mention = subjects && (!organisations || subjects.position > organisations.position) ? subjects : organisations;
    // "Norcare said … On Thursday, a lobby group for the small insurers set out its worries.
    // “…,” the group wrote": a body a description made a subject since the last named one was (a name
    // merely mentioned after it, "the crowd gathered before a ride to Kell Hall", aside) is the one
    // meant, and unnamed.
    const described = registry.latestDescription(at);
    if (mention && described && at - described.position < 2e6 && (!subjects || described.position > subjects.position) && describesBody(described.phrase.text, head)) return { speaker: { name: phrase.text } };
    if (mention && at - mention.position < 2e6) return { speaker: registry.speakerOf(mention.entity), entity: mention.entity };
  }
  // "His mother, Ada Lee, wept in court. … his mother said": the person the article named as that relation.
  const relation = RELATION.exec(phrase.text)?.[1]?.toLowerCase();
  if (relation && RELATION_HEADS.has(relation)) {
    const named = registry.latestMention(at, (e) => e.relations?.has(relation) === true);
    if (named) return { speaker: registry.speakerOf(named.entity), entity: named.entity };
  }
  const holders = registry.holdersOf(phrase.role ?? phrase.text);
  if (holders.length > 0) {
    const holder = registry.latestMention(at, (e) => holders.includes(e));
    // "Brel stopped by his headquarters. Walking in, the senator said …" with the titled senator named
    // paragraphs back: whom this paragraph is about before the sentence, when no holder is named in it
    // (never a name in the sentence itself: "Brel is reckless, the senator said").
    const here = paragraphStart(at);
    const lead = holder && holder.position < here && sentenceAt !== undefined ? roleLead(registry, phrase.text, sentenceAt, here) : undefined;
    if (lead) return { speaker: registry.speakerOf(lead.entity), entity: lead.entity };
    const entity = holder?.entity;
    // "A Danish minister said …" before the minister is named is the one the article goes on to name;
    // "said one party adviser" after an adviser was named brings in someone new (often unnamed on purpose).
    if (!entity || !INDEFINITE.test(phrase.text)) return { speaker: registry.speakerOf(entity ?? holders[0]!), entity: entity ?? holders[0]! };
  }
  // "“…,” added the 31-year-old": a description by age, record or family count is, like a role below,
  // whom this paragraph or the one before is about (its latest person subject), of the parent's gender.
  const byNumber = BY_NUMBER.exec(phrase.text);
  if (byNumber) {
    const last = phrase.text.slice(phrase.text.lastIndexOf(' ') + 1).toLowerCase();
    const gender = byNumber[1] ? PARENT_GENDER.get(byNumber[1]) : GENDERED_ROLES.get(last);
    // (A possible person counts: an age is said only of people.)
    const lead = registry.latestMention(at, (e) => (e.person || e.candidate) && !e.place && !e.organisation && (!gender || (registry.genderOf(e, at) ?? gender) === gender), true);
    if (lead && lead.position >= paragraphStart(at, 1)) return { speaker: registry.speakerOf(lead.entity), entity: lead.entity };
    return { speaker: { name: phrase.text } };
  }
  // "“…,” the senator said" where nobody was given the title: a role the press puts in place of a
  // named person's name stands for whom this paragraph, or the one before, is about (its latest
  // person subject); never a possessive ("the senator's aide") or a generic head ("the official"),
  // nor a body whose name an apposition made a person ("Kessel Youth PAC, launched by …,").
  const lead = roleLead(registry, phrase.text, at, paragraphStart(at, 1));
  // "Bellamy was sentenced. Jailing him, the judge said …": whom the sentence already has as an object
  // before the description is someone the described person acts on, not the described person.
  if (lead && !(sentenceAt !== undefined && objectOfSentence(registry, lead.entity, sentenceAt, at))) return { speaker: registry.speakerOf(lead.entity), entity: lead.entity };
  return { speaker: { name: phrase.text } };
}

/**
 * "the Ohio Democrat": a US state and a party in place of the name (parseSpeakerName leaves the
 * article out). The party word is the role's head. (A party word alone is often what is left of a
 * longer phrase, "one senior Democrat", "six in 10 Republicans": not read so.)
 */
function partyHead(text: string): string | undefined {
  const words = text.toLowerCase().split(' ');
  const first = words[0] === 'the' ? 1 : 0;
  const last = words[words.length - 1]!;
  if (!PARTY_WORDS.has(last) || words.length - first < 2 || words.length - first > 3) return undefined;
  return US_STATES.has(words.slice(first, -1).join(' ')) ? last : undefined;
}

/** For "the <role>" (a head in NAMED_ROLE_HEADS, or a party): the latest person subject since `from` who may hold it. */
function roleLead(registry: SpeakerRegistry, text: string, at: number, from: number): Mention | undefined {
  const named = NAMED_ROLE.exec(text)?.[1]?.toLowerCase();
  const roleHead = named && NAMED_ROLE_HEADS.has(named) ? named : partyHead(text);
  if (!roleHead) return undefined;
  const gender = GENDERED_ROLES.get(roleHead);
  const lead = registry.latestMention(at, (e) => e.person && !e.place && !namesOrganisation(e.tokens) && (!gender || (registry.genderOf(e, at) ?? gender) === gender), true);
  return lead && lead.position >= from ? lead : undefined;
}

/** Does an object "him"/"her" of the entity's gender stand between the sentence's start and the description? */
function objectOfSentence(registry: SpeakerRegistry, entity: Entity, sentenceAt: number, at: number): boolean {
  const gender = registry.genderOf(entity, at);
  return gender !== undefined && registry.objectPronounBetween(sentenceAt, at, gender);
}

// The predicates resolve hands the registry, made here rather than as named closures inside it: tsx
// (keepNames) names every named closure as it is created, on every quote (the arrows returned are unnamed).

/** A person the pronoun's gender fits, counting the votes up to this pronoun. */
function fitsPronounBefore(registry: SpeakerRegistry, gender: 'm' | 'f', at: number): (e: Entity) => boolean {
  return (e) => registry.fitsPronoun(e, gender, at + 1);
}

/**
 * "Hollis Brack shrugged. ‘…,’ he said": a name of two or more words the article first gives in the
 * pronoun's own paragraph, as that paragraph's subject, is someone brought in to be heard, not a place
 * the paragraph talks about. Not when the paragraph has called something "it" since ("… through its
 * office"), nor when the name was given before inside a longer one ("near Calder Fenn Primary
 * School"): what a place or a body is named after.
 */
function introducedHere(registry: SpeakerRegistry, entity: Entity, at: number): boolean {
  if (entity.tokens.length < 2) return false;
  const first = registry.firstMention(0, namedWithin(entity));
  if (!first || first.position < paragraphStart(at)) return false;
  return !registry.neuterBetween(first.position, at);
}

/** The entity itself, or one whose name holds its whole name ("Calder Fenn Primary School" for "Calder Fenn"). */
function namedWithin(entity: Entity): (e: Entity) => boolean {
  const words = entity.tokens;
  return (e) => {
    if (e === entity) return true;
    const longer = e.tokens;
    for (let i = 0; i + words.length <= longer.length; i++) {
      let j = 0;
      while (j < words.length && longer[i + j] === words[j]) j++;
      if (j === words.length) return true;
    }
    return false;
  };
}

/**
 * The tests the pronoun branch of `resolve` applies to a "he" or "she" at `at` (fits by gender and
 * the votes before it; a possible person not contradicted; shown to fit), for listing the other
 * antecedents the ranker may choose (pronoun-antecedents.ts).
 */
export function pronounTests(registry: SpeakerRegistry, gender: 'm' | 'f', at: number): { fits: (e: Entity) => boolean; maybe: (e: Entity) => boolean; shown: (e: Entity) => boolean } {
  const fits = fitsPronounBefore(registry, gender, at);
  return { fits, maybe: maybePersonOf(registry, gender, at), shown: shownToFit(registry, gender, at, fits) };
}

/** A possible person no pronoun has contradicted yet. */
function maybePersonOf(registry: SpeakerRegistry, gender: 'm' | 'f', at: number): (e: Entity) => boolean {
  return (e) => (e.person || e.candidate) && !e.place && !e.organisation && (registry.genderOf(e, at + 1) ?? gender) === gender;
}

/** One that fits and was shown to fit before this pronoun (a known person, or an earlier vote). */
function shownToFit(registry: SpeakerRegistry, gender: 'm' | 'f', at: number, fits: (e: Entity) => boolean): (e: Entity) => boolean {
  return (e) => fits(e) && (e.person || registry.genderOf(e, at) === gender);
}

/** "The 44-year-old", "a 19-year-old": an age stands for a person. */
const AGE = /-year-old$/u;

/**
 * A subject description that names a person ("The 44-year-old man", "A local shopkeeper", "The
 * veteran keeper swam": the verb the parser ran on to is cut), with the gender its head carries.
 * Only a singular description with an article: "his mother" or "officers" is no speaker's name.
 */
export function personDescription(phrase: SpeakerPhrase): { text: string; gender?: 'm' | 'f' } | undefined {
  const words = phrase.text.split(' ');
  while (words.length > 2 && IRREGULAR_PAST.has(words[words.length - 1]!.toLowerCase())) words.pop();
  if (words.length < 2 || !/^(?:the|a|an)$/iu.test(words[0]!)) return undefined;
  // "The mother of the boy", "the head of the society's ratings panel": the head comes before "of".
  const of = words.indexOf('of');
  const head = words[of > 1 ? of - 1 : words.length - 1]!.toLowerCase();
  if (!/^[\p{Ll}\p{N}-]+$/u.test(head)) return undefined;
  if (!namesPerson(head)) return undefined;
  const gender = GENDERED_ROLES.get(head) ?? DEFINITE_PERSON_GENDER.get(head) ?? PARENT_GENDER.get(head) ?? (/woman$/u.test(head) ? 'f' : /man$/u.test(head) ? 'm' : undefined);
  return gender ? { text: words.join(' '), gender } : { text: words.join(' ') };
}

/** A person description of no post (a cashier, a passenger, not an officer) a "he" or "she" may stand for. */
function agreesWithoutPost(gender: 'm' | 'f'): (phrase: SpeakerPhrase) => boolean {
  const agrees = agreesWith(gender);
  return (phrase) => {
    if (!agrees(phrase)) return false;
    const head = phrase.text.slice(phrase.text.lastIndexOf(' ') + 1).toLowerCase();
    return !ROLE_NOUNS.has(head) && !NAMED_ROLE_HEADS.has(head);
  };
}

/** The listed agent nouns a compound may end with ("shopkeeper", "firefighter", "schoolteacher"). */
const AGENT_TAILS = [...PERSON_HEADS, ...ROLE_NOUNS].filter((w) => w.length >= 5 && /(?:er|or)$/u.test(w) && !BODY_HEADS.has(w));

/**
 * Does a description's head noun name a person? A listed kind (a role, an occupation, a tie, what befell
 * someone), an age, a gendered noun, a noun in -man, -woman or -person, an agent in -ist, or a compound
 * ending in a listed agent noun. An agent's ending alone is no test: "the banner", "the printer".
 */
export function namesPerson(head: string): boolean {
  let known = personHeads.get(head);
  if (known === undefined) {
    // (Forgotten all at once past the bound: a table of words, not of texts.)
    if (personHeads.size >= MAX_PERSON_HEADS) personHeads.clear();
    known = headNamesPerson(head);
    personHeads.set(head, known);
  }
  return known;
}

/**
 * `namesPerson`'s answers by head word: it is asked of every described subject and object, and a head that is
 * no listed word tries every agent noun as a compound's tail.
 */
const personHeads = new Map<string, boolean>();
const MAX_PERSON_HEADS = 1 << 14;

function headNamesPerson(head: string): boolean {
  if (THING_COMPOUNDS.has(head) || THING_AGENT_ENDINGS.has(head)) return false;
  if (AGE.test(head) || GENDERED_ROLES.has(head) || DEFINITE_PERSON_GENDER.has(head) || PARENT_GENDER.has(head) || PERSON_HEADS.has(head) || NAMED_ROLE_HEADS.has(head)) return true;
  if (ROLE_NOUNS.has(head)) return !BODY_HEADS.has(head);
  if (/(?:man|woman|person)$/u.test(head)) return !ORGANISATION_WORDS.has(head);
  // ("checklist" and "wrist" are listed as things; "cyclist" and "novelist" end in -list too.)
  if (/\p{L}{3}ist$/u.test(head)) return true;
  // "co-worker", "ex-soldier": the word after the hyphen.
  const hyphen = head.lastIndexOf('-');
  if (hyphen > 0) return headNamesPerson(head.slice(hyphen + 1));
  for (const tail of AGENT_TAILS) if (head.length - tail.length >= 3 && head.endsWith(tail)) return true;
  return false;
}

/** A person description a "he" or "she" may stand for. */
function agreesWith(gender: 'm' | 'f'): (phrase: SpeakerPhrase) => boolean {
  return (phrase) => {
    const described = personDescription(phrase);
    return described !== undefined && (described.gender ?? gender) === gender;
  };
}


/**
 * Is a described subject ("a lobby group for …", "the crowd") a new body "the <head>"
 * stands for? Its own head, or a gathering of people for "the group".
 */
function describesBody(text: string, head: string): boolean {
  // ("The company said …" is the body named before, not a new one.)
  if (DEFINITE_BODY.test(text)) return false;
  const words = text.toLowerCase().split(' ');
  let end = words.findIndex((w, i) => i > 0 && COMPLEMENT_OPENERS.has(w));
  if (end < 0) end = words.length;
  const own = words[end - 1]!;
  return own === head || (head === 'group' && (COLLECTIVE_HEADS.has(own) || GROUP_PLURALS.has(own)));
}

/** A body "the <head>" can stand for: no person, no pronoun votes, and named by the head (or any, for a generic head). */
function namedBody(head: string): (e: Entity) => boolean {
  return (e) => !e.person && e.votes.m.length + e.votes.f.length === 0 && (GENERIC_BODIES.has(head) || e.tokens.includes(head) || (head === 'agency' && ACRONYM.test(e.name))) && !(head === 'group' && e.tokens.some((t) => MEDIA_WORDS.has(t)));
}

/** Such a body that names an organisation (for a generic head). */
function organisationNamed(head: string, named: (e: Entity) => boolean): (e: Entity) => boolean {
  return (e) => named(e) && (!GENERIC_BODIES.has(head) || namesOrganisation(e.tokens));
}
