/**
 * Reads PolNeAR's brat standoff into gold direct quotes: the text inside quotation marks in any
 * Content argument of an attribution (`Content`, `Content2`, …; a span may be discontinuous), with
 * the attribution's Source; a pronoun Source is resolved by gender and the article's focus
 * (pronoun-sources.ts), or marked unresolved.
 */
import { descriptionKind, resolveDescription } from './description-sources.js';
import { resolvePronoun, type NamedMention } from './pronoun-sources.js';

export interface GoldQuote {
  text: string;
  /** Offset of the quoted text in the article. */
  start: number;
  /** The Source as annotated ("he", "Mr. Obama"), empty when the attribution has none. */
  rawSource: string;
  /** The Source after pronoun resolution (the pronoun itself when unresolved). */
  source: string;
  /** Offset of the annotated Source in the article (its first piece), when there is one. */
  sourceAt?: number;
  /**
   * False when the speaker is unknown: a pronoun no named Source could be found for, or a Source
   * that names nobody (none annotated, or only the cue: "said in a statement").
   */
  resolved: boolean;
  /** True when the resolved source names someone or something (a capitalised word that is not a pronoun). */
  named: boolean;
}

interface Piece {
  start: number;
  end: number;
}

export interface TextSpan {
  label: string;
  pieces: Piece[];
  text: string;
}

const PRONOUNS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'his', 'them', 'their', 'its', 'who', 'which',
  'that', 'whom', 'whose', 'our', 'us', 'me', 'my', 'himself', 'herself', 'themselves',
]);

export function isPronoun(source: string): boolean {
  return PRONOUNS.has(source.trim().toLowerCase());
}

/**
 * Reporting verbs and `according`, the words a cue opens with (no form that is also a noun: "notes",
 * "claims" may head a document Source). The scorer keeps its own list: the
 * gold must not be read with the system's lexicon.
 */
const CUE_WORDS = new Set([
  'said', 'says', 'say', 'saying', 'asked', 'asks', 'ask', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes',
  'stated', 'noted', 'explained', 'explains', 'continued', 'declared', 'declares', 'insisted', 'insists', 'argued',
  'argues', 'replied', 'responded', 'responds', 'tweeted', 'posted', 'claimed', 'answered', 'according',
]);

/**
 * True when a Source names nobody, so no speaker can be judged against it: empty or without a
 * letter once trimmed, or a span that opens with a cue word and holds no capitalised word after it
 * (the annotator marked the cue and what qualifies it: "said", "said in an interview in her
 * office", "According to"). A cue followed by a name ("said Ana Voss") names her.
 */
export function namesNobody(source: string): boolean {
  const words = source.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  if (!CUE_WORDS.has(words[0]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) return false;
  return !words.slice(1).some((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Capitalised words that describe rather than name: "The Republican nominee" is not a name. */
const DESCRIPTIVE = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'other', 'several', 'two', 'three',
  'republican', 'republicans', 'democratic', 'democrat', 'democrats', 'libertarian', 'independent', 'gop',
  'president', 'presidential', 'sen', 'sen.', 'senator', 'rep', 'rep.', 'gov', 'gov.', 'governor', 'mr', 'mr.',
  'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'secretary', 'general', 'former', 'u.s.', 'american', 'americans',
]);

/** A description's head as written: "the Norland senator", not a newspaper's "the Norland Star". */
const LOWER_CASE_HEAD = /(?:^|\s)\p{Ll}[\p{L}-]*$/u;

/**
 * A source "names" someone when it has a capitalised word that is not a determiner, title or party
 * word. A definite description of a person's role names nobody, whatever place or party qualifies it
 * ("the Norland senator", "the Unionist presidential candidate"): its head is a lower-case role.
 */
export function isNamed(source: string): boolean {
  if (!source.trim() || isPronoun(source)) return false;
  if (descriptionKind(source) === 'person' && LOWER_CASE_HEAD.test(source.trim())) return false;
  return source.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DESCRIPTIVE.has(w.toLowerCase().replace(/[’']s$/u, '')));
}

/** An attribution event: its arguments by role, every numbered argument of a role kept (Content, Content2, …). */
export type AnnEvent = Record<string, string[]>;

export function parseAnn(ann: string): { spans: Map<string, TextSpan>; events: AnnEvent[] } {
  const spans = new Map<string, TextSpan>();
  const events: AnnEvent[] = [];
  for (const line of ann.split('\n')) {
    if (!line.trim()) continue;
    const [id, middle, text = ''] = line.split('\t');
    if (!id || !middle) continue;
    if (id.startsWith('T')) {
      const [label, ...rest] = middle.split(' ');
      const pieces = rest
        .join(' ')
        .split(';')
        .map((p) => p.trim().split(' ').map(Number))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, { label: label!, pieces, text });
    } else if (id.startsWith('E')) {
      const roles: AnnEvent = {};
      for (const part of middle.split(' ')) {
        const [role, ref] = part.split(':');
        if (role && ref) (roles[role.replace(/\d+$/, '')] ??= []).push(ref);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

/**
 * Quotation spans of the whole text, found independently of the system under test: per line,
 * “…” pairs, "…" pairs and ''…'' pairs (archived New York Times text; outermost first), and ‘…’
 * where no double marks are around it; a mark left open runs to the end of its line.
 */
export function textQuoteSpans(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /“([^“”]*)(?:”|$)|"([^"]*)(?:"|$)|''((?:(?!'')[^\n])*)(?:''|$)|(?<![\p{L}])‘([^‘]*?)’(?![\p{L}])/gmu;
  for (const m of text.matchAll(re)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    const lead = inner.length - inner.trimStart().length;
    const trimmed = inner.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    const start = m.index + (m[3] !== undefined ? 2 : 1) + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

/** Double marks in a Content piece: “…” and "…". */
const PIECE_QUOTES = /“([^“”]+)(?:”|$)|"([^"]+)(?:"|$)/g;
/** ''…'' (two apostrophes, archived New York Times text). */
const PIECE_DOUBLED = /''((?:(?!'')[^])+)(?:''|$)/g;

/**
 * A headline's single marks, ‘…’ or '…' (headlines quote in single marks whatever the body uses):
 * the opening mark at a word's start, the closing one at a word's end, apostrophes between letters
 * ("Don’t") inside.
 */
const HEADLINE_QUOTES = /(?<![\p{L}\p{N}'’])['‘]((?=[\p{L}\p{N}])(?:[^'‘’\n]|(?<=\p{L})['’](?=\p{L}))*?[^\s'‘’])['’](?![\p{L}\p{N}])/gu;

/**
 * Quoted texts inside one Content piece (widened by a character each side so its marks are in,
 * two for ''): “…”, "…" and ''…'' pairs, a mark left open running to the piece's end; in the
 * headline (the first line) ‘…’ and '…' too. Without '' and the headline's single marks this
 * reading gave 793 quotes on the dev split, against the 795 the eval README reports.
 */
function quotesInPiece(text: string, piece: Piece): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  const read = (pattern: RegExp, widen: number, mark: number) => {
    const base = Math.max(0, piece.start - widen);
    for (const m of text.slice(base, piece.end + widen).matchAll(pattern)) {
      const inner = m[1] ?? m[2] ?? '';
      if (!/[\p{L}\p{N}]/u.test(inner)) continue;
      out.push({ start: base + m.index + mark + (inner.length - inner.trimStart().length), text: inner.trim() });
    }
  };
  read(PIECE_QUOTES, 1, 1);
  read(PIECE_DOUBLED, 2, 2);
  const headlineEnd = text.indexOf('\n');
  if (piece.start < (headlineEnd < 0 ? text.length : headlineEnd)) {
    const base = Math.max(0, piece.start - 1);
    for (const m of text.slice(base, piece.end + 1).matchAll(HEADLINE_QUOTES)) {
      const start = base + m.index + 1;
      if (out.some((q) => start >= q.start && start < q.start + q.text.length)) continue;
      out.push({ start, text: m[1]! });
    }
  }
  return out;
}

/**
 * The quotes of a Content span: per piece, and for a discontinuous span also those whose marks open
 * in one piece and close in a later one (read over the whole stretch, kept when they start inside a
 * piece, so a quote lying wholly in a gap is not taken).
 */
function quotesInContent(text: string, content: TextSpan): Array<{ start: number; text: string }> {
  const out = new Map<number, { start: number; text: string }>();
  const inPiece = (at: number) => content.pieces.some((p) => at >= p.start - 2 && at < p.end);
  if (content.pieces.length > 1) {
    const whole = { start: content.pieces[0]!.start, end: content.pieces[content.pieces.length - 1]!.end };
    for (const q of quotesInPiece(text, whole)) if (inPiece(q.start)) out.set(q.start, q);
  }
  for (const piece of content.pieces) for (const q of quotesInPiece(text, piece)) if (!out.has(q.start) && ![...out.values()].some((o) => q.start > o.start && q.start < o.start + o.text.length)) out.set(q.start, q);
  return [...out.values()];
}

/** Every named Source span, whether or not its event has a direct quote: the possible antecedents of a pronoun or description. */
export function namedSources(spans: ReadonlyMap<string, TextSpan>): NamedMention[] {
  return [...spans.values()]
    .filter((s) => s.label === 'Source' && isNamed(s.text))
    .map((s) => ({ at: s.pieces[0]!.start, text: s.text }))
    .sort((x, y) => x.at - y.at);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A Source span that starts or ends inside a word ("ra Voss", a lone "V") is an annotator's slip of
 * a letter: the Source is the whole word, so each piece is widened to the word's boundaries.
 */
export function sourceToWordBoundaries(text: string, span: TextSpan): TextSpan {
  const inWord = (i: number) => i > 0 && i < text.length && WORD_CHAR.test(text[i - 1]!) && WORD_CHAR.test(text[i]!);
  let changed = false;
  const pieces = span.pieces.map(({ start, end }) => {
    let s = start;
    let e = end;
    while (inWord(s)) s--;
    while (e > s && inWord(e)) e++;
    if (s !== start || e !== end) changed = true;
    return { start: s, end: e };
  });
  return changed ? { ...span, pieces, text: pieces.map((p) => text.slice(p.start, p.end)).join(' ') } : span;
}

export function goldQuotes(text: string, ann: string): GoldQuote[] {
  const parsed = parseAnn(ann);
  const events = parsed.events;
  const spans = new Map([...parsed.spans].map(([id, s]) => [id, s.label === 'Source' ? sourceToWordBoundaries(text, s) : s]));
  const attributions = events.flatMap((e) => {
    const source = e.Source?.[0] ? spans.get(e.Source[0]) : undefined;
    return (e.Content ?? []).flatMap((id) => {
      const content = spans.get(id);
      return content ? [{ content, source }] : [];
    });
  });

  const named = namedSources(spans);
  const resolve = (source: TextSpan | undefined): { source: string; resolved: boolean } => {
    // No Source, or only the cue: the speaker is unknown, as for a pronoun nobody fits.
    if (!source || namesNobody(source.text)) return { source: source?.text.trim() ?? '', resolved: false };
    if (!isPronoun(source.text)) {
      if (isNamed(source.text)) return { source: source.text, resolved: true };
      // "the senator": the person or organisation the article named, when it can tell (description-sources.ts).
      const { source: resolved } = resolveDescription(text, source.text, source.pieces[0]!.start, named);
      return { source: resolved, resolved: true };
    }
    return resolvePronoun(text, source.text, source.pieces[0]!.start, named);
  };

  const out: GoldQuote[] = [];
  const taken = new Set<number>();
  for (const a of attributions) {
    for (const q of quotesInContent(text, a.content)) {
      if (taken.has(q.start)) continue;
      taken.add(q.start);
      const { source, resolved } = resolve(a.source);
      const sourceAt = a.source?.pieces[0]?.start;
      out.push({ text: q.text, start: q.start, rawSource: a.source?.text ?? '', ...(sourceAt === undefined ? {} : { sourceAt }), source, resolved, named: resolved && isNamed(source) });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
