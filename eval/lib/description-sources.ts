/**
 * Resolves a definite description Source of the gold annotation ("the senator", "The former first
 * lady", "the council") to the person or organisation the article named, so that a speaker the system
 * names is credited when it is the one the description stands for (PolNeAR annotates the mention
 * nearest the cue: "…," the president said). Checked by hand on a sample of training Sources
 * (eval/description-check). The rule:
 *
 * 1. Only "the/this/that …" without a name, a possessive ("the governor's spokeswoman" is not the
 *    governor) or a relative clause, whose head noun is a role a named person holds (ROLE_HEADS:
 *    titles, offices, candidacies, professions the press uses as epithets) or an organisation's kind
 *    (ORGANISATION_HEADS). Generic people ("the man", "the official", "the spokesman", "the crowd")
 *    are often never named, and documents ("the statement", "the ad") are not speakers: both stay
 *    descriptions, as before.
 * 2. A person (gender kept where the head has one: "first lady", "congresswoman"): the latest person
 *    with the head as a title or in an apposition ("Sen. Ann Voss", "Ivo Brand, a retired surgeon,")
 *    in the Source's paragraph or the one before; else the speaker or subject of its paragraph, then
 *    of the paragraph before (the person the text is about); else, of the people with the role further
 *    back, the one the article mentions most; else unresolved.
 * 3. An organisation: the latest named Source or capitalised name before it whose own words hold the
 *    head ("the council" → "the City Council", "the campaign" → "the Voss campaign"); else unresolved.
 *
 * Unresolved descriptions stay as they are (never the same as a named speaker) and are counted.
 */
import { articleMentions, type Mention, type NamedMention, type Resolution } from './pronoun-sources.js';

/** Roles a named person is called by in place of the name. Lower case; matched on the head noun. */
const ROLE_HEADS = new Set([
  'president', 'senator', 'governor', 'mayor', 'candidate', 'nominee', 'hopeful', 'contender', 'front-runner',
  'frontrunner', 'challenger', 'incumbent', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'speaker',
  'secretary', 'lady', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'leader', 'minister', 'ambassador',
  'director', 'founder', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'tycoon', 'developer',
  'investor', 'neurosurgeon', 'surgeon', 'doctor', 'pollster', 'strategist', 'author', 'host', 'anchor',
  'commentator', 'comedian', 'actor', 'actress', 'star', 'singer', 'economist', 'professor', 'activist',
  'evangelist', 'pastor', 'preacher', 'general', 'veteran', 'prosecutor', 'attorney', 'lawyer', 'executive', 'ceo',
  'publisher', 'editor', 'columnist', 'governor-elect', 'president-elect', 'populist', 'socialist', 'democrat',
  'republican', 'independent', 'libertarian', 'conservative', 'liberal', 'progressive', 'mayor-elect',
]);

/** Kinds of organisation a named one is called by ("the council", "the campaign"). */
const ORGANISATION_HEADS = new Set([
  'council', 'committee', 'campaign', 'office', 'department', 'agency', 'commission', 'administration', 'court',
  'foundation', 'institute', 'university', 'party', 'network', 'newspaper', 'paper', 'board', 'bureau',
  'association', 'union', 'coalition', 'center',
  'centre', 'pac', 'caucus', 'senate', 'congress', 'ministry', 'museum', 'church', 'league',
]);

/**
 * Bodies the press calls by their kind alone, which many an unnamed body is too ("the trade group for
 * the farms"): resolved only by latestBody, near the Source and with no other body between.
 */
const BODY_HEADS = new Set(['group', 'company', 'firm', 'corporation', 'organization', 'organisation']);

/** Words of the names of advocacy and interest bodies, which the press calls "the group" or "the organization". */
const BODY_WORDS = /\b(?:Group|Watch|Coalition|Alliance|Association|Fund|Foundation|Society|Network|Project|PAC|Institute|Center|Centre|League|Federation|Union|Forum|Trust|Action)\b/u;

/** Names whose own words show the kind of body ("Orvane Robotics Inc." is a company), for heads a name rarely holds. */
const BODY_TYPE_NAME: Record<string, RegExp> = {
  company: /\b(?:Inc|Corp|Co|LLC|Ltd|PLC|L\.P|Holdings|Company|Corporation)\.?$/u,
  firm: /\b(?:Inc|Corp|LLC|Ltd|PLC|L\.P|LLP|Partners|Associates)\.?$/u,
  corporation: /\b(?:Inc|Corp|Corporation)\.?$/u,
  group: BODY_WORDS,
  organization: BODY_WORDS,
  organisation: BODY_WORDS,
  newspaper: /\b(?:Times|Post|Journal|Herald|Tribune|Gazette|Globe|Inquirer|Chronicle|Daily News)$/u,
};

/** Words between an article and the head that keep the phrase about the body itself ("a member of the group" is not). */
const MODIFIER = String.raw`(?:(?!(?:of|for|in|at|with|to|by|from|on|and|or)\s)[\p{L}\p{N}'’-]+\s+){0,4}`;
/** What may follow the head when the phrase ends there ("a watchdog group," / "a group based in…"), not "a group spokeswoman". */
const HEAD_END = String.raw`(?=\s*[,.;:)—–]|\s+(?:that|which|who|whose|based|founded|of|with|in|on|for|and)\b)`;
/** A name: capitalised words, with "of", "for", "&" inside ("Friends of the Earth" aside: two capitals around them). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*)*`;
/** Capitalised words that open a sentence or a name run without being part of the body's name. */
const NOT_NAME_START = /^(?:The|A|An|In|On|At|But|And|Then|Later|Last|This|That|When|While|After|Before|Meanwhile|However)\s+/u;
const PEOPLE_ROLES = String.raw`spokes(?:man|woman|person)|president|chief|executive|director|officer|chairman|chairwoman|founder|manager|aide|adviser|advisor|analyst|lawyer|attorney|ceo|head`;
/** A title or a role right before a name: the name is a person's. */
const PERSON_BEFORE = new RegExp(String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.|\b(?:${PEOPLE_ROLES}))\s+$`, 'iu');
/** An apposition that makes the name a person's ("Ola Tan, a company spokeswoman,", "Ola Tan, who…"). */
const PERSON_AFTER = new RegExp(String.raw`^,\s+(?:who\b|(?:a|an|the|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:${PEOPLE_ROLES})\b)`, 'iu');
const SENTENCE_END = /(?<=\p{L}{2,})\.\s+/u;
/** How far back a body called by the head still stands for "the group": the Source's paragraph and this many before. */
const BODY_PARAGRAPHS = 4;

/**
 * Bodies the article calls by the head before `at`: "Civic Watch, a watchdog group," (apposition) and
 * "the watchdog group Civic Watch" (the head before the name), with where each was so called.
 */
function bodiesCalled(text: string, head: string, at: number): Array<{ name: string; at: number }> {
  const before = text.slice(0, at);
  const h = escape(head);
  const out: Array<{ name: string; at: number }> = [];
  const apposition = new RegExp(`(${NAME}),\\s+(?:a|an|the|another)\\s+${MODIFIER}${h}${HEAD_END}`, 'gu');
  for (const m of before.matchAll(apposition)) {
    // A run of capitals may cross a sentence's end ("on Monday. Civic Watch, a group,"): the name is after it.
    const name = m[1]!.split(SENTENCE_END).at(-1)!.replace(NOT_NAME_START, '');
    out.push({ name, at: m.index! + m[0].indexOf(name) });
  }
  const premodified = new RegExp(`(?<![\\p{L}])(?:the|a|an)\\s+${MODIFIER}${h}\\s+(${NAME})`, 'gu');
  for (const m of before.matchAll(premodified)) {
    // "the group Civic Watch. She said…": the name ends with its sentence.
    const name = m[1]!.split(SENTENCE_END)[0]!;
    // "the company President Ola Tan" names the company's officer, not the company.
    if (ROLE_HEADS.has(name.split(/\s+/u)[0]!.toLowerCase())) continue;
    out.push({ name, at: m.index! + m[0].lastIndexOf(name) });
  }
  return out.filter((b) => b.name.length > 1);
}

/** Titles written before a name for a role ("Sen. Ann Voss" is "the senator"). */
const TITLE_FOR: Record<string, RegExp> = {
  senator: /\bSen\.|\bSenator\b/u,
  governor: /\bGov\.|\bGovernor\b/u,
  congressman: /\bRep\./u,
  congresswoman: /\bRep\./u,
  president: /\bPresident\b/u,
  judge: /\bJudge\b/u,
  justice: /\bJustice\b/u,
  general: /\bGen\.|\bGeneral\b/u,
  secretary: /\bSecretary\b/u,
};

const FEMALE_HEADS = new Set(['lady', 'congresswoman', 'chairwoman', 'businesswoman', 'actress']);
const MALE_HEADS = new Set(['congressman', 'businessman']);

const DEFINITE = /^(?:the|this|that)\s+/iu;

/** The head noun of a description: its last word before what qualifies it ("of state", "in Iowa"). */
export function descriptionHead(description: string): string | undefined {
  const words = description
    .trim()
    .replace(DEFINITE, '')
    .split(/\s+(?:of|for|at|in|on|from|with|to|who|whom|that|which|whose)\s+/iu)[0]!
    .split(/\s+/u);
  const last = words[words.length - 1]?.toLowerCase().replace(/[.,;:]+$/u, '');
  return last || undefined;
}

export type DescriptionKind = 'person' | 'organisation' | undefined;

/** What a Source is, if it is a definite description this resolver may resolve. */
export function descriptionKind(source: string): DescriptionKind {
  const s = source.trim();
  if (!DEFINITE.test(s) || /['’]s?\s/u.test(s) || /\b(?:who|whom|whose|which|that)\b/iu.test(s.replace(DEFINITE, ''))) return undefined;
  if (s.split(/\s+/u).length > 6) return undefined;
  const head = descriptionHead(s);
  if (!head) return undefined;
  if (ROLE_HEADS.has(head)) return 'person';
  if (ORGANISATION_HEADS.has(head) || BODY_HEADS.has(head)) return 'organisation';
  return undefined;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The mention carries the role as a title right before its name ("Vermont Sen. Ann Voss", "retired
 * surgeon Ivo Brand": at most three words between, no punctuation) or in an apposition right after it
 * ("Ivo Brand, a retired surgeon,"), not merely somewhere in its sentence.
 */
function carriesRole(text: string, mention: Mention, head: string, source: number): boolean {
  const before = text.slice(Math.max(0, mention.at - 40), mention.at);
  // "Vice President Joe Biden" is not "the president".
  const role = `(?<!vice[\\s-])(?:${escape(head)}${TITLE_FOR[head] ? `|${TITLE_FOR[head]!.source}` : ''})`;
  if (new RegExp(`(?<![\\p{L}-])${role}(?:\\s+[\\p{L}.'’-]+){0,3}\\s+$`, 'iu').test(before)) return true;
  // The described Source itself is no apposition: "…with Ola Tan, the candidate said" names two people.
  // The apposition follows the mention's own words: a bare surname ("Brand, a senator,") is shorter than the full name.
  const end = mention.at + mentionLength(text, mention.at);
  const after = text.slice(end, Math.min(source, end + 80));
  return new RegExp(`^,\\s+(?:who\\s+(?:is|was)\\s+)?(?:a|an|the)?[^,.;:()]{0,50}?(?<![\\p{L}-])${role}(?![\\p{L}-])`, 'iu').test(after);
}

/** The length of the capitalised words a mention starts with ("Brand" of "Brand, a senator,", "Ivo Brand"). */
function mentionLength(text: string, at: number): number {
  return MENTION_WORDS.exec(text.slice(at, at + 80))?.[0].length ?? 0;
}

const MENTION_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*/u;

/** "an interview with host Ola Tan", "hosts Ivo Marsh and Ola Tan": names in a run introduced as the interviewer's. */
const INTERVIEWER_BEFORE = /\b(?:interview(?:ed)?\s+(?:with|by)|asked\s+by|hosts?|moderators?|interviewers?)\s+(?:[^\s.,;:!?]+\s+){0,5}$/u;
/** Roles of those who ask: "the host said" may well be the interviewer. */
const ASKING_ROLES = new Set(['host', 'anchor', 'moderator', 'interviewer', 'columnist', 'editor', 'commentator']);
/** "Tan asked.", "Tan pressed him": the one asking. */
const ASKER_AFTER = /^(?:['’]s?)?\s+(?:asked|asks|pressed|wondered|inquired|interjected)\b/u;

/**
 * One who asks the questions: "the senator said" after an exchange answers them, so the
 * interviewer is no lead for a description (an interview's role is not the description's role).
 */
function interviewer(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.at - 60), mention.at);
  // The mention may be the bare surname: what follows its own capitalised words.
  const after = text.slice(mention.at, mention.at + 80).replace(/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u, '');
  // The run after "hosts" may hold several names ("hosts Ivo Marsh and Ola Tan"), with no stop or comma between.
  return INTERVIEWER_BEFORE.test(before) || ASKER_AFTER.test(after);
}

/**
 * The body a description of its kind stands for: of the names the article shows to be of the kind
 * (called by the head, or a named Source whose name shows it: "Inc."), the one mentioned latest before
 * the Source, when that mention is in the Source's paragraph or the few before it.
 */
function latestBody(text: string, head: string, at: number, named: readonly NamedMention[], holding: string[]): string | undefined {
  const typeName = BODY_TYPE_NAME[head];
  const candidates = [
    ...holding,
    ...bodiesCalled(text, head, at).map((b) => b.name),
    ...(typeName ? named.filter((n) => n.at < at && typeName.test(n.text.trim().replace(/[,;:]+$/u, ''))).map((n) => n.text.trim()) : []),
  ];
  if (candidates.length === 0) return undefined;
  const lastMention = (name: string): number => {
    const bare = name.replace(DEFINITE, '');
    const found = [...text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(bare)}(?![\\p{L}\\p{N}])`, 'gu'))];
    return found.at(-1)?.index ?? -1;
  };
  const best = [...new Set(candidates)].map((name) => ({ name, last: lastMention(name) })).sort((x, y) => y.last - x.last)[0]!;
  if (best.last < 0) return undefined;
  // Paragraph breaks between the mention and the Source.
  const between = text.slice(best.last, at);
  if (between.split(/\n+/u).length - 1 > BODY_PARAGRAPHS) return undefined;
  // A body of the kind introduced since, by description alone ("a trade group", "the group for the farms"), may be the one meant.
  const bare = best.name.replace(DEFINITE, '');
  // The mention's own apposition ("Civic Watch, a watchdog group,") introduces no other body.
  const since = between.slice(bare.length).replace(new RegExp(`^,\\s+(?:a|an|the|another)\\s+${MODIFIER}${escape(head)}${HEAD_END}`, 'u'), '');
  const introduced = new RegExp(`(?<![\\p{L}])(?:(?:a|an|another)\\s+${MODIFIER}${escape(head)}${HEAD_END}|the\\s+${MODIFIER}${escape(head)}\\s+(?:for|of|representing|behind|that|which)\\b)`, 'iu');
  if (introduced.test(since)) return undefined;
  // Another body that spoke or led a sentence since may be the one meant: only people may come between.
  const own = new Set(bare.toLowerCase().split(/\s+/u));
  // A named Source counts as a body unless the text shows it to be a person by a title or a role next to it
  // ("spokeswoman Ola Tan", "Ola Tan, a company spokeswoman,"): a name alone does not tell a person from a firm.
  const person = (n: NamedMention) =>
    PERSON_BEFORE.test(text.slice(Math.max(0, n.at - 40), n.at)) || PERSON_AFTER.test(text.slice(n.at + n.text.length, n.at + n.text.length + 60));
  const other = named.some((n) => n.at > best.last && n.at < at && !person(n) && !n.text.toLowerCase().split(/\s+/u).some((w) => own.has(w.replace(/^the$/u, ''))));
  return other ? undefined : best.name;
}

/** `body`: resolved by latestBody (a body called by its kind), which the hand check samples apart. */
export function resolveDescription(text: string, description: string, at: number, named: readonly NamedMention[]): Resolution & { kind: DescriptionKind; body?: true } {
  const kind = descriptionKind(description);
  const head = descriptionHead(description);
  const unresolved = { source: description, resolved: true, kind };
  if (!kind || !head) return unresolved;
  if (kind === 'organisation') {
    // The kind is part of the name: a capitalised word right before it ("the City Council", "the Voss campaign").
    const word = new RegExp(`(?:^|\\s)\\p{Lu}[\\p{L}.'’-]*\\s+(?:${escape(head)}|${escape(head[0]!.toUpperCase() + head.slice(1))})(?![\\p{L}-])`, 'u');
    const holding = named.filter((n) => n.at < at && word.test(n.text.replace(DEFINITE, '')));
    if (!BODY_HEADS.has(head) && holding.length > 0) return { source: holding.at(-1)!.text, resolved: true, kind };
    const body = latestBody(text, head, at, named, holding.map((n) => n.text.trim()));
    return body ? { source: body, resolved: true, kind, body: true } : unresolved;
  }
  const gender = FEMALE_HEADS.has(head) ? 'f' : MALE_HEADS.has(head) ? 'm' : undefined;
  const people = articleMentions(text, named).filter(
    (m) => m.at < at && m.person.person && (!gender || !m.person.gender || m.person.gender === gender),
  );
  const paragraphStart = (offset: number): number => text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const here = paragraphStart(at);
  let previous = here - 1;
  while (previous > 0 && text[previous - 1] === '\n') previous--;
  const previousStart = previous > 0 ? paragraphStart(previous) : 0;
  const titled = people.filter((m) => carriesRole(text, m, head, at));
  const leads = (from: number, to: number) => people.filter((m) => m.at >= from && m.at < to && (m.speaker || m.subject) && !m.possessive && (ASKING_ROLES.has(head) || !interviewer(text, m)));
  const found = (m: Mention | undefined) => (m ? { source: m.person.name, resolved: true, kind } : undefined);
  // Near the Source, someone with the role; then whom its paragraph, or the one before, is about.
  const near = titled.filter((m) => m.at >= previousStart);
  if (near.length > 0) return found(near.at(-1))!;
  const lead = found(leads(here, at).at(-1)) ?? found(leads(previousStart, here).at(-1));
  if (lead) return lead;
  // Someone with the role further back: of several ("President Obama", "World Bank President Kim"),
  // the one the article mentions most, then the latest.
  if (titled.length > 0) {
    const count = (p: Mention['person']) => people.filter((m) => m.person === p).length;
    const best = [...titled].reverse().sort((x, y) => count(y.person) - count(x.person))[0]!;
    return found(best)!;
  }
  return unresolved;
}
