import { describe, expect, it } from 'vitest';
import { speakers } from './speakers-of.js';

describe('tabloid text: who speaks', () => {
  it('"she" never resolves to an organisation a "she" happened to follow (an acronym, a zoo)', () => {
    expect(
      speakers([
        'Tamsin Roe, a weather presenter for KRVX, has been suspended after a video of her rant surfaced.',
        "She's gone: KRVX immediately responded by suspending Roe After more insults, including telling the clerk she could not count, Roe delivers her last line.",
        "'Maybe you should learn to count, honey,' she says.",
      ]),
    ).toEqual([['Maybe you should learn to count, honey', 'Tamsin Roe']]);
  });

  it('a venue ("Zoo") is no "she" either, even as the subject before her', () => {
    expect(
      speakers([
        'A boy fell into the bear pit at the Ridgeway Park Zoo on Sunday, officials said.',
        'Zoo visitor Bryony Hale believes the bears stayed away because they were frightened.',
        "'I think they were just curious,' she said.",
      ]),
    ).toEqual([['I think they were just curious', 'Bryony Hale']]);
  });

  it('a caption glued to the name after it ("… The Story of Mary of Bethany Quill said:") is not the name: the person named with that surname speaks', () => {
    expect(
      speakers([
        'The actor Tom Hale has died at 81. He made his name in westerns and later turned to the stage.',
        'Director Ann Quill has a word with Tom Hale on the set of Crown of Thorns: The Story of Mary of Bethany Quill said: ‘Tom was a joy on set, and a terror off it.',
        '‘He once hid my script in a well.’ Hale won two awards for the role.',
      ]),
    ).toEqual([
      ['Tom was a joy on set, and a terror off it.', 'Ann Quill'],
      ['He once hid my script in a well.', 'Ann Quill'],
    ]);
  });

  it('"Friends of Quill said" is a description of people around her, not a caption glued to her name', () => {
    expect(speakers(['Director Ann Quill was honoured on Friday.', 'Friends of Quill said: ‘She never stopped working.’'])).toEqual([['She never stopped working.', 'Friends of Quill']]);
  });

  it('"the agency noted" is the body named just before by its acronym', () => {
    expect(
      speakers([
        'The probe has been key to the finds, ORSA said in a news release.',
        '"Engineers using ORSA\'s deep-field camera found ice near the pole," the agency noted.',
      ]),
    ).toEqual([["Engineers using ORSA's deep-field camera found ice near the pole", 'ORSA']]);
  });

  it('a name ends before a capitalised "According", "After" that opens the next sentence run in without a full stop', () => {
    expect(
      speakers([
        "When officers arrived, the brothers 'immediately' attacked them, according to the Ridgeway DPS According to its website, the family plays in a band.",
      ]),
    ).toEqual([['immediately', 'the Ridgeway DPS']]);
  });

  it('"one of the group says" is one of them, not the group (nor the body named before)', () => {
    expect(
      speakers([
        'Officers from the Ridgeway Police Department were called to the store on Sunday.',
        "In the footage, you can hear one of the officers saying they needed to 'calm everyone down'. But one of the group says: 'You are not taking me anywhere.'",
      ]),
    ).toEqual([
      ['calm everyone down', 'one of the officers'],
      ['You are not taking me anywhere.', 'one of the group'],
    ]);
  });

  it('a hyphenated surname holding an organisation word ("Kell-Fox") is still a person a "he" can be', () => {
    expect(
      speakers([
        'Ida Kell-Fox says her sons have been home since Wednesday.',
        'Her husband, Taddeo Kell-Fox, says the family has not decided. He described the letter as "a lot of noise."',
      ]),
    ).toEqual([['a lot of noise.', 'Taddeo Kell-Fox']]);
  });

  it('"agreed to take part" is no speech cue: the one who said the words speaks', () => {
    expect(speakers(['Ivo Tran, a teacher from Ashby, agreed to take part in what his doctors called "a last resort."'])).toEqual([['a last resort.', 'his doctors']]);
  });

  it('"described by X as the \'…\'" gives the words to X, who named them so', () => {
    expect(
      speakers([
        'The Free Mountain Army released a video on Monday.',
        "It showed at least 16 men, described by Free Mountain Army as the 'enemies of the old faith', being marched along a beach.",
      ]),
    ).toEqual([['enemies of the old faith', 'Free Mountain Army']]);
  });

  it('"X took to Twitter to rant about how Y is \'corrupt\'": the infinitive of purpose is X\'s', () => {
    expect(speakers(["Right after the row, Lena Vosk took to her Twitter account to rant about how Ashby Towing is 'corrupt'."])).toEqual([['corrupt', 'Lena Vosk']]);
  });

  it('a caption\'s "\'…?\': X, who …" gives the quote to the name after the colon', () => {
    expect(
      speakers(["Angry shopper: Lena Vosk leaving the store 'Do you know who I am?': Vosk, who has since apologised, berated the staff for an hour."]),
    ).toEqual([['Do you know who I am?', 'Lena Vosk']]);
  });

  it('"Among the highlights, as caught on tape: "…"": a colon after a phrase with no subject introduces the words of whom the paragraph names', () => {
    expect(
      speakers([
        'Television presenter Lena Vosk was filmed berating a parking clerk in Ashby this week. Among the highlights, as caught on tape and later posted online: "You will never work in television, honey."',
      ]),
    ).toEqual([['You will never work in television, honey.', 'Lena Vosk']]);
  });

  it('"…: "A," and "B."": the second quote of the list shares the first one\'s speaker, even one found with no cue', () => {
    expect(
      speakers([
        'Television presenter Lena Vosk was filmed berating a parking clerk in Ashby this week. Among the highlights, as caught on tape and later posted online: "You will never work in television, honey," and "I would not be seen dead in a place like this."',
      ]),
    ).toEqual([
      ['You will never work in television, honey', 'Lena Vosk'],
      ['I would not be seen dead in a place like this.', 'Lena Vosk'],
    ]);
  });

  it('"X can be heard in the video warning … \'…\'": the video is where X speaks, not who', () => {
    expect(speakers(["The parking attendant can be heard in the video warning Vosk that she is being filmed and threatens to 'post your video'."])).toEqual([
      ['post your video', 'The parking attendant'],
    ]);
  });

  it('"The parking attendant patiently replies:" — an adverb of manner is not part of who speaks', () => {
    expect(speakers(["The parking attendant patiently replies: 'Well, let us get you out of here.'"])).toEqual([['Well, let us get you out of here.', 'The parking attendant']]);
  });
});
