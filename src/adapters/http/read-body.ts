import type { IncomingMessage } from 'node:http';

/**
 * Reads a request's body, keeping at most `maxBytes`: `done(body)` at its end, or `done(undefined)` when it was
 * larger (the rest is still read and dropped, so the request can be answered 413). `failed` hears a request that
 * broke off; `done` is then never called.
 */
export function readBody(req: IncomingMessage, maxBytes: number, done: (body: Buffer | undefined) => void, failed: (error: Error) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('error', failed);
  req.on('end', () => done(tooLarge ? undefined : Buffer.concat(chunks)));
}
