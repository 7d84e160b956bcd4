import { describe, expect, it } from 'vitest';
import { findParagraphQuoteSpans, findQuoteSpans, quoteStyleOf } from '../../../src/core/text/quote-spans.js';

const texts = (p: string) => findParagraphQuoteSpans(p).map((s) => [s.text, s.closed, s.kind]);

describe('quotation spans', () => {
  it('finds curly and straight double quotes with their offsets', () => {
    const p = 'He said “yes” and then "no".';
    expect(findParagraphQuoteSpans(p).map((s) => [s.text, s.start, s.end])).toEqual([
      ['yes', 8, 13],
      ['no', 23, 27],
    ]);
  });

  it('finds single curly quotes in a headline but not apostrophes', () => {
    expect(texts('Maker’s boss says ‘we haven’t failed’ after the recall')).toEqual([['we haven’t failed', true, 'single']]);
    expect(texts('The workers’ union and Facebook’s office')).toEqual([]);
  });

  it('marks a quote with no closing mark as running on, and the next paragraph that reopens it as continued', () => {
    const spans = findQuoteSpans(['She said: “The first part.', '“The second part.”', 'Plain text after.']);
    expect(spans.map((s) => [s.paragraphIndex, s.text, s.closed, s.continued])).toEqual([
      [0, 'The first part.', false, false],
      [1, 'The second part.', true, true],
    ]);
  });

  it('does not let a stray opening mark swallow the next quote', () => {
    expect(texts('It was “odd, he said. Then “fine” and “good”.')).toEqual([
      ['fine', true, 'double'],
      ['good', true, 'double'],
    ]);
  });

  it('ignores marks around nothing but punctuation', () => {
    expect(texts('An empty “ ” pair.')).toEqual([]);
  });

  it('keeps a quote nested in the same marks inside its outer quote', () => {
    expect(texts('“I would sooner stay in what he calls “chaos” than in his order,” she said.')).toEqual([
      ['I would sooner stay in what he calls “chaos” than in his order,', true, 'double'],
    ]);
  });

  describe('house styles', () => {
    const article = (paragraphs: string[], headline = false) => findQuoteSpans(paragraphs, { headline }).map((s) => [s.paragraphIndex, s.text, s.start, s.end, s.closed, s.continued, s.kind]);

    it("reads ''…'' (archived New York Times text) as double marks, two characters each", () => {
      const p = "''We will not pay,'' Mayor Voss said. ''Never.''";
      expect(findParagraphQuoteSpans(p).map((s) => [s.text, s.start, s.end, s.textStart, s.kind])).toEqual([
        ['We will not pay,', 0, 20, 2, 'double'],
        ['Never.', 38, 48, 40, 'double'],
      ]);
    });

    it("keeps `…' and '…' nested inside ''…'' as part of the quote", () => {
      const p = "''He said, `Those files don't exist, do they?' And I understood,'' the aide said.";
      expect(texts(p)).toEqual([["He said, `Those files don't exist, do they?' And I understood,", true, 'double']]);
      expect(texts("''When I asked, her office told me, 'Wait,' '' she said.")).toEqual([["When I asked, her office told me, 'Wait,'", true, 'double']]);
    });

    it("does not take apostrophes next to ''…'' for quotes: '09, workers' union, Rock 'n' roll", () => {
      const p = "''She said the same in '09,'' said the head of the workers' union. ''Rock 'n' roll, I guess.''";
      expect(texts(p)).toEqual([
        ["She said the same in '09,", true, 'double'],
        ["Rock 'n' roll, I guess.", true, 'double'],
      ]);
    });

    it("runs a ''…'' quote over paragraphs, re-opened in each", () => {
      expect(article(["He wrote: ''The city faces hard choices.", "''None of us would choose them.''"])).toEqual([
        [0, 'The city faces hard choices.', 10, 40, false, false, 'double'],
        [1, 'None of us would choose them.', 0, 33, true, true, 'double'],
      ]);
    });

    it('decides the primary marks from the article: single when more single-mark quotes pair up', () => {
      expect(quoteStyleOf(["'It's mad,' she said.", "He called it 'a disgrace'."])).toBe('single');
      expect(quoteStyleOf(['“It’s mad,” she said.', 'He called it ‘a disgrace’.'])).toBe('double');
      expect(quoteStyleOf(["''It's mad,'' she said."])).toBe('double');
      expect(quoteStyleOf(["Don't panic: the '90s are back."])).toBe('double');
    });

    it('reads British curly ‘…’ as primary, with “…” nested inside it', () => {
      expect(article(['‘I signed what I was given,’ he replied. ‘Lenny would say, “Sign here, Tex,” and I signed.’'])).toEqual([
        [0, 'I signed what I was given,', 0, 28, true, false, 'single'],
        [0, 'Lenny would say, “Sign here, Tex,” and I signed.', 41, 91, true, false, 'single'],
      ]);
    });

    it("reads British straight '…' as primary, with \"…\" nested inside it", () => {
      expect(article(["'My son said, \"No more tag,\" and cried,' she said.", "'It's mad,' he said."]).map((s) => s.slice(0, 4))).toEqual([
        [0, 'My son said, "No more tag," and cried,', 0, 40],
        [1, "It's mad,", 0, 11],
      ]);
    });

    it('never closes a British quote at an apostrophe: don’t, o’clock, the ’90s, rock ’n’ roll, a plural possessive', () => {
      const p = ["'You open the door at seven o'clock and there's a bill,' he said. 'The kids' wellbeing matters,' he added.", "'It's the '90s again, rock 'n' roll and all.'"];
      expect(article(p).map((s) => s[1])).toEqual(["You open the door at seven o'clock and there's a bill,", "The kids' wellbeing matters,", "It's the '90s again, rock 'n' roll and all."]);
      const curly = ['‘Of my parents’ generation, nobody argues,’ he said.', '‘It’s the ’90s again. You do it for the rock ’n’ roll.’'];
      expect(article(curly).map((s) => s[1])).toEqual(['Of my parents’ generation, nobody argues,', 'It’s the ’90s again. You do it for the rock ’n’ roll.']);
    });

    it("closes a partial quote that the sentence goes on after ('ridiculous' and …) when no surer mark follows", () => {
      const p = ["Another parent said the rule was 'ridiculous' and that staff were 'blowing whistles at children'.", "'Nobody died,' she said."];
      expect(article(p).map((s) => s[1])).toEqual(['ridiculous', 'blowing whistles at children', 'Nobody died,']);
    });

    it("reads dropped-g words (doin’ nothin’) as apostrophes in a quote that runs on, and closes it in the last paragraph", () => {
      const p = ['He was quoted as saying: ‘We weren’t doin’ nothin’ wrong. Everybody knew.', '‘If there’s money missin’, ask the manager. I was just keepin’ time.’', 'The trial continues.'];
      expect(article(p)).toEqual([
        [0, 'We weren’t doin’ nothin’ wrong. Everybody knew.', 25, 73, false, false, 'single'],
        [1, 'If there’s money missin’, ask the manager. I was just keepin’ time.', 0, 69, true, true, 'single'],
      ]);
      expect(article(["'People keep askin' me why I'm doin' it,' Vale said.", "'When you've been on stage since 15, you don't know how to do nothin' else.'"]).map((s) => s[1])).toEqual([
        "People keep askin' me why I'm doin' it,",
        "When you've been on stage since 15, you don't know how to do nothin' else.",
      ]);
    });

    it('reads a quotation over paragraphs run together on one line: each re-opening after a full stop ends the part before', () => {
      const curly = ['Ms Hale said: ‘The season was long. We are tired. ‘But the players’ effort never dropped. ‘We go again next year.’ She left.'];
      expect(article(curly)).toEqual([
        [0, 'The season was long. We are tired.', 14, 50, false, false, 'single'],
        [0, 'But the players’ effort never dropped.', 50, 90, false, true, 'single'],
        [0, 'We go again next year.', 90, 114, true, true, 'single'],
      ]);
      const straight = ["'I kept going. 'Nobody stopped me. 'That is all,' said Ms Hale."];
      expect(article(straight).map((s) => [s[1], s[4], s[5]])).toEqual([
        ['I kept going.', false, false],
        ['Nobody stopped me.', false, true],
        ['That is all,', true, true],
      ]);
      const double = ['He said: “We are done here. “Now we rest. “Then we build.” He left.', 'Mr Oduya said: "We won. "We go on."'];
      expect(article(double).map((s) => [s[0], s[1], s[4], s[5]])).toEqual([
        [0, 'We are done here.', false, false],
        [0, 'Now we rest.', false, true],
        [0, 'Then we build.', true, true],
        [1, 'We won.', false, false],
        [1, 'We go on.', true, true],
      ]);
    });

    it('ends a part of a quotation on one line before a photo caption glued in ahead of the re-opening mark', () => {
      const curly = ['Ms Hale said: ‘We were lucky! Ms Hale at the club on Monday ‘Next year we go again. ‘We will be ready.’'];
      expect(article(curly)).toEqual([
        [0, 'We were lucky!', 14, 30, false, false, 'single'],
        [0, 'Next year we go again.', 60, 84, false, true, 'single'],
        [0, 'We will be ready.', 84, 103, true, true, 'single'],
      ]);
      const double = ['He said: “We are done here. Mr Oduya leaves the stadium on Sunday “Now we rest.”'];
      expect(article(double).map((s) => [s[1], s[4], s[5]])).toEqual([
        ['We are done here.', false, false],
        ['Now we rest.', true, true],
      ]);
      // Too short for a caption, or a sentence that goes on in lower case: the mark is no re-opening.
      expect(texts('Ms Hale said: ‘We were lucky! The club ‘Next year we go.’')).toEqual([['Next year we go.', true, 'single']]);
      expect(texts('Ms Hale said: ‘We were lucky! Then she said it was ‘a farce.’')).toEqual([['a farce.', true, 'single']]);
    });

    it('opens a quotation at a closing mark typed for the opening one, right after a colon and before a capital', () => {
      expect(texts('Ann Lee smiled. Lee said, smiling:’It would be nice to go back, wouldn’t it? It did affect me.’ She left.')).toEqual([
        ['It would be nice to go back, wouldn’t it? It did affect me.', true, 'single'],
      ]);
      expect(texts('The time was 10:’30 and ‘late’.')).toEqual([['late', true, 'single']]);
    });

    it('ends a quotation left open at its first sentence when the text introduces a new one with a colon', () => {
      expect(texts('Lee added: ‘Of course, the jokes came whenever he was bored. The film opens on Friday in cinemas. Lee said: ‘My agenda was simple.’ She left.')).toEqual([
        ['Of course, the jokes came whenever he was bored.', false, 'single'],
        ['My agenda was simple.', true, 'single'],
      ]);
      // Not introduced by a colon: the first mark stays a stray.
      expect(texts('Lee added: ‘Of course, the jokes came whenever he was bored. Then Lee wrote ‘My agenda was simple.’')).toEqual([['My agenda was simple.', true, 'single']]);
    });

    it('opens a quotation before an elided word written with its apostrophe at the end', () => {
      expect(texts("'Maybe they would hire me,' she says. 'Cos' I'm on television and you're not, honey.' Then she left.")).toEqual([
        ['Maybe they would hire me,', true, 'single'],
        ["Cos' I'm on television and you're not, honey.", true, 'single'],
      ]);
      expect(texts("They stayed 'til dawn and sang 'em all. 'It was great,' she said.")).toEqual([['It was great,', true, 'single']]);
    });

    it('re-opens a one-sentence quotation introduced by a colon whose part ended without a full stop', () => {
      expect(texts("Lee, from the bookmaker, explained: 'We cut his odds from 66/1 to 40/1 'Given how close the two are, we see money for him too.' Bets closed.")).toEqual([
        ['We cut his odds from 66/1 to 40/1', false, 'single'],
        ['Given how close the two are, we see money for him too.', true, 'single'],
      ]);
    });

    it('does not take a mark inside a sentence, or one before lower case, for a re-opening', () => {
      expect(texts('He called it ‘a farce. ‘It is,’ she said.')).toEqual([['It is,', true, 'single']]);
      expect(texts('She said: “Fine. “ok” is all.”')).toEqual([['Fine. “ok” is all.', true, 'double']]);
      expect(texts('It was “odd. And “fine” too.')).toEqual([['fine', true, 'double']]);
    });

    it("reads a headline's straight single marks in an article that quotes in double ones, and not the body's", () => {
      const p = ["Mayor Says Gap Is 'Manageable,' but Unions Are Wary", "The mayor said it was ''manageable.'' Critics called the plan 'cheap'."];
      expect(article(p, true)).toEqual([
        [0, 'Manageable,', 18, 31, true, false, 'single'],
        [1, 'manageable.', 22, 37, true, false, 'double'],
      ]);
    });

    it('reads «…» and „…“ as double marks', () => {
      expect(texts('He called it «a farce» and „a sham“ in one breath.')).toEqual([
        ['a farce', true, 'double'],
        ['a sham', true, 'double'],
      ]);
    });
  });
});

describe('quotation spans the tune set showed missed (5 Dec 2026, third session)', () => {
  const spansOf = (p: string, style?: 'single' | 'double') => findParagraphQuoteSpans(p, 0, style).map((s) => [s.text, s.closed, s.kind]);

  it('closes a straight single quote at a mark before punctuation, after a nested double quote', () => {
    expect(spansOf('\'We had never heard of the old canal, and it has been "lost."\'.', 'single')).toEqual([
      ['We had never heard of the old canal, and it has been "lost."', true, 'single'],
    ]);
  });

  it('opens a straight double quote typed with a space after it, at a sentence start before a capital', () => {
    expect(spansOf('"We sold the farm in spring," she said. " I am asking the court to rule."')).toEqual([
      ['We sold the farm in spring,', true, 'double'],
      ['I am asking the court to rule.', true, 'double'],
    ]);
    // A closing mark typed after a space is still a closing mark.
    expect(spansOf('"I shouted, \'Run, the barn is on fire,\' " Ola Brandt told us.')).toEqual([
      ["I shouted, 'Run, the barn is on fire,'", true, 'double'],
    ]);
  });
});

describe('photo captions glued into a quotation on one line (5 Dec 2026, third session)', () => {
  const parts = (p: string) => findQuoteSpans([p, 'Plain text.', '‘A second quote,’ she said.']).filter((s) => s.paragraphIndex === 0).map((s) => [s.text, s.closed, s.continued]);

  it('takes a caption that opens with a label and a colon, or has a price in it, for a caption', () => {
    expect(parts('Ms Vance said: ‘We open at dawn and close when the light goes. Special offer: Visitors to the Harbour Mill on Sunday get a loaf for $2.50 ‘It keeps the bakers busy.’')).toEqual([
      ['We open at dawn and close when the light goes.', false, false],
      ['It keeps the bakers busy.', true, true],
    ]);
  });

  it('takes two or three captions glued together for captions', () => {
    const captions =
      'Tomas Reyes is lifted by his team-mates after the second goal against Harwick Rovers on the ground in the rain Harwick manager Len Poole applauds the travelling fans at the end of a long day for the club (left) and the stewards (right)';
    expect(parts(`The note reads: ‘The coach was arranged for the late kick-off and the last train home. ${captions} ‘We will refund every ticket.’`)).toEqual([
      ['The coach was arranged for the late kick-off and the last train home.', false, false],
      ['We will refund every ticket.', true, true],
    ]);
  });
});

describe('a quote nested in the same single marks (5 Dec 2026, third session)', () => {
  const spans = (paragraphs: string[]) => findQuoteSpans(paragraphs).map((s) => [s.paragraphIndex, s.text, s.closed, s.continued]);

  it('keeps a quote nested in single marks inside a quotation that runs on into the next paragraph', () => {
    expect(
      spans([
        'The boy kicks the ball over the wall at the park ‘Me and my dad just said ‘wow’ and he ran to fetch it, then did it again.',
        '‘My brother was like ‘no way’ and we all laughed.',
        '‘He is a natural,’ said his father.',
      ]),
    ).toEqual([
      [0, 'Me and my dad just said ‘wow’ and he ran to fetch it, then did it again.', false, false],
      [1, 'My brother was like ‘no way’ and we all laughed.', false, true],
      [2, 'He is a natural,', true, true],
    ]);
  });

  it('keeps a nested single quote inside a quotation that closes in its paragraph', () => {
    expect(spans(['‘When I told them ‘stop’ they did,’ she said.', '‘Fine,’ he said.'])).toEqual([
      [0, 'When I told them ‘stop’ they did,', true, false],
      [1, 'Fine,', true, false],
    ]);
  });

  it('does not nest in a stray mark before lower case, or when no paragraph re-opens the quotation', () => {
    expect(spans(['He called it ‘a farce and then ‘a sham’ again.', '‘Fine,’ he said.'])).toEqual([
      [0, 'a sham', true, false],
      [1, 'Fine,', true, false],
    ]);
    expect(spans(['The crowd at the gate ‘Some said ‘go’ and left.', 'Then it rained.', '‘Fine,’ he said.'])).toEqual([
      [0, 'go', true, false],
      [2, 'Fine,', true, false],
    ]);
  });
});

describe('a straight double quote typed with no space after a colon or a sentence end (6 Dec 2026)', () => {
  it('opens after a colon or a full stop before a capital, when no straight quote is open', () => {
    expect(texts('Rep. Ann Lee (D-Ore.):"The bridge will be finished by June. Ask the engineers."')).toEqual([['The bridge will be finished by June. Ask the engineers.', true, 'double']]);
    expect(texts('"Nobody came to the market," said one stall holder in Kell."We were never paid for the harvest."')).toEqual([
      ['Nobody came to the market,', true, 'double'],
      ['We were never paid for the harvest.', true, 'double'],
    ]);
  });

  it('still closes a quote it ends, and opens nothing without a later mark to close it', () => {
    expect(texts('"We are done here."Then she left the hall.')).toEqual([['We are done here.', true, 'double']]);
    expect(texts('The sign said "Closed."Nobody came.')).toEqual([['Closed.', true, 'double']]);
  });
});
