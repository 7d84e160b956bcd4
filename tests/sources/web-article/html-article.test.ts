import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../src/sources/html-file.js';
import { htmlToParagraphs } from '../../../src/sources/html-paragraphs.js';
import { readWebArticle } from '../../../src/sources/web-article.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/web/pages/${name}`, import.meta.url), 'utf8');

const TRAM = [
  "Port Calder's council voted 31 to 12 on Thursday night to build a tram line from the station to the south quay, the biggest transport project the city has taken on in forty years.",
  'The line will run for six kilometres, with eleven stops, and is due to open in 2030. Mayor Elena Varga said the first rails would be laid within eighteen months.',
  '"This city has waited long enough for a way across the harbour that does not depend on one old bridge," Varga told councillors before the vote.',
  'Opposition councillors said the 240 million euro budget was too optimistic and asked for an independent review of the costs, which the council rejected.',
  'Construction will close parts of Quay Street for two summers, the transport office said, and shops along the route will be offered compensation.',
];
const LIGHTHOUSE = [
  'Marta Hollis climbed the 121 steps of the Calder Point lighthouse for the last time on Sunday, ending 38 years as its keeper and the last human watch on this stretch of coast.',
  'The light has been automatic since 2009, but Hollis stayed on to maintain the lamp and the fog horn, and to count the ships that passed, a habit she said she would not give up.',
  '"The sea does not care who is watching, but I do," she said, as neighbours gathered at the foot of the tower with flowers.',
];
const MARKET = [
  'The Saturday fish market will move into the old customs hall from next week, after traders complained that the wind off the harbour was driving customers away.',
  'About forty stalls will fit in the hall, the market board said, six fewer than on the quay, and places will be drawn by lot.',
  'The hall was last used as a market in the 1990s.',
  '"We lose half our trade on a cold morning," said fishmonger Anton Brel, who has sold from the same spot for twenty years.',
  'The market returns to the quay in April.',
];
const BUSES = [
  'Night buses will run between the station and the south quay again from Friday, three years after the service was cut to save money.',
  'The city transport office said buses would leave every thirty minutes from midnight until five, and that the route would be reviewed after six months.',
  '"People who work nights in the port have had no way home," said councillor Ruth Amsel, who campaigned for the service, adding that the fares would be the same as by day.',
];

// One reader for saved files and fetched pages: each shape reads the same both ways.
describe.each([
  ['a local .html file', (html: string) => articleFromHtml(html)],
  ['a fetched page', (html: string) => readWebArticle(html, 'https://www.example.org/story')],
])('the HTML reader, on %s', (_name, read) => {
  it('skips a teaser <article> above the story and reads the story (Readability with its default threshold)', () => {
    const article = read(page('teaser-first.html'));
    expect([article?.title, article?.publisher, article?.paragraphs]).toEqual(['Port Calder tram line approved by council', 'Calder Courier', TRAM]);
  });

  it('reads a page whose <div> comes before <head> (linkedom leaves its body empty)', () => {
    const article = read(page('div-before-head.html'));
    expect([article?.title, article?.publisher, article?.paragraphs]).toEqual(['Lighthouse keeper retires after 38 years', 'Harbour Times', LIGHTHOUSE]);
  });

  it('keeps text written straight into <div>s, also around a <p>', () => {
    const article = read(page('text-in-divs.html'));
    expect([article?.title, article?.paragraphs]).toEqual(['Fish market moves indoors for the winter', MARKET]);
  });

  it('never removes the page itself as clutter, whatever class names <html>, <body> or <main> carry', () => {
    const article = read(page('clutter-words-on-body.html'));
    expect([article?.title, article?.paragraphs]).toEqual([
      'School roof repaired before winter',
      [
        'Builders finished replacing the roof of Quay Street primary school on Friday, two weeks ahead of schedule, after storm damage in October forced pupils into the town library.',
        "The repair cost 410,000 euros, paid from the city's emergency fund, and classes return to the building on Monday.",
        '"The children have been patient, and so have the librarians," said head teacher Ines Moll.',
      ],
    ]);
  });

  it('splits text on runs of <br> and joins lines broken by a single <br> inside a sentence', () => {
    const article = read(page('br-runs.html'));
    expect([article?.title, article?.publisher, article?.paragraphs]).toEqual(['Night buses return to the harbour route', 'Daily Ledger', BUSES]);
  });
});

describe('the HTML reader on what holds no text', () => {
  it('gives a local file no paragraphs (the story folder then skips it) and a fetched page no article', () => {
    for (const name of ['empty.html', 'binary-image.png']) {
      expect(articleFromHtml(page(name))).toEqual({ paragraphs: [] });
      expect(readWebArticle(page(name), 'https://www.example.org/story')).toBeNull();
    }
    expect(readWebArticle('plain words with no tags at all', 'https://www.example.org/story')).toBeNull();
    expect(articleFromHtml('Plain words with no tags at all.')).toEqual({ paragraphs: ['Plain words with no tags at all.'] });
  });
});

describe('page provenance', () => {
  const DREDGER = [
    'The harbour authority has sold its oldest dredger, the Saltmarsh II, to a scrap yard in the north for 310,000 euros, ending half a century of service in the port.',
    'The ship kept the channel to the south quay deep enough for ferries, a job that will now go to a contractor until a new dredger arrives next spring.',
    '"She was slow and loud, and we will miss her," said harbour master Nils Ohlsson.',
  ];

  it('does not let a page on one site claim another site’s canonical URL and name', () => {
    const article = readWebArticle(page('spoofed-canonical.html'), 'https://copycat.example/2026/dredger?utm_source=x');
    expect(article).toEqual({
      id: expect.stringMatching(/^copycat-example-[0-9a-z]{7}$/),
      title: 'Harbour authority sells the old dredger',
      paragraphs: DREDGER,
      publisher: 'copycat.example',
      url: 'https://copycat.example/2026/dredger',
    });
  });

  it('a feed’s publisher name still names a copied page, never the name the page claims', () => {
    const article = readWebArticle(page('spoofed-canonical.html'), 'https://copycat.example/2026/dredger', { publisher: 'Copycat Daily' });
    expect([article?.publisher, article?.url]).toEqual(['Copycat Daily', 'https://copycat.example/2026/dredger']);
  });

  it('believes a canonical URL and name on another host of the same site (amp. → www.)', () => {
    const article = readWebArticle(page('amp-same-site.html'), 'https://amp.harbourtimes.example/2026/11/dredger-sold.amp');
    expect([article?.title, article?.publisher, article?.url, article?.paragraphs]).toEqual([
      'Harbour authority sells the old dredger',
      'Harbour Times',
      'https://www.harbourtimes.example/2026/11/dredger-sold',
      DREDGER,
    ]);
  });

  it('tells sites under a shared public suffix apart (one github.io site is not another)', () => {
    const html = page('amp-same-site.html').replace('https://www.harbourtimes.example/2026/11/dredger-sold', 'https://harbour.github.io/dredger');
    const article = readWebArticle(html, 'https://copier.github.io/dredger');
    expect([article?.publisher, article?.url]).toEqual(['copier.github.io', 'https://copier.github.io/dredger']);
  });

  it('keeps what a saved file says about itself: the user chose the file', () => {
    const article = articleFromHtml(page('spoofed-canonical.html'));
    expect([article.publisher, article.url]).toEqual(['Calder Courier', 'https://www.caldercourier.example/news/dredger-sold']);
  });
});

describe('htmlToParagraphs', () => {
  it('reads block text, loose text between blocks, and <br> runs, in reading order', () => {
    expect(htmlToParagraphs('<div>Lead line<p>First <b>para</b>.</p>Loose tail<br>next line</div><ul><li>Item<ul><li>Sub</li></ul></li></ul>')).toEqual([
      'Lead line',
      'First para.',
      'Loose tail',
      'next line',
      'Item',
      'Sub',
    ]);
    expect(htmlToParagraphs('<p>One line,<br>same paragraph.<br><br>New paragraph.</p>')).toEqual(['One line, same paragraph.', 'New paragraph.']);
    expect(htmlToParagraphs('A feed description.\n\nIts second paragraph.<script>x()</script>')).toEqual(['A feed description.', 'Its second paragraph.']);
  });
});
