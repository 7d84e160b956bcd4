import type { FetchResult } from './safe-fetch.js';

/** The response's media type, lower case, without parameters: "text/html". */
export function mediaType(result: FetchResult): string {
  return String(result.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Decodes the body: charset from Content-Type, else the XML declaration or HTML meta, else UTF-8. */
export function bodyText(result: FetchResult): string {
  const head = result.body.subarray(0, 2048).toString('latin1');
  const charset =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(String(result.headers['content-type'] ?? ''))?.[1] ??
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ??
    /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    'utf-8';
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(result.body);
}
