import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';

/** Quotes of a made-up article: [text, speaker name, role?, fragment]. */
function quotesOf(paragraphs: string[], title = 'A headline for the test') {
  const { quotes, skipped } = extractQuotes({ id: 'test', title, paragraphs });
  return {
    found: quotes.map((q) => [q.text, q.speaker.name, q.speaker.role ?? null, q.fragment]),
    skipped: skipped.map((s) => [s.text, s.reason]),
  };
}

describe('extractQuotes: attribution patterns', () => {
  it('X says … “…” …, according to Y: the outlet reported what X said; a cue in a leading clause is not reported', () => {
    expect(quotesOf(['Police spokesman Bo Reyes says when officers arrived, the crowd “surged” forward, according to the Wrenmouth Courier.']).found).toEqual([
      ['surged', 'Bo Reyes', 'Police spokesman', true],
    ]);
    expect(quotesOf(['After Bo Reyes asked about it in an interview, the crowd became “agitated,” according to a source at the station.']).found).toEqual([
      ['agitated', 'a source', null, true],
    ]);
  });

  it('a quote after a lead-in ("Indeed,", "And, finally,") still opens its paragraph and continues the previous speaker', () => {
    expect(quotesOf(['“We will win,” Ann Lee said.', 'Indeed, “The money is there.”', 'And, finally, “We are ready.”']).found).toEqual([
      ['We will win', 'Ann Lee', null, false],
      ['The money is there.', 'Ann Lee', null, false],
      ['We are ready.', 'Ann Lee', null, false],
    ]);
    // A lead-in of other words is the writer's sentence: no continuation.
    expect(quotesOf(['“We will win,” Ann Lee said.', 'Voters disagree, “The money is gone.”']).found).toEqual([['We will win', 'Ann Lee', null, false]]);
  });

  it('X patiently replies: "…": a verb that is also a noun is a cue after its subject and an adverb in -ly', () => {
    expect(quotesOf(['Ann Lee shouted at the clerk.', 'The clerk patiently replies: “Let us get you out of here quickly.”']).found).toEqual([
      ['Let us get you out of here quickly.', 'The clerk', null, false],
    ]);
    expect(quotesOf(['Ann Lee shouted at Mia Dorn.', 'Mia Dorn calmly replies: “Let us get you out of here.”']).found).toEqual([
      ['Let us get you out of here.', 'Mia Dorn', null, false],
    ]);
  });

  it('"…," said X', () => {
    expect(quotesOf(['“The bridge will reopen in May,” said Priya Natarajan.']).found).toEqual([
      ['The bridge will reopen in May', 'Priya Natarajan', null, false],
    ]);
  });

  it('X incurred boos upon saying "…": a gerund after a preposition with no pronoun before it is the subject’s', () => {
    expect(quotesOf(['Sara Ortiz, a council member since 2019, incurred a wave of boos upon saying, “The bridge was worth it.”']).found).toEqual([
      ['The bridge was worth it.', 'Sara Ortiz', 'council member', false],
    ]);
  });

  it('"A few days later, X …, telling Y that …": a span of time is not the subject', () => {
    expect(quotesOf(['Sara Ortiz opposed the bridge in May.', 'But a few days later, Ortiz reversed herself, telling the council that the bridge “was worth it.”']).found).toEqual([
      ['was worth it.', 'Sara Ortiz', null, true],
    ]);
  });

  it('X said, "…"', () => {
    expect(quotesOf(['Harold Finch said, "We expect delays on the northern line."']).found).toEqual([
      ['We expect delays on the northern line.', 'Harold Finch', null, false],
    ]);
  });

  it('"…," X said — and a later "Mr X" is the same person', () => {
    expect(
      quotesOf(['“Fares will not rise this year,” Gerald Okonjo said.', '“We listened to riders,” Mr Okonjo said.']).found,
    ).toEqual([
      ['Fares will not rise this year', 'Gerald Okonjo', null, false],
      ['We listened to riders', 'Gerald Okonjo', null, false],
    ]);
  });

  it('an appositive gives the role: X, the chair of Y, said: "…"', () => {
    expect(quotesOf(['Ruth Albers, the chair of the harbour board, said: “Dredging starts on Monday.”']).found).toEqual([
      ['Dredging starts on Monday.', 'Ruth Albers', 'chair of the harbour board', false],
    ]);
  });

  it('a role before the name is kept out of the name: "said Acme CEO Dana Whitfield"', () => {
    expect(quotesOf(['“Our sales doubled,” said Acme CEO Dana Whitfield.', '“We are hiring,” Whitfield added.']).found).toEqual([
      ['Our sales doubled', 'Dana Whitfield', 'Acme CEO', false],
      ['We are hiring', 'Dana Whitfield', 'Acme CEO', false],
    ]);
  });

  it('titles such as Sen. and Dr. are not part of the name', () => {
    expect(quotesOf(['“The vote is close,” Sen. Maria Calloway said.', 'Dr. Ian Moss said: “Wash your hands.”']).found).toEqual([
      ['The vote is close', 'Maria Calloway', null, false],
      ['Wash your hands.', 'Ian Moss', null, false],
    ]);
  });

  it('X stressed that "…" is a fragment of reported speech', () => {
    expect(quotesOf(['Mayor Linh Tran stressed that "no resident will be left behind".']).found).toEqual([
      ['no resident will be left behind', 'Linh Tran', 'Mayor', true],
    ]);
  });

  it('according to X', () => {
    expect(quotesOf(['The dam is “structurally sound”, according to engineer Paulo Reis.']).found).toEqual([
      ['structurally sound', 'Paulo Reis', 'engineer', true],
    ]);
  });

  it('X told Y that "…"', () => {
    expect(quotesOf(['Carla Jensen told reporters that "the deal is done".']).found).toEqual([['the deal is done', 'Carla Jensen', null, true]]);
  });

  it('a quote split around "he said" belongs to one speaker, both halves', () => {
    expect(quotesOf(['Tomas Berg opened the session.', '“We are late,” he said, “but we will finish.”']).found).toEqual([
      ['We are late', 'Tomas Berg', null, false],
      ['but we will finish.', 'Tomas Berg', null, false],
    ]);
  });

  it('"she said" goes to the last woman named, not to the last name', () => {
    expect(
      quotesOf(['Helen Marsh met Robert Kline at the port.', '“The cranes are old,” she said.', '“They still work,” he replied.']).found,
    ).toEqual([
      ['The cranes are old', 'Helen Marsh', null, false],
      ['They still work', 'Robert Kline', null, false],
    ]);
  });

  it('"he said" prefers the subject of the sentence before over a man merely mentioned', () => {
    expect(quotesOf(['Peter Vance criticised John Ellery on Monday.', '“It was a poor decision,” he said.']).found).toEqual([
      ['It was a poor decision', 'Peter Vance', null, false],
    ]);
  });

  it('a quoted paragraph with no attribution continues the previous speaker', () => {
    expect(quotesOf(['“We will rebuild the pier,” said Anna Kowal.', '“It is the heart of this town and we owe it to the fishermen.”']).found).toEqual([
      ['We will rebuild the pier', 'Anna Kowal', null, false],
      ['It is the heart of this town and we owe it to the fishermen.', 'Anna Kowal', null, false],
    ]);
  });

  it('a quote over several paragraphs, re-opened at each, is one speaker', () => {
    expect(quotesOf(['Simon Achebe said: “The first year was hard.', '“The second was harder.”']).found).toEqual([
      ['The first year was hard.', 'Simon Achebe', null, false],
      ['The second was harder.', 'Simon Achebe', null, false],
    ]);
  });

  it('a name inside the quote is never its speaker', () => {
    expect(quotesOf(['“Ms Larkin ignored every question,” said Owen Pryce.']).found).toEqual([
      ['Ms Larkin ignored every question', 'Owen Pryce', null, false],
    ]);
  });

  it('organisations and documents speak too', () => {
    expect(quotesOf(['Northwind Energy said the outage was “regrettable”.', 'The report said the pipes were “beyond repair”.']).found).toEqual([
      ['regrettable', 'Northwind Energy', null, true],
      ['beyond repair', 'The report', null, true],
    ]);
  });

  it('"A Danish minister said" is linked to the minister the article names', () => {
    expect(
      quotesOf([
        'A Danish minister said the plan was a “wasted chance”.',
        '“We expected more,” said Karen Holm, Danish minister for transport.',
      ]).found,
    ).toEqual([
      ['wasted chance', 'Karen Holm', 'Danish minister for transport', true],
      ['We expected more', 'Karen Holm', 'Danish minister for transport', false],
    ]);
  });

  it('the headline’s single curly quotes are quotes; apostrophes are not', () => {
    expect(quotesOf(['Lena Ortiz said the firm had been slow.'], 'Ortiz admits her firm’s plan was ‘far too slow’').found).toEqual([
      ['far too slow', 'Lena Ortiz', null, true],
    ]);
  });

  it('drops scare quotes with no speaker, with a reason', () => {
    const result = quotesOf(['The so-called “smart” meters arrived late.']);
    expect(result.found).toEqual([]);
    expect(result.skipped).toEqual([['smart', 'scare quotes: a single word in marks with no speech cue in its sentence']]);
  });

  it('an unbalanced mark does not swallow the rest of the article', () => {
    const result = quotesOf(['The mayor called it “historic.', 'Later, Ben Olsen said: “It is a good day.”']);
    expect(result.found).toContainEqual(['It is a good day.', 'Ben Olsen', null, false]);
  });

  it('"according to him" is the person "he" would be', () => {
    expect(quotesOf(['Mayor Paul Drummond opened the depot.', 'According to him, the buses are “90 percent” electric.']).found).toEqual([
      ['90 percent', 'Paul Drummond', 'Mayor', true],
    ]);
  });

  it('a signed quote: "…" ― Name', () => {
    expect(quotesOf(['“The queue was two hours long.” ― Joan Petrie']).found).toEqual([['The queue was two hours long.', 'Joan Petrie', null, false]]);
  });

  it('a transcript label inside the marks names the speaker', () => {
    expect(quotesOf(['Anchor Rita Solberg interviewed Governor Tom Ekdahl.', '"SOLBERG: Will you run again?"', '"EKDAHL: Not this time."']).found).toEqual([
      ['SOLBERG: Will you run again?', 'Rita Solberg', 'Anchor', false],
      ['EKDAHL: Not this time.', 'Tom Ekdahl', 'Governor', false],
    ]);
  });

  it('a paragraph ending in a colon introduces the quoted paragraph after it', () => {
    expect(quotesOf(['The Harbour Gazette reported:', '“Ferries will run every hour from June.”']).found).toEqual([
      ['Ferries will run every hour from June.', 'Harbour Gazette', null, false],
    ]);
  });

  it('the headline convention "Name: …" gives the speaker of the headline quote', () => {
    expect(quotesOf(['Mayor Ines Falk spoke on Monday.'], 'Falk: town faces ‘hard winter’').found).toEqual([['hard winter', 'Ines Falk', 'Mayor', true]]);
  });

  it('"X said" in a sentence with a quote from a long parenthesis still finds X', () => {
    expect(quotesOf(['“We need the funding,” Rep. Alma Ruiz (D-Ore.) said Friday.']).found).toEqual([['We need the funding', 'Alma Ruiz', null, false]]);
  });

  it('"the president" is the president, not his wife who shares his surname', () => {
    expect(
      quotesOf(['President Karl Brandt spoke first. Mr. Brandt and his wife, Helga Brandt, will tour the region.', 'The president told voters it was “a duty” to vote.']).found,
    ).toEqual([['a duty', 'Karl Brandt', 'President', true]]);
  });

  it("X's claim that \"…\": the owner of the claim said it, even with no speech verb", () => {
    expect(
      quotesOf(['The agency checked Omar Lindqvist’s claim that there were “four thousand new jobs” in the county.', 'Voters remembered his promise that “no school will close.”']).found,
    ).toEqual([
      ['four thousand new jobs', 'Omar Lindqvist', null, true],
      ['no school will close.', 'Omar Lindqvist', null, true],
    ]);
  });

  it('a straight opening mark closed by a curly one is still one quote, and the next quote is found', () => {
    expect(quotesOf(['"The levee held,” said Nora Fielding, who runs the pumping station. “We were lucky this time.”']).found).toEqual([
      ['The levee held', 'Nora Fielding', null, false],
      ['We were lucky this time.', 'Nora Fielding', null, false],
    ]);
  });

  it('a stage direction in brackets is dropped with a reason, not given to the last speaker', () => {
    const { found, skipped } = quotesOf(['Anchor Rita Solberg interviewed Governor Tom Ekdahl.', '"EKDAHL: Not this time."', '"(CROSSTALK.)"']);
    expect(found).toEqual([['EKDAHL: Not this time.', 'Tom Ekdahl', 'Governor', false]]);
    expect(skipped).toEqual([['(CROSSTALK.)', 'a stage direction in brackets (a transcript note), not speech']]);
  });

  it('"Mr. X" after a sentence adverb ("Ultimately, Mr. X hopes …") is the subject a later "he" goes to', () => {
    expect(
      quotesOf(['Colin Ames, a spokesman for the growers, said prices had fallen.', 'Ultimately, Mr. Okafor hopes to sell the farm. "It is all I can manage," he said.']).found,
    ).toEqual([['It is all I can manage', 'Okafor', null, false]]);
  });

  it('"him" and "his" do not vote on the gender of the sentence\'s subject: "She then pressed him on his record"', () => {
    expect(
      quotesOf([
        'On Monday night, Kerrow Vance went after Dorran Lusk. She then pressed him on his record and his taxes.',
        '“Why won’t he answer?” she said.',
      ]).found,
    ).toEqual([['Why won’t he answer?', 'Kerrow Vance', null, false]]);
  });

  it('"they" goes to the organisation that was the latest subject, not to a place mentioned after it', () => {
    expect(
      quotesOf(['The Fact Desk checked the mayor’s figures on crime in Harbour City. On Tuesday they published the result by announcing that the figures were “mostly true.”']).found,
    ).toEqual([['mostly true.', 'Fact Desk', null, true]]);
  });

  it('a known first name alone ("Anna said") is a person of that gender: a later "he" is not her', () => {
    const { found, skipped } = quotesOf(['“We will stay,” Anna said.', '“It is our home,” he said.']);
    expect(found).toEqual([['We will stay', 'Anna', null, false]]);
    expect(skipped.map(([text]) => text)).toEqual(['It is our home,']);
  });

  it('"it" after a described subject ("The mayor’s office is … It calls …") is that description', () => {
    expect(quotesOf(['Karin Holt’s campaign is defending the budget. It is denouncing what it calls “a smear by the council.”']).found).toEqual([
      ['a smear by the council.', 'Karin Holt’s campaign', null, true],
    ]);
  });

  it('a passive speech verb names its speaker after "by": "“…” was written by X"', () => {
    expect(quotesOf(['“Northern Lights” was written by Elsa Brandvold after the flood.']).found).toEqual([['Northern Lights', 'Elsa Brandvold', null, false]]);
  });

  it('"X went on about “…”" makes X the speaker, even with another cue later in the sentence', () => {
    expect(quotesOf(['As Mayor Tom Hale went on about “a city that works,” his rival on the council, Ruth Ames, said nothing.']).found).toEqual([
      ['a city that works', 'Tom Hale', 'Mayor', true],
    ]);
  });

  it('a first name that is also an organisation word ("Bill") still starts a person’s name', () => {
    expect(quotesOf(['“The bridge is safe,” said Mayor Bill Carver.', 'Later the mayor said there was “no cause for alarm.”']).found).toEqual([
      ['The bridge is safe', 'Bill Carver', 'Mayor', false],
      ['no cause for alarm.', 'Bill Carver', 'Mayor', true],
    ]);
  });

  it('"the former secretary of state" is linked to the person the article gave that role, head word before "of"', () => {
    expect(quotesOf(['Former Secretary of State Alice Grant spoke first.', '“We are stronger together,” the former secretary of state said.']).found).toEqual([
      ['We are stronger together', 'Alice Grant', 'Former Secretary of State', false],
    ]);
  });

  it('a possessive description speaks ("Jim Poll’s campaign manager said"), and "said the race is" does not make the race a speaker', () => {
    expect(quotesOf(['Jim Poll’s campaign manager said the race is “tightening.”']).found).toEqual([['tightening.', 'Jim Poll’s campaign manager', null, true]]);
  });

  it('"X’s “…”": a person’s quoted words, unless a cue before them gives someone else ("what they call X’s “…”")', () => {
    expect(
      quotesOf(['He showed support for Ellen Park’s “open door” plan.', 'The Harbour Party is seeking to contrast it with what they call Ellen Park’s “empty promises.”']).found,
    ).toEqual([
      ['open door', 'Ellen Park', null, true],
      ['empty promises.', 'Harbour Party', null, true],
    ]);
  });

  it('"the statement read" is a cue; a document "from X" speaks for X', () => {
    expect(quotesOf(['“We will comply,” the statement read.', 'According to a statement from the Harbour Authority, “the talks were productive.”']).found).toEqual([
      ['We will comply', 'the statement', null, false],
      ['the talks were productive.', 'Harbour Authority', null, true],
    ]);
  });

  it('"said one voter, Ann Lee, 52": the name in apposition speaks, the description is the role', () => {
    expect(quotesOf(['“I have never seen anything like it,” said one voter, Ann Lee, 52.']).found).toEqual([
      ['I have never seen anything like it', 'Ann Lee', 'voter', false],
    ]);
  });

  it('"X told a reporter who asked … that “…”": the cue inside the listener’s relative clause does not take the quote', () => {
    expect(quotesOf(['Ruth Kane told a reporter who asked about taxes that “there will be no increase.”']).found).toEqual([
      ['there will be no increase.', 'Ruth Kane', null, true],
    ]);
  });

  it('"a letter from his doctor that says …": "that" before the verb stands for the thing before it', () => {
    expect(quotesOf(['Gary Moss is a triathlete. He released a letter from his doctor that says he has “extraordinarily good health” for his age.']).found).toEqual([
      ['extraordinarily good health', 'his doctor', null, true],
    ]);
  });

  it('a gerund after a preposition ("… where she appeared … for saying that …") shares the nearest subject pronoun', () => {
    expect(
      quotesOf(['Tom Reyes chaired the committee. Senator Ann Cole was questioned by the committee, where she appeared in 2014 for saying that the drug was a “miracle cure.”']).found,
    ).toEqual([['miracle cure.', 'Ann Cole', 'Senator', true]]);
  });

  it('a single word in marks is not lent the speaker of another sentence in the paragraph', () => {
    const result = quotesOf(['“We tested it,” said Dr. Ann Vale. The pills were “magic” to many buyers.']);
    expect(result.found).toEqual([['We tested it', 'Ann Vale', null, false]]);
    expect(result.skipped).toEqual([['magic', 'scare quotes: a single word in marks with no speech cue in its sentence']]);
  });

  it('"admires X as a “strong leader”": a two-word characterisation belongs to the sentence’s subject', () => {
    expect(quotesOf(['Tom Hale openly admires Governor Ruth Kane as a “strong leader,” comparing her to her predecessor.']).found).toEqual([
      ['strong leader', 'Tom Hale', null, true],
    ]);
  });

  it('"The company’s chief executive, Tim Cook, wrote …": the name between commas speaks, the description before is the role', () => {
    expect(quotesOf(['The company’s chief executive, Tim Cook, wrote in a letter that “privacy is a right.”', 'His former partner, Lawrence Cummings, called it “a mess.”']).found).toEqual([
      ['privacy is a right.', 'Tim Cook', 'company’s chief executive', true],
      ['a mess.', 'Lawrence Cummings', null, true],
    ]);
  });

  it('lower-case role words before a name give its role ("Republican nominee Tom Reed"), so "the Republican nominee" is him', () => {
    expect(quotesOf(['Republican nominee Tom Reed spoke in Ohio on Monday.', '“We will win,” the Republican nominee said.']).found).toEqual([
      ['We will win', 'Tom Reed', 'Republican nominee', false],
    ]);
  });

  it('"Rep. Adam Rhee of Oregon": a person’s name ends before "of" and the place', () => {
    expect(quotesOf(['“That is a lie,” said Rep. Adam Rhee of Oregon, the top Democrat on the panel.']).found).toEqual([
      ['That is a lie', 'Adam Rhee', 'top Democrat on the panel', false],
    ]);
  });

  it('an interjection between commas ("Clinton, meanwhile, said", "The report, released by …, said") leaves the speaker before it', () => {
    expect(
      quotesOf(['Ruth Ames, meanwhile, said Tom Hale was “unfit.”', 'The report, released by the Senate committee on Monday, said the program was “riddled with fraud.”']).found,
    ).toEqual([
      ['unfit.', 'Ruth Ames', null, true],
      ['riddled with fraud.', 'The report', null, true],
    ]);
  });

  it('"A spokeswoman for the department, Lisa Holm, said": the department is not her role', () => {
    expect(quotesOf(['A spokeswoman for the department, Lisa Holm, said “we are reviewing it.”']).found).toEqual([['we are reviewing it.', 'Lisa Holm', null, true]]);
  });

  it('"according to people familiar with the matter": the description ends at its head noun', () => {
    expect(quotesOf(['According to people familiar with the matter, the deal is “nearly done.”']).found).toEqual([['nearly done.', 'people', null, true]]);
  });
});

describe('extractQuotes: more attribution patterns', () => {
  it('"said <Name> <role words> <Name>": the later name speaks, the words before it are the role', () => {
    expect(quotesOf(['“Turnout will be high,” said Delgado campaign manager Rosa Pike.']).found).toEqual([
      ['Turnout will be high', 'Rosa Pike', 'Delgado campaign manager', false],
    ]);
  });

  it('a cue beyond a clause break (", while") belongs to the other clause', () => {
    expect(
      quotesOf(['Council member Ida Brandt said she was “relieved” by the ruling, while her lawyer, Omar Haddad, called it “a win for tenants.”']).found,
    ).toEqual([
      ['relieved', 'Ida Brandt', 'Council member', true],
      ['a win for tenants.', 'Omar Haddad', null, true],
    ]);
  });

  it('"X, Y’s running mate, told Z that …": a possessive appositive; the listener after "told" never speaks', () => {
    expect(quotesOf(['Tom Reyes, Ortiz’s running mate, told the Gazette the ticket was “united.”']).found).toEqual([
      ['united.', 'Tom Reyes', 'Ortiz’s running mate', true],
    ]);
  });

  it('"X and Y issued a statement calling …": the statement’s authors speak, not the statement', () => {
    expect(quotesOf(['Nora Quist and Ben Adler issued a joint statement calling the closure “short-sighted and cruel.”']).found).toEqual([
      ['short-sighted and cruel.', 'Nora Quist', null, true],
    ]);
  });

  it('a sentence after a quote that ends in a full stop is a new sentence, with its own cue', () => {
    const { found } = quotesOf(['Walter Frey said the vote had been “rushed through.” The treasurer added that he would appeal, and Ann Mo said: “Fine.”']);
    expect(found).toEqual([
      ['rushed through.', 'Walter Frey', null, true],
      ['Fine.', 'Ann Mo', null, false],
    ]);
  });

  it('louder speech verbs ("bellowed") are cues; a passive one ("was widely ridiculed") is not', () => {
    const { found, skipped } = quotesOf(['“Everyone out!” the guard bellowed.', 'The Lakeside Tribune called the plan “reckless.” The plan was widely ridiculed as a “giveaway” in letters.']);
    expect(found).toEqual([
      ['Everyone out!', 'the guard', null, false],
      ['reckless.', 'Lakeside Tribune', null, true],
    ]);
    expect(skipped.map(([text]) => text)).toEqual(['giveaway']);
  });

  it('"New" before a capitalised word stays in the name ("The New Haven Register")', () => {
    expect(quotesOf(['The New Haven Register said the mayor “misled voters.”']).found).toEqual([['misled voters.', 'New Haven Register', null, true]]);
  });

  it('a Title Case quote after "called into" is the name of a show', () => {
    const { found, skipped } = quotesOf(['Mayor Ed Park called into “Good Morning Harbour” on Monday.']);
    expect(found).toEqual([]);
    expect(skipped.map(([text]) => text)).toEqual(['Good Morning Harbour']);
  });
});

describe('extractQuotes: pronouns and subjects', () => {
  it('"Her counterpart, X, disagreed": the name in apposition is the subject a later "he" finds', () => {
    expect(
      quotesOf(['Dana Whitlock, the mayor’s campaign manager, spoke first.', '“We are not behind,” she said.', 'Her counterpart, Lowell Brandt, disagreed.', '“They are right where we thought,” he said.']).found,
    ).toEqual([
      ['We are not behind', 'Dana Whitlock', 'mayor’s campaign manager', false],
      ['They are right where we thought', 'Lowell Brandt', null, false],
    ]);
  });

  it('"he" does not vote for a subject known to be a woman; it goes back to the man before her', () => {
    expect(quotesOf(['Khalid Omari runs a bakery on Main Street.', 'Teresa Vasquez works next door. “I cannot do it,” he said.']).found).toEqual([
      ['I cannot do it', 'Khalid Omari', null, false],
    ]);
  });

  it('"Mr. Obama" after "Barack Obama and Michelle Obama" is the man; "Mrs. Obama" the woman', () => {
    const opening = 'Ramon Ortega and Lucia Ortega campaigned in Tucson.';
    expect(quotesOf([opening, '“I’m fired up,” Mr. Ortega said.']).found).toEqual([['I’m fired up', 'Ramon Ortega', null, false]]);
    expect(quotesOf([opening, '“I’m fired up,” Mrs. Ortega said.']).found).toEqual([['I’m fired up', 'Lucia Ortega', null, false]]);
  });

  it('"shot back", "fired back" are speech cues', () => {
    expect(quotesOf(['“She is the one who should be ashamed,” Wendell Price shot back.', 'Price fired back again: “Never.”']).found).toEqual([
      ['She is the one who should be ashamed', 'Wendell Price', null, false],
      ['Never.', 'Wendell Price', null, false],
    ]);
  });

  it('"they" after two coordinated names is both of them; "she" is still the woman', () => {
    const opening = 'Ines Carter and Hugo Brandt wrote to the governor on Monday.';
    expect(quotesOf([opening, '“This decision is cruel,” they wrote.']).found).toEqual([['This decision is cruel', 'Ines Carter and Hugo Brandt', null, false]]);
    expect(quotesOf([opening, '“This decision is cruel,” she said.']).found).toEqual([['This decision is cruel', 'Ines Carter', null, false]]);
  });

  it('crowds speak: "Several hundred protesters …, chanting" and "a few dozen demonstrators, some holding signs, chanted"', () => {
    expect(
      quotesOf([
        'Several hundred protesters gathered outside the field house, chanting “No pipeline, no permit!” as ticket holders filed past.',
        'Outside the courthouse, a few dozen tenants, some holding signs, chanted "Fix the heat!" all morning.',
      ]).found,
    ).toEqual([
      ['No pipeline, no permit!', 'Several hundred protesters', null, false],
      ['Fix the heat!', 'a few dozen tenants', null, false],
    ]);
  });

  it('a later "she" about someone else does not change who an earlier "he" was', () => {
    expect(
      quotesOf([
        'Her rival is Dr. Anselm Whitby, a retired surgeon from Pike Hollow.',
        'Whitby, in a phone interview, says the race is not personal. “She is a fine teacher,” he says.',
        'Whitby and Noor Adeyemi meet next month for a debate.',
        'Back at the store, as the crowd thins out, Adeyemi is asked what she will do if she loses.',
      ]).found,
    ).toEqual([['She is a fine teacher', 'Anselm Whitby', 'retired surgeon from Pike Hollow', false]]);
  });

  it('"asked him how he would …" does not make the asker a "he"; a first name in -a is a woman’s', () => {
    expect(
      quotesOf([
        'Entrepreneur Viggo Lindahl plugged his new book three times.',
        'When moderator Renata Blum asked him how he would pay for it, he held up a copy. “It’s all in chapter nine,” he said.',
        'Blum did not let it go. “Most viewers have not read chapter nine,” she said.',
      ]).found,
    ).toEqual([
      ['It’s all in chapter nine', 'Viggo Lindahl', 'Entrepreneur', false],
      ['Most viewers have not read chapter nine', 'Renata Blum', 'moderator', false],
    ]);
  });

  it('"His friend Chiamaka Eze, 24, …" makes the name the subject a later "she" finds', () => {
    expect(
      quotesOf(['His friend Chiamaka Eze, 24, who was studying at the same table, said she had decided. “I drive an extra 25 minutes every day,” she said.']).found,
    ).toEqual([['I drive an extra 25 minutes every day', 'Chiamaka Eze', null, false]]);
  });
});

describe('extractQuotes: descriptions linked to people', () => {
  it('"the governor" is the Gov. the article named; "the congresswoman" the Rep. who is a woman', () => {
    expect(
      quotesOf(['Gov. Ilse Brandauer and Rep. Tomas Reid debated on Tuesday, as did Rep. Amara Osei.', '“We will not be rushed,” the governor replied.', '“Nor will we,” the congresswoman said.']).found,
    ).toEqual([
      ['We will not be rushed', 'Ilse Brandauer', null, false],
      ['Nor will we', 'Amara Osei', null, false],
    ]);
  });

  it('"the woman wrote" is the latest woman named, even when she is not a subject', () => {
    expect(
      quotesOf(['Sen. Nina Varga closed the hearing by reading a letter sent to her office by a constituent, Loretta Pruitt. "I am not asking for charity," the woman wrote.']).found,
    ).toEqual([['I am not asking for charity', 'Loretta Pruitt', null, false]]);
  });

  it('the object of a preposition before the cue is not the speaker: "A staff report released ahead of the hearing found …"', () => {
    expect(
      quotesOf(['A staff report released ahead of the hearing found that prices had "risen faster than any comparable product" since 2019.', 'The chairman of the Senate Finance Committee said the bill was “dead.”']).found,
    ).toEqual([
      ['risen faster than any comparable product', 'A staff report', null, true],
      ['dead.', 'The chairman', null, true],
    ]);
  });

  it('"the group called …" is the body named just before; "the committee" one with "Committee" in its name', () => {
    expect(
      quotesOf([
        'According to a tally by the nonpartisan Fair Ballot Watch, the candidates spent 41 minutes on taxes. In a report released overnight, the group called the debate “the least substantive of the year.”',
        'The House Ethics Committee met on Friday. In a letter, the committee said the complaint was “without merit.”',
      ]).found,
    ).toEqual([
      ['the least substantive of the year.', 'Fair Ballot Watch', null, true],
      ['without merit.', 'House Ethics Committee', null, true],
    ]);
  });
});

describe('extractQuotes: headlines', () => {
  it('"The Latest: X hails ‘…’" — the rubric is not a speaker', () => {
    expect(quotesOf(['Delia Marsh won the primary on Tuesday.'], 'The Latest: Marsh hails ‘a people’s victory’ in primary').found).toEqual([
      ['a people’s victory', 'Delia Marsh', null, true],
    ]);
  });

  it('a Title Case headline that runs the verb into the name: the person named in the article speaks', () => {
    expect(quotesOf(['Sen. Ada Whitlow questioned the bank’s chief on Tuesday.'], 'Ada Whitlow Hammers Bank Chief: ‘You Should Resign’').found).toEqual([
      ['You Should Resign', 'Ada Whitlow', null, false],
    ]);
  });
});

describe('extractQuotes: quotes inside a quoted passage', () => {
  it('a passage introduced by "X reported:" is read for the quotes inside it, with the people named before', () => {
    const { found } = quotesOf([
      'Councilman Thaddeus Brock held a town hall on Monday. As the Sentinel’s Ana Kipp reported:',
      '"About forty people attended. Brock opened by holding up a plush fox. \'This,\' he said, \'is the most dangerous thing in your living room.\' Nobody laughed."',
    ]);
    expect(found).toEqual([
      ['About forty people attended. Brock opened by holding up a plush fox. \'This,\' he said, \'is the most dangerous thing in your living room.\' Nobody laughed.', 'Ana Kipp', null, false],
      ['This', 'Thaddeus Brock', 'Councilman', false],
      ['is the most dangerous thing in your living room.', 'Thaddeus Brock', 'Councilman', false],
    ]);
  });

  it('a quote inside the passage goes to its cue (“the mayor promised”), else to the quoting writer', () => {
    const { found } = quotesOf([
      'The Ledger’s Mireille Okonjo wrote about the bus network:',
      '“Riders have called the new routes a ‘maze.’ The city says ridership is up.',
      '“The mayor promised a ‘transit revolution’ last spring.',
      '“By now it is a ‘work in progress.’”',
    ]);
    expect(found.map(([text, speaker]) => [text, speaker])).toEqual([
      ['Riders have called the new routes a ‘maze.’ The city says ridership is up.', 'Mireille Okonjo'],
      ['maze.', 'Riders'],
      ['The mayor promised a ‘transit revolution’ last spring.', 'Mireille Okonjo'],
      ['transit revolution', 'The mayor'],
      ['By now it is a ‘work in progress.’', 'Mireille Okonjo'],
      ['work in progress.', 'Mireille Okonjo'],
    ]);
  });

  it('inside one speaker’s own words, a quote within the quote is not read as a separate quote', () => {
    expect(quotesOf(['“People say, ‘It doesn’t matter,’” said Carla Finch, a county chair. “The question is, ‘Why not?’”']).found.map(([text]) => text)).toEqual([
      'People say, ‘It doesn’t matter,’',
      'The question is, ‘Why not?’',
    ]);
  });

  it('a colon paragraph with no cue introduces its last-named person; "It goes on:" keeps the writer', () => {
    const { found } = quotesOf([
      'The Valley Sentinel sent a reporter, Ana Kipp, to the meeting. Her dispatch is worth quoting at length:',
      '“About forty people attended. Councilman Ted Brock held up a plush fox.”',
      'It goes on:',
      '“Rosa Tiwari stood up. ‘That’s the whole episode,’ Tiwari said.”',
    ]);
    expect(found.map(([text, speaker]) => [text, speaker])).toEqual([
      ['About forty people attended. Councilman Ted Brock held up a plush fox.', 'Ana Kipp'],
      ['Rosa Tiwari stood up. ‘That’s the whole episode,’ Tiwari said.', 'Ana Kipp'],
      ['That’s the whole episode', 'Rosa Tiwari'],
    ]);
  });
});

describe('extractQuotes: lists and owners', () => {
  it('quotes listed after one another with "and" share the first one’s cue, not a later speaker’s', () => {
    expect(
      quotesOf(['As Mayor Ivo Petrak went on about “broken promises,” and “forgotten towns” and “our own families,” Ruth Ames said yes, over and over.']).found,
    ).toEqual([
      ['broken promises', 'Ivo Petrak', 'Mayor', true],
      ['forgotten towns', 'Ivo Petrak', 'Mayor', true],
      ['our own families', 'Ivo Petrak', 'Mayor', true],
    ]);
  });

  it('"X’s earlier letter was mocked for its gloomy prediction that …": the letter said it', () => {
    expect(
      quotesOf(['Dr. Hal Brenner’s earlier letter on the senator was widely mocked for its gloomy prediction that she would be “the healthiest senator in history.”']).found,
    ).toEqual([['the healthiest senator in history.', 'Hal Brenner’s earlier letter', null, true]]);
  });

  it('a dateline ("WASHINGTON (AP) —") is not the subject; a long description ends on its noun', () => {
    expect(
      quotesOf(['WASHINGTON (AP) — The chief executive of one of the nation’s largest drug makers told senators on Thursday that prices were "fair and sustainable," drawing rebukes.']).found,
    ).toEqual([['fair and sustainable', 'The chief executive', null, true]]);
  });

  it('"Among them was X, 44, …" makes X the subject a following "he" finds', () => {
    expect(
      quotesOf(['Delegate Carl Moreno asked the chief a question.', 'Among the crowd was Darnell Yoon, 44, a father of three who said his family buys bottled water.', '“I drove my kids to their grandmother’s,” he said.']).found,
    ).toEqual([['I drove my kids to their grandmother’s', 'Darnell Yoon', null, false]]);
  });

  it('"A spokesman for the mayor, who declined to be named, told …" after an "UPDATE, 3:15 PM:" label', () => {
    expect(
      quotesOf(['Mayor Rita Falk promised short waits.', 'UPDATE, 3:15 PM: A spokesman for the mayor, who declined to be named, told us the pledge was "aspirational."']).found,
    ).toEqual([['aspirational.', 'A spokesman for the mayor', null, true]]);
  });

  it('a number with a thousands comma does not break an interjection: "one reply, with 2,000 likes, said"', () => {
    expect(quotesOf(['To which one reply, with 2,000 likes, said simply: "We did."']).found).toEqual([['We did.', 'one reply', null, false]]);
  });
});

describe('extractQuotes: interviews and coordinated clauses', () => {
  it('after "X asked, “…?”" the next "he said" is the one asked', () => {
    expect(
      quotesOf(['Company chief Randall Okafor appeared with anchor Siobhan Varga.', '“I would drink it,” Okafor said.', 'Varga asked, “Then why is the county telling people not to?”', '“The county is being cautious,” he said.']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([
      ['I would drink it', 'Randall Okafor'],
      ['Then why is the county telling people not to?', 'Siobhan Varga'],
      ['The county is being cautious', 'Randall Okafor'],
    ]);
  });

  it('"He called X’s plan “…” and said Y’s plan was “…”": the later "and said" is another clause, and "Y’s plan" is what was said', () => {
    expect(
      quotesOf(['Gov. Harlan Webb spoke last.', 'He called Okafor’s tax plan “a fairy tale with a price tag” and said Quinn’s border plan was “unpaid for.”']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([
      ['a fairy tale with a price tag', 'Harlan Webb'],
      ['unpaid for.', 'Harlan Webb'],
    ]);
  });

  it('"supporters in the upper deck began chanting “…”": the supporters, not the deck', () => {
    expect(quotesOf(['A knot of Okafor supporters in the upper deck began chanting “Cy-rus! Cy-rus!” until the moderator intervened.']).found).toEqual([
      ['Cy-rus! Cy-rus!', 'A knot of Okafor supporters', null, false],
    ]);
  });

  it('"The memo goes on: “…”" is the memo’s', () => {
    expect(quotesOf(['A memo obtained by the Post warns of trouble.', 'The memo goes on: “We should plan for March.”']).found.map(([t, sp]) => [t, sp])).toEqual([
      ['We should plan for March.', 'The memo'],
    ]);
  });

  it('"Her answer ran long:" introduces the woman the question was put to', () => {
    expect(
      quotesOf(['Ngozi Harcourt appeared on the show on Sunday.', 'Host Lars Frye then pressed her on why she had stayed. Her answer ran long:', '"Because I thought I could do more good inside than outside."']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([['Because I thought I could do more good inside than outside.', 'Ngozi Harcourt']]);
  });

  it('"Reached by phone, X herself …": the participle phrase is not the subject, and "herself" tells her gender', () => {
    expect(
      quotesOf(['Greer Odum, the rival’s campaign manager, attacked the posts.', 'Reached by phone, Kowalski herself struck a softer tone.', '“Some of those posts make me wince,” she said.']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([['Some of those posts make me wince', 'Kowalski']]);
  });

  it('a newspaper ("the Tolliver Tribune") is never "he"', () => {
    expect(
      quotesOf(['Sheriff Dale Feeney posted the joke on Monday.', 'In a 2015 interview with the Tolliver Tribune, he said morale was “the best it’s ever been.”']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([['the best it’s ever been.', 'Dale Feeney']]);
  });

  it('"said her campaign “should know better”": the description before the quote is what was said about', () => {
    expect(
      quotesOf(['Sen. Dora Quinn made the claim on Monday.', 'Soren Petti, a senior fellow at the Kessler Institute, disagreed. But he called the senator’s claim "not even close" and said her campaign "should know better."']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([
      ['not even close', 'Soren Petti'],
      ['should know better.', 'Soren Petti'],
    ]);
  });

  it('", a historian at the Institute who has written …": an appositive ends at its relative clause and gives the role', () => {
    expect(
      quotesOf(['Gov. Harlan Webb spoke first.', 'A third view comes from Ferdinand Osei, a historian at the Calder Institute who has written about 1912. He says the moment is different.', '“It has happened before,” he says.']).found,
    ).toEqual([['It has happened before', 'Ferdinand Osei', 'historian at the Calder Institute', false]]);
  });
});

describe('extractQuotes: namesakes and headline pronouns', () => {
  it('a bare surname two people share is the one a following "he" fits', () => {
    expect(
      quotesOf(['Sheriff Darnell Feeney and his wife, Glenda Feeney, run the county fair.', 'Party chair Lena Ortiz criticised the post.', 'Feeney has brushed off complaints before. In 2015, he said morale was “the best it’s ever been.”']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([['the best it’s ever been.', 'Darnell Feeney']]);
  });

  it('a pronoun in the headline is the first person the story names', () => {
    expect(
      quotesOf(['Professor Lorcan Bhatt apologised on Tuesday for his remarks.', 'Rival Travis Kettle demanded he resign.'], 'Professor Says He Was ‘Being Provocative’').found.map(([t, sp]) => [t, sp]),
    ).toEqual([['Being Provocative', 'Lorcan Bhatt']]);
  });

  it('"Council member Ruth Ash — no relation — has called …": the name after the role words is the subject, and a spokeswoman is a woman', () => {
    expect(
      quotesOf(['Mayor Teo Ash defended the deal.', 'Council member Ruth Ash — no relation to the mayor — has called for a hearing.', '“I’ve gotten a lot of calls today,” she says.', 'Campaign spokeswoman Tallulah Khan did not respond. Her boss said he regretted “nothing, zero.”']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([
      ['I’ve gotten a lot of calls today', 'Ruth Ash'],
      ['nothing, zero.', 'Her boss'],
    ]);
  });

  it('a question in quotes with no cue is put by the paragraph’s subject, who is not the "he" of the answer', () => {
    expect(
      quotesOf(['Sen. Garrick Thorne spoke to host Margo Lisle.', '"Nobody forced these folks to become nurses," Thorne said.', 'Lisle, to her credit, pushed back. "Senator, isn\'t that the real issue here?"', '"I\'m not going to second-guess an employer," he said.']).found.map(([t, sp]) => [t, sp]),
    ).toEqual([
      ['Nobody forced these folks to become nurses', 'Garrick Thorne'],
      ['Senator, isn\'t that the real issue here?', 'Margo Lisle'],
      ["I'm not going to second-guess an employer", 'Garrick Thorne'],
    ]);
  });
});

describe('extractQuotes: coordinated verbs, hedged numbers, leading participles', () => {
  it('"whom X branded “A” and accused of “B”": the verb after "and" shares the first cue’s subject', () => {
    expect(quotesOf(['The main target was Lind, whom Cyrus Okafor branded “Low Energy Lind” and accused of “sleepwalking through the debate.”']).found.map(([t, sp]) => [t, sp])).toEqual([
      ['Low Energy Lind', 'Cyrus Okafor'],
      ['sleepwalking through the debate.', 'Cyrus Okafor'],
    ]);
  });

  it('"about two dozen protesters opposed to the overhaul chanted": the protesters', () => {
    expect(quotesOf(['Outside, about two dozen protesters opposed to the governor’s pension overhaul chanted "Hands off our pensions!" as he left.']).found).toEqual([
      ['Hands off our pensions!', 'about two dozen protesters', null, false],
    ]);
  });

  it('"Asked about his plan, which X called “…”, …": a leading "Asked about" is no cue', () => {
    expect(quotesOf(['Asked about his plan to raise the retirement age, which Harlan Webb called "politically suicidal" in January, the congressman did not back down.']).found.map(([t, sp]) => [t, sp])).toEqual([
      ['politically suicidal', 'Harlan Webb'],
    ]);
  });
});

describe('extractQuotes: house styles', () => {
  const read = (title: string, paragraphs: string[]) => extractQuotes({ id: 'x', title, paragraphs }).quotes.map((q) => [q.text, q.speaker.name, q.paragraphIndex]);

  it("reads an archived-NYT article: ''…'' quotes, a headline's straight single marks, a nested `…' in a passage", () => {
    expect(
      read("Mayor Calls Budget Gap 'Manageable'", [
        "Mayor Celeste Ambrose said on Tuesday that the gap was ''manageable.''",
        "''I'm not going to balance the budget on the backs of teachers,'' Ms. Ambrose said.",
        'Dale Comeau, a pipe fitter, said he remembered the layoffs of 2011:',
        "''They called us in at 7 o'clock on a Monday. The foreman said, `I'm sorry, boys,' and walked out.",
        "''I went home and didn't tell my wife.''",
      ]),
    ).toEqual([
      ['Manageable', 'Celeste Ambrose', -1],
      ['manageable.', 'Celeste Ambrose', 0],
      ["I'm not going to balance the budget on the backs of teachers", 'Celeste Ambrose', 1],
      ["They called us in at 7 o'clock on a Monday. The foreman said, `I'm sorry, boys,' and walked out.", 'Dale Comeau', 3],
      ["I'm sorry, boys", 'The foreman', 3],
      ["I went home and didn't tell my wife.", 'Dale Comeau', 4],
    ]);
  });

  it('reads a British article: ‘…’ quotes, one over two paragraphs, apostrophes and rock ’n’ roll inside', () => {
    expect(
      read('Whitlow tells court: ‘I never touched the band’s money’', [
        'Terence Whitlow, 67, is on trial for fraud. In his statement to police, Whitlow said: ‘We weren’t doin’ nothin’ wrong. Everybody knew the money went on the van.',
        '‘If there’s money missin’, ask the manager. I was just keepin’ time.’',
        'The band’s bassist, Colin Marsh, said the four were ‘like brothers’. ‘You do it for the rock ’n’ roll,’ he said.',
      ]),
    ).toEqual([
      ['I never touched the band’s money', 'Terence Whitlow', -1],
      ['We weren’t doin’ nothin’ wrong. Everybody knew the money went on the van.', 'Terence Whitlow', 0],
      ['If there’s money missin’, ask the manager. I was just keepin’ time.', 'Terence Whitlow', 1],
      ['like brothers', 'Colin Marsh', 2],
      ['You do it for the rock ’n’ roll', 'Colin Marsh', 2],
    ]);
  });
});
