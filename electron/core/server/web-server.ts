import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/security';
import type { Core } from '../core';
import { parseRequestTarget } from './request-target';
import { serveStatic } from './static-files';

export interface WebServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebServer {
  /** Open this in a browser: it carries the per-launch token in the fragment, never sent to a server log. */
  readonly appUrl: string;
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

// a catalog import carries its file as base64: room for MAX_IMPORT_BYTES of it and the JSON around it
const MAX_BODY_BYTES = 8 << 20;
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Browser mode: the same router as Electron's IPC, over HTTP on 127.0.0.1 only. Every API call carries
 * the per-launch token; the Host and Origin headers are checked so another site cannot reach the till.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { core, rendererDir } = options;
  const token = randomBytes(24).toString('base64url');
  const sessionId = `web-${token.slice(0, 8)}`;
  const streams = new Set<ServerResponse>();
  let origin = '';
  let host = '';

  const tokenMatches = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const server = createServer((req, res) => {
    // a request must never stop the till: whatever slips past the checks below answers 500, not a crash
    try {
      route(req, res);
    } catch (error) {
      console.error('[web] request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    const target = parseRequestTarget(req.url);
    if (!target) return void res.writeHead(400).end();
    if (req.headers.host !== host) return void res.writeHead(421).end();
    if (req.headers.origin !== undefined && req.headers.origin !== origin)
      return void res.writeHead(403).end();
    if (target.path === '/api/invoke' && req.method === 'POST') return invoke(req, res);
    if (target.path === '/api/events' && req.method === 'GET') {
      return tokenMatches(target.query.get('token')) ? openStream(res) : void res.writeHead(401).end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    serveStatic(rendererDir, target.path, res, SECURITY_HEADERS);
  }

  function invoke(req: IncomingMessage, res: ServerResponse): void {
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (!tokenMatches(bearer)) return void res.writeHead(401).end();
    if (!req.headers['content-type']?.startsWith('application/json')) return void res.writeHead(415).end();
    // a declared oversize is refused before its body is read; the connection closes, as the body is unread
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
      return void res.writeHead(413, { Connection: 'close' }).end();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    // a streamed oversize is read to its end and dropped, so the client is still listening for the 413
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return void res.writeHead(413).end();
      let request: unknown;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        request = null;
      }
      const body = JSON.stringify(core.invoke(sessionId, request));
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(body);
    });
  }

  function openStream(res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  const unsubscribe = core.events.subscribe((target, event) => {
    if (target !== null && target !== sessionId) return;
    for (const res of streams) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  // Comments keep idle proxies and the browser from dropping the stream.
  const keepAlive = setInterval(() => {
    for (const res of streams) res.write(': keep-alive\n\n');
  }, 15_000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host = new URL(origin).host;

  return {
    appUrl: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        unsubscribe();
        clearInterval(keepAlive);
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
