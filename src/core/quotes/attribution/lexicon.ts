/**
 * The one lexicon of the attribution rules: every word list they read, in one place, so a rule names
 * a list instead of carrying its own copy. Lower-case; compared after lower-casing and dropping a
 * final dot. The first names are data (first-names.json, imported as a module: the core does no I/O):
 * common given names by how common they are, men's, women's and both (docs/quotes.md tells how the
 * lists were written), none taken from an evaluation article.
 */
import { MONTHS, WEEKDAYS as WEEKDAY_NAMES } from '../../text/calendar.js';
import firstNames from './first-names.json' with { type: 'json' };

/** Honorifics: kept out of the name, but they tell gender and help matching. */
export const HONORIFICS = new Map<string, 'm' | 'f' | undefined>([
  ['del', undefined], ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mx', undefined], ['dr', undefined], ['prof', undefined],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['rev', undefined], ['fr', 'm'],
  ['sen', undefined], ['rep', undefined], ['gov', undefined], ['lt', undefined], ['gen', undefined],
  ['col', undefined], ['sgt', undefined], ['capt', undefined], ['adm', undefined], ['maj', undefined],
  ['pres', undefined], ['hon', undefined], ['atty', undefined], ['supt', undefined], ['insp', undefined],
  // British ranks and styles before a name: a councillor, police ranks, peers.
  // (Not "PC": "PC World said" would leave "World"; not "Baron", a surname; not "Baroness": the tokeniser reads every
  // word as long as the longest honorific before a full stop the slow way, and no style of eight letters takes a dot.)
  ['cllr', undefined], ['det', undefined], ['dci', undefined],
]);

/**
 * Lower-case words that qualify a role noun after them ("assistant manager", "press secretary", "finance
 * director"): part of the role only when a role noun ends the run, right before a name.
 */
export const ROLE_QUALIFIERS = new Set([
  'assistant', 'associate', 'managing', 'operating', 'executive', 'principal', 'joint', 'lead', 'junior',
  'press', 'communications', 'marketing', 'sales', 'finance', 'information', 'security', 'research', 'policy',
  'programme', 'program', 'project', 'development', 'team', 'club', 'company', 'group', 'board', 'party',
  // The department a spokesman or an official speaks for ("foreign ministry spokesman Tom Bell").
  'ministry', 'government', 'council', 'department', 'foreign', 'defence', 'defense', 'interior', 'health',
]);

/** Nouns that make the words before them (and themselves) a role, not a name: "Facebook CEO Mark Zuckerberg". */
export const ROLE_NOUNS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chief', 'president', 'vice', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'secretary', 'minister', 'senator', 'governor', 'mayor', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'speaker', 'judge', 'justice', 'commissioner', 'ambassador', 'chancellor',
  'founder', 'co-founder', 'executive', 'officer', 'representative', 'congressman', 'congresswoman',
  'candidate', 'nominee', 'manager', 'head', 'advisor', 'adviser', 'aide', 'analyst', 'professor',
  'attorney', 'general', 'prosecutor', 'sheriff', 'lawmaker', 'mep', 'mp', 'politician', 'premier',
  'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'economist', 'strategist', 'pollster',
  'correspondent', 'reporter', 'editor', 'anchor', 'host', 'coach', 'captain', 'owner', 'partner',
  'lawyer', 'counsel', 'spokesperson', 'deputy', 'treasurer', 'comptroller', 'auditor', 'clerk', 'senior',
  'campaign', 'manager', 'boss', 'activist', 'organizer', 'organiser', 'researcher', 'scientist', 'author',
  'physician', 'doctor', 'surgeon', 'detective', 'chief', 'superintendent', 'inspector', 'officer',
  'democrat', 'republican', 'gop', 'former', 'acting', 'incoming', 'outgoing', 'interim', 'state',
  'councilman', 'councilwoman', 'councillor', 'councilor', 'delegate', 'envoy', 'diplomat', 'commander',
  'presidential', 'businessman', 'businesswoman', 'billionaire', 'star', 'actor', 'actress', 'singer',
  'rapper', 'director', 'producer', 'writer', 'columnist', 'commentator', 'pundit', 'expert',
  'entrepreneur', 'moderator', 'developer', 'farmer', 'teacher', 'nurse', 'student', 'voter', 'resident', 'investor',
  'consultant', 'lobbyist', 'historian', 'philanthropist', 'donor', 'chef', 'pastor', 'priest', 'rabbi', 'imam',
  'engineer', 'architect', 'designer', 'journalist', 'photographer', 'filmmaker', 'novelist', 'poet', 'artist',
  'musician', 'comedian', 'broadcaster', 'presenter', 'sociologist', 'psychologist', 'epidemiologist', 'biologist',
  'physicist', 'chemist', 'attorney', 'paralegal', 'trustee', 'regent', 'provost', 'dean', 'principal', 'chaplain',
  'ceo', 'mogul', 'tycoon', 'heiress', 'heir', 'founder', 'whistleblower', 'plaintiff', 'defendant', 'witness',
  'member', 'hopeful', 'contender', 'front-runner', 'frontrunner', 'challenger', 'incumbent',
  'archbishop',
  // Occupations the press puts before a name as a title ("Music critic Jo Ash", "Defence barrister Owen Tate").
  'critic', 'reviewer', 'blogger', 'podcaster', 'campaigner', 'biographer', 'lecturer', 'curator', 'coroner',
  'barrister', 'solicitor', 'magistrate', 'paramedic', 'firefighter', 'pilot', 'referee', 'goalkeeper', 'striker', 'midfielder',
]);

/**
 * Heads of descriptions the press uses in place of a named person's name ("the senator", "the former
 * first lady", "the gambling tycoon"): a description so headed stands for someone the story names.
 * Generic people ("the man", "the official", "the spokesman") are often never named, and are not here.
 */
export const NAMED_ROLE_HEADS = new Set([
  'president', 'senator', 'governor', 'mayor', 'candidate', 'nominee', 'hopeful', 'contender', 'front-runner',
  'frontrunner', 'challenger', 'incumbent', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'secretary',
  'lady', 'judge', 'justice', 'chairman', 'chairwoman', 'minister', 'ambassador', 'founder', 'businessman',
  'businesswoman', 'billionaire', 'mogul', 'tycoon', 'developer', 'investor', 'neurosurgeon', 'surgeon', 'pollster',
  'strategist', 'author', 'host', 'anchor', 'commentator', 'comedian', 'actor', 'actress', 'star', 'singer',
  'economist', 'professor', 'evangelist', 'pastor', 'preacher', 'general', 'prosecutor', 'publisher', 'columnist',
  'governor-elect', 'president-elect', 'mayor-elect', 'leader', 'speaker', 'populist', 'socialist', 'democrat', 'republican',
  // Occupations the tabloids put in place of a private person's name ("the retired dock worker said").
  'worker', 'pensioner',
  // A sports report's name for its subject: "Tom Bellamy hailed his side. “…,” said the Harbour Rovers boss".
  'boss', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger',
]);

/** Role words that carry a gender. */
export const GENDERED_ROLES = new Map<string, 'm' | 'f'>([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['councilman', 'm'],
  ['councilwoman', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['actor', 'm'],
  ['actress', 'f'], ['husband', 'm'], ['wife', 'f'], ['father', 'm'], ['mother', 'f'], ['son', 'm'],
  ['daughter', 'f'], ['brother', 'm'], ['sister', 'f'], ['man', 'm'], ['woman', 'f'], ['boy', 'm'], ['girl', 'f'],
]);

/**
 * Verbs (all forms we accept) that introduce what someone said or wrote. Listed in text/, where the
 * sentence splitter and the paragraph recovery read them too (text/ imports nothing of quotes/); part
 * of this one lexicon all the same.
 */
export { AFTER_QUOTE_VERBS, SPEECH_VERBS } from '../../text/speech-verbs.js';

/** Verbs that only sometimes introduce speech; used when no stronger cue is in the sentence. */
export const WEAK_SPEECH_VERBS = new Set(['call', 'called', 'calls', 'described', 'describes', 'labeled', 'labelled', 'dubbed', 'praised', 'criticized', 'criticised', 'accused', 'accuses', 'blasted', 'slammed', 'thanked', 'quoted', 'reported', 'reports', 'calling', 'slams', 'blasts', 'rips', 'knocks', 'mocks', 'scolded', 'chided', 'lectured', 'teased', 'taunted', 'echoed', 'characterized', 'characterised', 'branded', 'termed', 'dismissed', 'derided', 'ridiculed']);

/** Words between a subject and its verb that do not break the link: "Facebook previously said". */
export const VERB_MODIFIERS = new Set([
  'also', 'previously', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'was', 'is', 'once', 'again',
  'repeatedly', 'often', 'recently', 'just', 'never', 'always', 'still', 'further', 'reportedly',
  'allegedly', 'simply', 'only', 'even', 'publicly', 'privately', 'flatly', 'bluntly', 'angrily', 'quickly',
  'later', 'earlier', 'both', 'all', 'had', 'did', 'does', 'may', 'might', 'could', 'should', 'be', 'been',
  'initially', 'first', 'finally', 'last', 'subsequently', 'famously', 'openly', 'supposedly', 'apparently',
]);

export const PERSONAL_PRONOUNS = new Map<string, 'm' | 'f' | 'p' | 'n' | 'i'>([
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f'], ['they', 'p'], ['them', 'p'],
  ['we', 'p'], ['it', 'n'], ['i', 'i'], ['you', 'i'], ['who', 'i'],
]);

/** Capitalised words that are not names (sentence starts, days, months, pronouns and the like). */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this',
  'that', 'these', 'those', 'if', 'as', 'for', 'to', 'of', 'with', 'by', 'from', 'when', 'while', 'after',
  'before', 'since', 'so', 'still', 'yet', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'here',
  'what', 'who', 'why', 'how', 'where', 'which', 'some', 'many', 'most', 'more', 'all', 'no', 'not', 'one',
  ...WEEKDAY_NAMES, ...MONTHS,
  // Months as datelines abbreviate them ("A Feb. 1 letter …"; not Jan or Dec, which are given names too),
  // and an adjective a byline opens with.
  'feb', 'aug', 'sept', 'oct', 'nov', 'additional',
  'according', 'however', 'meanwhile', 'also', 'just', 'even', 'now', 'then', 'today', 'yesterday',
  'asked', 'said', 'says', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could',
  'should', 'after', 'during', 'under', 'over', 'about', 'like', 'unlike', 'despite', 'although', 'though',
  'because', 'instead', 'other', 'another', 'each', 'every', 'both', 'either', 'neither', 'whether', 'last',
  'next', 'first', 'new', 'read', 'watch', 'click', 'see', 'photo', 'video', 'update', 'updated', 'related',
  'mr', 'mrs', 'ms', 'dr', 'yes', 'well', 'oh', 'let', 'please', 'thank', 'thanks', 'why', 'again',
  // Sentence adverbs that open a sentence capitalised ("Ultimately, Mr. X hopes …") and are never its subject.
  'ultimately', 'finally', 'initially', 'eventually', 'recently', 'previously', 'separately', 'additionally',
  'similarly', 'likewise', 'importantly', 'notably', 'clearly', 'obviously', 'apparently', 'reportedly',
  'frankly', 'currently', 'originally', 'ironically', 'interestingly', 'unfortunately', 'fortunately',
  'indeed', 'later', 'earlier', 'moreover', 'furthermore', 'overall', 'nevertheless', 'nonetheless',
  'otherwise', 'besides', 'thus', 'therefore', 'hence', 'afterward', 'afterwards', 'regardless', 'specifically',
  'outside', 'inside', 'across', 'around', 'near', 'among', 'behind', 'along', 'throughout', 'within', 'beyond',
  'upon', 'amid', 'told', 'pressed', 'speaking', 'back', 'dozens', 'hundreds', 'thousands', 'millions', 'scores',
  'several', 'few', 'following', 'including', 'right', 'altogether', 'tonight', 'traditionally', 'historically', 'privately', 'publicly', 'basically', 'essentially',
]);

/** Words in the names of newspapers and broadcasters ("the Eastbrook Register"): organisations, never "the group". */
export const MEDIA_WORDS = new Set([
  'news', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'observer', 'sentinel', 'chronicle', 'courier',
  'examiner', 'inquirer', 'dispatch', 'register', 'ledger', 'telegraph', 'bulletin', 'magazine', 'radio', 'tv', 'channel', 'network',
]);

/** Words that mark a capitalised phrase as an organisation, a place or a document, not a person. */
export const ORGANISATION_WORDS = new Set([
  'party', 'committee', 'parliament', 'commission', 'council', 'congress', 'senate', 'house', 'court',
  'department', 'ministry', 'agency', 'bureau', 'office', 'university', 'college', 'school', 'institute',
  'foundation', 'association', 'union', 'news', 'times', 'post', 'journal', 'press', 'network', 'group',
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'bank', 'fund', 'campaign', 'pac', 'center',
  'centre', 'police', 'army', 'force', 'administration', 'government', 'state', 'states', 'city', 'county',
  'republic', 'kingdom', 'nations', 'organization', 'organisation', 'board', 'authority', 'service',
  'services', 'report', 'magazine', 'channel', 'tv', 'radio', 'review', 'project', 'coalition', 'alliance',
  'church', 'hospital', 'club', 'league', 'team', 'museum', 'library', 'airlines', 'motors', 'media',
  'debates', 'debate', 'show', 'program', 'programme', 'summit', 'convention', 'act', 'bill', 'law', 'street', 'avenue', 'road', 'square', 'hall', 'tower', 'river', 'island', 'islands', 'mountain', 'lake',
  'north', 'south', 'east', 'west', 'america', 'europe', 'africa', 'asia', 'democrats', 'republicans',
  'facebook', 'google', 'twitter', 'microsoft', 'apple', 'amazon', 'cnn', 'cnbc', 'nbc', 'abc',
  ...MEDIA_WORDS, 'enquirer', 'beacon', 'falls', 'springs', 'heights', 'valley', 'bay',
  'creek', 'harbor', 'harbour', 'township', 'borough', 'canyon',
  'cbs', 'fox', 'bbc', 'reuters', 'ap', 'whatsapp', 'instagram', 'youtube', 'eu', 'un', 'nato', 'fbi', 'cia',
  'zoo', 'aquarium', 'airport', 'stadium',
]);

/**
 * Given names and the gender each tells: 'm', 'f', or undefined for a name used for both genders
 * ("Jordan", "Kim", "Andrea"). `has` says whether a word is a given name at all; `get` gives a
 * gender only for a name overwhelmingly (about 90 % or more) used for one gender.
 */
export const FIRST_NAME_GENDER = new Map<string, 'm' | 'f' | undefined>([
  ...firstNames.male.map((n) => [n, 'm'] as [string, 'm']),
  ...firstNames.female.map((n) => [n, 'f'] as [string, 'f']),
  ...firstNames.unisex.map((n) => [n, undefined] as [string, undefined]),
]);

/** Verbs and adjectives that join a subject to an infinitive cue: "he is set to testify", "she plans to say". */
export const INFINITIVE_HEADS = new Set([
  'set', 'going', 'expected', 'likely', 'plans', 'planned', 'plan', 'wants', 'wanted', 'want', 'tried', 'tries',
  'due', 'about', 'able', 'ready', 'scheduled', 'poised', 'decided', 'chose', 'began', 'begins', 'continued',
  'used', 'appeared', 'seemed', 'hopes', 'hoped', 'intends', 'intended', 'vowed', 'promised', 'refused',
]);

/**
 * Letters written after a person's name ("Eleanor Vance QC", "Tom Ruddle MP"): an office, an honour
 * or a degree, never part of the name, and a sign that the name is a person's.
 */
export const POST_NOMINALS = new Set(['qc', 'kc', 'mp', 'msp', 'mep', 'am', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'esq']);

/**
 * Party words that, capitalised before a name, are the person's role ("Democrat Ann Lee",
 * "Senator Ann Lee, Democrat of Ohio"), never part of the name.
 */
export const PARTY_WORDS = new Set(['democrat', 'republican', 'libertarian', 'labour', 'tory', 'conservative', 'liberal']);

/**
 * Words that, before a party word ("one senior Democrat", "a top Republican", "one Labour MP"), make
 * it one unnamed member: a description, never the party nor a name.
 */
export const MEMBER_COUNTS = new Set(['a', 'an', 'one', 'another']);

/**
 * Plural common nouns for groups of people that open a sentence capitalised ("Sources told …",
 * "Officials said …", "Residents say …"): a group of unnamed people, never a name run.
 */
export const GROUP_PLURALS = new Set([
  'sources', 'officials', 'residents', 'critics', 'analysts', 'experts', 'aides', 'witnesses', 'voters',
  'supporters', 'opponents', 'investigators', 'prosecutors', 'observers', 'scientists', 'researchers',
  'economists', 'lawmakers', 'legislators', 'activists', 'organisers', 'organizers', 'protesters', 'protestors',
  'campaigners', 'neighbours', 'neighbors', 'parents', 'students', 'teachers', 'doctors', 'nurses', 'locals',
  'villagers', 'workers', 'employees', 'staffers', 'insiders', 'diplomats', 'officers', 'authorities',
  'advocates', 'regulators', 'executives', 'strategists', 'pollsters', 'spokesmen', 'spokeswomen', 'spokespeople',
  'participants', 'attendees', 'onlookers', 'eyewitnesses', 'survivors', 'victims', 'relatives', 'families',
  'commentators', 'historians', 'scholars', 'academics', 'lawyers', 'attorneys', 'detectives', 'firefighters',
  'rescuers', 'farmers', 'shoppers', 'passengers', 'commuters', 'customers', 'tenants', 'landlords', 'owners',
]);

/** Role words that only modify a role ("former", "acting", "Republican"): alone they do not make the next word a person's name. */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'incoming', 'outgoing', 'interim', 'senior', 'state', 'vice', 'deputy', 'presidential',
  'democrat', 'republican', 'gop', 'general', 'executive', 'campaign', 'star', 'head', 'chief',
]);

/** Organisation words that no surname shares: a run with one is an organisation even after a first name. */
const STRONG_ORGANISATION_WORDS = new Set([
  'party', 'committee', 'parliament', 'commission', 'council', 'congress', 'senate', 'court', 'department', 'ministry',
  'agency', 'bureau', 'office', 'university', 'college', 'school', 'institute', 'foundation', 'association', 'union',
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'fund', 'campaign', 'center', 'centre',
  'administration', 'government', 'organization', 'organisation', 'coalition', 'alliance', 'hospital', 'museum',
  'library', 'airlines', 'motors', 'media', 'times', 'journal', 'magazine', 'network', 'group', 'news', 'post',
]);

/**
 * Does this run of name words (lower case) name an organisation? An organisation word that is also a
 * common first name ("Bill", "Chase") is one only at the end ("the Health Care Bill"), and a run that
 * opens with a first name and has two or three words is a person ("Bill de Blasio", "Michael Hall").
 */
export function namesOrganisation(words: ReadonlyArray<string | { lower: string }>, from = 0): boolean {
  const n = words.length - from;
  let organisation = false;
  let strong = false;
  for (let i = 0; i < n; i++) {
    const word = words[from + i]!;
    const w = typeof word === 'string' ? word : word.lower;
    if (!ORGANISATION_WORDS.has(w)) continue;
    if (i > 0 && STRONG_ORGANISATION_WORDS.has(w)) strong = true;
    if (!(i < n - 1 && FIRST_NAME_GENDER.has(w))) organisation = true;
  }
  if (!organisation || n < 2 || n > 4 || strong) return organisation;
  const first = words[from]!;
  return !FIRST_NAME_GENDER.has(typeof first === 'string' ? first : first.lower);
}

/** Words ending in "a" that are not women's first names: men's names, places, brands. */
const NOT_FEMININE_A = new Set(
  ('joshua luca nikola ezra ira isa musa mustafa andrea akira krishna shiva rama dana sasha garcia santa costa ' +
    'sierra boca la da nova alta mesa plaza villa casa via terra vista alabama alaska arizona california florida ' +
    'georgia indiana iowa louisiana minnesota montana nebraska nevada oklahoma pennsylvania virginia carolina ' +
    'dakota america africa asia europe canada china india russia korea cuba syria libya somalia kenya nigeria ' +
    'ghana uganda tanzania zambia angola bolivia colombia venezuela argentina panama nicaragua guatemala ethiopia ' +
    'eritrea croatia serbia slovakia slovenia bosnia albania macedonia romania bulgaria latvia lithuania estonia ' +
    'austria australia indonesia malaysia cambodia mongolia arabia atlanta tampa philadelphia augusta pasadena ' +
    'omaha tulsa sarasota pensacola peoria marietta havana geneva vienna roma lima riga valencia barcelona ' +
    'pamplona yuma napa sonoma alameda tesla toyota honda mazda nokia kia yamaha nasa fifa uefa opera formula ' +
    'mecca medina sharia antifa corolla fiesta lufthansa alpha beta gamma delta omega nebula aurora magna ' +
    'agenda arena camera cinema data drama era media pizza quota sofa vodka soda mafia militia').split(' '),
);

/**
 * A first name's gender when the lists do not know it: a name ending in "a" (Renata, Shoshana) is
 * nearly always a woman's in the names news carries; men's names, places and brands aside.
 */
export function genderOfUnlistedFirstName(word: string): 'f' | undefined {
  // The final "a" first: most words fail there, before the Unicode regex.
  return word.length >= 4 && word.charCodeAt(word.length - 1) === 97 && /^\p{Ll}+a$/u.test(word) && !NOT_FEMININE_A.has(word) ? 'f' : undefined;
}

// ---- Grammar words the attribution rules read (moved from attribution.ts) ----

/** Words that are nouns after a determiner and verbs after a subject: "the reports" / "Trump reports". */
export const NOUN_OR_VERB = new Set(['read', 'comments', 'call', 'reads', 'talks', 'tweets', 'reports', 'claims', 'calls', 'notes', 'states', 'promises', 'vows', 'jokes', 'replies', 'answers', 'demands', 'rules', 'warns', 'quotes', 'tweet', 'claim', 'note', 'ask', 'add']);

/** Words that open a noun phrase: a description runs from one of them to its head. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'dozens', 'hundreds', 'thousands', 'scores', 'few', 'his', 'her', 'their', 'its', 'our', 'some', 'several', 'two', 'three', 'many', 'most', 'other']);

/**
 * Lower-case words that join the capitalised words of one name ("Bank of England", "Ursula von der Leyen").
 * "and", "la" and "le" trim a name's edges (NAME_EDGE_WORDS) but never join two runs: "Ann and Bob" are two people.
 */
export const CONNECTORS = new Set(['of', 'the', 'for', 'de', 'van', 'von', 'der', 'da', "'s", '&']);

/** Connectors and the words a parsed name never starts or ends with. */
export const NAME_EDGE_WORDS = new Set([...CONNECTORS, 'and', 'la', 'le']);

/** Words that end a phrase: a description or a name stops before them. */
export const BREAKS = new Set(['that', 'and', 'but', 'or', 'which', 'who', 'when', 'while', 'because', 'if', 'as', 'than', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'not', 'it', 'this']);

/** Plural or person nouns that make a bare description a speaker ("officials said", "sources said"). */
export const BARE_SPEAKER_HEADS = /(?:s|people|staff|police)$/u;

/** Participles that, followed by "by", make a passive speech cue ("was written by …"). */
export const PASSIVE_SPEECH = new Set(['said', 'written', 'spoken', 'coined', 'uttered', 'sung', 'tweeted', 'posted', 'penned', 'voiced', 'stated', 'made']);

/** Verbs that, right after a description, make it the subject of a reported clause. */
export const CLAUSE_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);

/** Things that are written or said: their author speaks through them. */
export const DOCUMENT_HEADS = new Set([
  'statement', 'report', 'letter', 'memo', 'release', 'post', 'tweet', 'interview', 'filing', 'email', 'note', 'speech', 'message',
  // What a campaign or company puts out: "released a new radio ad calling …", "a video that said".
  'ad', 'advertisement', 'commercial', 'video', 'website',
  // What a paper runs or a writer publishes: "The Courier ran an article that warned …".
  'piece', 'article', 'column', 'op-ed', 'editorial', 'essay',
]);

/** Prepositions before a gerund cue ("for saying"): the gerund shares the nearest subject pronoun. */
export const GERUND_PREPOSITIONS = new Set(['for', 'by', 'after', 'before', 'while', 'without', 'since', 'when', 'upon', 'on']);

/** Forms of "go" in "went on about", "goes on:": ranting or continuing is speaking. */
export const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);

/** Aspect verbs before a gerund cue ("began chanting"): the subject is before them. */
export const ASPECT_VERBS = new Set(['began', 'begin', 'begins', 'started', 'start', 'starts', 'kept', 'keep', 'keeps', 'continued', 'continue', 'continues', 'stopped', 'resumed']);

/** Verbs that make a reply with "back" ("shot back", "fired back"). */
export const BACK_VERBS = new Set(['shot', 'fired', 'hit', 'pushed', 'snapped', 'struck', 'wrote', 'hits', 'fires', 'shoots', 'pushes']);

/** Verbs of a phrasal cue whose particle ("chimed in") stands between the verb and a speaker after it. */
export const CHIME_VERBS = new Set(['chimed', 'chimes', 'chiming']);

/** Verbs that say where a document's words are: "The email began: “…”", "the letter closes". */
export const DOCUMENT_PART_VERBS = new Set(['began', 'begins', 'opened', 'opens', 'ended', 'ends', 'closed', 'closes']);

/** Forms of "be": before a participle they make it passive. */
export const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** Prepositions: their object is not a sentence's subject. */
export const PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'to', 'with', 'by', 'for', 'from', 'about', 'against', 'after', 'before', 'during', 'since', 'like', 'than', 'over', 'under', 'into', 'as', 'toward', 'towards']);

/** The subject pronoun a possessive one stands for ("her answer" is what she said; "was his reply": he replied). */
export const OWNER_PRONOUNS = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** Possessive determiners: before a noun they make a description ("her campaign"). */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/** Hedges before a number ("about 300 workers"): not a preposition there. */
export const APPROXIMATELY = new Set(['about', 'around', 'nearly', 'roughly', 'approximately', 'almost', 'over', 'some']);

/** Number words that make a quantity ("two dozen protesters"). */
export const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'half']);

/** Words of an editorial label before a colon ("UPDATE, 3:15 PM:"): not the sentence. */
export const LABELS = new Set(['update', 'updated', 'correction', 'clarification', 'breaking', 'watch', 'note', 'editor', "editor's"]);

/** Relative pronouns: a phrase before them is not the subject of what follows. */
export const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'that', 'where']);

/** Words in -ed that are not verbs: "Several hundred protesters gathered". */
export const NOT_PAST = new Set(['hundred', 'kindred', 'sacred', 'naked', 'wicked', 'rugged', 'beloved', 'shed', 'bed', 'red', 'seed', 'need', 'speed', 'feed', 'breed', 'greed', 'weed', 'creed', 'deed', 'reed', 'sled']);

/** Words that open a leading phrase before the subject ("Outside the hall,", "Meanwhile,"). */
export const LEADING_WORDS = new Set([
  'back', 'outside', 'inside', 'across', 'around', 'near', 'among', 'behind', 'along', 'throughout', 'within', 'beyond',
  'upon', 'amid', 'told', 'asked', 'pressed', 'speaking', 'earlier', 'later', 'standing', 'addressing', 'responding',
  'afterward', 'afterwards', 'meanwhile', 'still', 'yet', 'instead', 'separately',
  // "Early in his campaign, …", "Late on Tuesday, …".
  'early', 'late', 'alongside', 'beside', 'besides',
  // "Shortly after the call ended, …", "Soon after, …", "Ever since she backed the plan, …".
  'shortly', 'soon', 'ever',
]);

/**
 * Prepositions that open a leading phrase besides PREPOSITIONS ("Alongside …,", "Amid …,"): LEADING_WORDS without
 * its participles and adverbs ("Told of …", "Meanwhile"), and "despite".
 */
export const LEADING_PREPOSITIONS = new Set(['alongside', 'beside', 'besides', 'amid', 'among', 'across', 'behind', 'along', 'throughout', 'within', 'beyond', 'upon', 'outside', 'inside', 'near', 'around', 'despite']);

/** Conjunctions that may open a sentence before its leading clause ("But as …, "). */
export const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** Conjunctions that open a leading clause ("When …,", "Although …,"). */
export const SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'because', 'if', 'as', 'since', 'following', 'despite', 'amid', 'unlike', 'once', 'whether']);

/**
 * Words that open a leading clause of their own before the main clause ("After X said …, Y said: …",
 * "When X shouted …, Y …"). Not "as": "As X put it, …" reports X's words in the main clause.
 */
export const LEADING_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'although', 'though', 'because', 'if', 'since', 'once', 'until', 'whereas']);

/** Verbs that make a document ("issued a statement"): a participle cue after it is its author's. */
export const ISSUING_VERBS = new Set([
  'issued', 'released', 'sent', 'published', 'posted', 'put', 'wrote', 'signed', 'delivered', 'gave', 'made', 'penned', 'tweeted',
  'aired', 'ran', 'launched', 'unveiled', 'issuing', 'releasing', 'sending', 'publishing', 'posting', 'putting', 'airing', 'running', 'launching', 'unveiling',
]);

/** Verbs whose right side is always the listener: '“…,” Ann told Reuters' has no '“…,” told Ann'. */
export const LISTENER_ONLY = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reminded']);

/** Dashes: a name after one closing a quote signs it; a dateline ends at one. */
export const DASHES = new Set(['―', '—', '–', '-']);

/** Owners of a claim noun ("Trump's claim", "her promise"). */
export const CLAIM_OWNERS = new Set(["'s", 'his', 'her', 'its']);

/** The articles: "X's assertion of a “…”" names what the claim holds. */
export const ARTICLES = new Set(['a', 'an', 'the']);

/** Generational suffixes, lower case without their dot: "Harlan Voss Jr.", "Harlan Voss, III" (a Voss, known by "Voss"). */
export const GENERATIONAL_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The relative pronouns that open a clause about the noun before them ("that" and "where" are often something else). */
export const CLAUSE_RELATIVES = new Set(['who', 'whose', 'which']);

/** Words after a description's head that open its complement ("a lobby group for the insurers"). */
export const COMPLEMENT_OPENERS = new Set(['of', 'for', 'in', 'at', 'from', 'with', 'on', 'behind', 'representing', 'that', 'which', 'who']);

/** Nouns for something said: "Trump's claim that …", "her promise that …". */
export const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'assertion', 'assertions', 'remark', 'remarks', 'comment', 'comments',
  'promise', 'promises', 'pledge', 'pledges', 'vow', 'warning', 'warnings', 'contention', 'insistence', 'boast',
  'suggestion', 'argument', 'allegation', 'allegations', 'prediction', 'declaration', 'admission', 'description',
  'characterization', 'characterisation', 'charge', 'accusation', 'complaint', 'retort', 'quip', 'words',
]);

/** Verbs whose object is a listener: "X told a reporter who asked …". */
export const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'reminded', 'informed', 'warned', 'urged']);

/** Conjunctions that, after a comma, open another clause whose cue is not this one's. */
export const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Lower-case words that are roles only with a noun after them ("former", "state"), not heads. */
export const ROLE_MODIFIERS_BEFORE = new Set(['former', 'acting', 'incoming', 'outgoing', 'interim', 'state', 'senior', 'vice', 'presidential', 'general', 'democrat', 'republican', 'campaign']);

/** Words of a headline's rubric ("The Latest:", "Takeaways from the debate:"), never its speaker. */
export const RUBRIC_WORDS = new Set([
  'the', 'a', 'latest', 'poll', 'polls', 'from', 'analysis', 'opinion', 'exclusive', 'breaking', 'watch', 'live', 'update', 'updated', 'updates',
  'explainer', 'fact', 'check', 'factcheck', 'takeaways', 'debate', 'video', 'photos', 'review', 'editorial', 'commentary',
  'interview', 'q&a', 'podcast', 'newsletter', 'briefing', 'recap', 'timeline', 'news', 'world', 'politics', 'business',
  'sports', 'health', 'science', 'tech', 'local', 'national', 'election', 'campaign', 'trail', 'first', 'take', 'five',
  'things', 'to', 'know', 'what', 'we', 'today', 'morning', 'evening', 'report', 'column', 'letter', 'letters', 'essay',
]);

/** Words that follow an object pronoun, not a possessive one: "asked her whether", "told her that". */
export const AFTER_OBJECT = new Set(['whether', 'if', 'to', 'that', 'about', 'on', 'for', 'with', 'in', 'and', 'why', 'how', 'what', 'when', 'where', 'who', 'again', 'directly', 'twice', 'repeatedly']);

/** Reflexive pronouns: "Kowalczyk herself" tells the name's gender. */
export const REFLEXIVE_GENDER = new Map<string, 'm' | 'f'>([['himself', 'm'], ['herself', 'f']]);

/** Verbs of asking: whoever asks a question in quotes is not the focus of the answer's "he said". */
export const ASK_VERBS = new Set(['asked', 'asks', 'asking', 'pressed', 'wondered', 'inquired', 'queried']);

/** Subject pronouns: each votes for the gender of the latest subject before it. */
export const SUBJECT_PRONOUN_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['she', 'f']]);

/** Role words that head a description of a thing or a body, not a person: "Donald Trump's campaign". */
export const BODY_HEADS = new Set(['campaign', 'state', 'gop', 'democrat', 'republican', 'former', 'senior', 'general', 'vice', 'presidential']);

/** Words before a short Title Case quote that make it the title of a work ("on “Harbour Mornings”"). */
export const TITLE_PREPOSITIONS = new Set(['on', 'in', 'into', 'onto', 'of', 'for', 'from', 'at', 'the', 'his', 'her', 'their', 'its', 'show', 'programme', 'program', 'book', 'film', 'movie', 'song', 'album', 'series']);

/** Heads that say only "a body": the latest organisation named is it. Others must be in its name. */
// ("club": a team's name seldom says it is one, "Harbour Rovers".)
export const GENERIC_BODIES = new Set(['group', 'company', 'firm', 'organization', 'organisation', 'nonprofit', 'watchdog', 'charity', 'newspaper', 'paper', 'club']);

/** Definite nouns for a person of a gender: "the woman wrote" is the latest woman named. */
export const DEFINITE_PERSON_GENDER = new Map<string, 'm' | 'f'>([['woman', 'f'], ['lady', 'f'], ['girl', 'f'], ['man', 'm'], ['boy', 'm']]);

/** "according to him" refers like "he". */
export const OBJECT_TO_SUBJECT = new Map([['him', 'he'], ['his', 'he'], ['her', 'she'], ['them', 'they'], ['us', 'we']]);

/** Words too common in descriptions to link them to a role. */
export const GENERIC_DESCRIPTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'one', 'another', 'its', 'his', 'her', 'their', 'top', 'senior',
  'former', 'official', 'officials', 'source', 'sources', 'person', 'people', 'spokesman', 'spokeswoman',
  'spokesperson', 'aide', 'member', 'who', 'new', 'said',
]);

/** The posts an honorific stands for. */
export const TITLE_POSTS = new Map<string, string[]>([
  ['gov', ['governor']], ['sen', ['senator', 'lawmaker']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gen', ['general']], ['adm', ['admiral']], ['col', ['colonel']], ['capt', ['captain']], ['lt', ['lieutenant']],
  ['sgt', ['sergeant']], ['maj', ['major']], ['pres', ['president']], ['atty', ['attorney']], ['supt', ['superintendent']],
  ['insp', ['inspector']], ['prof', ['professor']], ['rev', ['reverend', 'pastor']],
  ['cllr', ['councillor']], ['det', ['detective']], ['dci', ['inspector', 'detective']],
]);

/** Heads of descriptions that name a kind of person rather than a post. */
export const CATEGORY_NOUNS = new Set(['politician', 'lawmaker', 'legislator', 'official', 'leader', 'executive', 'boss', 'figure', 'politicians', 'lawmakers']);

/** Pronouns with a gender, subject or object: a candidate agrees or clashes with the nearest cue's. */
export const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);

/**
 * US states (names, AP and postal abbreviations as tokens are compared: lower case, no final dot).
 * A state is a place, never a speaker or a "he"/"she": "At a rally in Portsmouth, N.H., on Tuesday,
 * Senator Ann Lee …" names no N.H. who speaks.
 */
export const US_STATES = new Set([
  ...('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington ' +
    'wisconsin wyoming').split(' '),
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'rhode island',
  'south carolina', 'south dakota', 'west virginia',
  ...('ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev tex ' +
    'n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn vt va wash w.va wis wyo d.c').split(' '),
]);

/** The last words of the states named in two words ("hampshire", "carolina"): a quick test before joining a run. */
export const US_STATE_ENDS = new Set([...US_STATES].filter((s) => s.includes(' ')).map((s) => s.slice(s.lastIndexOf(' ') + 1)));

/** Nouns of time that open a leading phrase with "later" or "earlier" ("Hours later, Lee …", "The day before, Lee …"). */
export const TIME_NOUNS = new Set([
  'seconds', 'minutes', 'moments', 'hours', 'days', 'weeks', 'months', 'years', 'decades',
  'moment', 'hour', 'day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year',
]);
export const TIME_AFTER = new Set(['later', 'earlier', 'after', 'before', 'ago']);

/** Prepositions of a setting between a subject and its verb ("Ann Lee in a statement said", "… at a rally called"). */
export const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on']);

/** The days of the week: "Ann Lee on Tuesday said" has a phrase of time between the subject and the verb. */
export const WEEKDAYS = new Set(WEEKDAY_NAMES);

/** Words that point a noun of time back or forward from now ("last week", "this month"). */
export const TIME_POINTERS = new Set(['last', 'this', 'next', 'that']);

/** Words of a span before "ago" besides numbers ("less than two weeks ago", "a few days ago"). */
export const SPAN_WORDS = new Set(['less', 'more', 'than', 'about', 'nearly', 'almost', 'just', 'only', 'some', 'few', 'several', 'an']);

/** Words with an agent noun's ending (-er, -or, -ent …) that are not nouns naming someone. */
export const NOT_AGENT_NOUNS = new Set(['never', 'either', 'neither', 'whether', 'rather', 'later', 'earlier', 'further', 'together', 'however', 'whatever', 'whenever', 'wherever', 'recent', 'current', 'different', 'urgent', 'apparent', 'consistent', 'important', 'significant', 'present', 'absent', 'silent', 'meant', 'went', 'sent', 'spent', 'lent', 'bent', 'offer', 'enter', 'answer', 'consider', 'deliver', 'discover', 'remember', 'render', 'gather', 'bother', 'suffer', 'wonder', 'monitor', 'mentor', 'sponsor', 'honor', 'favor', 'labor']);

/** Participles that give the name a description goes by ("One resident, named only as Tarik, told"). */
export const ALIAS_WORDS = new Set(['named', 'identified', 'known']);

/** The lower-case words that join a compound describing a person ("mother-of-two", "stay-at-home", "father-in-law"). */
export const DESCRIPTOR_JOINS = new Set(['of', 'in', 'at', 'to']);

/** Compass words: they open a place's name ("South Carolina"), they do not end a body's. */
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west']);

/** Counts written as words in a description by age or record ("the nine-time champion", "a mother-of-two"). */
export const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Parents by a family count ("the father-of-three", "the grandmother-of-five"), with their gender. */
export const PARENT_GENDER = new Map<string, 'm' | 'f'>([
  ['father', 'm'], ['dad', 'm'], ['grandfather', 'm'], ['mother', 'f'], ['mum', 'f'], ['mom', 'f'], ['grandmother', 'f'],
  ['grandad', 'm'], ['granddad', 'm'], ['grandpa', 'm'], ['grandma', 'f'], ['gran', 'f'], ['granny', 'f'], ['nan', 'f'],
]);

/**
 * Words for a relative the tabloids write before a name ("Dad Tom Bellamy", "said mum Ada Quist"):
 * parents, and the gendered family ties ("wife", "son", "sister").
 */
export const KIN_HEADS = new Set([...PARENT_GENDER.keys(), 'husband', 'wife', 'son', 'daughter', 'brother', 'sister']);

/**
 * What someone is to another ("his mother, Ada Lee,", "her lawyer, Tom Bell,"): once the article names the
 * person so, "his mother said" later is that person.
 */
export const RELATION_HEADS = new Set([...KIN_HEADS, 'partner', 'girlfriend', 'boyfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'lawyer', 'attorney', 'solicitor', 'barrister', 'spokesman', 'spokeswoman', 'spokesperson', 'agent', 'manager']);

/** Nouns for what someone said, besides the claims: "Ann Lee’s verdict: “…”" is hers. */
export const SAYING_NOUNS = new Set([...CLAIM_NOUNS, 'response', 'reply', 'answer', 'verdict', 'message', 'advice', 'reaction', 'explanation', 'assessment', 'plea', 'retort', 'excuse', 'apology', 'thanks', 'instructions']);

/** What a named person has that speaks for them ("Ann Lee’s family said", "said Ann Lee’s campaign"). */
export const OWNED_VOICES = new Set(['family', 'campaign', 'camp', 'office', 'team', 'staff', 'estate', 'representatives', 'aides', 'allies', 'friends', 'relatives']);

/** "dad-of-two", "grandmother-of-five": a parent by a family count, in lower case. */
export const PARENT_BY_COUNT = new RegExp(`^(?:${[...PARENT_GENDER.keys()].join('|')})-of-(?:${COUNT_WORDS.join('|')}|\\d+)$`, 'u');

/**
 * Countries named in one word: after "in", "from" or "to" a country ends a run ("recovering in
 * Norland Vesk is put through …", a caption run into the text), it does not open a person's name.
 * (A country that is also a first name, "Jordan", is never cut: the first-name list decides.)
 */
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'bulgaria', 'cambodia', 'cameroon',
  'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'denmark', 'ecuador', 'egypt', 'england',
  'eritrea', 'estonia', 'ethiopia', 'finland', 'france', 'germany', 'ghana', 'greece', 'guatemala', 'haiti',
  'honduras', 'hungary', 'iceland', 'indonesia', 'iran', 'iraq', 'ireland', 'italy', 'jamaica', 'japan', 'kazakhstan',
  'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mali', 'malta', 'mexico',
  'moldova', 'morocco', 'mozambique', 'myanmar', 'nepal', 'netherlands', 'holland', 'nicaragua', 'nigeria', 'norway',
  'oman', 'pakistan', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'rwanda', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'spain', 'sudan',
  'sweden', 'switzerland', 'syria', 'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe',
]);

/** Prepositions after which a country closes the phrase ("in", not "of": "Bank of England Governor …" is one run). */
export const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'across', 'into', 'throughout', 'around', 'near', 'outside', 'inside']);

/** A picture page's furniture run into the text ("Scroll down for video", "Swipe for more pictures"): its verb … */
export const CAPTION_VERBS = new Set(['scroll', 'swipe']);
/** … and the word it ends with. */
export const CAPTION_OBJECTS = new Set(['video', 'videos', 'more', 'pictures', 'photos', 'images', 'gallery']);

/**
 * "Jailed Varn, 33,", "Tragic Mina Loe": an epithet the tabloids put before a name at the start of a
 * sentence; capitalised there, it is no given name.
 */
export const TABLOID_EPITHETS = new Set([
  'married', 'jailed', 'disgraced', 'tragic', 'heartbroken', 'devastated', 'retired', 'divorced', 'convicted',
  'shamed', 'brave', 'tearful', 'furious', 'grieving', 'tormented', 'troubled', 'former', 'late', 'injured',
]);

/** Subject pronouns that open a clause of their own between two quotations. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Words that open a clause of its own after another ("…, and Bo Reyes said", "… when Bo Reyes declared"). */
export const JOINING_WORDS = new Set(['and', 'but', 'when', 'while', 'as', 'after', 'before', 'because', 'though', 'although', 'until', 'whereas', 'yet']);

/** Words that join two quotations into one list ("“A” and “B”"), never a clause of their own. */
export const LIST_WORDS = new Set(['and', 'or', 'but', 'nor']);

/** Words that open a leading subordinate clause besides SUBORDINATORS ("After Lee spoke, …"). */
export const LEADING_CLAUSE_WORDS = new Set(['after', 'before', 'until']);

// (Subordinators too: '“…” until Haley said …'; not "as": '“…,” as Lee said' is Lee's.)
export const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'until', 'before', 'after', 'because', 'although', 'though']);

/** Subject pronouns of a person, the subject of a coordinated clause of its own ('… “a smear” and he says …'); not "it". */
export const PERSON_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Irregular past tenses, which do not end in "-ed": the verb after a subject such as "a weary Lee". */
export const IRREGULAR_PAST = new Set(['got', 'made', 'took', 'went', 'came', 'gave', 'kept', 'held', 'led', 'left', 'won', 'lost', 'ran', 'sat', 'stood', 'spoke', 'began', 'fought', 'struck', 'brought', 'sought', 'thought', 'felt', 'saw', 'met', 'threw', 'drew', 'grew', 'knew', 'wrote', 'told', 'said', 'hit', 'shot', 'swept', 'sent', 'spent', 'built', 'found', 'caught', 'taught', 'became', 'rose', 'fell', 'broke', 'chose', 'drove', 'stole', 'tore', 'wore', 'bore', 'swore', 'laid', 'paid', 'heard', 'meant', 'dealt', 'lent', 'bent', 'slept', 'wept', 'crept', 'leapt', 'fled', 'fed', 'bled', 'read', 'let', 'set', 'cut', 'quit', 'bet', 'shut', 'hurt', 'cast', 'cost', 'burst', 'spread', 'split', 'arose', 'ate', 'awoke', 'blew', 'bought', 'clung', 'drank', 'dug', 'flew', 'flung', 'forbade', 'forgave', 'forgot', 'froze', 'hid', 'hung', 'knelt', 'rang', 'rode', 'sang', 'sank', 'shone', 'shook', 'shrank', 'slid', 'sold', 'sprang', 'spun', 'stank', 'strode', 'strove', 'stung', 'swam', 'swung', 'trod', 'understood', 'woke', 'wove', 'wrung']);

/**
 * Irregular past tenses that are never nouns or adjectives after a noun ("The billionaire businessman began
 * by …", "His office put out a statement"): the verb ends a description. ("The cut", "the left wing",
 * "the cost estimate": not here.)
 */
export const PAST_NOT_NOUN = new Set(['put', 'got', 'made', 'took', 'went', 'came', 'gave', 'kept', 'began', 'fought', 'brought', 'sought', 'thought', 'saw', 'met', 'threw', 'drew', 'grew', 'knew', 'wrote', 'told', 'said', 'sent', 'spent', 'built', 'found', 'caught', 'taught', 'became', 'rose', 'fell', 'broke', 'chose', 'drove', 'stole', 'swore', 'paid', 'heard', 'meant', 'fled', 'stood', 'sat', 'ran', 'spoke', 'arose', 'ate', 'awoke', 'blew', 'bought', 'clung', 'drank', 'dug', 'flew', 'flung', 'forbade', 'forgave', 'forgot', 'froze', 'hid', 'knelt', 'rang', 'rode', 'sang', 'sank', 'shone', 'shook', 'shrank', 'slid', 'sold', 'sprang', 'stank', 'strode', 'strove', 'stung', 'swam', 'swung', 'trod', 'woke', 'wove', 'wrung']);

/** Words a Title Case headline leaves in lower case. */
export const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs']);

/** Prepositions that also open a clause: "as Reyes denounced …", "after Lee said …". */
export const CLAUSE_PREPOSITIONS = new Set(['as', 'after', 'before', 'since']);

/** Subordinators that open a clause with its own subject inside a sentence ("… when Bo Reyes declared"). */
export const SUBORDINATE_JOINS = new Set(['when', 'because', 'though', 'although', 'whereas']);

/** Pronouns that can be the subject of a clause a subordinator opens inside a sentence ("… when she declared"); not "I" or "it". */
export const JOINED_CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we']);

/** The words that join a second main clause after a comma ("…, but a tired Lee landed jabs"). */
export const CLAUSE_JOINS = new Set(['but', 'while', 'yet', 'whereas']);

/** Words that lead into what someone goes on to say without being a cue: 'And, finally, “…”', 'Indeed, “…”'. */
export const LEAD_INS = new Set(['and', 'but', 'so', 'yet', 'still', 'indeed', 'then', 'also', 'again', 'instead', 'later', 'now', 'plus']);

/** Recordings someone is heard or seen in ("in the video warning …"): never who speaks. */
export const RECORDINGS = new Set(['video', 'footage', 'clip', 'recording', 'tape', 'film', 'audio', 'livestream']);

/** Words for a part of a group before "of the …" ("one of the group", "some of the officers"). */
export const PART_OF = new Set(['one', 'some', 'two', 'three', 'several', 'many', 'most', 'each', 'none', 'another', 'few']);

/**
 * Determiners of a plural noun phrase ("many Varran states"): a word in -s after one of them and
 * capitalised modifiers is a plural noun, never a verb (a plural subject takes "say", not "says").
 */
export const PLURAL_DETERMINERS = new Set(['many', 'several', 'some', 'these', 'those', 'both', 'few', 'all', 'most', 'other']);

/** Verbs that give something a name ("described by Y as …"): the one who gave it speaks. */
export const NAMING_VERBS = new Set(['described', 'called', 'labelled', 'labeled', 'branded', 'dubbed', 'termed', 'characterised', 'characterized']);

/** Verbs of going somewhere or using something to speak there ("took to Twitter to say", "went on TV to rant"). */
export const PURPOSE_VERBS = new Set(['took', 'takes', 'taking', 'went', 'goes', 'going', 'used', 'uses', 'using', 'turned', 'turns', 'logged', 'headed', 'appeared']);

/**
 * Words after which a phrase is the subject of the participle that follows it: "with X saying", "heard X
 * saying", "after the paper's editorial telling him".
 */
export const OWN_SUBJECT_BEFORE = new Set(['with', 'without', 'after', 'before', 'since', 'hear', 'hears', 'heard', 'hearing', 'see', 'sees', 'saw', 'seen', 'seeing', 'watch', 'watched', 'show', 'shows', 'showed', 'shown', 'showing', 'filmed', 'caught', 'recorded', 'captured', 'depicts', 'depicted', 'features', 'featured']);

/**
 * Prepositions whose name object is not the subject of a participle right after it: "wrote a letter to
 * Judge X asking", "replied on Facebook writing" (the main clause's subject asks and writes). Not "of",
 * "from", "with" or "by": "footage of X saying", "a letter from X asking" are X's.
 */
export const OBJECT_ONLY_PREPOSITIONS = new Set(['to', 'on']);

/** Words that, right after an irregular past, make it the verb: an object's determiner or a particle. */
export const VERB_AFTER_PAST = new Set([...DETERMINERS, 'no', 'back', 'out', 'up', 'down', 'off', 'him', 'her', 'them', 'it', 'us']);

/** Thing nouns with an agent's ending ("the computer", "the tractor"): no person a "he" or "she" may stand for. */
export const THING_AGENT_ENDINGS = new Set(['computer', 'container', 'trailer', 'tower', 'river', 'water', 'paper', 'letter', 'number', 'order', 'border', 'power', 'matter', 'weather', 'winter', 'summer', 'quarter', 'chapter', 'center', 'theater', 'shelter', 'helicopter', 'cluster', 'poster', 'meter', 'layer', 'corner', 'other', 'latter', 'former', 'door', 'floor', 'error', 'sector', 'factor', 'motor', 'tractor', 'mirror', 'corridor', 'elevator', 'indicator', 'reactor', 'generator', 'vector', 'list', 'mist', 'fist', 'wrist', 'twist', 'assist', 'checklist', 'playlist', 'wishlist', 'shortlist', 'blacklist', 'waitlist', 'watchlist', 'setlist', 'tracklist']);

/**
 * Nouns that head a description of a person, by kind, beyond the role nouns: who a "he" or "she" with
 * no named antecedent may stand for ("the plumber", "a passenger", "the detainee"). A word is listed
 * rather than guessed from an agent's ending, which lets things through ("the banner", "the printer").
 * The kinds are those that head the descriptions news text gives its unnamed speakers.
 */
export const PERSON_HEADS = new Set([
  // People at large, by age and by where they live.
  'person', 'individual', 'guy', 'adult', 'teenager', 'teen', 'youngster', 'child', 'kid', 'baby', 'toddler', 'infant',
  'gentleman', 'resident', 'local', 'citizen', 'native', 'neighbour', 'neighbor', 'stranger', 'passer-by', 'passerby',
  'bystander', 'onlooker', 'eyewitness', 'witness', 'spectator', 'observer', 'villager', 'islander', 'townsman',
  // Family, friends and others by their tie to someone.
  'friend', 'relative', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandparent', 'parent',
  'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'partner', 'spouse', 'fiancé', 'fiancée', 'fiance', 'fiancee',
  'boyfriend', 'girlfriend', 'widow', 'widower', 'sibling', 'twin', 'colleague', 'coworker', 'classmate', 'roommate',
  'flatmate', 'housemate', 'companion', 'confidant', 'confidante', 'acquaintance', 'ally', 'rival', 'opponent', 'critic',
  'fan', 'admirer', 'follower', 'supporter', 'backer', 'volunteer', 'insider', 'outsider', 'veteran', 'graduate',
  'alumnus', 'alumna', 'mourner',
  // What befell someone, or what someone did, in the events news reports.
  'victim', 'survivor', 'suspect', 'accused', 'complainant', 'claimant', 'petitioner', 'juror', 'attacker', 'assailant',
  'gunman', 'shooter', 'killer', 'murderer', 'robber', 'burglar', 'thief', 'intruder', 'hijacker', 'kidnapper', 'abductor',
  'offender', 'criminal', 'convict', 'prisoner', 'inmate', 'detainee', 'hostage', 'captive', 'fugitive', 'escapee',
  'trespasser', 'vandal', 'stalker', 'impostor', 'imposter', 'hacker', 'informant', 'heckler', 'protester', 'protestor',
  'demonstrator', 'marcher', 'rioter', 'striker', 'driver', 'motorist', 'rider', 'passenger', 'pedestrian', 'commuter',
  'traveller', 'traveler', 'tourist', 'visitor', 'guest', 'customer', 'client', 'shopper', 'diner', 'patron', 'buyer',
  'seller', 'vendor', 'tenant', 'landlord', 'landlady', 'homeowner', 'householder', 'occupant', 'caller', 'listener',
  'viewer', 'reader', 'user', 'commenter', 'blogger', 'attendee', 'participant', 'contestant', 'competitor', 'player',
  'athlete', 'runner', 'swimmer', 'climber', 'hiker', 'skier', 'surfer', 'diver', 'hunter', 'camper', 'gambler', 'winner',
  'loser', 'finalist', 'champion', 'applicant', 'recruit', 'trainee', 'intern', 'apprentice', 'pupil', 'schoolboy',
  'schoolgirl', 'undergraduate', 'patient', 'retiree', 'employee', 'employer', 'staffer', 'boss', 'supervisor', 'foreman',
  'newcomer', 'refugee', 'migrant', 'immigrant', 'emigrant', 'asylum-seeker', 'evacuee', 'nominee', 'appointee', 'source',
  // Occupations.
  'keeper', 'tutor', 'lecturer', 'headteacher', 'headmaster', 'headmistress', 'paramedic', 'medic', 'midwife', 'vet',
  'veterinarian', 'counsellor', 'counselor', 'carer', 'caregiver', 'nanny', 'babysitter', 'cleaner', 'janitor', 'caretaker',
  'cook', 'baker', 'butcher', 'waiter', 'waitress', 'bartender', 'barmaid', 'cashier', 'receptionist', 'assistant',
  'chauffeur', 'pilot', 'sailor', 'rancher', 'labourer', 'laborer', 'builder', 'plumber', 'electrician', 'mechanic',
  'carpenter', 'painter', 'decorator', 'gardener', 'miner', 'welder', 'technician', 'programmer', 'academic', 'scholar',
  'solicitor', 'barrister', 'magistrate', 'coroner', 'constable', 'sergeant', 'investigator', 'agent', 'guard', 'soldier',
  'marine', 'trooper', 'fighter', 'lifeguard', 'ranger', 'warden', 'jailer', 'gaoler', 'banker', 'trader', 'broker',
  'accountant', 'dancer', 'sculptor', 'narrator', 'vicar', 'minister', 'monk', 'nun', 'preacher', 'legislator',
  'campaigner', 'advocate', 'operative', 'specialist', 'official', 'spokesperson', 'worker', 'pensioner', 'teacher',
  'officer', 'lawmaker', 'filmmaker', 'mentor',
  // Leanings and origins the press names someone by.
  'conservative', 'liberal', 'progressive', 'moderate', 'independent', 'american', 'briton', 'texan', 'californian',
  'londoner', 'foreigner', 'expat',
]);

/** Compounds of a person noun that name a thing ("the loudspeaker", "the screwdriver"). */
export const THING_COMPOUNDS = new Set(['loudspeaker', 'screwdriver', 'pile-driver', 'typewriter', 'bestseller', 'best-seller', 'e-reader', 'vacuum-cleaner']);

/** Nouns for a gathering of people that "the group" may stand for ("the crowd gathered … “…!” the group chanted"). */
export const COLLECTIVE_HEADS = new Set(['crowd', 'mob', 'audience', 'gathering', 'delegation', 'contingent', 'throng', 'protest', 'rally', 'march', 'demonstrators', 'marchers']);

/** Photo agencies a credit line names ("Ann Lee via Getty Images.", "Ann Lee / Reuters."). */
export const PHOTO_AGENCIES = ['Getty Images', 'AP', 'Associated Press', 'Reuters', 'AFP', 'EPA', 'Shutterstock', 'Bloomberg', 'NurPhoto', 'Sipa', 'Zuma', 'Alamy', 'PA'];

// Words around names of works, chants and judged words (work-names.ts, judged-words.ts).

/** Nouns for a work or a named thing: a Title Case quote right after one (or after its comma) is its name. */
export const WORK_NOUNS = new Set([
  'book', 'books', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'essay', 'film', 'films', 'movie',
  'movies', 'documentary', 'show', 'shows', 'programme', 'program', 'series', 'sitcom', 'podcast', 'play', 'musical',
  'song', 'songs', 'album', 'hit', 'hits', 'anthem', 'poem', 'column', 'newsletter', 'blog', 'website', 'site',
  'magazine', 'channel', 'episode', 'classic', 'pseudonym', 'alias', 'moniker', 'hashtag',
]);

/** Verbs whose object is a work: "Scribner will publish “…”", "the band performed “…”". */
export const WORK_VERBS = new Set([
  'publish', 'publishes', 'published', 'self-published', 'perform', 'performs', 'performed', 'performing', 'canceled',
  'cancelled', 'canceling', 'cancelling', 'reads', 'reprised', 'premiered', 'aired', 'airs', 'directed', 'produced',
]);

/** Nouns after a quote that make it the name of a show or a tour: "“Salt Road” star Ona Vell", "a “Kell Forward” bus tour". */
export const WORK_FOLLOWERS = new Set([
  'star', 'stars', 'host', 'hosts', 'co-host', 'creator', 'actor', 'actress', 'anchor', 'producer', 'showrunner',
  'fans', 'viewers', 'broadcast', 'broadcasts', 'episode', 'episodes', 'segment', 'premiere', 'finale', 'season',
  'tour', 'letters', 'cast',
]);

/** Two words before a Title Case quote that name the programme or the book a person spoke to or was quoted from. */
export const MEDIUM_PAIRS = new Set(['interview with', 'according to', 'speaking to', 'spoke to', 'talking to', 'appearance with']);

/** Words a title leaves in lower case, longer than the three letters every title-case test lets pass. */
export const LONG_SMALL_WORDS = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'about', 'like']);

/** Nouns and verbs of a crowd's chant: "chants of “…”", "chanting “…”". */
export const CHANT_WORDS = new Set(['chant', 'chants', 'chanting', 'chanted', 'cries', 'shouts', 'shouting', 'calls', 'cheers', 'chorus', 'refrain']);

/** Verbs that pass a judgement through "as": "portrayed the levy as …", "described her as …". */
export const JUDGING_VERBS = new Set([
  'portray', 'portrays', 'portrayed', 'portraying', 'describe', 'describes', 'described', 'describing', 'refer',
  'refers', 'referred', 'referring', 'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', 'brand',
  'brands', 'branded', 'branding', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'herald', 'heralds', 'heralded',
  'characterize', 'characterizes', 'characterized', 'characterise', 'characterised', 'frame', 'frames', 'framed',
  'framing', 'cast', 'casts', 'casting', 'regard', 'regards', 'regarded', 'view', 'views', 'viewed', 'define',
  'defines', 'defined', 'reject', 'rejects', 'rejected', 'defend', 'defends', 'defended', 'deride', 'derides',
  'derided', 'decry', 'decries', 'decried', 'tout', 'touts', 'touted', 'hail', 'hails', 'hailed', 'denounce',
  'denounces', 'denounced', 'dub', 'dubs', 'dubbed', 'dubbing', 'bill', 'billed', 'paint', 'paints', 'painted',
  'depict', 'depicts', 'depicted', 'praise', 'praised', 'criticize', 'criticized', 'slam', 'slammed', 'blast', 'blasted',
]);

/** Words that may stand between "as" and the judged word. */
export const AS_FILLERS = new Set(['a', 'an', 'being', 'too', 'so', 'very']);
