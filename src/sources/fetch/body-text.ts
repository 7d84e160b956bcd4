import { decodeBody } from '../decode-text.js';
import type { FetchResult } from './safe-fetch.js';

/** The response's media type, lower case, without parameters: "text/html". */
export function mediaType(result: FetchResult): string {
  return String(result.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Decodes the body as feeds and pages alike: BOM, Content-Type charset, XML declaration or HTML meta, else UTF-8. */
export function bodyText(result: FetchResult): string {
  return decodeBody(result.body, String(result.headers['content-type'] ?? ''));
}
