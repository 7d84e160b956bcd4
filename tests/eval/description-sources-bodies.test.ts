import { describe, expect, it } from 'vitest';
import { descriptionKind, resolveDescription } from '../../eval/lib/description-sources.js';

const at = (text: string, needle: string, from = 0) => text.indexOf(needle, from);
const resolve = (text: string, description: string, named: Array<{ at: number; text: string }> = []) =>
  resolveDescription(text, description, text.lastIndexOf(description), named).source;

describe('gold Sources that describe a body ("the group", "the company")', () => {
  it('takes the body heads as organisations', () => {
    expect(descriptionKind('the group')).toBe('organisation');
    expect(descriptionKind('the rights group')).toBe('organisation');
    expect(descriptionKind('The company')).toBe('organisation');
    expect(descriptionKind('the firm')).toBe('organisation');
    expect(descriptionKind('the organization')).toBe('organisation');
    expect(descriptionKind('the group’s founder')).toBeUndefined();
  });

  it('resolves to a body the article calls by the head, in apposition or before its name', () => {
    const text = 'Civic Watch, a nonpartisan watchdog group, filed the complaint.\n\n"We will not stop," the group said.';
    expect(resolve(text, 'the group', [{ at: 0, text: 'Civic Watch' }])).toBe('Civic Watch');
    const before = 'The complaint came from the watchdog group Civic Watch on Monday.\n\n"We will not stop," the group said.';
    expect(resolve(before, 'the group')).toBe('Civic Watch');
    // The name ends with its sentence; an abbreviation's stop does not end it.
    const stop = 'He spoke with the head of the rights group CIVWA. She said it was early.\n\nThe group has sued twice.';
    expect(resolve(stop, 'The group')).toBe('CIVWA');
    const monday = 'The vote came on Monday. Orvane Co., a shipping company, objected.\n\n"No," the company said.';
    expect(resolve(monday, 'the company')).toBe('Orvane Co.');
    const company = 'Shares of Pellar fell.\n\nPellar, the ride-sharing company, said little. Later the company said: "We regret it."';
    expect(resolve(company, 'the company')).toBe('Pellar');
    // Its spokeswoman speaking between is no other body.
    const between = 'Pellar, a delivery company, grew.\n\nOla Tan, a company spokeswoman, said it would wait. "We compete," the company said.';
    expect(resolve(between, 'the company', [{ at: 0, text: 'Pellar' }, { at: at(between, 'Ola'), text: 'Ola Tan' }])).toBe('Pellar');
  });

  it('resolves to a named Source whose name shows its kind', () => {
    const text = 'Orvane Robotics Inc. said sales rose.\n\n"A record year," the company said.';
    expect(resolve(text, 'the company', [{ at: 0, text: 'Orvane Robotics Inc.' }])).toBe('Orvane Robotics Inc.');
    const organization = 'Civic Lantern Foundation said it would sue.\n\n"We will win," the organization said.';
    expect(resolve(organization, 'the organization', [{ at: 0, text: 'Civic Lantern Foundation' }])).toBe('Civic Lantern Foundation');
    const group = 'The Tallow Harbour Group objected.\n\n"No," the group said.';
    expect(resolve(group, 'the group', [{ at: 0, text: 'The Tallow Harbour Group' }])).toBe('The Tallow Harbour Group');
  });

  it('takes the body named most recently before the quote', () => {
    const text =
      'Civic Watch, an advocacy group, sued. Green Lantern Fund, another advocacy group, joined.\n\n"It is a start," the group said.';
    expect(resolve(text, 'the group')).toBe('Green Lantern Fund');
  });

  it('leaves a body nobody was called by the head as it is', () => {
    // A named Source of unknown kind is no lead: "the group" may be one the article never names.
    const text = 'Ivo Brand said the plan would fail.\n\nThe trade group for the farms wrote: "It will fail."';
    expect(resolve(text, 'The trade group', [{ at: 0, text: 'Ivo Brand' }])).toBe('The trade group');
    // A person described by the head ("a company spokeswoman") does not make her a company.
    const spokeswoman = 'Ola Tan, a company spokeswoman, declined.\n\n"No comment," the company said.';
    expect(resolve(spokeswoman, 'the company', [{ at: 0, text: 'Ola Tan' }])).toBe('the company');
    // "a member of the group" says what one belongs to, not what one is.
    const member = 'Ola Tan, a member of the group, spoke.\n\n"We march," the group said.';
    expect(resolve(member, 'the group', [{ at: 0, text: 'Ola Tan' }])).toBe('the group');
    // A body of the kind introduced since by description alone is likely the one meant.
    const since = 'Orvane Group, a farm group, left.\n\nThe trade group for the growers wrote a letter. "It will fail," the group wrote.';
    expect(resolve(since, 'the group', [{ at: 0, text: 'Orvane Group' }])).toBe('the group');
    // Another body that spoke since: "the company" may be that one.
    const spoke = 'Pellar, a delivery company, grew.\n\nMarlow Freight said it would cut prices. "We compete," the company said.';
    expect(resolve(spoke, 'the company', [{ at: 0, text: 'Pellar' }, { at: at(spoke, 'Marlow'), text: 'Marlow Freight' }])).toBe('the company');
    // Too far back: a body called a group eight paragraphs before is no longer the one meant.
    const far = `Civic Watch, a watchdog group, was founded in 1990.\n\n${'Other news followed.\n\n'.repeat(8)}"We march," the group said.`;
    expect(resolve(far, 'the group')).toBe('the group');
  });
});
