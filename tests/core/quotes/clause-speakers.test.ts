import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { CUE_OWNERSHIP } from '../../../src/core/quotes/attribution/cue-ownership.js';

describe('a quote’s own cue, not a speaker from another clause or sentence (5 Dec 2026, fifth session)', () => {
  it('reads a description of two lower-case words without a determiner after the quote, not the previous paragraph’s speaker', () => {
    expect(
      speakers([
        'The hearing opened on Monday. “We will appeal,” Ann Lee said.',
        '“The harm done to the town is great,” county prosecutors wrote in seeking a longer term.',
      ]),
    ).toEqual([
      ['We will appeal', 'Ann Lee'],
      ['The harm done to the town is great', 'county prosecutors'],
    ]);
  });
});

describe('a numeral after “the” is who writes, not a determiner (5 Dec 2026, fifth session)', () => {
  it('credits “the two write” after the quote, not the previous paragraph’s speaker', () => {
    expect(
      speakers([
        'Two councillors, Ann Lee and Bo Reyes, wrote to the mayor on Friday. “The vote was rushed,” said Cy Park, who chairs the board.',
        '“You have picked a new rule out of thin air,” the two write.',
      ]),
    ).toEqual([
      ['The vote was rushed', 'Cy Park'],
      ['You have picked a new rule out of thin air', 'the two'],
    ]);
  });
});

describe('mixed quotation marks do not swallow the cue between two quotes (5 Dec 2026, fifth session)', () => {
  it('closes a straight-opened quote at a curly close when a new quotation opens after the cue', () => {
    expect(
      speakers([
        '“We send the cards out early,” said Ann Lee, the county chair.',
        'In Marlow, the fund is sending mailers to voters. "This is a long and costly process,” said Bo Reyes, a spokesman for the fund. "Some campaigns will struggle."',
      ]),
    ).toEqual([
      ['We send the cards out early', 'Ann Lee'],
      ['This is a long and costly process', 'Bo Reyes'],
      ['Some campaigns will struggle.', 'Bo Reyes'],
    ]);
  });

  it('closes a curly-opened quote at a straight close when a straight quotation opens after the cue', () => {
    expect(
      speakers([
        'Ann Lee toured the bridge on Monday. “It is safe,” said Tom Park, the engineer.',
        '“Our roads are crumbling," she said. "Our ports need work, and our rails do as well.”',
      ]),
    ).toEqual([
      ['It is safe', 'Tom Park'],
      ['Our roads are crumbling', 'Ann Lee'],
      ['Our ports need work, and our rails do as well.', 'Ann Lee'],
    ]);
  });
});

describe('a cue attached to another quotation of the sentence is that one’s (5 Dec 2026, fifth session)', () => {
  it('runs every ownership rule’s example through the pipeline', () => {
    for (const rule of CUE_OWNERSHIP) {
      const { paragraphs, quote, speaker } = rule.example;
      const found = speakers(paragraphs).find(([text]) => text.startsWith(quote ?? ''));
      expect([rule.name, found?.[1] ?? null]).toEqual([rule.name, speaker]);
    }
  });

  it('gives a quote in the main clause its own subject, not the cue of a quote in a leading relative clause', () => {
    expect(speakers(['In a video that Mayor Ann Lee called “shameful,” Bo Reyes vowed to “shut the mill down.”'])).toEqual([
      ['shameful', 'Ann Lee'],
      ['shut the mill down.', 'Bo Reyes'],
    ]);
  });

  it('gives a shout its own cue, and the joke after it the cue that introduces it', () => {
    expect(speakers(['When a man in the back shouted, “Higher taxes,” Ann Lee joked, again putting on a drawl, “Not in my town!”'])).toEqual([
      ['Higher taxes', 'a man'],
      ['Not in my town!', 'Ann Lee'],
    ]);
  });

  it('keeps quotes listed after one cue, a split quote and a second object with the cue', () => {
    expect(speakers(['Ann Lee called Bo Reyes “a liar” and Cy Park “a thief.”'])).toEqual([
      ['a liar', 'Ann Lee'],
      ['a thief.', 'Ann Lee'],
    ]);
    expect(speakers(['“We will build it,” Ann Lee said, “and we will open it by May.”'])).toEqual([
      ['We will build it', 'Ann Lee'],
      ['and we will open it by May.', 'Ann Lee'],
    ]);
  });
});

describe('a second clause with its own subject and cue, and a participle after a phrase (5 Dec 2026, fifth session)', () => {
  it('gives the quote after “and Y calling it” to Y, not to the participle before the first quote', () => {
    expect(speakers(['The two met on Friday, Ann Lee saying she was “very pleased” and Bo Reyes calling it a “fine start.”'])).toEqual([
      ['very pleased', 'Ann Lee'],
      ['fine start.', 'Bo Reyes'],
    ]);
  });

  it('gives a participle after a comma and a phrase of time to the sentence’s subject, not the phrase', () => {
    expect(speakers(['Ann Lee has fought the council over the levy for years, at times calling its members “clowns.”'])).toEqual([['clowns.', 'Ann Lee']]);
  });
});

describe('a cue in brackets with its own quote stays there (5 Dec 2026, fifth session)', () => {
  it('gives the quote after the brackets to the main clause, not to the aside’s speaker', () => {
    expect(speakers(['After the vote (the mayor called it “a disgrace”), the governor doubled down: “We will not back off.”'])).toEqual([
      ['a disgrace', 'the mayor'],
      ['We will not back off.', 'the governor'],
    ]);
  });

  it('keeps a cue in brackets for a quote outside them when the brackets hold no quote', () => {
    expect(speakers(['“We will not back off” (Ann Lee said so twice), and the hall went quiet.'])).toEqual([['We will not back off', 'Ann Lee']]);
  });
});

describe('a reported-speech clause’s cue does not take a quote in a later clause led by someone else (5 Dec 2026, fifth session)', () => {
  it('gives the quote after “when Y stood up and declared” to Y', () => {
    expect(speakers(['Ann Lee said the plan had failed when Bo Reyes stood up and declared it “a success.”'])).toEqual([['a success.', 'Bo Reyes']]);
  });

  it('gives the quote after “, and Y then stood up and declared” to Y', () => {
    expect(speakers(['Ann Lee said the plan had failed, and Bo Reyes then stood up and declared it “a success.”'])).toEqual([['a success.', 'Bo Reyes']]);
  });

  it('reads a participle in a clause joined by “, and” with its own subject as that clause’s', () => {
    expect(speakers(['The levy passed in May, but the plan stalled, and Ann Lee has fought the council ever since, at times calling its members “clowns.”'])).toEqual([['clowns.', 'Ann Lee']]);
  });

  it('leaves a participle after “went after X” with the sentence’s subject (“after” is a preposition there)', () => {
    expect(speakers(['Speaking in Dunmore, Ann Lee went after Bo Reyes, calling him “a total fraud.”'])).toEqual([['a total fraud.', 'Ann Lee']]);
  });
});

describe('a cue taken from a quote only when the quote’s own cue has a speaker (5 Dec 2026, fifth session)', () => {
  it('keeps the later cue for a caption’s quote whose “who says” finds nobody', () => {
    expect(
      speakers([
        'Mara Quell, 67, and her friend Ottilie Venn, 70, still go out every week.',
        'Mara on a night out with Ottilie, left, who says ‘we will dance till we fall to bits’ The friends often party all night in Lisbon where Ottilie now lives Ottilie said: ‘Nobody can judge us.’',
      ]),
    ).toEqual([
      ['we will dance till we fall to bits', 'Ottilie Venn'],
      ['Nobody can judge us.', 'Ottilie Venn'],
    ]);
  });
});

describe('a share of those asked is who answers (5 Dec 2026, fifth session)', () => {
  it('gives each answer to its own “N percent said”, not to a phrase of the question before', () => {
    expect(speakers(['Voters were asked how likely the mayor was to win, to which 21 percent said “not too likely” and 14 percent said “not at all likely.”'])).toEqual([
      ['not too likely', '21 percent'],
      ['not at all likely.', '14 percent'],
    ]);
  });
});

describe('a participle after “with” and its own subject is not the sentence subject’s (5 Dec 2026, fifth session)', () => {
  it('leaves “…, with his aides calling it “…”” to the aides, not to the sentence’s subject', () => {
    expect(speakers(['Ann Lee left the hall early, with his aides calling the speech “a disaster.”'])).toEqual([['a disaster.', 'his aides']]);
  });
});

describe('verbs that report speech only right after a quote and its speaker (5 Dec 2026, fifth session)', () => {
  it('reads “X pressed”, “X went on”, “an angry X retaliated” as the quote’s own cue, not the previous speaker’s continuation', () => {
    expect(
      speakers([
        'Ann Lee spoke first. “We are ready,” she said.',
        '“Would it be cheaper?” Bo Reyes pressed. “Or just faster?”',
        '“It happens, right?” Cy Park went on, as if he had not heard. “Get over it.”',
        '“The town will always be the town,” an angry Dorran Quell retaliated.',
      ]),
    ).toEqual([
      ['We are ready', 'Ann Lee'],
      ['Would it be cheaper?', 'Bo Reyes'],
      ['Or just faster?', 'Bo Reyes'],
      ['It happens, right?', 'Cy Park'],
      ['Get over it.', 'Cy Park'],
      ['The town will always be the town', 'Dorran Quell'],
    ]);
  });

  it('leaves those verbs alone elsewhere', () => {
    expect(speakers(['Bo Reyes went on to win the seat and pressed the council for “a fair deal.”'])).toEqual([['a fair deal.', 'Bo Reyes']]);
    expect(speakers(['Ann Lee called the plan “a joke.”'])).toEqual([['a joke.', 'Ann Lee']]);
  });
});

describe('a manner-of-speech verb after a quote is its cue (5 Dec 2026, sixth session)', () => {
  it('reads “he moaned”, “she groaned”, “he whined over the radio” as cues', () => {
    expect(
      speakers([
        'Tom Reed was grim-faced afterwards. ‘Come on, guys,’ he moaned over the team radio after the last lap.',
        'Ann Lee sat down. ‘Not again,’ she groaned.',
        'Cy Park looked up. ‘It is too late,’ he mumbled.',
        'Bo Reyes turned to the crowd. ‘Why us?’ he wailed.',
      ]),
    ).toEqual([
      ['Come on, guys', 'Tom Reed'],
      ['Not again', 'Ann Lee'],
      ['It is too late', 'Cy Park'],
      ['Why us?', 'Bo Reyes'],
    ]);
  });

  it('reads “laughed”, “begged” right after a quote and its speaker', () => {
    expect(
      speakers([
        'Ann Lee heard the news. ‘That is the best joke of the year,’ she laughed.',
        'Tom Reed knelt down. ‘Please let me go,’ he begged.',
      ]),
    ).toEqual([
      ['That is the best joke of the year', 'Ann Lee'],
      ['Please let me go', 'Tom Reed'],
    ]);
  });
});

describe('a participle of speech after a main clause is its subject’s, not its object’s (5 Dec 2026, sixth session)', () => {
  it('gives “X made light of the delay writing:” to X, with or without the comma', () => {
    expect(speakers(['Mara Quist made light of the delay writing: ‘We will get there in the end.’'])).toEqual([['We will get there in the end.', 'Mara Quist']]);
    expect(speakers(['Mara Quist made light of the delay, writing: ‘We will get there in the end.’'])).toEqual([['We will get there in the end.', 'Mara Quist']]);
    expect(speakers(['After the vote the council hit back at the critics, saying: ‘The figures are wrong.’'])).toEqual([['The figures are wrong.', 'the council']]);
    expect(speakers(['Ann Lee emailed her supporters saying: ‘We are not done.’'])).toEqual([['We are not done.', 'Ann Lee']]);
  });

  it('does not let the subject’s description run over its verb', () => {
    expect(speakers(['The governor left no doubt of her support, saying that ‘nobody is better placed.’'])).toEqual([['nobody is better placed.', 'The governor']]);
  });

  it('keeps a participle whose own subject is a person: “footage of Ann Lee asking”', () => {
    expect(speakers(['Tom Reed shared footage of one of the guards saying: ‘Stand back.’'])).toEqual([['Stand back.', 'one of the guards']]);
    expect(speakers(['Tom Reed heard the crowd chanting: ‘Out, out, out.’'])).toEqual([['Out, out, out.', 'the crowd']]);
    expect(speakers(['Tom Reed is now on what his office is calling a “listening tour” of the county.'])).toEqual([['listening tour', 'his office']]);
  });
});

describe('a speech verb’s own subject in a clause before the quote (5 Dec 2026, sixth session)', () => {
  it('gives “… after a frantic guard shouted over the tannoy:” to the guard', () => {
    expect(
      speakers(['The passengers sprang into action after a frantic guard shouted over the tannoy: ‘Is there a doctor on the train?’']),
    ).toEqual([['Is there a doctor on the train?', 'a frantic guard']]);
  });
});

describe('a description in apposition before the name (5 Dec 2026, sixth session)', () => {
  it('gives “The veteran of three and four campaigns, Reyes …” to Reyes', () => {
    expect(
      speakers([
        'Bo Reyes stood for the council in 2010.',
        'The veteran of long and bitter campaigns, Reyes lampooned big firms and described himself as a ‘quiet radical.’',
      ]),
    ).toEqual([['quiet radical.', 'Bo Reyes']]);
  });
});

describe('a pronoun with a description in apposition is the pronoun’s person (5 Dec 2026, sixth session)', () => {
  it('resolves “as he, the Dane described it” and “as she, the coach, put it” as the pronoun', () => {
    expect(
      speakers([
        'Lars Holm finished a tenth behind – ‘the blink of an eye’, as he, the Dane described it.',
        'Ann Lee spoke last. It was, as she, the coach, put it, ‘a long road.’',
      ]),
    ).toEqual([
      ['the blink of an eye', 'Lars Holm'],
      ['a long road.', 'Ann Lee'],
    ]);
  });
});

describe('an irregular past ends the subject before it (5 Dec 2026, sixth session)', () => {
  it('credits “the town crier”, not “the town crier rang the bell”, with what the crier read', () => {
    expect(speakers(['The town crier rang the bell at noon and, in the market square, read the notice aloud: “The ferry will not sail today.”'])).toEqual([
      ['The ferry will not sail today.', 'The town crier'],
    ]);
  });
});

describe('an irregular past that is never a noun ends the subject before it, whatever follows (5 Dec 2026, sixth session)', () => {
  it('credits “The veteran keeper”, not “The veteran keeper swam”', () => {
    expect(speakers(['The veteran keeper swam to the stranded boat and shouted to the crew: “Hold on to the rope.”'])).toEqual([
      ['Hold on to the rope.', 'The veteran keeper'],
    ]);
  });
});

describe('a cue of another clause is not the quote’s (6 Dec 2026, seventh session)', () => {
  it('does not give a quote before a relative clause “, who has said …” that clause’s cue', () => {
    expect(
      speakers(['Ann Lee opened her speech by attacking rivals who think they can “outsource” Harbour Street jobs to “cartels” and then turned on Bo Reyes, who has said he wants a “neutral” board.']),
    ).toEqual([
      ['outsource', 'Ann Lee'],
      ['cartels', 'Ann Lee'],
      ['neutral', 'Bo Reyes'],
    ]);
  });

  it('keeps a quote in the main clause with its subject when the only cue is in a later relative clause', () => {
    expect(
      speakers(['Ann Lee has assured me she is going to keep the fair “small and friendly” and has invited two guests: Cy Park and her old friend Bo Reyes, who has pledged to make her head of the board.']),
    ).toEqual([['small and friendly', 'Ann Lee']]);
  });

  it('gives a quote inside a leading “After X said …,” clause to X, not to the main clause’s cue', () => {
    expect(
      speakers(['After Ann Lee said that small farms might do better with “fewer rules,” Bo Reyes said: “I do not agree with her at all.”']),
    ).toEqual([
      ['fewer rules', 'Ann Lee'],
      ['I do not agree with her at all.', 'Bo Reyes'],
    ]);
  });
});

describe('a participle right after the name a preposition brings in is the main clause’s (6 Dec 2026, seventh session)', () => {
  it('gives “wrote a letter to Judge Bo Reyes asking …” and “replied on Facebook writing” to the writer', () => {
    expect(
      speakers([
        'Mayor Ann Lee wrote a letter to Judge Bo Reyes asking the court to review the “mess.”',
        'Cy Park replied to a reader’s question on Facebook writing, “Yes, I will.”',
      ]),
    ).toEqual([
      ['mess.', 'Ann Lee'],
      ['Yes, I will.', 'Cy Park'],
    ]);
  });

  it('keeps the participle for the person it follows after “of” or “from”, or after a verb and “to” (“reacted to X calling”)', () => {
    expect(
      speakers([
        'The station aired footage of Bo Reyes saying the plan was “dead.”',
        'Ann Lee read out a letter from Cy Park asking for “more time.”',
        'Dan Ford reacted to Eve Marsh calling the plan “a scam.”',
      ]),
    ).toEqual([
      ['dead.', 'Bo Reyes'],
      ['more time.', 'Cy Park'],
      ['a scam.', 'Eve Marsh'],
    ]);
  });
});

describe('a cue that introduces the next quotation is not the one before (6 Dec 2026, seventh session)', () => {
  it('gives “X responds to Y with, “A” Y then writes back, “B”” A to X and B to Y', () => {
    expect(speakers(['Ann Lee responds to Bo Reyes with, “Why now? Was that on my way to the port?” Reyes then writes back, “You look fine.”'])).toEqual([
      ['Why now? Was that on my way to the port?', 'Ann Lee'],
      ['You look fine.', 'Bo Reyes'],
    ]);
  });
});

describe('a person “in Town, State,” before the verb speaks, with no opening comma (6 Dec 2026, seventh session)', () => {
  // The rules alone: on this sentence the conditional-logit ranker (6 Dec 2026, ninth session) takes the sentence's
  // subject; the training quotes of this shape are split 20 to 19, so neither choice is learned (docs/quotes.md).
  const byRules = (paragraphs: string[]) =>
    extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }, undefined, { chooser: 'rules' }).quotes.map((q) => [q.text, q.speaker.name]);

  it('gives “… after a woman in Dover, Delaware, told him …” to the woman, not the sentence’s subject', () => {
    expect(byRules(['Bo Reyes is telling voters he is tough enough after a woman in Dover, Delaware, told him she worries he is “too nice” to win.'])).toEqual([
      ['too nice', 'a woman'],
    ]);
  });

  it('leaves a thing in the town to the sentence’s subject', () => {
    expect(speakers(['The crowd at a rally in Dover, Delaware, chanted “four more years.”'])).toEqual([['four more years.', 'The crowd']]);
  });
});

describe('a leading phrase with two adjectives joined by a comma is one phrase (6 Dec 2026, seventh session)', () => {
  it('gives “In a long, candid interview with reporter Bo Reyes, Cy Park said … and added, “…”” to Cy Park', () => {
    expect(
      speakers(['Cy Park was charged in 2014.', 'In a long, candid interview with reporter Bo Reyes last year, Park said he welcomed the trial and added, “I will plead guilty.”']),
    ).toEqual([['I will plead guilty.', 'Cy Park']]);
  });

  it('still ends the leading clause at “the morning, the …”', () => {
    expect(
      speakers(['As voters went to the polls in the morning, the Park campaign sent out an email with a photo of Ann Lee and her husband, Bo Lee, at a wedding, and accused Lee allies of being “traitors.”']),
    ).toEqual([['traitors.', 'the Park campaign']]);
  });
});

describe('a word in -s after a plural determiner and a capitalised modifier is a noun (6 Dec 2026, seventh session)', () => {
  it('reads “in many Varran states” as a noun, so the cue after the quote decides', () => {
    expect(
      speakers(['Norland’s growing reach has stirred mixed feelings in many Varran states, and it has used “soft gloves” in its dealings with them, said Ann Lee, an expert at Harbour University.']),
    ).toEqual([['soft gloves', 'Ann Lee']]);
  });

  it('still reads “Many Americans say” as a verb', () => {
    expect(speakers(['Many Americans say the plan is “too costly.”'])).toEqual([['too costly.', 'Americans']]);
  });
});

describe('“said X’s role, Y,”: the person in apposition to the role speaks (6 Dec 2026, seventh session)', () => {
  it('gives the quote to the aide named after the comma, not to the one whose aide they are', () => {
    expect(
      speakers([
        '“We are treating it as one long day,” said Ann Lee’s deputy campaign manager, Bo Reyes, who ran the last race.',
        '“We are ready,” said Cy Park’s spokeswoman, Eve Marsh.',
      ]),
    ).toEqual([
      ['We are treating it as one long day', 'Bo Reyes'],
      ['We are ready', 'Eve Marsh'],
    ]);
  });

  it('leaves “said X’s plan, …” alone', () => {
    expect(speakers(['“It will pass,” said Ann Lee of the bill, Bo Reyes’s plan.'])).toEqual([['It will pass', 'Ann Lee']]);
  });
});

describe('a name after “inside”, “outside”, “near” … in the subject’s description is a place, not the subject (6 Dec 2026, seventh session)', () => {
  it('gives “One aide inside Stone Hall tried …, saying” to the aide', () => {
    expect(speakers(['One aide inside Stone Hall tried to play down the row, saying it was “not a big deal.”'])).toEqual([['not a big deal.', 'One aide inside Stone Hall']]);
  });
});

describe('“X, president and CEO of Y stated”: an appositive whose closing comma is dropped (6 Dec 2026, seventh session)', () => {
  it('gives the quote to the person the appositive follows, not to the capitalised role', () => {
    expect(speakers(['Bo Reyes, president and CEO of Harbour Restaurant Association stated, “It is a math problem.”'])).toEqual([['It is a math problem.', 'Bo Reyes']]);
  });
});

describe('a phrase of time between the subject and its verb (6 Dec 2026, seventh session)', () => {
  it('reads past “on Tuesday”, “last week”, “two weeks ago” and “less than two weeks ago” to the subject', () => {
    expect(
      speakers([
        'Ann Lee on Tuesday said the files were “top secret.”',
        'Bo Reyes last week said the deal was “dead.”',
        'Cy Park two weeks ago said the plan was “a trap.”',
        'The Harbour Board less than two weeks ago said for the first time that “restricted” files had passed through the server.',
      ]),
    ).toEqual([
      ['top secret.', 'Ann Lee'],
      ['dead.', 'Bo Reyes'],
      ['a trap.', 'Cy Park'],
      ['restricted', 'Harbour Board'],
    ]);
  });

  it('not past an object: “the groups who wrote to her on Thursday say” is the groups’', () => {
    expect(
      speakers(['Ann Lee has condemned the plan.', 'While Lee has condemned the plan, the groups who wrote to her on Thursday say they are “concerned your campaign is sending mixed messages.”']),
    ).toEqual([['concerned your campaign is sending mixed messages.', 'the groups']]);
  });
});

describe('“Org and former anchor X”: a body before “and” and a person with a role after it (6 Dec 2026, seventh session)', () => {
  it('gives the subject to the person, not to the body whose role it shares', () => {
    expect(
      speakers(['Harbour News and former TV network anchor Ann Lee has promoted a humble approach, advising graduates to “work hard and stay humble,” and telling another class, “Stay small.”']),
    ).toEqual([
      ['work hard and stay humble', 'Ann Lee'],
      ['Stay small.', 'Ann Lee'],
    ]);
  });

  it('keeps two people joined by “and” as before', () => {
    expect(speakers(['Ann Lee and former mayor Bo Reyes have promoted the plan, telling voters, “Stay the course.”'])).toEqual([['Stay the course.', 'Ann Lee']]);
  });
});

describe('“X in his speech called”: a setting between a name and its verb (6 Dec 2026, seventh session)', () => {
  // The rules alone: the ranker may already prefer the name.
  const byRules = (paragraphs: string[]) =>
    extractQuotes({ id: 'test', title: 'A headline for the test', paragraphs }, undefined, { chooser: 'rules' }).quotes.map((q) => [q.text, q.speaker.name]);

  it('gives the quote to the name that opens the clause, not to the sentence’s subject', () => {
    expect(
      byRules(['Bo Reyes ran in 2016.', 'The rejection of the old guard was complete when Reyes in his opening speech called the migrants “criminals” and promised a wall.']),
    ).toEqual([['criminals', 'Bo Reyes']]);
  });

  it('keeps “Members of Congress in a letter said” for the members', () => {
    expect(speakers(['Members of Congress in a letter said the plan was “reckless and rushed.”'])).toEqual([['reckless and rushed.', 'Members of Congress']]);
  });
});
