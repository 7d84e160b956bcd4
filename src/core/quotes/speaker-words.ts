/** Word lists the attribution rules read. Lower-case; compared after lower-casing and dropping a final dot. */

/** Honorifics: kept out of the name, but they tell gender and help matching. */
export const HONORIFICS = new Map<string, 'm' | 'f' | undefined>([
  ['del', undefined], ['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['mx', undefined], ['dr', undefined], ['prof', undefined],
  ['sir', 'm'], ['dame', 'f'], ['lord', 'm'], ['lady', 'f'], ['rev', undefined], ['fr', 'm'],
  ['sen', undefined], ['rep', undefined], ['gov', undefined], ['lt', undefined], ['gen', undefined],
  ['col', undefined], ['sgt', undefined], ['capt', undefined], ['adm', undefined], ['maj', undefined],
  ['pres', undefined], ['hon', undefined], ['atty', undefined], ['supt', undefined], ['insp', undefined],
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
  'campaign', 'manager', 'activist', 'organizer', 'organiser', 'researcher', 'scientist', 'author',
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
  'member',
]);

/** Role words that carry a gender. */
export const GENDERED_ROLES = new Map<string, 'm' | 'f'>([
  ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['councilman', 'm'],
  ['councilwoman', 'f'], ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['actor', 'm'],
  ['actress', 'f'], ['husband', 'm'], ['wife', 'f'], ['father', 'm'], ['mother', 'f'], ['son', 'm'],
  ['daughter', 'f'], ['brother', 'm'], ['sister', 'f'], ['man', 'm'], ['woman', 'f'], ['boy', 'm'], ['girl', 'f'],
]);

/** Verbs (all forms we accept) that introduce what someone said or wrote. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'stressed',
  'stresses', 'noted', 'notes', 'explained', 'explains', 'argued', 'argues', 'wrote', 'writes', 'tweeted',
  'tweets', 'posted', 'insisted', 'insists', 'claimed', 'claims', 'asked', 'asks', 'replied', 'replies',
  'responded', 'responds', 'declared', 'declares', 'warned', 'warns', 'continued', 'continues',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces', 'stated', 'states',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'suggested', 'suggests', 'recalled', 'recalls',
  'remarked', 'testified', 'testify', 'testifies', 'concluded', 'concedes', 'conceded', 'contended',
  'contends', 'maintained', 'maintains', 'predicted', 'predicts', 'promised', 'promises', 'vowed', 'vows',
  'boasted', 'boasts', 'complained', 'complains', 'joked', 'jokes', 'quipped', 'shouted', 'yelled',
  'urged', 'urges', 'agreed', 'agrees', 'countered', 'counters', 'cautioned', 'observed', 'pointed',
  'reported', 'reports', 'reiterated', 'reiterates', 'repeated', 'charged', 'alleged', 'alleges',
  'described', 'describes', 'called', 'calls', 'labeled', 'labelled', 'dubbed', 'mused', 'whispered',
  'lamented', 'laments', 'blasted', 'slammed', 'criticized', 'criticised', 'praised', 'accused',
  'asserted', 'asserts', 'confirmed', 'confirms', 'denied', 'denies', 'thanked', 'apologised',
  'apologized', 'apologises', 'apologizes', 'tweeting', 'writing', 'explaining', 'noting', 'arguing',
  'declaring', 'warning', 'calling', 'insisting', 'claiming', 'telling', 'asking', 'quoted',
  'stressing', 'promising', 'vowing', 'urging', 'suggesting', 'accusing', 'describing', 'predicting',
  'asserting', 'complaining', 'boasting', 'joking', 'admitting', 'acknowledging', 'announcing', 'stating',
  'emphasizing', 'emphasising', 'reiterating', 'repeating', 'recalling', 'responding', 'replying',
  'testifying', 'speaks', 'spoke', 'speaking', 'demanded', 'demands', 'ruled', 'rules', 'sings', 'sang',
  'chanted', 'chanting', 'mocked', 'mocking', 'questioned', 'wondered', 'wonders', 'answered', 'answers',
  'cried', 'pleaded', 'pledged', 'pledges', 'conceding', 'contending', 'maintaining', 'lamenting',
  'cautioning', 'reasoned', 'opined', 'retorted', 'snapped', 'scoffed', 'sniped', 'wrote', 'texted',
  'emailed', 'messaged', 'proclaimed', 'proclaims', 'thundered', 'touted', 'touting',
  'roared', 'screamed', 'bellowed', 'hollered', 'exclaimed', 'gushed', 'sighed', 'murmured', 'muttered', 'intoned',
  'ranted', 'fumed', 'groused', 'grumbled', 'marveled', 'marvelled', 'interjected', 'recounted', 'recounts', 'confided',
  'clarified', 'elaborated', 'affirmed', 'scolded', 'chided', 'lectured', 'teased', 'taunted', 'griped', 'bragged',
  'gloated', 'crowed', 'barked', 'growled', 'hissed', 'seethed', 'preached', 'sobbed', 'speculated', 'theorized',
  'theorised', 'disclosed', 'revealed', 'confessed', 'reminisced', 'commented', 'comments', 'objected',
  'protested', 'rebutted', 'echoed', 'inquired', 'enquired', 'queried', 'characterized', 'characterised', 'branded',
  'termed', 'dismissed', 'derided', 'ridiculed', 'recited',
  'hails', 'slams', 'blasts', 'rips', 'knocks', 'mocks',
  'call', 'read', 'told', 'cited', 'cites', 'citing', 'found', 'finds', 'likened', 'likens', 'compared', 'lauded', 'hailed', 'talked', 'talks', 'reads', 'tweet', 'acknowledge', 'stress', 'emphasise', 'emphasize', 'explain', 'add', 'note', 'argue', 'insist', 'claim', 'warn', 'ask', 'admit',
]);

/** Verbs that only sometimes introduce speech; used when no stronger cue is in the sentence. */
export const WEAK_SPEECH_VERBS = new Set(['call', 'called', 'calls', 'described', 'describes', 'labeled', 'labelled', 'dubbed', 'praised', 'criticized', 'criticised', 'accused', 'blasted', 'slammed', 'thanked', 'quoted', 'reported', 'reports', 'calling', 'slams', 'blasts', 'rips', 'knocks', 'mocks', 'scolded', 'chided', 'lectured', 'teased', 'taunted', 'echoed', 'characterized', 'characterised', 'branded', 'termed', 'dismissed', 'derided', 'ridiculed']);

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
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
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
  'several', 'few', 'following', 'including', 'altogether', 'tonight', 'traditionally', 'historically', 'privately', 'publicly', 'basically', 'essentially',
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
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'bank', 'fund', 'campaign', 'center',
  'centre', 'police', 'army', 'force', 'administration', 'government', 'state', 'states', 'city', 'county',
  'republic', 'kingdom', 'nations', 'organization', 'organisation', 'board', 'authority', 'service',
  'services', 'report', 'magazine', 'channel', 'tv', 'radio', 'review', 'project', 'coalition', 'alliance',
  'church', 'hospital', 'club', 'league', 'team', 'museum', 'library', 'airlines', 'motors', 'media',
  'debates', 'debate', 'show', 'program', 'programme', 'summit', 'convention', 'act', 'bill', 'law', 'street', 'avenue', 'road', 'square', 'hall', 'tower', 'river', 'island', 'islands', 'mountain', 'lake',
  'north', 'south', 'east', 'west', 'america', 'europe', 'africa', 'asia', 'democrats', 'republicans',
  'facebook', 'google', 'twitter', 'microsoft', 'apple', 'amazon', 'cnn', 'cnbc', 'nbc', 'abc',
  ...MEDIA_WORDS, 'enquirer', 'beacon', 'falls', 'springs', 'heights', 'valley',
  'creek', 'harbor', 'harbour', 'township', 'borough', 'canyon',
  'cbs', 'fox', 'bbc', 'reuters', 'ap', 'whatsapp', 'instagram', 'youtube', 'eu', 'un', 'nato', 'fbi', 'cia',
]);

const MALE_NAMES =
  'aaron adam adrian alan albert alex alexander alfred andrew andy angus anthony antonio arthur austin ben benjamin bernard bill billy bob bobby brad bradley brandon brendan brett brian bruce bryan carl carlos charles charlie chris christian christopher chuck clarence claude colin craig dale damian dan daniel danny darren dave david dean dennis derek dick don donald doug douglas duncan dwight ed eddie edward elijah elliot emmanuel eric ernest eugene evan francis frank fred frederick gary gavin geoff geoffrey george gerald gordon graham greg gregory guy harold harry henry howard hugh ian isaac jack jacob jake james jamie jared jason jeff jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan justin keith ken kenneth kevin kyle larry lawrence lee leo leon lewis louis luke marco marcus mark martin matt matthew max michael mike mitch muhammad nathan neil nicholas nick nigel noah oliver oscar owen patrick paul pete peter phil philip ralph rand randy ray raymond richard rick rob robert rod roger ron ronald ross roy rudy russell ryan sam samuel scott sean sergei seth shaun sidney simon stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony travis trey victor vincent vladimir walter warren wayne will william willie xavier zach';
const FEMALE_NAMES =
  'abigail ada alice alicia alison amanda amy andrea angela angelina ann anna anne annie ashley barbara betsy betty beverly brenda carly carol caroline carolyn catherine cathy charlotte cheryl chelsea christina christine cindy claire claudia connie cynthia dana debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin eva evelyn fiona frances gina gloria grace hannah heather heidi helen holly hope irene jackie jacqueline jane janet janice jean jennifer jessica jill joan joanna jodi joy joyce judith judy julia julie karen kate katherine kathleen kathy katie kay kelly kim kimberly kirsten laura lauren linda lisa loretta lori louise lucy lynn madeleine maggie margaret maria marie marilyn martha mary megan melissa michelle monica nancy natalie nicole nikki olivia pam pamela patricia patty paula peggy penny rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie sue susan susana sylvia tammy teresa theresa tiffany tina tracy valerie victoria virginia wendy whitney';

const MORE_MALE_NAMES =
  'abdul ahmed ali alberto alejandro alfonso ali andre andrei andres angel anton antoine armando arnold axel barry benedict bjorn boris brent bruno caleb calvin cameron carlos cecil cedric cesar chad clark clifford clint cody conor cory curtis dalton damon dante darius darrell dave denis derrick diego dimitri dirk dominic donovan drew dylan earl edgar edmund eduardo elias elliott emilio enrique erik ernesto ethan fabio felix fernando floyd franco frankie friedrich gabriel gareth gene gerard gilbert giovanni glen glenn gordon grant hans harvey hector herbert herman hiro homer horace hugo ibrahim igor ivan jamal javier jay jeremiah jerome jesus jim joaquin johan jonas jorge karl kurt lance lars leonard leroy lionel lloyd lorenzo lucas luis manuel marc mario marshall marvin mason mateo mauricio maurice maxwell melvin miguel miles milo mohammed morgan morris nathaniel ned nelson nigel norman olaf omar orlando otto pablo pascal pedro percy pierre quentin rafael ramon raul reginald rene reuben ricardo ricky roberto rodney rolf roman rory rupert salvador santiago sebastian sergio shane sheldon silas stanley stefan sven terrence theo theodore thor tobias troy tyler ulrich vernon vince wade wallace walt wesley wilbur wilfred winston wolfgang yusuf zachary';
const MORE_FEMALE_NAMES =
  'adriana agnes aileen aisha alexandra alexis alma amelia ana andrea angelica anita annette antonia april ariana audrey ava barbara beatrice belinda bernadette beth bianca bonnie brianna bridget brooke camila candace cara carla carmen cassandra cecilia celeste charlene christie clara colleen constance courtney crystal daisy daniela daphne darlene dawn delia della desiree dolores dominique edith eileen elena eliza ella eloise elsa emilia erica esther eugenia faith felicia fernanda florence francesca gabriela gail genevieve georgia geraldine gertrude gwen gwendolyn harriet hazel helena henrietta ida imogen ines ingrid iris isabel isabella ivy jade janine jasmine jeanette jenny jocelyn johanna josephine juanita julianne june justine kara karina katarina katrina kayla kendra krista kristen kristin lara latoya leah leila lena leslie lillian lily lola lorraine lourdes luisa lydia mabel madison mallory marcia margarita marianne marina marisa marjorie marlene martina maya mercedes meredith mia mildred miranda miriam molly mona nadia naomi natasha nina nora norma olga paige patrice paulette pearl petra phoebe phyllis priscilla rachael ramona raquel regina renee rita roberta rochelle rosa rosalind rosemary roxanne sabrina sandy selena serena shannon sheila sherry silvia simone sofia sonia sonya stacey stacy stella sylvie tamara tanya tara tatiana terri thelma tricia ursula vanessa vera veronica vivian wanda yolanda yvonne zoe';

/** Further common given names (general lists, no name chosen from any article). */
const COMMON_MALE_NAMES =
  'aidan alec allen alvin amir angelo archie arjun arturo asher barney beau bennett boyd braxton brock bryce byron carlton chester clayton clement cliff clifton clyde collin conrad cornelius corey cyrus darnell darryl deandre demetrius deon desmond devin dewey dexter donnie dudley dustin dwayne easton eddy efrain eli elmer elvis emanuel emmett enzo ernie errol ezekiel ezra fletcher forrest francesco gabe garrett gerry gideon gus hank hiram howie irving isaiah ismael jacques jaime jarrod jasper jed jethro joey johnnie jonah josiah jude jules julian julio julius kai kane keegan kelvin kermit lamar lenny lester levi liam lonnie lou lowell luca lucian luther lyle malcolm marcel mariano marlon marty mathias merle micah mickey monte moses myron nate neal nico nikolai noel norbert oren ozzie quincy raj rajiv ramesh randall raphael reggie rhett rico robbie rocco rodrigo rogelio rohan roland rolando ronnie roscoe rudolph rufus russ sammy sanjay saul scotty sonny stan sylvester teddy thurman tito toby trent trevor tristan truman tyrone ulysses uriel vaughn vic vinny virgil wally waylon wes wilbert willard woody yosef yuri zack zane';
const COMMON_FEMALE_NAMES =
  'abby adele adeline adrienne agatha aimee alana alexa alexandria alyssa amber amina anastasia angie anjali annabel annika antoinette arlene ashlee aubrey audra ayesha becky bernice bertha beryl bethany billie blanche brandi brandy bree bridgette britney brittany callie camille candice carissa carmela carrie cassie catalina cecily celia chandra chantal charmaine chloe chrissy christy ciara claudette clementine cleo cora corinne cristina dahlia danielle deanna debby deirdre delores demi dina dixie dora dottie edna elisa elise elma elsie elvira erma estelle ethel etta eunice evangeline fatima fay flora francine freda gabrielle gayle georgina gilda giselle greta gretchen hailey haley hattie helga ilene imelda irma isla jana janelle janie jeanne jeannie jenna jeri jessie jillian joann joanne jodie josie judi julieta kari karla kasey katharine kathryn katy kelsey keri kira kristi kristina kristy krystal lacey lana latisha laurie leanne leigh leona lila lina lindsay lisette liz liza lois lorena lorna lottie louisa luann lucia lucille luz lynda lynne madeline maeve mamie mandy marcy margo margot mari mariah marian maribel maricela marissa marla marnie marsha maureen maxine melanie melinda melody meryl michele millie mindy minnie misty mitzi moira mollie myra nanette nell nellie nettie nia nichole noelle noreen octavia odessa paloma patsy pauline penelope pilar polly priya rae reba rena rhonda rosalie rosanne roseanne rosie sabina sadie sallie samira selma shana shanice shauna shawna shelley sheri sherri sonja stefanie sunita susie suzanne suzy sybil tabitha talia tami tammie tania tasha tess tessa thea tonya tracey trudy twila una valeria vicki vickie viola vivien wilma winifred yasmin yvette zelda zoey zora';

export const FIRST_NAME_GENDER = new Map<string, 'm' | 'f'>([
  ...MALE_NAMES.split(' ').map((n) => [n, 'm'] as [string, 'm']),
  ...FEMALE_NAMES.split(' ').map((n) => [n, 'f'] as [string, 'f']),
  ...MORE_MALE_NAMES.split(' ').map((n) => [n, 'm'] as [string, 'm']),
  ...MORE_FEMALE_NAMES.split(' ').map((n) => [n, 'f'] as [string, 'f']),
  ...COMMON_MALE_NAMES.split(' ').map((n) => [n, 'm'] as [string, 'm']),
  ...COMMON_FEMALE_NAMES.split(' ').map((n) => [n, 'f'] as [string, 'f']),
]);

/** Verbs and adjectives that join a subject to an infinitive cue: "he is set to testify", "she plans to say". */
export const INFINITIVE_HEADS = new Set([
  'set', 'going', 'expected', 'likely', 'plans', 'planned', 'plan', 'wants', 'wanted', 'want', 'tried', 'tries',
  'due', 'about', 'able', 'ready', 'scheduled', 'poised', 'decided', 'chose', 'began', 'begins', 'continued',
  'used', 'appeared', 'seemed', 'hopes', 'hoped', 'intends', 'intended', 'vowed', 'promised', 'refused',
]);

/** Role words that only modify a role ("former", "acting", "Republican"): alone they do not make the next word a person's name. */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'incoming', 'outgoing', 'interim', 'senior', 'state', 'vice', 'deputy', 'presidential',
  'democrat', 'republican', 'gop', 'general', 'executive', 'campaign', 'star', 'head', 'chief',
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

/** Organisation words that no surname shares: a run with one is an organisation even after a first name. */
const STRONG_ORGANISATION_WORDS = new Set([
  'party', 'committee', 'parliament', 'commission', 'council', 'congress', 'senate', 'court', 'department', 'ministry',
  'agency', 'bureau', 'office', 'university', 'college', 'school', 'institute', 'foundation', 'association', 'union',
  'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'llc', 'plc', 'fund', 'campaign', 'center', 'centre',
  'administration', 'government', 'organization', 'organisation', 'coalition', 'alliance', 'hospital', 'museum',
  'library', 'airlines', 'motors', 'media', 'times', 'journal', 'magazine', 'network', 'group', 'news', 'post',
]);

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
