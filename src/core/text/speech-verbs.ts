/**
 * Verbs (all forms we accept) that introduce what someone said or wrote. The attribution's lexicon
 * (quotes/attribution/lexicon.ts) re-exports them; they live here because the sentence splitter and
 * the paragraph recovery read them too, and text/ imports nothing of quotes/.
 */
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
  'surmised', 'surmises', 'posited', 'ventured',
  // A post's words under a photo: "“What a year,” she captioned a snap of herself".
  'captioned', 'captions', 'captioning',
  'lamented', 'laments', 'blasted', 'slammed', 'criticized', 'criticised', 'praised', 'accused', 'accuses',
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
  'ranted', 'rant', 'rants', 'ranting', 'fumed', 'groused', 'grumbled', 'marveled', 'marvelled', 'interjected', 'recounted', 'recounts', 'confided',
  'clarified', 'elaborated', 'affirmed', 'scolded', 'chided', 'lectured', 'teased', 'taunted', 'griped', 'bragged',
  'gloated', 'crowed', 'barked', 'growled', 'hissed', 'seethed', 'preached', 'sobbed', 'speculated', 'theorized',
  'theorised', 'disclosed', 'revealed', 'confessed', 'reminisced', 'commented', 'comments', 'objected',
  'protested', 'rebutted', 'echoed', 'inquired', 'enquired', 'queried', 'characterized', 'characterised', 'branded',
  'termed', 'dismissed', 'derided', 'ridiculed', 'recited', 'implored', 'implores', 'imploring',
  'moaned', 'moans', 'groaned', 'whined', 'wailed', 'shrieked', 'mumbled', 'gasped', 'sneered', 'bemoaned', 'chuckled',
  'hails', 'slams', 'blasts', 'rips', 'knocks', 'mocks',
  'call', 'read', 'told', 'cited', 'cites', 'citing', 'found', 'finds', 'likened', 'likens', 'compared', 'lauded', 'hailed', 'talked', 'talks', 'reads', 'tweet', 'acknowledge', 'stress', 'emphasise', 'emphasize', 'explain', 'add', 'note', 'write', 'argue', 'insist', 'claim', 'warn', 'ask', 'admit',
]);

/**
 * Verbs that report speech only right after a quotation and its speaker ("“…?” Cy Park pressed.", "“…,”
 * he went on.", "“…,” Ann Lee pointed out."), with the particle some of them take: elsewhere they are no cue.
 * "laughed", "begged", "screams" are here, not in SPEECH_VERBS, because they are just as often plain
 * actions ("she laughed and left", "he begged for time"); measured either way on PolNeAR train.
 * Here beside SPEECH_VERBS because the sentence splitter reads them too (text/ imports nothing of quotes/).
 */
export const AFTER_QUOTE_VERBS = new Map<string, string | undefined>([
  ['pressed', undefined], ['presses', undefined], ['retaliated', undefined], ['interrupted', undefined], ['persisted', undefined],
  ['offered', undefined], ['started', undefined], ['began', undefined], ['went', 'on'], ['goes', 'on'], ['points', 'out'], ['pointed', 'out'],
  ['cried', 'out'], ['called', 'out'], ['laughed', undefined], ['begged', undefined], ['screams', undefined], ['followed', 'up'], ['piped', 'up'], ['spoke', 'up'],
  // The tabloids' verbs of feeling ("“…,” Ann Lee beamed", "“…,” he hit out"): elsewhere a face, a fire or a blow.
  ['beamed', undefined], ['smiled', undefined], ['grinned', undefined], ['raged', undefined], ['raved', undefined], ['enthused', undefined],
  ['stormed', undefined], ['wept', undefined], ['snarled', undefined], ['sniffed', undefined], ['hit', 'out'], ['lashed', 'out'],
]);
