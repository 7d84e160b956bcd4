import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes/quotes.js';
import { readArticle } from '../../../src/core/text/read-article.js';
import { position, SpeakerRegistry } from '../../../src/core/quotes/speaker-registry.js';

const speakers = (...paragraphs: string[]) => {
  const { article } = readArticle({ id: 'places', title: 'Places', paragraphs });
  return extractQuotes(article).quotes.map((q) => q.speaker.name);
};

describe('speaker phrases: places, leading phrases, possessive roles', () => {
  it('skips a state in apposition to a town in a leading phrase', () => {
    expect(speakers('At a rally in Portsmouth, N.H., on Tuesday, Senator Orla Venn endorsed Mr. Tully, saying he would “make a fine governor.”')).toEqual(['Orla Venn']);
    expect(speakers('Speaking at a town hall in Salem, New Hampshire, Brannock went after his rival, calling him “a total stiff.”')).toEqual(['Brannock']);
  });

  it('ends a name before "of" and a state, whatever the first name', () => {
    expect(speakers('Senator Orla Venn of Vermont spoke to reporters in Ohio.', 'She said, “We will carry Ohio.”')).toEqual(['Orla Venn']);
  });

  it('never lends a state to a later "he" or "she", even one that spoke', () => {
    const registry = new SpeakerRegistry();
    const state = registry.add({ kind: 'name', text: 'Vermont', person: false, candidate: true, at: 0 }, position(1, 0), true);
    expect(state.place).toBe(true);
    expect(registry.fitsPronoun(state, 'm')).toBe(false);
    registry.vote('m', position(1, 50));
    expect(state.votes.m).toEqual([]);
  });

  it('reads a Title Case place and an agency in brackets as a dateline', () => {
    expect(speakers('Springfield (AFP) – Democrat Ines Marlow has criticised the plan, saying that “loud comments” do more harm than good.')).toEqual(['Ines Marlow']);
  });

  it('reads "Hours later," and a participle phrase as leading phrases, not names', () => {
    expect(speakers('Hours later, Tully returned the compliment, telling reporters, “We have been friends for a long time.”')).toEqual(['Tully']);
    expect(speakers('Surveying the empty mills upstate, Corwin concludes: “Nobody did this to them.”')).toEqual(['Corwin']);
  });

  it('finds the name after a modifier, a place and a role', () => {
    expect(speakers('“The court is the concern,” said former Utah governor Milo Starling.')).toEqual(['Milo Starling']);
    expect(speakers('“The court is the concern,” said Idaho nutritional-supplement executive Bram Okafor.')).toEqual(['Bram Okafor']);
  });

  it('goes past a hometown to the person before it', () => {
    expect(speakers('"We need people who will help," Harold Bane, 30, of Raleigh, N.C., who was among those polled, said in an interview.')).toEqual(['Harold Bane']);
  });

  it('keeps a body before its role in the role ("Senate Majority Leader")', () => {
    expect(speakers('"We will win," said Senate Majority Leader Milo Starling.')).toEqual(['Milo Starling']);
  });

  it('reads a possessive description before a name as the name’s role (the owner does not speak)', () => {
    expect(speakers('"It is a test," according to Ronald Regan\'s former education secretary William J. Bonnet.')).toEqual(['William J. Bonnet']);
  });

  it('keeps a middle name that is also an organisation word ("Hall") in the name', () => {
    expect(speakers('"It is really jarring," said Kathleen Hall Jameson, a professor.')).toEqual(['Kathleen Hall Jameson']);
  });

  it('gives a characterisation of someone’s claim to whoever makes it, not the claim’s owner', () => {
    expect(speakers('City spokesman Brian Fallow responded on Twitter, calling Tully’s charge “pathetic” and “dangerous.”')).toEqual(['Brian Fallow', 'Brian Fallow']);
  });

  it('never takes the object after a verb inside its clause as the speaker', () => {
    expect(speakers('Chancellor Ana Berg condemned the attack and declared a determination to "continue our open life."')).toEqual(['Ana Berg']);
    expect(speakers('Lena Voss backs "fair pay" and recalled the three-year freeze on pay rates: "I saw how hard it was."')).toEqual(['Lena Voss', 'Lena Voss']);
  });
});
