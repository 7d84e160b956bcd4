import { describe, expect, it } from 'vitest';
import { speakersWithRoles as speakers } from './speakers-of.js';

// Issue 12, "names as people write them": a role of several lower-case words after a body's name
// ("assistant manager", "chief financial officer") is the role of the name after it, never the body.
describe('roles of several words before or after a name', () => {
  it('takes the name after a body and a role of several words, after the cue', () => {
    expect(speakers('“We lost,” said Harbour Rovers assistant manager Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'Harbour Rovers assistant manager' }]);
    expect(speakers('“Costs rose,” said Kessel Bank chief financial officer Ada Quist.')).toEqual([{ name: 'Ada Quist', role: 'Kessel Bank chief financial officer' }]);
  });

  it('reads "boss" as the role it is in British headlines', () => {
    expect(speakers('Kessel Rovers boss Tom Quist said: ‘We were poor.’')).toEqual([{ name: 'Tom Quist', role: 'Kessel Rovers boss' }]);
  });

  it('keeps the whole role of a subject before the cue', () => {
    expect(speakers('Harbour Rovers assistant manager Tom Bellamy said: “We lost.”')).toEqual([{ name: 'Tom Bellamy', role: 'Harbour Rovers assistant manager' }]);
  });

  it('reads an appositive that names a body or an owner before the role', () => {
    expect(speakers('Tom Bellamy, the Harbour Rovers assistant manager, said: “We lost.”')).toEqual([{ name: 'Tom Bellamy', role: 'Harbour Rovers assistant manager' }]);
    expect(speakers('Tom Bellamy, the team’s assistant manager, said: “We lost.”')).toEqual([{ name: 'Tom Bellamy', role: 'team’s assistant manager' }]);
  });

  it('gives a later description of that role to the person who holds it', () => {
    expect(speakers('Tom Bellamy, the Harbour Rovers assistant manager, said: “We lost.”', 'After the match the assistant manager said: “The squad is tired but proud.”').map((s) => s.name)).toEqual(['Tom Bellamy', 'Tom Bellamy']);
  });

  it('still reads a verb between a body and a name as no role', () => {
    expect(speakers('Fans of Harbour Rovers cheered. “We lost,” admitted captain Tom Bellamy.')).toEqual([{ name: 'Tom Bellamy', role: 'captain' }]);
  });
});

describe('a description with what qualifies it', () => {
  it('keeps "for …" with a description that speaks, before or after the cue', () => {
    expect(speakers('“We will appeal,” a spokeswoman for Kessel Bank said.')).toEqual([{ name: 'a spokeswoman for Kessel Bank' }]);
    expect(speakers('A spokeswoman for Kessel Bank said: “We will appeal.”')).toEqual([{ name: 'A spokeswoman for Kessel Bank' }]);
    expect(speakers('“We will appeal,” said a spokeswoman for Kessel Bank.')).toEqual([{ name: 'a spokeswoman for Kessel Bank' }]);
  });
});

describe('a kind of person written before a name', () => {
  it('reads "Neighbour Ada Quist" as Ada Quist, a neighbour', () => {
    expect(speakers('Neighbour Ada Quist, 61, said: ‘We heard a bang.’')).toEqual([{ name: 'Ada Quist', role: 'Neighbour' }]);
    expect(speakers('Eyewitness Tom Bellamy told the Kessel Gazette: ‘We heard a bang.’')).toEqual([{ name: 'Tom Bellamy', role: 'Eyewitness' }]);
  });

  it('leaves a name whose first word is a known first name as it is', () => {
    expect(speakers('Guy Bellamy said: ‘We heard a bang.’')).toEqual([{ name: 'Guy Bellamy' }]);
  });
});

describe('a relation named once, then written as the relation', () => {
  it('gives "his mother said" to the mother named in apposition before', () => {
    expect(speakers('Tom Bellamy was found guilty on Monday. His mother, Ada Bellamy, wept in court.', 'Outside court, his mother said: ‘He is a good boy.’').map((s) => s.name)).toEqual(['Ada Bellamy']);
    expect(speakers('Ada Quist was injured. Her husband, Tom Quist, 45, was at her side.', 'Her husband added: ‘She is a fighter.’').map((s) => s.name)).toEqual(['Tom Quist']);
    expect(speakers('Ada Quist denies the charge. Her lawyer, Tom Bellamy, said: ‘She is innocent.’', 'Her lawyer added: ‘We will appeal.’').map((s) => s.name)).toEqual(['Tom Bellamy', 'Tom Bellamy']);
  });

  it('leaves the relation as written when nobody was named as it', () => {
    expect(speakers('Tom Bellamy was found guilty on Monday.', 'Outside court, his mother said: ‘He is a good boy.’').map((s) => s.name)).toEqual(['his mother']);
  });
});

describe('a role given before a name in apposition', () => {
  it('keeps "The mayor, Ada Quist," as her role when she speaks later', () => {
    expect(speakers('The mayor, Ada Quist, defended the plan on Monday.', '“We have waited long enough,” she said.')).toEqual([{ name: 'Ada Quist', role: 'mayor' }]);
    expect(speakers('The bank’s chief executive, Tom Bellamy, met the unions on Friday.', '“Nobody will lose their job,” he said.')).toEqual([{ name: 'Tom Bellamy', role: 'bank’s chief executive' }]);
  });

  it('gives no role from a description that ends a leading phrase', () => {
    expect(speakers('After meeting the mayor, Ada Quist said: “We have waited long enough.”').map((s) => s.role)).toEqual([undefined]);
  });
});
