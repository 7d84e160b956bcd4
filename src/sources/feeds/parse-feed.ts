import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from '../html-paragraphs.js';
import { isoDate } from '../web-article.js';
import { canonicalUrl, itemKey } from './item-id.js';

export type FeedFormat = 'rss' | 'atom' | 'rdf';

export interface FeedItem {
  /** guid / link / title+date key (see itemKey): stable across polls and edits. */
  key: string;
  title?: string;
  /** Canonical link, tracking parameters stripped. */
  link?: string;
  published?: string;
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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entity expansion stays bounded (no "billion laughs"); HTML entities in titles are decoded later.
  processEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'author', 'dc:creator'].includes(name),
});

/** Is this text an RSS, Atom or RDF document? A cheap sniff on the first root element. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /^\s*<(rss|feed|rdf:RDF|RDF)[\s>]/i.test(head);
}

export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedParseError(`not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`);
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new FeedParseError(`could not read the feed: ${(error as Error).message}`);
  }
  if (isNode(doc.rss)) {
    const channel = asNode(doc.rss.channel);
    return collect('rss', text(channel.title), linkOf(channel.link), asArray(channel.item).map(rssItem));
  }
  if (isNode(doc.feed)) {
    const feed = doc.feed;
    return collect('atom', text(feed.title), linkOf(feed.link), asArray(feed.entry).map(atomEntry));
  }
  const rdf = doc['rdf:RDF'] ?? doc.RDF;
  if (isNode(rdf)) {
    const channel = asNode(rdf.channel);
    // RSS 1.0 puts items beside the channel; some producers nest them.
    const items = [...asArray(rdf.item), ...asArray(channel.item)];
    return collect('rdf', text(channel.title), linkOf(channel.link), items.map(rdfItem));
  }
  throw new FeedParseError('XML, but not an RSS, Atom or RDF feed');
}

interface RawItem {
  guid?: string;
  title?: string;
  link?: string;
  published?: string;
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
      ...(r.author ? { author: r.author } : {}),
      ...(r.contentHtml ? { contentHtml: r.contentHtml } : {}),
    });
  }
  return { format, ...(title ? { title } : {}), ...(link ? { link } : {}), items, skipped };
}

function rssItem(node: unknown): RawItem {
  const item = asNode(node);
  return compact({
    guid: text(item.guid),
    title: titleText(item.title),
    link: linkOf(item.link),
    published: isoDate(text(item.pubDate) ?? text(item['dc:date'])),
    author: text(first(item['dc:creator'])) ?? text(first(item.author)),
    contentHtml: text(item['content:encoded']) ?? text(item.description),
  });
}

function atomEntry(node: unknown): RawItem {
  const entry = asNode(node);
  const author = asNode(first(entry.author));
  return compact({
    guid: text(entry.id),
    title: titleText(entry.title),
    link: linkOf(entry.link),
    published: isoDate(text(entry.published) ?? text(entry.updated)),
    author: text(author.name),
    contentHtml: atomContent(entry.content) ?? atomContent(entry.summary),
  });
}

function rdfItem(node: unknown): RawItem {
  const item = asNode(node);
  const about = text(item['@_rdf:about']);
  return compact({
    guid: about,
    title: titleText(item.title),
    link: linkOf(item.link),
    published: isoDate(text(item['dc:date'])),
    author: text(first(item['dc:creator'])),
    contentHtml: text(item['content:encoded']) ?? text(item.description),
  });
}

/** Atom text constructs: type="text" is plain (escape it so it stays text), html/xhtml are markup. */
function atomContent(node: unknown): string | undefined {
  const value = text(node);
  if (value === undefined) return undefined;
  const type = isNode(node) ? String(node['@_type'] ?? 'text') : 'text';
  if (type === 'text') return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return value;
}

/** RSS <link>text</link> or Atom <link rel="alternate" href="…"/>; the alternate link is the article. */
function linkOf(node: unknown): string | undefined {
  const links = asArray(node);
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (isNode(link)) {
      const rel = String(link['@_rel'] ?? 'alternate');
      const href = text(link['@_href']);
      if (href && rel === 'alternate') return href;
      const inner = text(link['#text']);
      if (inner && !link['@_href']) return inner;
    }
  }
  return undefined;
}

function titleText(node: unknown): string | undefined {
  const value = text(node);
  return value ? htmlToText(value) || undefined : undefined;
}

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() || undefined;
  if (typeof node === 'number') return String(node);
  if (isNode(node) && node['#text'] !== undefined) return text(node['#text']);
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
