import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface WebServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  port: number;
  url(path: string): string;
  /** Every request, in arrival order. */
  requests: SeenRequest[];
  hits(path: string): number;
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/**
 * A tiny web server on 127.0.0.1 (port 0) standing in for news sites: tests add routes (exact path, query
 * included if given) and read back what was requested. Unknown paths answer 404; "/robots.txt" allows
 * everything unless a test routes it.
 */
export async function startWebServer(routes: Record<string, Route> = {}): Promise<WebServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!);
    if (handler) {
      Promise.resolve(handler(req, res)).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (path === '/robots.txt') {
      res.setHeader('content-type', 'text/plain');
      res.end('User-agent: *\nDisallow:\n');
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    route: (path, handler) => table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route answering a fixed body with a content type (and optional extra headers). */
export function serve(body: string | Buffer, contentType: string, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.setHeader('content-type', contentType);
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.end(body);
  };
}

export function redirect(location: string, status = 302): Route {
  return (_req, res) => {
    res.statusCode = status;
    res.setHeader('location', location);
    res.end();
  };
}
