import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { bilingualMessage } from '../../../shared/contract';
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

// Every refusal says what was wrong in its body, in both languages: a status alone reads as a dead till.
const REFUSALS: Record<number, string> = {
  400: '请求无效 / Bad request',
  401: '缺少令牌或令牌错误 / Missing or wrong token',
  403: '不接受其他来源的请求 / Requests from another origin are refused',
  405: '不支持此方法 / Method not allowed',
  408: '请求超时 / Request timeout',
  413: '请求内容太大 / Request body too large',
  415: '只接受 application/json / Only application/json is accepted',
  421: '主机名不符 / Wrong host name',
  431: '请求头太大 / Request headers too large',
  500: '服务器内部错误 / Internal server error',
};

const refusalBody = (status: number): string => `${status} ${REFUSALS[status]}\n`;

function refuse(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const body = refusalBody(status);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/**
 * What Node's parser refuses before any handler runs (a garbled request line, a header past 16 kB, bad
 * chunk framing) gets its status with a body, like every other refusal, and the connection is closed.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = refusalBody(status);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

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
      if (!res.headersSent) refuse(res, 500);
      else res.end();
    }
  });
  server.on('clientError', answerClientError);

  function route(req: IncomingMessage, res: ServerResponse): void {
    const target = parseRequestTarget(req.url);
    if (!target) return refuse(res, 400);
    if (req.headers.host !== host) return refuse(res, 421);
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return refuse(res, 403);
    if (target.path === '/api/invoke' && req.method === 'POST') return invoke(req, res);
    if (target.path === '/api/events' && req.method === 'GET') {
      return tokenMatches(target.query.get('token')) ? openStream(res) : refuse(res, 401);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405);
    serveStatic(rendererDir, target.path, res, SECURITY_HEADERS);
  }

  function invoke(req: IncomingMessage, res: ServerResponse): void {
    const bearer = req.headers.authorization?.replace(/^Bearer /, '');
    if (!tokenMatches(bearer)) return refuse(res, 401);
    if (!req.headers['content-type']?.startsWith('application/json')) return refuse(res, 415);
    // a declared oversize is refused before its body is read; the connection closes, as the body is unread
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
      return refuse(res, 413, { Connection: 'close' });
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
      if (size > MAX_BODY_BYTES) return refuse(res, 413);
      let request: unknown;
      try {
        request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        // the app never sends this: answered as the router answers bad input, with a 400
        const issues = 'the body is not JSON';
        const error = {
          code: 'INVALID_INPUT',
          message: bilingualMessage('INVALID_INPUT', { issues }),
          details: { issues },
        };
        return answer(res, 400, { ok: false, error });
      }
      answer(res, 200, core.invoke(sessionId, request));
    });
  }

  function answer(res: ServerResponse, status: number, envelope: unknown): void {
    const body = JSON.stringify(envelope);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
    });
    res.end(body);
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
