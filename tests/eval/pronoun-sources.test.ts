import { describe, expect, it } from 'vitest';
import { articleFocus, firstNameGender, genderOf, isOrganisation, resolvePronoun } from '../../eval/lib/pronoun-sources.js';

/** Named Sources at the offsets of their first occurrence in `text`. */
const mentions = (text: string, ...names: string[]) => names.map((name) => ({ at: text.indexOf(name), text: name }));

describe('pronoun Sources resolved by gender and the article’s focus', () => {
  it('reads a person’s gender from titles and the next pronoun in the sentence', () => {
    const text = 'Mayor Ana Voss said she would veto it.\nMr. Brand disagreed. Brand said he had a cheaper plan.\n';
    expect(genderOf(text, 'voss')).toBe('f');
    expect(genderOf(text, 'brand')).toBe('m');
    expect(genderOf(text, 'quist')).toBeUndefined();
  });

  it('skips the nearest name when its gender does not agree', () => {
    const text = 'Ana Voss said she would veto it.\nIvo Brand said he had a cheaper plan. “It is over,” she said.\n';
    const named = mentions(text, 'Ana Voss', 'Ivo Brand');
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), named)).toEqual({ source: 'Ana Voss', resolved: true });
    expect(resolvePronoun(text, 'he', text.indexOf('she said'), named)).toEqual({ source: 'Ivo Brand', resolved: true });
  });

  it('takes the article’s focus when two people of unknown gender are named in passing, and the last subject a few paragraphs back when nobody is near', () => {
    const text = 'Oskar Quist spoke first. Quist is running. Quist wants a bridge.\nReporters met Ola Park and Quist next.\n“No,” he said.\n\n\n“Yes,” he said.\n';
    const named = [...mentions(text, 'Oskar Quist', 'Ola Park'), { at: text.indexOf('Quist next'), text: 'Quist' }];
    expect(articleFocus(text, named)).toBe('quist');
    expect(resolvePronoun(text, 'he', text.indexOf('“No'), named)).toEqual({ source: 'Oskar Quist', resolved: true });
    expect(resolvePronoun(text, 'he', text.indexOf('“Yes'), named)).toEqual({ source: 'Oskar Quist', resolved: true });
  });

  it('leaves a pronoun unresolved when no named Source of its gender comes before it', () => {
    const text = 'Ivo Brand said he had a cheaper plan.\n“It is over,” she said.\n';
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'she', resolved: false });
    expect(resolvePronoun(text, 'who', text.indexOf('It is'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'who', resolved: false });
  });
});

describe('pronoun Sources and organisations', () => {
  it('never takes an organisation for a he or a she, and takes the nearest person in the pronoun’s paragraph', () => {
    const text = 'Ivo Brand spoke.\nLee Park met the Dunmore Transit Authority. “Fine,” he said.\n';
    const named = mentions(text, 'Ivo Brand', 'Lee Park', 'Dunmore Transit Authority');
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), named)).toEqual({ source: 'Lee Park', resolved: true });
    expect(resolvePronoun(text, 'it', text.indexOf('he said'), named)).toEqual({ source: 'Dunmore Transit Authority', resolved: true });
  });
});

describe('pronoun Sources and the people the text names', () => {
  it('tests the organisation words on the parsed name, not on its apposition', () => {
    expect(isOrganisation('Ola Brandt, a fellow at the Harlow Institute')).toBe(false);
    expect(isOrganisation('the Harlow Institute')).toBe(true);
    expect(isOrganisation('the Lund Gazette')).toBe(true);
    const text = 'Ola Brandt, a fellow at the Harlow Institute, disagreed.\n“This is wrong,” he said.\n';
    const named = mentions(text, 'Ola Brandt, a fellow at the Harlow Institute,');
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), named)).toEqual({ source: 'Ola Brandt, a fellow at the Harlow Institute,', resolved: true });
  });

  it('never takes “the” and a name (a publication, a body) for a he or a she', () => {
    const text = 'Martin Oswald wrote to the Lund Gazette.\nThe Lund Gazette printed it. “We regret nothing,” he said.\n';
    const named = mentions(text, 'Martin Oswald', 'The Lund Gazette');
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), named)).toEqual({ source: 'Martin Oswald', resolved: true });
  });

  it('takes a person the text names but the annotation does not, from a known first name', () => {
    const text = 'Ivo Brand spoke at length.\nPeter Vance, a 40-year-old baker in Lund, gave $20. “It matters,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'Peter Vance', resolved: true });
  });

  it('takes a two-word name without a known first name where the text introduces a person (an apposition, a role, a reporting verb)', () => {
    const text = 'Ivo Brand spoke at length.\nThe ministry’s spokesman Orm Taft repeated the offer. “It stands,” he told reporters.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he told'), mentions(text, 'Ivo Brand'))).toEqual({ source: 'Orm Taft', resolved: true });
  });

  it('reads gender from a known first name, past a nearer name of the other gender', () => {
    expect(firstNameGender('Greta')).toBe('f');
    expect(firstNameGender('Dennis')).toBe('m');
    expect(firstNameGender('Ivo')).toBeUndefined();
    // Common given names of every generation and community, and none for a name both genders use.
    expect(firstNameGender('Hillary')).toBe('f');
    expect(firstNameGender('Seamus')).toBe('m');
    expect(firstNameGender('Jordan')).toBeUndefined();
    const text = 'Greta Holm met Dennis Hale.\n“Never,” she said.\n';
    const named = mentions(text, 'Greta Holm', 'Dennis Hale');
    expect(resolvePronoun(text, 'she', text.indexOf('she said'), named)).toEqual({ source: 'Greta Holm', resolved: true });
  });

  it('reads gender from the first pronoun after a name in its sentence, when no other name comes between', () => {
    const text = 'Ivo Brand said later that his plan was ready. Ola Park met Brand over her lunch.\n';
    expect(genderOf(text, 'brand')).toBe('m');
    expect(genderOf(text, 'park')).toBeUndefined();
  });

  it('does not take a name inside quotation marks for the speaker', () => {
    const text = 'Martin Oswald spoke last.\n“Dennis Hale is wrong about this,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), mentions(text, 'Martin Oswald'))).toEqual({ source: 'Martin Oswald', resolved: true });
  });

  it('counts a bare last name as a mention of the person, and a title on it as the mention’s gender', () => {
    const text = 'Greta Moss runs the firm.\nSome time ago Martin Oswald visited. Later Mr. Moss said the deal was done. “We sold,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), [])).toEqual({ source: 'Moss', resolved: true });
    const plain = 'Dennis Hale opened the meeting.\nMartin Oswald was late. Hale spoke again. “Sit down,” he said.\n';
    expect(resolvePronoun(plain, 'he', plain.indexOf('he said'), [])).toEqual({ source: 'Dennis Hale', resolved: true });
  });

  it('prefers the speaker or subject of the paragraph before to a name in its object or the article’s focus', () => {
    const text = 'Dennis Hale won. Hale won again. Hale thanked everyone.\nCarl Berg, a farmer, watched Dennis Hale speak.\n“Fine,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('“Fine'), [])).toEqual({ source: 'Carl Berg', resolved: true });
  });

  it('does not take the owner in a possessive for the subject of its sentence', () => {
    const text = 'Martin Oswald, Peter Vance’s campaign manager, said the rally went well. “Great crowd,” he said.\n';
    expect(resolvePronoun(text, 'he', text.indexOf('he said'), [])).toEqual({ source: 'Martin Oswald', resolved: true });
  });

  it('keeps a middle initial inside a name', () => {
    const text = 'Greta M. Holm, a lawyer, argued the case. “No,” she told the court.\n';
    expect(resolvePronoun(text, 'she', text.indexOf('she told'), [])).toEqual({ source: 'Greta M. Holm', resolved: true });
  });
});
