import { describe, expect, it } from 'vitest';
import { conceptsOf, openingName } from '../../../src/core/key-points/concepts.js';
import { selectByCoverage } from '../../../src/core/key-points/coverage.js';
import { captionEnd, selectKeyPoints, stripDateline, unfitReason, type DatedArticle } from '../../../src/core/key-points/key-points.js';
import { participleVerb, pastForms, previewClauses, previewedVerbs, previewMood, reportsDone, reportsPast, sameEvent } from '../../../src/core/key-points/preview-report.js';
import { captionLabelEnd, genericSubject, labelledCaptionEnd, lacksVerb, pictureCaptionEnd, promptEnd, pronounSubject, sceneCaption, unbalancedQuotes, unownedFirstPerson, unstatedComparison } from '../../../src/core/key-points/stand-alone.js';

const article = (id: string, paragraphs: string[], published?: string): DatedArticle => ({ id, title: id, paragraphs, ...(published ? { published } : {}) });
const texts = (points: { text: string }[]) => points.map((p) => p.text);

describe('the latest report wins over a preview', () => {
  const preview = article('gazette', [
    'The harbour board is expected to approve the new ferry terminal at its meeting on Monday.',
    'The terminal would replace the wooden pier that storms damaged two winters ago.',
    'Fishermen have asked the board to keep a berth for their boats near the market.',
  ], '2026-04-05');
  const report = article('wire', [
    'The harbour board approved the new ferry terminal on Monday by six votes to one.',
    'Building work will start in the autumn and last about two years.',
    'The only vote against came from the member for the fishing quarter.',
  ], '2026-04-06');

  it('drops the preview and keeps the report of the same event', () => {
    expect(texts(selectKeyPoints([preview, report], 4))).toEqual([
      // The report of the event opens: it carries what both articles say.
      'The harbour board approved the new ferry terminal on Monday by six votes to one.',
      'The terminal would replace the wooden pier that storms damaged two winters ago.',
      'Building work will start in the autumn and last about two years.',
      'Fishermen have asked the board to keep a berth for their boats near the market.',
    ]);
  });

  it('keeps a preview that is newer than the report: it speaks of the next event', () => {
    const old = article('old', ['The two ministers met in the capital in June to discuss the border crossings.', 'Their talks ended without any agreement on the number of guards.', 'Both sides blamed each other for the failure of the talks.'], '2026-06-20');
    const next = article('next', ['The two ministers will meet again in the capital next week to discuss the border crossings.', 'Officials on both sides expect a deal on the number of guards.', 'A summit of the heads of government could follow in the autumn.'], '2026-07-01');
    expect(texts(selectKeyPoints([old, next], 6))).toContain('The two ministers will meet again in the capital next week to discuss the border crossings.');
    // Without dates, the tense alone decides: the report wins.
    const undated = [{ ...old, published: undefined }, { ...next, published: undefined }] as DatedArticle[];
    expect(texts(selectKeyPoints(undated, 6))).not.toContain('The two ministers will meet again in the capital next week to discuss the border crossings.');
  });

  it('reads the event verb after each modal phrase and in a "when" clause', () => {
    expect(previewedVerbs('Zuckerberg is set to meet officials, where he is set to acknowledge mistakes.')).toEqual(['meet', 'acknowledge']);
    expect(previewedVerbs('When Anna Berg meets the board on Tuesday, she will ask for money.')).toEqual(['ask', 'meet']);
    expect(previewedVerbs('Crews plan to walk out on Friday.')).toEqual(['walk']);
    expect(pastForms('meet')).toEqual(['met']);
    expect(pastForms('testify')).toEqual(['testified']);
    expect(pastForms('stop')).toEqual(['stoped', 'stopped']);
    expect(reportsDone('Crews walked out on Friday, cancelling all crossings.', ['cancel'])).toBe(true);
    expect(reportsDone('The crossings are cancelled until Friday.', ['walk'])).toBe(false);
  });

  it('reads a demand as a preview of what it asks for, and drops it once a later article reports it done', () => {
    expect(previewedVerbs('The growers called on the government to declare an emergency.')).toEqual(['declare']);
    expect(previewedVerbs('Union leaders urged the transport minister to intervene in the dispute.')).toEqual(['intervene']);
    expect(previewedVerbs('Residents have called for the bridge to be reopened.')).toEqual(['reopen']);
    expect(previewedVerbs('The mayor asked residents to stay indoors.')).toEqual(['stay']);
    expect(previewedVerbs('The council said the plan was needed to save money.')).toEqual([]);
    const monday = article('farm-news', [
      'Wheat yields in the Ostvale valley will fall by a third this year after the dry summer, the growers association said on Monday.',
      'The association called on the government to declare an agricultural emergency in the valley.',
      'Many farms have already sold part of their herds to pay for feed.',
    ], '2026-08-03');
    const thursday = article('wire', [
      'The farm minister declared an agricultural emergency in the Ostvale valley on Thursday and set aside 50 million euros for growers.',
      'Farms that lost more than a third of their crop can claim up to 30,000 euros each.',
      'Applications open on September 1.',
    ], '2026-08-06');
    const points = texts(selectKeyPoints([monday, thursday], 5));
    expect(points).not.toContain('The association called on the government to declare an agricultural emergency in the valley.');
    expect(points).toContain('The farm minister declared an agricultural emergency in the Ostvale valley on Thursday and set aside 50 million euros for growers.');
  });

  it('reads a passive preview ("will be broadcast") and takes a report with a verb of the same event ("was live-streamed")', () => {
    const gazette = article('gazette', [
      'The debate between the two candidates for mayor will be broadcast live on the city council website on Thursday evening.',
      'Both candidates have promised to set out their plans for the harbour and the old tram depot.',
      'Tickets for seats in the council chamber sold out within an hour.',
    ], '2026-05-03');
    const wire = article('wire', [
      'The debate between the two candidates for mayor was live-streamed on the city council website on Thursday evening.',
      'Mayor Lena Holt said the old tram depot would become a covered market hall.',
      'Her rival, Piet Varga, promised to build 400 homes near the harbour.',
      // The Friday after the Sunday preview's Thursday: a report can only follow the event it reports.
    ], '2026-05-08');
    expect(texts(selectKeyPoints([gazette, wire], 4))).toEqual([
      'The debate between the two candidates for mayor was live-streamed on the city council website on Thursday evening.',
      'Mayor Lena Holt said the old tram depot would become a covered market hall.',
      'Her rival, Piet Varga, promised to build 400 homes near the harbour.',
      'Tickets for seats in the council chamber sold out within an hour.',
    ]);
    expect(previewedVerbs('The debate will be broadcast live on Thursday.')).toEqual(['broadcast']);
    expect(previewedVerbs('The treaty is expected to be signed in Oslo.')).toEqual(['sign']);
    expect(previewedVerbs('The hall will be held open until midnight.')).toEqual(['hold']);
    expect(previewedVerbs('She will be the first woman to lead the city.')).toEqual([]);
    expect(participleVerb('approved')).toBe('approv');
    expect(participleVerb('stopped')).toBe('stop');
    expect(participleVerb('hurried')).toBe('hurry');
    expect(sameEvent('broadcast')).toEqual(['broadcast', 'stream', 'live-stream', 'livestream', 'televise', 'air', 'screen']);
    expect(sameEvent('approv')).toEqual(['approv', 'pass', 'adopt']);
    expect(reportsDone('The debate was live-streamed on Thursday.', ['broadcast'])).toBe(true);
    expect(reportsDone('The treaty was signed in Oslo on Friday.', ['sign'])).toBe(true);
    expect(reportsDone('The results were published on Friday.', ['broadcast'])).toBe(false);
  });

  it('drops a preview whose day has passed by the story\'s latest article, with or without a report of it', () => {
    // 2026-06-01 is a Monday: the judges' Thursday is June 4, before the Friday article.
    const monday = article('courier', [
      'Three appeal judges will decide on Thursday whether the five Tarrow Moor campaigners jailed in March should be freed.',
      'The campaigners were sentenced to a year in prison for chaining themselves to drilling rigs on the moor.',
      'Lawyers for the campaigners say the trial judge wrongly barred them from telling the jury why they acted.',
    ], '2026-06-01');
    const friday = article('wire', [
      'Two of the campaigners walked out of Hale Cross prison on Thursday evening to cheers from supporters.',
      'The court cut the sentences of the other three to six months.',
      'Drilling on the moor is due to resume in August.',
    ], '2026-06-05');
    // No sentence of Friday's shares three terms of the ruling with the preview: only its passed day tells it is out of date.
    expect(texts(selectKeyPoints([monday, friday], 5))).toEqual([
      'Two of the campaigners walked out of Hale Cross prison on Thursday evening to cheers from supporters.',
      'The campaigners were sentenced to a year in prison for chaining themselves to drilling rigs on the moor.',
      'Lawyers for the campaigners say the trial judge wrongly barred them from telling the jury why they acted.',
      'The court cut the sentences of the other three to six months.',
      'Drilling on the moor is due to resume in August.',
    ]);
    // A day still to come when the latest article appeared: the preview stays.
    const wednesday = { ...friday, published: '2026-06-03' };
    expect(texts(selectKeyPoints([monday, wednesday], 6))).toContain('Three appeal judges will decide on Thursday whether the five Tarrow Moor campaigners jailed in March should be freed.');
  });

  it('reads a day as a preview\'s own only inside the clause the preview opens', () => {
    expect(previewClauses('Councillors will vote on Wednesday on a budget that would raise the tax by 4%.')).toEqual(['will vote on Wednesday on a budget ', 'would raise the tax by 4%.']);
    expect(previewClauses('The council approved its budget on Wednesday night after an amendment scrapped plans to close two libraries.')).toEqual(['plans to close two libraries.']);
    // A report of Wednesday in Wednesday's article, beside Thursday's: its "plans to close" is no preview of Wednesday.
    const wednesday = article('post', [
      'The Ordley council approved its budget by 30 votes to 25 on Wednesday night after an amendment scrapped plans to close two libraries.',
      'Council tax will rise by 4.5 percent from April.',
      'The two libraries had been due to shut in the summer.',
    ], '2026-02-25');
    const thursday = article('wire', [
      'Library users in Ordley celebrated on Thursday after the council dropped plans to close two branches.',
      'The council must still save 12 million pounds next year.',
      'About 90 council jobs will go.',
    ], '2026-02-26');
    expect(texts(selectKeyPoints([wednesday, thursday], 6))).toContain('The Ordley council approved its budget by 30 votes to 25 on Wednesday night after an amendment scrapped plans to close two libraries.');
  });
});

describe('every point stands on its own', () => {
  it('never makes a first-person sentence without its speaker a point', () => {
    expect(unfitReason('I am glad to announce that the museum will reopen next week.')).toBe('first person with no speaker');
    expect(unfitReason('Director Anna Berg: I am glad to announce that the museum will reopen.')).toBeUndefined();
    expect(unfitReason('I met the director, who said the museum would reopen next week.')).toBeUndefined();
    expect(unownedFirstPerson('My visit to the museum was a success for the town.', 'My visit to the museum was a success for the town.')).toBe(true);
    const a = article('museum', [
      'The city museum will reopen on Saturday after a two-year renovation that cost 12 million euros.',
      'Director Anna Berg posted on social media about the reopening.',
      'I am glad to announce that the new wing will open with the rest of the museum.',
      'The new wing houses the museum collection of maps and old ship models.',
    ]);
    expect(texts(selectKeyPoints([a], 3))).toEqual([
      'The city museum will reopen on Saturday after a two-year renovation that cost 12 million euros.',
      'Director Anna Berg posted on social media about the reopening.',
      'The new wing houses the museum collection of maps and old ship models.',
    ]);
  });

  it('takes a pronoun subject only right after a point that names someone', () => {
    expect(pronounSubject('He said the army would not run the boats.')).toBe(true);
    expect(pronounSubject('Hector said the army would not run the boats.')).toBe(false);
    const a = article('strike', [
      'Ferry crews on the island routes walked out on Friday, cancelling every crossing.',
      'About 3,000 commuters were left without a way to reach their work on the mainland.',
      'He said the army would not be asked to run the boats during the strike.',
      'Hospitals flew urgent patients to the mainland by helicopter on Friday night.',
    ]);
    expect(texts(selectKeyPoints([a], 3))).toEqual([
      'Ferry crews on the island routes walked out on Friday, cancelling every crossing.',
      'About 3,000 commuters were left without a way to reach their work on the mainland.',
      'Hospitals flew urgent patients to the mainland by helicopter on Friday night.',
    ]);
    const named = article('strike', [
      'Transport minister Aleks Varga met both sides of the ferry strike on Monday morning.',
      'He said the army would not be asked to run the boats during the strike.',
      'Hospitals flew urgent patients to the mainland by helicopter on Friday night.',
    ]);
    expect(texts(selectKeyPoints([named], 3))).toEqual([
      'Transport minister Aleks Varga met both sides of the ferry strike on Monday morning.',
      'He said the army would not be asked to run the boats during the strike.',
      'Hospitals flew urgent patients to the mainland by helicopter on Friday night.',
    ]);
  });

  it('takes a comparison with something unstated only right after the point it compares with', () => {
    expect(unstatedComparison("Mr. Voss's plans look thin by comparison.")).toBe(true);
    expect(unstatedComparison('By contrast, the city spent nothing on trees.')).toBe(true);
    expect(unstatedComparison('Similarly, the port cut its fees.')).toBe(true);
    expect(unstatedComparison('In comparison with last year, the city spent twice as much on trees.')).toBe(false);
    expect(unstatedComparison('The comparison site lists 40 energy firms.')).toBe(false);
    // A possessive pronoun as the subject leans on a name as much as "he" does.
    expect(pronounSubject('His efforts pale by comparison.')).toBe(true);
    const trees = (middle: string) => article('trees', [
      'Northport planted 12,000 street trees in the last two years, the parks department said on Monday.',
      middle,
      "Southport's efforts to plant street trees pale by comparison.",
      'The department will plant another 5,000 trees along the river next spring.',
    ]);
    // The sentence it compares with is not a point: the comparison is not one either.
    expect(texts(selectKeyPoints([trees('If you walk down any street in the old town, you will pass a young lime or oak tree.')], 3))).toEqual([
      'Northport planted 12,000 street trees in the last two years, the parks department said on Monday.',
      'If you walk down any street in the old town, you will pass a young lime or oak tree.',
      'The department will plant another 5,000 trees along the river next spring.',
    ]);
    const direct = article('trees', [
      'Northport planted 12,000 street trees in the last two years, the parks department said on Monday.',
      "Southport's efforts to plant street trees pale by comparison.",
      'The department will plant another 5,000 trees along the river next spring.',
    ]);
    expect(texts(selectKeyPoints([direct], 2))).toEqual([
      'Northport planted 12,000 street trees in the last two years, the parks department said on Monday.',
      "Southport's efforts to plant street trees pale by comparison.",
    ]);
  });

  it('takes "the company" as a subject only after a point of the same article has named it', () => {
    expect(genericSubject('The company said profits fell.')).toBe(true);
    expect(genericSubject('Company shares fell on Monday.')).toBe(false);
    // A person known only by age or role is as nameless as "the company".
    expect(genericSubject('The 54-year-old covers the magazine this month.')).toBe(true);
    expect(genericSubject('The man was arrested on Friday.')).toBe(true);
    expect(genericSubject('The manager was sacked on Friday.')).toBe(false);
    const a = article('courier', [
      'By the business desk',
      'The company chose a former airfield north of the town as the site for its new chip factory.',
      'Residents have raised concerns about the water the plant will use every day.',
      'Construction of the factory on the airfield is due to start next spring.',
    ]);
    expect(texts(selectKeyPoints([a], 2))).toEqual([
      'Residents have raised concerns about the water the plant will use every day.',
      'Construction of the factory on the airfield is due to start next spring.',
    ]);
  });

  it('rejects a caption fused with a quotation, and cuts a labelled caption off the sentence', () => {
    expect(unbalancedQuotes("The trainer told reporters: 'The horse is in great form.")).toBe(true);
    expect(unbalancedQuotes("The trainer said the horse was 'in great form' before the race.")).toBe(false);
    expect(unbalancedQuotes('The council called the plan "a disgrace.')).toBe(true);
    expect(unbalancedQuotes("The shop's owner said the rent had doubled.")).toBe(false);
    expect(unfitReason("Rain on the course on Saturday The trainer told reporters: 'The horse is in great form.")).toBe('quotation marks that do not pair up');
    const text = 'Photo: the old bridge at dusk Traffic crossed the old bridge as usual on Tuesday evening.';
    expect(text.slice(labelledCaptionEnd(text))).toBe('Traffic crossed the old bridge as usual on Tuesday evening.');
    expect(texts(selectKeyPoints([article('radio', [text, 'The council voted to close the old bridge to cars from the first of June.'])], 2))).toEqual([
      'Traffic crossed the old bridge as usual on Tuesday evening.',
      'The council voted to close the old bridge to cars from the first of June.',
    ]);
  });

  it('cuts an on-page prompt and a labelled or pictured caption off the sentence run in after it', () => {
    const a = article('race', [
      'The Marsh Lane stable will open its yard to visitors on Sunday for the first time in ten years.',
      'Scroll down for video Proud owner: The trainer stands with his horse in the yard at dawn As the race drew near, the stable sold 200 tickets for its open day.',
      'Happy day: The trainer and his wife at their wedding in June.',
      "Ada Moss, 70, pictured left in her racing silks, right 'I have ridden here since I was a girl,' she said on Monday.",
      'Visitors will be able to watch the horses train on the gallops above the village.',
    ]);
    // The caption alone is no point; the quotation behind the pictured caption has only "she" as its speaker.
    expect(texts(selectKeyPoints([a], 5))).toEqual([
      'The Marsh Lane stable will open its yard to visitors on Sunday for the first time in ten years.',
      'As the race drew near, the stable sold 200 tickets for its open day.',
      'Visitors will be able to watch the horses train on the gallops above the village.',
    ]);
    expect(promptEnd('Scroll down for video The trainer stands in the yard.')).toBe(22);
    expect(captionLabelEnd('Sharp dresser: The actress wears a striped shirt')).toBe(15);
    expect(captionLabelEnd('Slain in cold blood: The victim was 54')).toBe(21);
    // Speech, a speaker's name and a quotation are not caption labels.
    expect(captionLabelEnd('He said: the plan failed.')).toBe(0);
    expect(captionLabelEnd('One post read: the end is near.')).toBe(0);
    expect(captionLabelEnd('Antonio Tajani: I have spoken to him.')).toBe(0);
    expect(captionLabelEnd('Big group: "We are all here."')).toBe(0);
    const pictured = "Ada Moss, 70, pictured left in her silks, right 'I ride here,' she said.";
    expect(pictured.slice(pictureCaptionEnd(pictured))).toBe("'I ride here,' she said.");
    expect(pictureCaptionEnd("Ada Moss said 'I ride here' on Monday.")).toBe(-1);
    expect(pronounSubject("'I ride here,' she said.", " she said.")).toBe(true);
    expect(pronounSubject("'I ride here,' Ada Moss said.", " Ada Moss said.")).toBe(false);
  });

  it('cuts a caption run into a sentence that opens with a name and what the person said or did', () => {
    const a = article('turf', [
      'Trainer Mia Kovac hopes her mare Silver Lantern wins the Northern Cup later this month Kovac told reporters the mare was in great form after a gallop on Sunday.',
      'Farmers sort the harvest at the cooperative in Dunmore today Anna Berg, 52, said the price of grain had doubled since the spring.',
      'The cup, run over two miles on the coast course, has drawn a record 40 entries this year.',
    ]);
    expect(texts(selectKeyPoints([a], 3))).toEqual([
      'Kovac told reporters the mare was in great form after a gallop on Sunday.',
      'Anna Berg, 52, said the price of grain had doubled since the spring.',
      'The cup, run over two miles on the coast course, has drawn a record 40 entries this year.',
    ]);
    const run = 'Dr Ola Hart inspects the new ward in 2024 Mr Hart, 61, has run the hospital since it opened.';
    expect(run.slice(captionEnd(run))).toBe('Mr Hart, 61, has run the hospital since it opened.');
    // A name that the words before it describe or introduce is part of the sentence.
    expect(captionEnd('Defence lawyer Bruce Hale said his client would appeal the ruling.')).toBe(-1);
    expect(captionEnd('She travelled to Lisbon with her friend Julia Moor, 67, who lives there now.')).toBe(-1);
    expect(captionEnd('The ward was opened by hospital director Ola Hart, who has run it for ten years.')).toBe(-1);
    // After a reporting verb, the name opens what was reported, not a new sentence.
    expect(captionEnd('Police said today John Reyes, 45, was arrested at his home in the port.')).toBe(-1);
    expect(captionEnd('The club confirmed this month Sara Lind will leave at the end of the season.')).toBe(-1);
    // A sentence that opens with when it happened.
    expect(captionEnd('Earlier this month Kovac told reporters the mare was lame.')).toBe(-1);
    expect(captionEnd('In March last year Ola Hart was named head of the hospital.')).toBe(-1);
  });

  it('rejects fragments without a verb, and cuts any outlet’s initials as a dateline', () => {
    expect(unfitReason('Meeting tomorrow from 18:15 to 19:30 in the main hall.')).toBe('a fragment without a verb');
    expect(lacksVerb('The museum reopens on Saturday.')).toBe(false);
    expect(stripDateline('(MNN) — Ferry crews walked out on Friday.')).toBe('Ferry crews walked out on Friday.');
  });
});

describe('selection for a story', () => {
  it('counts a concept once: a second outlet restating the same figure adds nothing', () => {
    const a = article('daily', [
      'Velmar said on Wednesday it will build a 3.4 billion euro chip factory in the town of Kessing.',
      'The plant will employ 1,200 people when it opens in 2029, the firm said.',
      'The regional government will pay 600 million euros in subsidies for the plant.',
    ]);
    const b = article('courier', [
      'Kessing will be home to a chip factory that will bring 1,200 jobs to the town, Velmar announced.',
      'Residents worry about how much water the chip factory will draw from the river.',
      'Construction on the old airfield north of the town is due to start next spring.',
    ]);
    const points = texts(selectKeyPoints([a, b], 4));
    expect(points.filter((t) => t.includes('1,200'))).toHaveLength(1);
    expect(points).toEqual([
      'Kessing will be home to a chip factory that will bring 1,200 jobs to the town, Velmar announced.',
      'Velmar said on Wednesday it will build a 3.4 billion euro chip factory in the town of Kessing.',
      'Residents worry about how much water the chip factory will draw from the river.',
      'Construction on the old airfield north of the town is due to start next spring.',
    ]);
  });

  it('does not choose a point that only restates a quote the briefing lists', () => {
    const a = article('hearing', [
      'Tom Reed, the chief executive, apologised to the committee for the data leak on Tuesday.',
      'In his remarks, Tom Reed said it had "become clear that we have not done enough to protect the data of our users."',
      'The committee will publish its report on the leak in the autumn.',
    ]);
    const quote = 'become clear that we have not done enough to protect the data of our users.';
    expect(texts(selectKeyPoints([a], 2, undefined, undefined, [quote]))).toEqual([
      'Tom Reed, the chief executive, apologised to the committee for the data leak on Tuesday.',
      'The committee will publish its report on the leak in the autumn.',
    ]);
  });

  it('does not choose a point whose quotation is a later sentence of a listed quote', () => {
    const a = article('hearing', [
      'Tom Reed, the chief executive, apologised to the committee for the data leak on Tuesday.',
      'He told the committee the company had not done enough to protect its users.',
      'Tom Reed added on Tuesday that "we will change how the app shares data with other firms and advertisers."',
      'The committee will publish its report on the leak in the autumn.',
    ]);
    const quote = 'We have not done enough to protect the data of our users. We will change how the app shares data with other firms and advertisers.';
    expect(texts(selectKeyPoints([a], 3, undefined, undefined, [quote]))).toEqual([
      'Tom Reed, the chief executive, apologised to the committee for the data leak on Tuesday.',
      'He told the committee the company had not done enough to protect its users.',
      'The committee will publish its report on the leak in the autumn.',
    ]);
    // Without the quote listed, the sentence carries it and may be a point.
    expect(texts(selectKeyPoints([a], 3))[2]).toBe('Tom Reed added on Tuesday that "we will change how the app shares data with other firms and advertisers."');
  });

  it('counts concept gain per word when asked: a short sentence adding as much per word beats a long one', () => {
    const input = {
      scores: [1, 1],
      concepts: [Int32Array.from([0, 1, 2, 3, 4]), Int32Array.from([0, 5])],
      weights: Float64Array.from([1, 1, 1, 1, 1, 1]),
      similarity: () => 0,
      costs: [40, 10],
    };
    expect(selectByCoverage(input, 1, { relevance: 0.5, covered: 0.9, duplicate: 0.5 })).toEqual([0]);
    expect(selectByCoverage(input, 1, { relevance: 0.5, covered: 0.9, duplicate: 0.5, costExponent: 1 })).toEqual([1]);
  });

  it('reads a capitalised first word as a name only as a candidate: the story decides', () => {
    expect(openingName('Rademenes comforts the strays after surgery.')).toBe('n:rademene');
    expect(openingName('“Veep” returns in May.')).toBe('n:veep');
    expect(openingName('The cat purrs at the dogs.')).toBeUndefined();
    expect(openingName('Monday was the first day.')).toBeUndefined();
    expect(openingName('2015 was a hard year.')).toBeUndefined();
  });

  it('names the concepts of a sentence: names, numbers with their scale, bigrams and words', () => {
    expect(conceptsOf('Facebook said 87 million users left on Tuesday at 18:15.')).toEqual([
      'w:facebook', '#:87 million', 'w:user', 'w:left', 'b:user|left', 'w:tuesday',
    ]);
    expect(conceptsOf('Officials met Mark Zuckerberg.')).toEqual(['w:official', 'w:met', 'b:official|met', 'n:mark', 'w:mark', 'b:met|mark', 'n:zuckerberg', 'w:zuckerberg', 'b:mark|zuckerberg']);
  });
});

describe('the mood of a preview and the tense of a report', () => {
  it('reads preview phrases without a known event verb, and a past tense that is not speech', () => {
    expect(previewMood('Residents have been told to be ready to leave.')).toBe(true);
    expect(previewMood('Sales are thought to have fallen.')).toBe(true);
    expect(previewMood('The club will face Redby on Saturday.')).toBe(true);
    expect(previewMood('The hearing opened in May.')).toBe(false);
    expect(reportsPast('The strike was called off late on Sunday.')).toBe(true);
    expect(reportsPast('Redby beat Lisby 2-1.')).toBe(true);
    expect(reportsPast('The minister said he would meet both sides on Monday.')).toBe(false);
    expect(reportsPast('The jury is expected to retire on Monday.')).toBe(false);
    expect(reportsPast('The judge remanded him and said he would be sentenced in June.')).toBe(true);
  });
});

describe('a photo caption written as a sentence is not a point', () => {
  it('reads a scene in the present on a named day as a caption, and leaves news in the present alone', () => {
    expect(sceneCaption('Smoke rises over Calder Ridge behind the water tower on Tuesday afternoon.', 'Smoke rises over Calder Ridge behind the water tower on Tuesday afternoon.')).toBe(true);
    expect(sceneCaption('Relatives hold photographs outside the court on Tuesday.', 'Relatives hold photographs outside the court on Tuesday.')).toBe(true);
    // A past tense, even an irregular one, reports; a schedule verb, an auxiliary or "says" is news.
    for (const news of [
      'Hospitals flew urgent patients to the mainland on Friday night.',
      'Polls open at 7am on Sunday across the country.',
      'The city has closed the bridge to cars on Monday.',
      'Kestrane says it will cut 1,200 jobs on Thursday.',
      'The minister flies to Oslo on Monday for talks.',
      'The market fills the square every Monday.',
      'Smoke rises over Calder Ridge behind the water tower.',
    ])
      expect(sceneCaption(news, news)).toBe(false);
  });

  it('does not choose a caption sentence as a point', () => {
    const local = article('ridge-news', [
      'Cranes stand idle at the Osterby container terminal on Saturday evening.',
      'Union leaders and the terminal operator met for ten hours at the town hall on Saturday.',
      'The mayor said she had offered the town hall as neutral ground for the talks.',
    ], '2026-09-06');
    const wire = article('wire', [
      'A strike at the Osterby container terminal was called off on Sunday after the operator raised its pay offer to 6 percent.',
      'Dockworkers returned to work at the terminal on Monday morning.',
    ], '2026-09-07');
    expect(texts(selectKeyPoints([local, wire], 3))).toEqual([
      'A strike at the Osterby container terminal was called off on Sunday after the operator raised its pay offer to 6 percent.',
      'Union leaders and the terminal operator met for ten hours at the town hall on Saturday.',
      'Dockworkers returned to work at the terminal on Monday morning.',
    ]);
    expect(unfitReason('Cranes stand idle at the Osterby container terminal on Saturday evening.')).toBe('a photo caption: a scene in the present on a named day');
  });
});
