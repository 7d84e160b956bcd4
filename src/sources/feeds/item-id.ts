import { stableId } from '../../core/text/stable-id.js';
import { slugify } from '../../contracts/slug.js';

/** Query parameters that only say where a click came from: they never change which article a link is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gclsrc|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|cmpid|ocid|at_medium|at_campaign|at_custom\d*|spm|share|smid|sr_share|rss|xtor|ito|wt\.mc_id|__twitter_impression)$/i;

/** A link without tracking parameters or fragment, host lower-cased: the same article always gives the same string. */
export function canonicalUrl(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim();
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  url.hostname = url.hostname.toLowerCase();
  return url.href.replace(/\?$/, '');
}

/** Article id: publisher slug + short hash of the canonical URL, e.g. "wire-daily-0x3k9ab". Stable across runs. */
export function articleId(slugSource: string, canonical: string): string {
  return `${slugify(slugSource)}-${stableId(canonical)}`;
}

export interface ItemIdentity {
  guid?: string;
  link?: string;
  title?: string;
  published?: string;
}

/**
 * What identifies a feed item across polls: its guid, else its link (tracking stripped), else title + date.
 * The date is part of the key only in the last case, so an edited item (new date, same guid) keeps its key.
 */
export function itemKey(item: ItemIdentity): string | undefined {
  if (item.guid?.trim()) return `guid:${item.guid.trim()}`;
  if (item.link?.trim()) return `link:${canonicalUrl(item.link)}`;
  if (item.title?.trim()) return `title:${item.title.trim()}|${item.published ?? ''}`;
  return undefined;
}
