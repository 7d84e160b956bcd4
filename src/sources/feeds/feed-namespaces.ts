/**
 * Namespaces feeds are read through, and the prefix the parser expects for each. Producers may choose any
 * prefix ("rss:item", "atom:entry", "DC:creator"), so names are rewritten to these before they are read.
 * '' means "no prefix": RSS 1.0/0.9 elements, and Atom elements when the document itself is Atom.
 */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
};

/**
 * A tag-name rewriter for one document: each prefix declared with a known namespace URI becomes the canonical
 * one. Atom elements lose their prefix only in an Atom document, so an RSS channel's <atom:link rel="self"> stays
 * apart from its <link>. Prefixes are collected over the whole document (feeds do not rebind them).
 */
export function canonicalTagNames(xml: string): (name: string) => string {
  const prefixes = new Map<string, string>();
  let defaultNamespace: string | undefined;
  for (const m of xml.matchAll(/\bxmlns(?::([\w.-]+))?\s*=\s*["']([^"']*)["']/g)) {
    const uri = m[2]!.trim().toLowerCase();
    if (m[1] === undefined) defaultNamespace ??= uri;
    else if (!prefixes.has(m[1])) prefixes.set(m[1], uri);
  }
  const root = /<(?![?!])(?:([\w.-]+):)?[\w.-]+/.exec(xml);
  const rootNamespace = root?.[1] === undefined ? defaultNamespace : prefixes.get(root[1]);
  const atomDocument = rootNamespace !== undefined && CANONICAL_PREFIX[rootNamespace] === 'atom';
  const rename = new Map<string, string>();
  for (const [prefix, uri] of prefixes) {
    let canonical = CANONICAL_PREFIX[uri];
    if (canonical === undefined) continue;
    if (canonical === 'atom' && atomDocument) canonical = '';
    rename.set(prefix, canonical);
  }
  return (name) => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    const canonical = rename.get(name.slice(0, colon));
    if (canonical === undefined) return name;
    return canonical ? `${canonical}:${name.slice(colon + 1)}` : name.slice(colon + 1);
  };
}
