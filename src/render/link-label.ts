import { parse } from 'tldts';

// Names reserved for documentation and local use (RFC 2606, RFC 6761): not in the public suffix list, still addresses.
const RESERVED_TLD = /\.(example|test|invalid|localhost|local|onion)\.?$/i;

/**
 * True when a label reads as an address: a URL ("https://…", "//…"), "www.…", an IP address, or a bare domain
 * ("bbc.co.uk", "bbc.co.uk/news"). A link labelled like that makes the reader believe they know where it goes.
 */
export function looksLikeAddress(label: string): boolean {
  const text = label.trim();
  if (/^([a-z][a-z\d+.-]*:)?\/\//i.test(text) || /^www\./i.test(text)) return true;
  if (!text || /\s/.test(text)) return false;
  const parsed = parse(text, { allowPrivateDomains: true });
  if (parsed.isIp) return true;
  if (!parsed.hostname || !parsed.hostname.includes('.')) return false;
  return (parsed.domain !== null && (parsed.isIcann === true || parsed.isPrivate === true)) || RESERVED_TLD.test(parsed.hostname);
}

/**
 * The label to show for a link to `href`. A source's title is written by whoever published the page, so a title
 * that reads as an address ("https://www.bbc.co.uk/news" on a page at evil.example) is replaced by the real host
 * of the link; any other title is kept. Without a usable href the label is returned as it was (there is no link).
 */
export function linkLabel(label: string, href: string | undefined): string {
  if (!href || !looksLikeAddress(label)) return label;
  try {
    const host = new URL(href).hostname;
    return host || label;
  } catch {
    return label;
  }
}
