import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readBody } from '../../../src/adapters/http/read-body.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that answers each POST with what readBody handed over: the body, or 413 when it was too large. */
async function post(body: Buffer, maxBytes: number): Promise<{ status: number; text: string }> {
  server = createServer((req, res) =>
    readBody(
      req,
      maxBytes,
      (raw) => {
        res.writeHead(raw ? 200 : 413);
        res.end(raw ?? 'too large');
      },
      () => undefined,
    ),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('readBody', () => {
  it('hands over a body up to the cap whole, in one buffer', async () => {
    expect(await post(Buffer.from('a'.repeat(64)), 64)).toEqual({ status: 200, text: 'a'.repeat(64) });
  });

  it('hands over nothing for a body one byte over the cap, and the request can still be answered', async () => {
    expect(await post(Buffer.from('a'.repeat(65)), 64)).toEqual({ status: 413, text: 'too large' });
  });
});
