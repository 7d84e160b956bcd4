/**
 * Whether a sentence can stand on its own as a key point: a reader sees it out of its article, so
 * it must not lean on a pronoun the briefing never resolved, speak in a first person nobody owns,
 * or carry half a quotation.
 */

import { hasIrregularPast } from './preview-report.js';

const PRONOUN_SUBJECT = /^(?:he|she|it|they|his|her|its|their|this|these|those|him|them)\b(?![-’'])/i;

/**
 * A count with no noun for its subject: "About 65,000 were sold in Norland", "Three were taken to hospital". What
 * was counted is in the sentence before (or in a question above it), as with a pronoun. Not a year ("2016 was …").
 */
const ELIDED_COUNT = /^(?:(?:about|around|nearly|almost|more than|over|some|at least|only|just|another)\s+)?(?:(?!(?:1[89]|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:were|was|are|is|have|had|has|will|would|remain|remained)\b/i;

/**
 * "It" with a form of "be" (or "seems"), and the adverbs that may follow: "It is", "It’s not yet", "It’s been
 * extremely", "It was not immediately". Case-sensitive: the sentence opens with it, and a name after it is a capital.
 */
const IT_BE = String.raw`^It(?:['’]s(?:\s+been)?|\s+(?:is|was|has been|had been|will be|would be|remains|remained|seems|seemed|appears|appeared))\s+(?:(?:not|also|still|now|yet|immediately|already|so|very|too|far|pretty|quite|\p{Ll}+ly)\s+)*`;
/** What opens a clause whose "that" is left out: "It is unlikely the bill will pass", "It is thought Kessel …". */
const CLAUSE_START = String.raw`(?:the|a|an|his|her|their|there|this|these|those|some|many|most|no|any|more|about|at least|up to|\p{Lu}\p{L}*)\b`;
/**
 * The shapes in which "it" stands for no thing: an adjective or a participle that opens a clause ("It is unclear
 * whether …", "It’s not yet known how many …", "It is understood that …", "It is thought the fire …"), "to" or "for"
 * after a judgement or a time ("It is illegal to …", "It is too early to say", "It’s time for …", "It has been
 * common for writers to …"), the weather, time since or the nth time, and "no secret that". Not "It is likely to
 * close", "It is expected to open", "It is hard to reach", "It’s a twist on …": there "it" is the thing.
 */
const DUMMY_IT = new RegExp(
  IT_BE +
    '(?:' +
    [
      String.raw`(?:clear|unclear|known|unknown|certain|uncertain|likely|unlikely|possible|impossible|probable|true|untrue|obvious|evident|apparent|doubtful|important|vital|essential|crucial|surprising|striking|unusual|strange|ironic|a mystery|no secret|no surprise|no wonder|no coincidence|no accident)\s+(?:that|whether|if|how|why|what|when|where|who|which|${CLAUSE_START})`,
      String.raw`(?:understood|thought|believed|expected|hoped|feared|estimated|reported|said|claimed|alleged|known|agreed|announced|confirmed|suggested|rumou?red|assumed|accepted)\s+(?:(?!to\b)[\p{L}’'-]+\s+){0,4}?that\b`,
      String.raw`(?:understood|thought|believed|reported|feared|alleged|rumou?red)\s+${CLAUSE_START}`,
      String.raw`(?:important|necessary|vital|essential|illegal|unusual|rare|common|normal|usual|customary|possible|impossible|time|too early|too soon|too late)\s+(?:for\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?\s+)?to\b`,
      String.raw`time\s+for\b`,
      String.raw`(?:raining|snowing|pouring|cold|hot|warm|dark|sunny|windy|freezing)\b`,
      String.raw`(?:(?:more than|almost|nearly|about|over|just)\s+)?[\p{L}\d-]+\s+(?:years?|months?|weeks?|days?|hours?|decades?)\s+since\b`,
      String.raw`the\s+(?:first|second|third|fourth|fifth|last|only|latest)\s+time\b`,
    ].join('|') +
    ')',
  'u',
);

/** "It" opening the sentence as a dummy subject (`DUMMY_IT`): it refers to nothing, so the sentence needs no referent. */
export function dummyIt(text: string): boolean {
  return text.charCodeAt(0) === 73 && DUMMY_IT.test(text);
}
/** A subject that is only a generic noun: it names nobody unless the briefing named them first. */
const GENERIC_SUBJECT = /^(?:the|this|that)\s+(?:company|firm|group|company's|firm's|group's|ceo|chief executive|organisation|organization|network|social network|\d+-year-old|man|woman|boy|girl|couple|pair|victim|suspect|star|actress|actor|singer|player|driver|mother|father)\b/i;

/** After an opening quotation, its speaker: "'…,' she said" names nobody either. */
const PRONOUN_SPEAKER = /^[\s,.;:!?—–-]*(?:he|she|they|it)\s+(?:said|says|added|adds|told|tells|explained|admitted|insisted|wrote|continued|warned|claimed|recalled|revealed)\b/i;

/**
 * "He said…", "It will…", "'…,' she said.": the subject or the speaker is a pronoun, so the
 * sentence needs the one before it. `outside` is the sentence with its quotations blanked.
 */
export function pronounSubject(text: string, outside?: string): boolean {
  if (PRONOUN_SUBJECT.test(text)) return !dummyIt(text);
  if (ELIDED_COUNT.test(text)) return true;
  return outside !== undefined && /^['‘"“]/.test(text) && PRONOUN_SPEAKER.test(outside);
}

/** "The company said…": a subject that names nobody on its own. */
export function genericSubject(text: string): boolean {
  return GENERIC_SUBJECT.test(text);
}

/**
 * A comparison or contrast with something the sentence does not state ("Mr. Voss's plans look thin
 * by comparison.", "By contrast, the city spent…", "Similarly, …"): it means something only after
 * the sentence it answers. "In comparison with last year…" states its term and stands alone.
 */
const UNSTATED_COMPARISON = /\b(?:by|in) (?:comparison|contrast)\b(?!\s+(?:with|to)\b)/i;
const ANSWERING_OPENER = /^(?:similarly|likewise|instead|even so|otherwise|on the other hand|on the contrary|conversely|in turn|nevertheless|nonetheless)\b/i;

/** The sentence compares with or answers the one before it: it needs that one as a point first. */
export function unstatedComparison(text: string): boolean {
  if (ANSWERING_OPENER.test(text.trimStart())) return true;
  // Most sentences compare with nothing: a plain search first, the pattern only where it can match.
  return (text.includes('ompar') || text.includes('ontrast')) && UNSTATED_COMPARISON.test(text);
}

/**
 * A sentence that opens in the first person plural: an outlet's or a firm's own voice copied in with no speaker ("We
 * will be bringing you the latest updates …", "Our thoughts are with his family …", "We apologise to our customers …").
 * Only at the opening: "the figures tell us" or "one of our readers" in the middle is as often nobody's; and not "Our"
 * opening a name ("Our Principles PAC", "Our Lady of …").
 */
const OPENS_WE = /^\s*(?:We|Our(?!\s+\p{Lu})|We[’'](?:re|ve|ll|d))\b/u;

const SPEECH = /\b(?:said|says|told|added|wrote|tweeted|posted|stated|explained|according to|insisted|argued|claimed|announced|declared|asked|replied|warned)\b/i;

/**
 * First person singular outside quotation marks with no speaker in the sentence ("I am glad to
 * announce…" lifted from a post): speech nobody owns. `outside` is the sentence with its quotations
 * blanked. A speaker given before a colon ("Antonio Tajani: I have…") or by a speech verb owns it.
 */
export function unownedFirstPerson(text: string, outside: string): boolean {
  if (!/(?:^|[^\p{L}’'])(?:I|[Mm]e|[Mm]y|[Mm]yself|I’m|I'm|I’ve|I've|I’ll|I'll|I’d|I'd)(?![\p{L}])/u.test(outside) && !possessiveMine(outside) && !OPENS_WE.test(outside)) return false;
  if (SPEECH.test(outside)) return false;
  return !/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}:\s/u.test(text);
}

/**
 * Someone told the writer: "The mayor told me the bridge would reopen", "…, Ada Berg, 52, explained to me." The
 * speech verb is the speaker's, but the first person is the writer's own, and a news story's key points report
 * what happened, not whom the writer spoke to. (Only "me": "the figures tell us" is as often nobody's.)
 */
const TOLD_THE_WRITER = /\b(?:told|tells|tell|telling|said to|says to|wrote to|writes to|explained to|explains to|admitted to|admits to|confided to|confirmed to|insisted to|emailed|texted|messaged|assured|showed|shown|reminded|warned)\s+me\b/;

/** First person outside quotation marks that is the writer's, spoken to (`TOLD_THE_WRITER`). */
export function writersFirstPerson(outside: string): boolean {
  return outside.includes(' me') && TOLD_THE_WRITER.test(outside);
}

/**
 * "mine" as the first person ("the decision was mine", "a friend of mine", "Mine was the last car"), not the
 * pit ("the Skorva copper mine", "a mine operator").
 */
function possessiveMine(outside: string): boolean {
  if (!outside.includes('ine')) return false;
  return /\b(?:is|was|are|were|be|been|of|and|or)\s+mine\b(?!\s+(?:shaft|operator|owner|workers?|site|company|manager|entrance))|\bMine\s+(?:is|was|are|were|has|had|will)\b/u.test(outside);
}

/**
 * Quotation marks that do not pair up: a quotation that opens and never closes (it runs on in
 * the next paragraph, or a caption's quote was glued to the sentence), or closes without opening.
 * Single marks count only when they open a word after a space or colon: apostrophes are not quotes.
 */
export function unbalancedQuotes(text: string): boolean {
  let straight = 0;
  let open = 0;
  let close = 0;
  let single = false;
  // Code units, not code points: the marks are all in the BMP and no surrogate half equals one.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
    else if (c === 39 || c === 0x2018) single = true;
  }
  if (straight % 2 === 1 || open !== close) return true;
  // Most sentences have no single mark at all: skip the search below.
  if (!single) return false;
  // ‘ or ' opening a word (after the start, a space, a colon or a bracket) must be closed by ’/' ending one.
  for (const m of text.matchAll(/(?:^|[\s:(—–])[‘'](?=\p{L}|\d)/gu)) {
    const rest = text.slice(m.index! + m[0].length);
    if (!/[\p{L}\d.,!?][’'](?![\p{L}])/u.test(rest)) return true;
  }
  return false;
}

/**
 * A caption introduced by a label ("Photo: the bridge at dusk Traffic crossed…"): the offset of
 * the sentence behind it (the first capitalised word after a lower-case one), or -1.
 */
export function labelledCaptionEnd(text: string): number {
  const label = /^(?:photo|picture|image|pictured|video|caption|file photo)\s*:\s*/i.exec(text);
  if (!label) return -1;
  const m = /[\p{Ll}\d][’'"”]?\s+(?=\p{Lu}\p{Ll})/u.exec(text.slice(label[0].length));
  return m ? label[0].length + m.index + m[0].length : -1;
}

/** An on-page prompt opening the text run in with what follows ("Scroll down for video Harbour life: …"). */
const PROMPT = /^(?:scroll (?:down|up) for (?:the )?(?:videos?|more|pictures)|click (?:here )?(?:for|to) (?:watch )?(?:the )?videos?)\s+/i;

/**
 * An advert's marker run into the next paragraph ("Advertisement Hospitals reported…"), a label on the news
 * ("BREAKING: …", "UPDATE: …") and a live page's time stamp ("14:32 GMT: …", "23:58 The count …", "Posted at 15:40 …"; a timeline's
 * "11:00 am – Police arrive" keeps its time, which is the fact).
 * Case-sensitive: the sentence behind opens with a capital ("Advertisement revenue fell" is news).
 */
const MARKER = /^(?:Advertisement|ADVERTISEMENT|(?:Story|Article) continues below(?: (?:the )?advertisement)?|(?:BREAKING(?: NEWS)?|UPDATE[D]?|LATEST|EXCLUSIVE|JUST IN|NEW)\s*:|(?:Posted|Updated|Published)(?:\s+(?:at|on))?\s+\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT|[ap]\.?m\.?))?(?:\s*[:—–-])?|\d{1,2}[:.]\d{2}(?:\s*(?:GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT|[ap]\.?m\.?))?\s*:|\d{1,2}:\d{2}(?:\s*(?:GMT|BST|CET|CEST|UTC|EST|EDT|PST|PDT))?)\s+(?=\p{Lu})/u;

/**
 * The label of an answer on a question-and-answer page ("A: Parking will cost…"; its question, with
 * "?", is no point): the offset after it, or 0. In an interview the answer is the interviewee's own
 * words, which no speaker owns once the label is gone (`answerInFirstPerson`).
 */
export function answerLabelEnd(text: string): number {
  // (The question's label, "Q: …", is the interviewer's: `unfitReason` leaves it out.)
  return /^A\s*:\s+(?=\p{Lu})/u.exec(text)?.[0].length ?? 0;
}

/** First person, singular or plural, outside quotation marks (`outside` is the sentence with its quotations blanked). */
export function answerInFirstPerson(outside: string): boolean {
  return possessiveMine(outside) || /(?:^|[^\p{L}’'])(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs|I’m|I'm|I’ve|I've|I’ll|I'll|I’d|I'd|[Ww]e’re|[Ww]e're|[Ww]e’ve|[Ww]e've)(?![\p{L}’'])/u.test(outside);
}

/**
 * A tweet's signature as pages embed it: "— Ada Quist (@adaquist) March 3, 2016", at the end of the tweet's text or
 * in a paragraph of its own.
 */
const TWEET_SIGNATURE = /(?:^|\s)[—–-]+\s*[^()—–]{1,60}\(@\w{1,30}\)\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}(?:\s*<\/?tweet\/?>)?[\s.]*$/u;

/**
 * A tweet embedded in an archived page: its markup ("<tweet …>…</tweet>"), its picture or short link
 * ("pic.twitter.com/…", "https://t.co/…") or its signature. The post is someone's words with no speaker in the
 * text, and the page reports it, if at all, around it: page furniture, no point.
 */
export function embeddedTweet(paragraph: string): boolean {
  if (paragraph.includes('<tweet') || paragraph.includes('</tweet>') || paragraph.includes('pic.twitter.com/') || paragraph.includes('://t.co/')) return true;
  return paragraph.includes('(@') && TWEET_SIGNATURE.test(paragraph);
}

/**
 * A heading in capitals run into the sentence after it, as newsletters glued to the text arrive ("FIGURING OUT
 * THE FINE PRINT Prepare yourself …"): three or more words in capitals, one of four letters or more, then a
 * capitalised word in lower case.
 */
const CAPITALS_HEADING = /^(?:[\p{Lu}\d][\p{Lu}\d’'&.,:-]*\s+){3,}(?=\p{Lu}\p{Ll})/u;

/** The offset after an on-page prompt opening the sentence, or 0. */
export function promptEnd(text: string): number {
  return PROMPT.exec(text)?.[0].length ?? MARKER.exec(text)?.[0].length ?? capitalsHeadingEnd(text);
}

/** The offset after a heading in capitals glued to the sentence (`CAPITALS_HEADING`), or 0. */
function capitalsHeadingEnd(text: string): number {
  // (Most sentences: the second letter is in lower case, and no pattern is tried.)
  const second = text.charCodeAt(1);
  if (!(second >= 65 && second <= 90) || !/^\p{Lu}/u.test(text)) return 0;
  const heading = CAPITALS_HEADING.exec(text)?.[0];
  return heading && /\p{Lu}{4}/u.test(heading) ? heading.length : 0;
}

/** A word that introduces speech or writing: "He said:", "One post read:" are not caption labels. */
const LABEL_SPEECH = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|read|reads|explained|explains|admits|admitted|posted|tweeted|stated|states|asked|asks|replied|insisted|warned|continued|concluded|recalled|revealed|declared|announced|claimed|argued|noted)\b/i;

/**
 * A photo caption's label opening the sentence, the way picture desks write them ("Sharp dresser:
 * The actress wears…", "Slain in cold blood: …"): two to four words, the first capitalised and the
 * rest lower-case (a speaker's name, "Antonio Tajani:", is capitalised throughout), no speech verb,
 * and no quotation after the colon, nor a lower-case word: "First result: the Skelby Party holds …" is one sentence.
 * Returns the offset after the label, or 0.
 */
export function captionLabelEnd(text: string): number {
  const m = /^\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){1,3}:\s+(?!['‘"“]|\p{Ll})/u.exec(text);
  if (!m || LABEL_SPEECH.test(m[0])) return 0;
  return m[0].length;
}

/**
 * In a sentence that reads as a caption ("Pat, 69, pictured left in her costume, right 'I really…"),
 * a quotation opening after a lower-case word or a number with no colon or comma before it is
 * where the caption, which had no full stop, ends and the text goes on. Returns its offset, or -1.
 */
export function pictureCaptionEnd(text: string): number {
  if (!text.includes('ictured') || !/\bpictured\b/i.test(text)) return -1;
  const m = /[\p{Ll}\d)]\s+(?=['‘"“]\p{Lu})/u.exec(text);
  return m ? m.index + m[0].length : -1;
}

const AUXILIARY = /\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|won't|can't|isn't|wasn't|said|says|told|met|made|took|gave|held|left|began|won|lost|paid|ran|went|came|became|built|sent|fell|rose|saw|found|stood|led|wrote|broke|chose|got|kept|brought|bought|sold|thought|knew|spoke|shot|hit|put|cut|set|let|cannot)\b|\p{L}['’](?:s|re|ve|ll|d|m)\b|\p{L}n['’]t\b/iu;

/**
 * A fragment: no word that can be a finished verb (an auxiliary, a common irregular past, a
 * lower-case word ending in -ed, or one ending in -s after another word: "meets", "says"). Lenient
 * on purpose (plurals pass, and only sentences of ten words or fewer are judged): it only has to catch "Meeting tomorrow from 18:15 to 19:30."
 */
export function lacksVerb(outside: string): boolean {
  // Longer sentences without a verb we know have one we do not ("women pose for…").
  if (moreWordsThan(outside, 10)) return false;
  return !hasVerbForm(outside) && !pluralPresent(outside);
}

/**
 * Common verbs in their base form, which is also the present after a plural subject ("Voters choose …", "They
 * want …"). Not those as often nouns after a plural noun ("Parents evening", "sports show", "jobs plan"): a
 * fragment's plural noun is often the first of a compound; nor "like", as often a preposition ("Cities like Orvik").
 */
const BASE_VERBS = new Set(
  ('accept agree allow appear argue ask attend become begin believe blame bring build buy carry choose claim come complain ' +
    'continue decide demand deny depend describe die disagree drive earn eat elect expect fear feel fight find fly follow gather ' +
    'get give go grow hear help hold hope include insist join keep know learn leave live look lose make mean meet miss move ' +
    'need oppose own pay pray prefer protest pull push queue receive refuse rely remain remember say see seek seem sell send ' +
    'serve sit speak spend stay struggle suffer support take talk teach tell tend think travel try understand urge vote wait ' +
    'want warn win wish worry write').split(' '),
);
/** Plural subjects that do not end in -s, and the plural pronouns. */
const PLURAL_SUBJECTS = new Set(['they', 'we', 'you', 'people', 'police', 'children', 'men', 'women', 'others', 'many', 'most', 'few', 'both', 'all']);
/** Adverbs that may stand between a subject and its verb ("Most families still rely …"). */
const MID_ADVERBS = new Set(['also', 'still', 'often', 'now', 'never', 'always', 'usually', 'only', 'rarely', 'mostly', 'sometimes', 'already', 'generally', 'typically', 'increasingly']);

/**
 * A plain present after a plural subject: a plural noun or pronoun, perhaps an adverb, then a common verb in its base
 * form ("Voters choose 120 members …", "They want the council to …", "Most families still rely on …"). Read only on
 * the short sentences `lacksVerb` judges, and only when no other verb form was found.
 */
function pluralPresent(outside: string): boolean {
  // Words as written, punctuation kept: "Constitutionalists, like …" puts a comma between noun and word.
  const words = outside.split(/\s+/u);
  for (let i = 1; i < words.length; i++) {
    let verb = i;
    if (MID_ADVERBS.has(words[verb]!) && verb + 1 < words.length) verb++;
    if (!BASE_VERBS.has(words[verb]!.replace(/[.,;:!?)”’"']+$/u, ''))) continue;
    const subject = words[i - 1]!.replace(/^[(“‘"']+/u, '');
    if (!/^\p{L}[\p{L}'’-]*$/u.test(subject)) continue;
    const lower = subject.toLowerCase();
    if (PLURAL_SUBJECTS.has(lower) || (lower.length > 3 && lower.endsWith('s') && !NOT_A_VERB_IN_S.test(lower) && !/['’]s$/.test(lower))) return true;
  }
  return false;
}

/**
 * A summary box or a notice of fragments joined by semicolons ("Bills up 18% from April; average rise 640 crowns;
 * money for new pipes.", "Family flowers only; donations to the lifeboat."): every part is short (eight words or
 * fewer) and none has a verb that is surely one (an auxiliary, a past tense, a plain present after a plural subject).
 * The -s test is left out here: in such lists it is nearly always a plural ("new pipes", "Family flowers"); a part
 * long enough to hold a clause ("Cruz comes in second with 34 percent while …") is taken for one.
 */
export function fragmentList(outside: string): boolean {
  if (!outside.includes(';')) return false;
  const parts = outside.split(';');
  if (parts.length < 2) return false;
  for (const part of parts) if (moreWordsThan(part, 8) || AUXILIARY.test(part) || /\b\p{Ll}{2,}ed\b/u.test(part) || hasIrregularPast(part) || pluralPresent(part)) return false;
  return true;
}

/**
 * Words in -s that are never a verb: "Tor Ahl with his filter at his workshop" has none ("his", "its",
 * "this"; -ss, -us and -is endings: "across", "famous", "basis").
 */
const NOT_A_VERB_IN_S = /^(?:its|this|thus|yes|news|series|perhaps|always|sometimes|towards|afterwards|whereas|besides|\p{Ll}*(?:ss|us|is))$/u;

/** An auxiliary, a common irregular past, a lower-case -ed word, or a lower-case -s word after another word. */
function hasVerbForm(outside: string): boolean {
  if (AUXILIARY.test(outside)) return true;
  if (/\b\p{Ll}{2,}ed\b/u.test(outside)) return true;
  for (const m of outside.matchAll(/[\p{L}]\s+(\p{Ll}{2,}s)\b/gu)) if (!NOT_A_VERB_IN_S.test(m[1]!)) return true;
  return false;
}

/**
 * A caption that has "pictured" for its only verb: "Ahl (left) and his daughter Eva, 22, pictured at the
 * prize announcement on Friday." Any length: "pictured" alone gives the caption away.
 */
export function picturedCaption(outside: string): boolean {
  if (!outside.includes('ictured')) return false;
  // Where the subject stands in the picture ("(left)", "pictured right") is no verb either.
  const without = outside
    .replace(/\b[Pp]ictured(?:\s+(?:far\s+|second\s+)?(?:left|right|centre|center|above|below|top|bottom))?\b/gu, ' ')
    .replace(/\(\s*(?:far\s+|second\s+|from\s+)?(?:left|right|centre|center|top|bottom|above|below|inset)\s*\)/gu, ' ');
  return !hasVerbForm(without);
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * True when `text` has more than `limit` whitespace-separated words containing a letter or digit
 * (what `text.split(/\s+/u).filter((w) => /[\p{L}\d]/u.test(w)).length > limit` counts), scanning
 * once and stopping at the limit: most sentences pass it within their first dozen words.
 */
export function moreWordsThan(text: string, limit: number): boolean {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        counted = true;
        if (++count > limit) return true;
      }
    } else if (isUnicodeSpace(c)) counted = false;
    else if (!counted) {
      // Beyond ASCII, the regular expression decides what a letter is (a whole code point).
      const point = text.codePointAt(i)!;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) {
        counted = true;
        if (++count > limit) return true;
      }
      if (point > 0xffff) i++;
    }
  }
  return false;
}

/** The non-ASCII characters that `\s` matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Words a picture desk ends a caption with: when it was taken ("today", "later this month", "in
 * 2024"), where the subject looks ("left", "above") or an object pronoun ("with them"). A
 * capitalised name right after one of them opens a new sentence; after any other lower-case word
 * it is as often part of the sentence ("defence lawyer Bruce Hale said…", "her friend Julia…").
 */
const CAPTION_FINAL = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'now', 'earlier', 'later', 'ago', 'recently', 'here', 'there',
  'morning', 'afternoon', 'evening', 'night', 'weekend', 'week', 'month', 'year', 'season',
  'pictured', 'left', 'right', 'centre', 'center', 'above', 'below', 'inset', 'file',
  'them', 'him', 'us', 'me', 'it']);

const UPPER = /\p{Lu}/u;

/** A reporting verb just before the caption-final word: "Police said today John…" reports, it does not caption. */
const REPORTED = /\b(?:said|says|told|tells|announced|confirmed|revealed|reported|added|claimed|stated|insisted|explained|wrote|believes?|thinks?|knows?|heard|learned|learnt)\s+(?:\S+\s+){0,2}$/i;

const ADVERBIAL_OPENER = /^(?:in|at|on|during|earlier|later|last|this|next|since|after|before|until|by|within|over|for|one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d+)\s/i;

/**
 * A name (a title, up to six capitalised words, an age in commas) and then what the person says or
 * did (a speech verb, an auxiliary, a past tense in -ed): the opening of a sentence ("Kovac told
 * reporters…", "Anna Berg, 52, said…", "Ratchford kicked…").
 */
const NAME_CLAUSE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Sgt|Lord|Lady)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,5}(?:,\s+(?:aged\s+)?\d{1,3},)?\s+(?:said|says|told|tells|added|adds|has|had|is|was|will|would|can|could|admitted|admits|explained|revealed|claimed|insisted|wrote|posted|tweeted|described|warned|\p{Ll}{2,}ed)\b/u;

/**
 * Where a caption without its full stop runs into a sentence that opens with a name and what the
 * person said or did ("…wins the cup later this month Kovac told reporters…", "…in Dunmore today
 * Anna Berg, 52, said…", "…the new ward in 2024 Mr Hart, 61, has run…"): after a caption-final
 * word or a number. Returns the offset of the sentence, or -1.
 */
export function namedClauseEnd(text: string): number {
  // This runs on every sentence: a scan for a capital after a space, and a set lookup of the word before it.
  for (let at = text.indexOf(' ') + 1; at > 0; at = text.indexOf(' ', at) + 1) {
    const c = text.charCodeAt(at);
    if (!(c >= 65 && c <= 90) && !(c > 127 && UPPER.test(text[at]!))) continue;
    let start = at - 1;
    while (start > 0 && text.charCodeAt(start - 1) === 32) start--;
    const end = start;
    while (start > 0 && text.charCodeAt(start - 1) !== 32) start--;
    const word = text.slice(start, end);
    if (!CAPTION_FINAL.has(word) && !/^\d{1,4}$/.test(word)) continue;
    if (REPORTED.test(text.slice(0, start))) continue;
    // "Earlier this month Kovac told…", "In March last year Hart was…": a sentence that opens with when.
    const before = text.slice(0, end);
    if (ADVERBIAL_OPENER.test(before) && !moreWordsThan(before, 5)) continue;
    if (NAME_CLAUSE.test(text.slice(at))) return at;
  }
  return -1;
}

/** A day or a time of day a caption dates its picture with ("on Tuesday afternoon", "this morning"), not a habit ("every Monday"). */
const CAPTION_DAY = /(?<!\b(?:every|each|most|some)\s+)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|this (?:morning|afternoon|evening)|last night)\b/u;

/**
 * Verbs whose present speaks of what is planned, not of a scene: "Polls open on Sunday", "The
 * minister flies to Oslo on Monday", "The trial resumes today" are news, not captions.
 */
const SCHEDULE_VERB = /\b(?:opens?|reopens?|begins?|starts?|runs?|ends?|closes?|takes?|goes|go|kicks?|resumes?|returns?|launch(?:es)?|faces?|plays?|meets?|hosts?|visits?|travels?|flies|fly|heads?|holds|comes?|expires?|continues?|lasts?|votes?|sits?|decides?|rules?|hears?|sentences?|due|set)\b/u;

/** A picture credit standing after a caption in its paragraph: "Photograph: Ada Quist/Gazette", "(Photo: …)", "Picture by …". */
export function pictureCredit(span: string): boolean {
  return /^\(?\s*(?:photo(?:graph)?s?|pictures?|images?|credit)\s*(?::|by\b)/i.test(span) && !/[.!?]["”’']?\s*\S/u.test(span.replace(/\b\p{Lu}\.\s*/gu, ''));
}

/**
 * A photo caption written as a sentence: a scene in the present simple on a named day ("Smoke
 * rises over the ridge on Tuesday afternoon.", "Relatives hold photographs outside the court on
 * Tuesday."). Captions describe a past moment in the present; a news sentence reports it in the
 * past ("rose", "has closed"), attributes it ("says") or plans it ("opens on Sunday"). So: at most
 * 20 words, no quotation, a day or time of day, and no auxiliary, modal, past tense, speech verb
 * or verb of a schedule (a fragment without any verb is caught before, by `lacksVerb`). `text` is the sentence, `outside` the same with its quotations blanked.
 */
export function sceneCaption(text: string, outside: string, credited = false): boolean {
  // A picture credit right after it ("… the race. Photograph: Ada Quist/Gazette") says it is a caption: no day needed.
  if (outside !== text || moreWordsThan(text, 20) || (!credited && !CAPTION_DAY.test(text))) return false;
  return !AUXILIARY.test(text) && !/\b\p{Ll}{2,}ed\b/u.test(text) && !hasIrregularPast(text) && !SCHEDULE_VERB.test(text);
}
