import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('role words and long appositions: who speaks', () => {
  it('after a cue, a body, lower-case role words ending in a role noun and a full name: the name speaks, whatever its first name', () => {
    expect(speakers(['“The fuss will fade,” said Harbour party boss Dorran Quelch, though he expected more rows.'])).toEqual([['The fuss will fade', 'Dorran Quelch']]);
    expect(speakers(['“Imagine the two of them on one stage,” mused Lantern co-host Zeb Thwaite.'])).toEqual([['Imagine the two of them on one stage', 'Zeb Thwaite']]);
  });

  it('after a cue, a body, a rank with an ordinal and a title before a name: the name speaks', () => {
    expect(speakers(['“I was hoping for someone else,” said Coast Guard 2nd Lt. Corin Wexley.'])).toEqual([['I was hoping for someone else', 'Corin Wexley']]);
  });
});

describe('long appositions between the name and the verb', () => {
  it('an interjected phrase with a town and its state ("X, during a meeting in Dunmore, Ohio, said") leaves the name before it the speaker', () => {
    expect(speakers(['Tom Okafor spoke first.', 'Ann Lee, during a town hall meeting in Dunmore, Ohio, said he was “going to close the old mills.”'])).toEqual([['going to close the old mills.', 'Ann Lee']]);
  });

  it('a body named in apposition to the appositive ("X, the editor of the paper, The Harbour Ledger, said") is not the speaker', () => {
    expect(speakers(["Tomas Vellacourt, the editor in chief of the city's oldest paper, The Harbour Ledger, said every mayor was “both a builder and a wrecker.”"])).toEqual([
      ['both a builder and a wrecker.', 'Tomas Vellacourt'],
    ]);
  });

  it('an appositive headed by an agent noun the role list does not hold ("X, a Lee supporter, told") leaves X the speaker', () => {
    expect(speakers(['Reyes “is tapping into something very deep,” Dorran Quelch, a Lee supporter, told the Weekly Lantern.'])).toEqual([['is tapping into something very deep', 'Dorran Quelch']]);
  });
});

describe('an appositive and more phrases between commas', () => {
  it('a description after the appositive ("X, chairman of the board of Y, the network\'s funding arm, said") leaves X the speaker', () => {
    expect(speakers(['Congressional Republicans met on Monday.', 'Mark Holloway, chairman of the board of Freedom Partners, the network\'s funding arm, said it would act only if “a candidate were able to win.”'])).toEqual([
      ['a candidate were able to win.', 'Mark Holloway'],
    ]);
  });

  it('a relative clause after the appositive ("X, the Ohio Republican who heads …, which oversees …, said") leaves X the speaker', () => {
    expect(speakers(['Ann Lee spoke first.', "Senator Orin Dalby, the Ohio Republican who heads the Senate Banking Committee, which oversees the bank, said Ms. Lee's gifts “call into question the independence” of the bank."])).toEqual([
      ['call into question the independence', 'Orin Dalby'],
    ]);
  });
});

describe('a person "of" a body', () => {
  it('"Archbishop X of the Orthodox Patriarchate of Lindmoor told": the person with the title speaks, not the body', () => {
    expect(speakers(['However, as Archbishop Varo Kessik of the Orthodox Patriarchate of Lindmoor told reporters, “We have suffered the same fate.”'])).toEqual([
      ['We have suffered the same fate.', 'Varo Kessik'],
    ]);
  });

  it('a person named in full "of the" a body speaks too ("Ann Lee of the Harbour Council said")', () => {
    expect(speakers(['“We will reopen the pier,” Orla Penhale of the Harbour Council said.'])).toEqual([['We will reopen the pier', 'Orla Penhale']]);
  });
});

describe('run-together text', () => {
  it('an outlet in brackets glued to the first word ("(KRVX)Weather presenter …") is a dateline, never the subject', () => {
    expect(speakers(["(KRVX)Weather presenter Tamsin Roe, a former model, shouted at a parking clerk on Monday, telling him he was 'useless and lazy' before driving off."])).toEqual([
      ['useless and lazy', 'Tamsin Roe'],
    ]);
    expect(speakers(["(KRVX)Weather presenter Tamsin Roe was filmed berating a parking clerk on Monday, and the clip soon spread: 'You are useless.'"])).toEqual([
      ['You are useless.', 'Tamsin Roe'],
    ]);
  });
});

describe('"after" opening a clause', () => {
  it('a relation or aide right after "after" and before the verb is that clause\'s subject ("… after his wife said …")', () => {
    expect(speakers(["Tom Reyes stormed out of the meeting after his wife said the council was 'a bunch of crooks'."])).toEqual([['a bunch of crooks', 'his wife']]);
    expect(speakers(["Ann Reyes stormed out of the meeting after her lawyer said the council was 'a bunch of crooks'."])).toEqual([['a bunch of crooks', 'her lawyer']]);
  });

  it('while an event after "after" is no speaker ("Tom Reyes after the debate said")', () => {
    expect(speakers(["Tom Reyes after the debate said the council was 'a bunch of crooks'."])).toEqual([['a bunch of crooks', 'Tom Reyes']]);
  });
});

describe('caption labels', () => {
  it('a one-word caption label before a colon and a new sentence ("Gone: Roe was seen …") is not the subject', () => {
    expect(speakers(['Tamsin Roe was suspended on Monday.', "Gone: Roe was seen leaving the studio, telling reporters she was 'very sorry'."])).toEqual([['very sorry', 'Tamsin Roe']]);
  });
});

describe('a title inside a run after "of"', () => {
  it('"Speaker of the House Rep. Orin Dalby (R-WI) said": the body ends at the title; the titled person speaks', () => {
    expect(speakers(['After the row over an image posted by the nominee, Speaker of the House Rep. Orin Dalby (R-WI) said “such images have no place in a campaign.”'])).toEqual([
      ['such images have no place in a campaign.', 'Orin Dalby'],
    ]);
  });
});

describe('a parenthesis and a comma before the verb', () => {
  it('"Gov. Orin Dalby (R-OH), said": the comma after the party and state does not hide the name', () => {
    expect(speakers(['Speaking on Tuesday at Westbrook College in Berea, OH, after winning Ohio in the primary, Gov. Orin Dalby (R-OH), said, “I am getting ready to rent a wagon.”'])).toEqual([
      ['I am getting ready to rent a wagon.', 'Orin Dalby'],
    ]);
  });

  it('while an aside in brackets inside a relative clause ("Dalby, who … (it failed), says") is no name\'s label', () => {
    expect(speakers(['Dalby, who once tried to get a bridge named after himself (it failed), says the show is “teaching children to argue.”'])).toEqual([['teaching children to argue.', 'Dalby']]);
  });
});

describe('an ampersand inside the appositive', () => {
  it('"X, an analyst at Compass Point Research & Trading, wrote" is X\'s, not the subject before the quote', () => {
    expect(speakers(['But it may have an impact that has been ignored: "Lawmakers will not act soon," Isaac Varnel, an analyst at Compass Point Research & Trading, wrote in a note.'])).toEqual([
      ['Lawmakers will not act soon', 'Isaac Varnel'],
    ]);
  });
});
