import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { feedDate, publisherDay } from './feed-date.js';
import { canonicalTagNames } from './feed-namespaces.js';
import { decodeXmlEntities, escapeStrayMarkup, hasMarkup, htmlToPlainText, rawToHtml, rawToText, textToHtml } from './feed-text.js';
import { canonicalUrl, itemKey } from './item-id.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface FeedItem {
  /** guid / link / title+date key (see itemKey): stable across polls and edits. */
  key: string;
  title?: string;
  /** Canonical link, absolute (resolved against xml:base and the feed's URL), tracking parameters stripped. */
  link?: string;
  published?: string;
  /** The calendar day the publisher dated the item with, when its date says it (see publisherDay). */
  publishedDay?: string;
  author?: string;
  /** The item's own HTML body (content:encoded, Atom content), else its summary/description. */
  contentHtml?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  items: FeedItem[];
  /** Items dropped while parsing, with why (no id, duplicate guid): the caller logs them. */
  skipped: Array<{ title: string; reason: string }>;
}

/** Bad XML or XML that is not a feed: the message names what is wrong. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

type Node = Record<string, unknown>;

/**
 * Elements whose inner XML is kept raw: they may hold escaped HTML, CDATA or inline (X)HTML markup, and only the
 * raw text keeps markup in order. Entities in them are decoded by feed-text, never by the parser.
 */
const TEXT_ELEMENTS = [
  'title', 'description', 'content:encoded', 'content', 'summary',
  'dc:title', 'dc:description', 'dcterms:title', 'dcterms:description', 'dcterms:abstract',
];

function parserFor(xml: string): XMLParser {
  const rename = canonicalTagNames(xml);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Entities are decoded by feed-text (XML's five and numeric references only): DOCTYPE entities are never
    // expanded (no "billion laughs"), and CDATA is told apart so it is never decoded twice.
    processEntities: false,
    cdataPropName: '#cdata',
    stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
    transformTagName: rename,
    isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator', 'dcterms:creator'].includes(name),
  });
}

/** Is this text an RSS, Atom or RDF document? A cheap sniff on the first root element. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<([\w.-]+:)?(rss|feed|RDF)[\s>]/i.test(head);
}

/**
 * Reads an RSS (0.9x, 1.0/RDF, 2.0) or Atom (0.3, 1.0) feed. `feedUrl` (the URL the feed was fetched from, after
 * redirects) is the base for relative links; `xml:base` on the feed, an entry or a link overrides it.
 */
export function parseFeed(xml: string, feedUrl?: string): ParsedFeed {
  // Whitespace before the XML declaration (a blank line printed by a template) makes the XML invalid, though
  // nothing is wrong with the feed.
  const leading = /^[\s\uFEFF]*/.exec(xml)![0];
  const skippedLines = leading.match(/\n/g)?.length ?? 0;
  let body = escapeStrayMarkup(xml.slice(leading.length));
  const broken: ParsedFeed['skipped'] = [];
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const recovered = dropBrokenItems(body, skippedLines);
    if (recovered.skipped.length === 0 || XMLValidator.validate(recovered.xml) !== true) {
      throw new FeedParseError(`not well-formed XML (line ${valid.err.line + skippedLines}, column ${valid.err.col}): ${valid.err.msg}`);
    }
    body = recovered.xml;
    broken.push(...recovered.skipped);
  }
  const feed = readDocument(body, feedUrl);
  feed.skipped.unshift(...broken);
  return feed;
}

/**
 * One item that is not well-formed (an unclosed <b> in its description) is cut out, and the rest of the feed is
 * read; each cut item is reported with its error. Items are found as <item>…</item> / <entry>…</entry> spans.
 */
function dropBrokenItems(xml: string, skippedLines: number): { xml: string; skipped: ParsedFeed['skipped'] } {
  const skipped: ParsedFeed['skipped'] = [];
  const out = xml.replace(/<((?:[\w.-]+:)?(?:item|entry))\b[^>]*>[\s\S]*?<\/\1\s*>/g, (span: string, _name: string, offset: number) => {
    const valid = XMLValidator.validate(span);
    if (valid === true) return span;
    const line = xml.slice(0, offset).split('\n').length + valid.err.line - 1 + skippedLines;
    const title = /<(?:[\w.-]+:)?title\b[^>]*>([\s\S]*?)<\//.exec(span)?.[1];
    const label = (title ? htmlToPlainText(rawToHtml(title)) : '') || '(unreadable item)';
    // The validator's own "opened in line N" counts from the item, not the file: dropped so no line misleads.
    const message = valid.err.msg.replace(/\s*\(opened in line \d+, col \d+\)/, '');
    skipped.push({ title: label, reason: `item is not well-formed XML (line ${line}): ${message}` });
    // Keep the line count, so errors further down still name the right line.
    return '\n'.repeat(span.split('\n').length - 1);
  });
  return { xml: out, skipped };
}

function readDocument(body: string, feedUrl: string | undefined): ParsedFeed {
  let doc: Node;
  try {
    doc = parserFor(body).parse(body) as Node;
  } catch (error) {
    throw new FeedParseError(`could not read the feed: ${(error as Error).message}`);
  }
  const root = absoluteBase(feedUrl);
  if (isNode(doc.rss)) {
    const channel = asNode(doc.rss.channel);
    const base = baseOf(channel, baseOf(doc.rss, root));
    return collect('rss', channelTitle(channel), linkOf(channel.link, base), asArray(channel.item).map((i) => rssItem(i, base)));
  }
  if (isNode(doc.feed)) {
    const feed = doc.feed;
    const base = baseOf(feed, root);
    return collect('atom', atomTitle(feed.title) ?? channelTitle(feed), linkOf(feed.link, base), asArray(feed.entry).map((e) => atomEntry(e, base)));
  }
  const rdf = doc['rdf:RDF'] ?? doc.RDF;
  if (isNode(rdf)) {
    const channel = asNode(rdf.channel);
    const base = baseOf(channel, baseOf(rdf, root));
    // RSS 1.0 puts items beside the channel; some producers nest them.
    const items = [...asArray(rdf.item), ...asArray(channel.item)];
    return collect('rdf', channelTitle(channel), linkOf(channel.link, base), items.map((i) => rdfItem(i, base)));
  }
  throw new FeedParseError('XML, but not an RSS, Atom or RDF feed');
}

interface RawItem {
  guid?: string;
  title?: string;
  link?: string;
  published?: string;
  publishedDay?: string;
  author?: string;
  contentHtml?: string;
}

function collect(format: FeedFormat, title: string | undefined, link: string | undefined, raw: RawItem[]): ParsedFeed {
  const items: FeedItem[] = [];
  const skipped: ParsedFeed['skipped'] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const link = r.link ? canonicalUrl(r.link) : undefined;
    const key = itemKey({ ...r, ...(link ? { link } : {}) });
    const label = r.title ?? r.link ?? '(untitled item)';
    if (!key) {
      skipped.push({ title: label, reason: 'item has no guid, link or title' });
      continue;
    }
    if (seen.has(key)) {
      skipped.push({ title: label, reason: `duplicate item id ${key} in the same feed` });
      continue;
    }
    seen.add(key);
    items.push({
      key,
      ...(r.title ? { title: r.title } : {}),
      ...(link ? { link } : {}),
      ...(r.published ? { published: r.published } : {}),
      ...(r.publishedDay ? { publishedDay: r.publishedDay } : {}),
      ...(r.author ? { author: r.author } : {}),
      ...(r.contentHtml ? { contentHtml: r.contentHtml } : {}),
    });
  }
  return { format, ...(title ? { title } : {}), ...(link ? { link } : {}), items, skipped };
}

function rssItem(node: unknown, feedBase: string | undefined): RawItem {
  const item = asNode(node);
  const base = baseOf(item, feedBase);
  const guid = text(item.guid);
  return compact({
    guid,
    title: htmlTitle(item.title) ?? htmlTitle(item['dc:title']) ?? htmlTitle(item['dcterms:title']),
    link: linkOf(item.link, base) ?? permalinkGuid(item.guid, base),
    ...firstDate(item.pubDate, item['dc:date'], item['dcterms:issued'], item['dcterms:created'], item['dcterms:modified'], item['dcterms:date']),
    author: text(first(item['dc:creator'])) ?? text(first(item['dcterms:creator'])) ?? text(first(item.author)),
    contentHtml: html(item['content:encoded']) ?? html(item.description) ?? html(item['dc:description']) ?? html(item['dcterms:abstract']) ?? html(item['dcterms:description']),
  });
}

function rdfItem(node: unknown, feedBase: string | undefined): RawItem {
  const item = asNode(node);
  const base = baseOf(item, feedBase);
  const about = text(item['@_rdf:about']);
  return compact({
    guid: about,
    title: htmlTitle(item.title) ?? htmlTitle(item['dc:title']) ?? htmlTitle(item['dcterms:title']),
    link: linkOf(item.link, base) ?? (about ? httpUrl(about, base) : undefined),
    ...firstDate(item['dc:date'], item['dcterms:issued'], item['dcterms:created'], item['dcterms:modified'], item.pubDate),
    author: text(first(item['dc:creator'])) ?? text(first(item['dcterms:creator'])),
    contentHtml: html(item['content:encoded']) ?? html(item.description) ?? html(item['dc:description']) ?? html(item['dcterms:abstract']),
  });
}

function atomEntry(node: unknown, feedBase: string | undefined): RawItem {
  const entry = asNode(node);
  const base = baseOf(entry, feedBase);
  const author = asNode(first(entry.author));
  return compact({
    guid: text(entry.id),
    title: atomTitle(entry.title) ?? htmlTitle(entry['dc:title']),
    link: linkOf(entry.link, base),
    // Atom 0.3 says issued/created/modified where 1.0 says published/updated.
    ...firstDate(entry.published, entry.issued, entry.created, entry['dc:date'], entry.updated, entry.modified),
    author: text(author.name) ?? text(first(entry['dc:creator'])),
    contentHtml: atomHtml(entry.content) ?? atomHtml(entry.summary),
  });
}

function channelTitle(channel: Node): string | undefined {
  return htmlTitle(channel.title) ?? htmlTitle(channel['dc:title']) ?? htmlTitle(channel['dcterms:title']);
}

/** The raw inner XML of a TEXT_ELEMENTS element (a string, or #text beside attributes). */
function raw(node: unknown): string | undefined {
  // A repeated element (two <title>s) is read through its first.
  node = first(node);
  if (typeof node === 'string') return node;
  if (isNode(node) && typeof node['#text'] === 'string') return node['#text'];
  return undefined;
}

/** RSS text that may be HTML (description, content:encoded): escaped, CDATA or written inline. */
function html(node: unknown): string | undefined {
  const value = raw(node);
  return value === undefined ? undefined : rawToHtml(value).trim() || undefined;
}

/** RSS titles are HTML in practice: entities decoded, tags dropped, script text never kept. */
function htmlTitle(node: unknown): string | undefined {
  const value = html(node);
  return value ? htmlToPlainText(value) || undefined : undefined;
}

type AtomKind = 'text' | 'html' | 'xhtml' | 'base64' | 'none';

/**
 * How an Atom text construct is written. Atom 1.0 says type="text|html|xhtml"; Atom 0.3 gives a MIME type and
 * mode="xml|escaped|base64". Out-of-line content (src="…") has nothing to read.
 */
function atomKind(node: Node): { kind: AtomKind; mediaType: string } {
  if (node['@_src'] !== undefined) return { kind: 'none', mediaType: '' };
  const type = String(node['@_type'] ?? 'text').trim().toLowerCase();
  const mode = String(node['@_mode'] ?? '').trim().toLowerCase();
  const mediaType = type === 'html' ? 'text/html' : type === 'xhtml' ? 'application/xhtml+xml' : type === 'text' ? 'text/plain' : type;
  if (mode === 'base64') return { kind: 'base64', mediaType };
  if (mediaType === 'text/html') return { kind: 'html', mediaType };
  if (mediaType === 'application/xhtml+xml' || (mode === 'xml' && mediaType !== 'text/plain')) return { kind: 'xhtml', mediaType };
  if (mode === 'escaped' && mediaType === 'text/plain') return { kind: 'text', mediaType };
  if (mediaType.startsWith('text/')) return { kind: 'text', mediaType };
  return { kind: 'none', mediaType };
}

/** An Atom text construct as HTML; plain text is escaped so it stays text. */
function atomHtml(node: unknown): string | undefined {
  const value = raw(node);
  if (value === undefined || !value.trim()) return undefined;
  const { kind, mediaType } = atomKind(asNode(isNode(node) ? node : {}));
  let out: string;
  if (kind === 'none') return undefined;
  if (kind === 'xhtml' || hasMarkup(value)) out = unwrapXhtmlDiv(rawToHtml(value));
  else if (kind === 'html') out = rawToText(value);
  else if (kind === 'base64') {
    const decoded = Buffer.from(rawToText(value).replace(/\s+/g, ''), 'base64').toString('utf8');
    out = mediaType === 'text/plain' ? textToHtml(decoded) : decoded;
  } else out = textToHtml(rawToText(value));
  return out.trim() || undefined;
}

function atomTitle(node: unknown): string | undefined {
  const value = atomHtml(node);
  return value ? htmlToPlainText(value) || undefined : undefined;
}

/** Atom xhtml content sits in one <div> that is not part of the content; its prefixes are dropped with it. */
function unwrapXhtmlDiv(markup: string): string {
  const m = /^\s*<([\w.-]+:)?div\b[^>]*>([\s\S]*)<\/\1?div>\s*$/.exec(markup);
  const inner = m ? m[2]! : markup;
  const prefix = m?.[1];
  return prefix ? inner.replace(new RegExp(`<(/?)${prefix.replace(/[.-]/g, '\\$&')}`, 'g'), '<$1') : inner;
}

/** RSS <link>text</link> or Atom <link rel="alternate" href="…"/>; the alternate link is the article. */
function linkOf(node: unknown, base: string | undefined): string | undefined {
  for (const link of asArray(node)) {
    if (typeof link === 'string' || (isNode(link) && link['@_href'] === undefined)) {
      const value = text(link);
      const url = value ? httpUrl(value, isNode(link) ? baseOf(link, base) : base) : undefined;
      if (url) return url;
      continue;
    }
    if (isNode(link)) {
      const rel = String(link['@_rel'] ?? 'alternate').trim().toLowerCase();
      const href = text(link['@_href']);
      if (href && (rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate')) {
        const url = httpUrl(href, baseOf(link, base));
        if (url) return url;
      }
    }
  }
  return undefined;
}

/** An RSS guid is the article's address unless it says isPermaLink="false" (the default is true). */
function permalinkGuid(node: unknown, base: string | undefined): string | undefined {
  const value = text(node);
  if (!value) return undefined;
  if (isNode(node) && String(node['@_isPermaLink'] ?? 'true').trim().toLowerCase() === 'false') return undefined;
  // A bare id ("courier-1001") is not a link even when isPermaLink is left out; only a URL with a host is.
  if (!/^https?:\/\//i.test(value)) return undefined;
  return httpUrl(value, base);
}

/** An http(s) URL made absolute against the base; anything else (javascript:, mailto:) is no article link. */
function httpUrl(value: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function absoluteBase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/** The base URL inside an element: its xml:base resolved against the enclosing base. */
function baseOf(node: unknown, base: string | undefined): string | undefined {
  const own = isNode(node) ? text(node['@_xml:base']) : undefined;
  if (!own) return base;
  try {
    return new URL(own, base).href;
  } catch {
    return base;
  }
}

/** The first of the item's dates that reads as one: its instant, and the publisher's day when it says it. */
function firstDate(...nodes: unknown[]): { published?: string; publishedDay?: string } {
  for (const node of nodes) {
    const written = text(node);
    const published = feedDate(written);
    if (!published) continue;
    const publishedDay = publisherDay(written);
    return publishedDay ? { published, publishedDay } : { published };
  }
  return {};
}

/** Plain element or attribute text: XML entities and character references decoded, CDATA as written. */
function text(node: unknown): string | undefined {
  if (typeof node === 'string') return decodeXmlEntities(node).trim() || undefined;
  if (typeof node === 'number') return String(node);
  if (isNode(node)) {
    const inner = typeof node['#text'] === 'string' ? decodeXmlEntities(node['#text']) : '';
    const cdata = asArray(node['#cdata']).map(String).join('');
    return `${inner}${cdata}`.trim() || undefined;
  }
  return undefined;
}

function first(node: unknown): unknown {
  return Array.isArray(node) ? node[0] : node;
}

function asArray(node: unknown): unknown[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asNode(value: unknown): Node {
  return isNode(value) ? value : {};
}

function compact(item: RawItem): RawItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as RawItem;
}
