import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../logging/logger.js';
import { cardPng } from './card-png.js';
import { escapeHtml } from './html-escape.js';
import { indexPageHtml } from './index-page.js';
import type { ContextResult } from './live-context.js';
import { pageHtml } from './page-layout.js';
import { storyPageHtml } from './story-page.js';

export interface PreviewServerOptions {
  /** The current command context; called on every request (it reloads only when files changed). */
  context: () => Promise<ContextResult>;
  briefingsDir: string;
  logger: Logger;
  /** 0 picks a free port (tests). */
  port: number;
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/** Loopback only: the preview shows unpublished drafts and has no authentication. */
const HOST = '127.0.0.1';

// Pages carry no script and load nothing from elsewhere, whatever an article contains.
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export async function startPreviewServer(options: PreviewServerOptions): Promise<RunningPreview> {
  const log = options.logger.child({ component: 'preview' });
  const server = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      log.error({ err: error, url: req.url }, 'preview: request failed');
      if (!res.headersSent) send(res, 500, errorPage('Something went wrong', 'The error is in the log.'));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, options: PreviewServerOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, errorPage('Method not allowed', 'The preview only answers GET.'), { allow: 'GET, HEAD' });
    return;
  }
  const path = (req.url ?? '/').split('?')[0]!;
  const story = /^\/story\/([^/]+)(?:\/card\/(\d+)\.png)?$/.exec(path);
  if (path !== '/' && !story) {
    send(res, 404, errorPage('Not found', `Nothing at ${path}.`));
    return;
  }
  const current = await options.context();
  if (!current.ok) {
    send(res, 500, errorPage('The configuration is invalid', `${current.error} (fix it and reload)`));
    return;
  }
  if (!story) {
    send(res, 200, indexPageHtml(current.context.library, options.briefingsDir));
    return;
  }
  let id: string;
  try {
    id = decodeURIComponent(story[1]!);
  } catch {
    send(res, 400, errorPage('Bad story address', 'The story id in the address is not valid percent-encoding.'));
    return;
  }
  const entry = current.context.library.get(id);
  if (!entry) {
    send(res, 404, errorPage('No such story', `No story has the id “${id}”.`));
    return;
  }
  if (story[2] !== undefined) {
    const png = await cardPng(entry.briefing, Number(story[2]));
    if (!png) send(res, 404, errorPage('No such card', `No quote card ${story[2]} for “${id}”.`));
    else send(res, 200, png, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    return;
  }
  send(res, 200, (await storyPageHtml(current.context, id))!);
}

function errorPage(title: string, detail: string): string {
  return pageHtml(title, `<header class="page"><a href="/">All stories</a><h1>${escapeHtml(title)}</h1></header>\n<main><p>${escapeHtml(detail)}</p></main>`);
}

function send(res: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...(typeof body === 'string' ? PAGE_HEADERS : {}), ...headers, 'content-length': String(bytes.length) });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}
