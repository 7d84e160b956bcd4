/**
 * Whose cue in its own sentence a quote takes (issue 12, the training split's wrong sentence
 * speakers), one language pattern a test. Made-up people and text.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { speakers } from './speakers-of.js';

describe('a participle after another cue and its speaker', () => {
  it('goes on with that cue’s speaker, not the subject of the reported clause', () => {
    expect(speakers(['The council will vote next week, Orla Menzies said, adding, “They need to sit down first.”'])).toEqual([
      ['They need to sit down first.', 'Orla Menzies'],
    ]);
  });

  it('after the cue’s name ("said X, noting")', () => {
    expect(speakers(['The depot closes in May, said Anselm Greer, noting that drivers feel “we were never asked.”'])).toEqual([
      ['we were never asked.', 'Anselm Greer'],
    ]);
  });

  it('not past a clause of what was said: the participle there is the subject’s', () => {
    expect(speakers(['Orla Menzies said the mayor calmed the room, telling the crowd, “We will get through this.”'])).toEqual([
      ['We will get through this.', 'Orla Menzies'],
    ]);
  });
});

describe('a name right after "said" with its own verb', () => {
  it('begins what was said: the speaker is the subject before the apposition', () => {
    expect(speakers(['Tad Ames, Rivers’ senior media adviser, said Republicans are engaged in “mischief” again.'])).toEqual([
      ['mischief', 'Tad Ames'],
    ]);
  });

  it('past "so far" or an adverb, after a relative clause', () => {
    expect(speakers(['Zeke Amos, an oncologist who advised the mayor on the overhaul, said Medicare so far has been a success “by any stretch.”'])).toEqual([
      ['by any stretch.', 'Zeke Amos'],
    ]);
  });

  it('a name with a title too, before a colon', () => {
    expect(speakers(['Ivo Slink, whose latest start-up sells maps, said Mr. Hale was a candidate in the spirit of the valley: “He is a start-up kind of guy.”'])).toEqual([
      ['He is a start-up kind of guy.', 'Ivo Slink'],
    ]);
  });

  it('while a name after "said" with no verb of its own still speaks', () => {
    expect(speakers(['“We are ready,” said Ann Lee, the chair of the board.'])).toEqual([['We are ready', 'Ann Lee']]);
  });
});

describe('a document its author puts out', () => {
  it('an ad released by someone: the ad’s words are theirs', () => {
    expect(speakers(['Bo Reyes released a new radio ad calling the plan “dangerous.”'])).toEqual([['dangerous.', 'Bo Reyes']]);
  });

  it('a document’s relative clause ("a video that said")', () => {
    expect(speakers(['Ann Park is releasing a new 30-second ad that urges voters to “send a message” to the banks.'])).toEqual([
      ['send a message', 'Ann Park'],
    ]);
  });

  it('"sent out" and "put out" a statement: the sender, not the whole clause', () => {
    expect(speakers(['The Lark campaign sent out a press release saying Reyes owes “the county an explanation.”', 'His office put out a statement saying the plan “does not work.”'])).toEqual([
      ['the county an explanation.', 'The Lark campaign'],
      ['does not work.', 'His office'],
    ]);
  });
});

describe('a cue after the quote whose own subject opens a coordinated clause', () => {
  it('"… and Y says": the quote before is the first clause’s', () => {
    expect(speakers(['Ted Roe accuses Ann Lee of “lying to voters” and Bo Reyes says he is “tired of it.”'])).toEqual([
      ['lying to voters', 'Ted Roe'],
      ['tired of it.', 'Bo Reyes'],
    ]);
  });

  it('after a comma, and after "while" with no comma', () => {
    expect(speakers([
      'Ann Park describes the Green Party as “a six-lane highway,” and Bo Reyes talks about what can be achieved.',
      'Cora Vance accuses Bo Reyes of subjecting her to an “artful smear” while Reyes suggests she is a captive of the banks.',
    ])).toEqual([
      ['a six-lane highway', 'Ann Park'],
      ['artful smear', 'Cora Vance'],
    ]);
  });

  it('a subordinate clause after the quote ("until Y said") too', () => {
    expect(speakers(['Orbach says he was “kind of riding the fence” until Park said she was backing the senator.'])).toEqual([
      ['kind of riding the fence', 'Orbach'],
    ]);
  });
});

describe('a name after "after" or "before" and then the cue', () => {
  it('is the subject of its own clause, not a preposition’s object', () => {
    expect(speakers([
      'Ann Park weighed in with her support on Tuesday evening, hours after Reyes said he was “encouraged” by the plan.',
      '“It is misleading,” Axel Moss tweeted after Lee argued for the second time that “everyone who voted for it was wrong.”',
    ])).toEqual([
      ['encouraged', 'Reyes'],
      ['It is misleading', 'Axel Moss'],
      ['everyone who voted for it was wrong.', 'Lee'],
    ]);
  });
});

describe('a possessive subject before an irregular past verb', () => {
  it('ends at the verb, as at a regular one', () => {
    expect(speakers(['In responding Friday, Lee’s campaign took the unusual step of criticizing the agency, accusing it of “overreach run amok.”'])).toEqual([
      ['overreach run amok.', 'Lee’s campaign'],
    ]);
  });
});

describe('leading phrases', () => {
  it('"Alongside …," is no name', () => {
    expect(speakers(['Alongside BLM calls for action, even a top GOP strategist said Park will have to choose, saying, “At some point, she is going to have to come out.”'])).toEqual([
      ['At some point, she is going to have to come out.', 'a top GOP strategist'],
    ]);
  });

  it('"Early in …," is no name', () => {
    expect(speakers(['Early in his campaign, Ted Roe attacked Lee, calling him, among other things, “a failed candidate.”'])).toEqual([
      ['a failed candidate.', 'Ted Roe'],
    ]);
  });

  it('"Eight years ago," is no name: the pronoun after it is the subject', () => {
    expect(speakers(['Al Sharp left no doubt that he would endorse someone this year.', 'Eight years ago, he backed a newcomer over Lee and said, “Lee has never done anything for us.”'])).toEqual([
      ['Lee has never done anything for us.', 'Al Sharp'],
    ]);
  });
});

describe('a digest line: a summary, a dash, a name and a colon', () => {
  it('the name before the colon speaks, not the summary’s first word', () => {
    expect(speakers([
      'Pollsters agree - Ann Lee: “One of the biggest lessons was a simple one.”',
      'Estimates of turnout were off — Civic Data Lab: “All the samples include more engaged voters.”',
    ])).toEqual([
      ['One of the biggest lessons was a simple one.', 'Ann Lee'],
      ['All the samples include more engaged voters.', 'Civic Data Lab'],
    ]);
  });
});

describe('a participle or coordinated verb in a clause joined by ", but" or ", while"', () => {
  it('takes the subject of its own clause', () => {
    expect(speakers(['The final results aren’t in, but the Lark campaign is already claiming victory in the so-called “county bracket.”'])).toEqual([
      ['county bracket.', 'the Lark campaign'],
    ]);
  });

  it('but an interjected phrase after ", while" is no clause of its own', () => {
    expect(speakers(['Ann Lee, while being interviewed on Morning Talk Monday, called again for the mayor to resign for not calling the fire an act of “gross neglect.”'])).toEqual([
      ['gross neglect.', 'Ann Lee'],
    ]);
  });
});

describe('a name after "as", "after" or "before" and then its verb', () => {
  it('is the subject of a verb coordinated with it, not a preposition’s object', () => {
    expect(speakers(['But as Reyes denounced the missile tests and pledged to confront attacks by “knife-wielding gangs,” many in the audience cheered.'])).toEqual([
      ['knife-wielding gangs', 'Reyes'],
    ]);
  });

  it('while "But as …," before the main clause is still a leading clause', () => {
    expect(speakers(['But as Reyes spoke, Ann Lee stood up and vowed to fight “to the end.”'])).toEqual([['to the end.', 'Ann Lee']]);
  });
});

describe('a claim noun right before the quote, after "… told Y that"', () => {
  // The rules alone: with the default chooser the ranker may already prefer the cue's speaker.
  const byRules = (paragraphs: string[]) =>
    extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }, undefined, { chooser: 'rules' }).quotes.map((q) => [q.text, q.speaker.name]);

  it('the words are about the comments, said by whoever speaks of them', () => {
    expect(byRules(['Speaker Ann Park told reporters Tuesday that Reyes’s comments “show bias to me.”'])).toEqual([['show bias to me.', 'Ann Park']]);
  });

  it('while the claim’s own words stay its owner’s', () => {
    expect(byRules(['Critics doubted Ann Lee’s claim that the budget was “balanced.”'])).toEqual([['balanced.', 'Ann Lee']]);
  });

  // (6 Dec 2026, seventh session.)
  it('the words said of the whole claim, after its own clause and the main verb “is”, are the cue’s speaker’s', () => {
    expect(byRules(['Campaign spokeswoman Ann Lee said Thursday that Cy Park’s claim that Bo Reyes is in favour of the toll is “simply not true.”'])).toEqual([
      ['simply not true.', 'Ann Lee'],
    ]);
  });

  it('while a quote after the claim’s own “is” stays the claim’s, and “X’s assertion of a “…”” is X’s', () => {
    expect(
      byRules([
        'Critics doubted Cy Park’s claim that Bo Reyes is “soft on crime.”',
        'In a statement, Ann Lee called Bo Reyes’s assertion of a “right to silence” over the files “deeply troubling.”',
      ]),
    ).toEqual([
      ['soft on crime.', 'Cy Park'],
      ['right to silence', 'Bo Reyes'],
      ['deeply troubling.', 'Ann Lee'],
    ]);
  });
});
