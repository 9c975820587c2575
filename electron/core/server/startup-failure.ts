import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/security';
import type { ErrorBody } from '../../../shared/contract';

export interface StartupFailurePage {
  readonly url: string;
  close(): Promise<void>;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * What browser mode serves when the core could not start (a read-only data folder, a database from a newer
 * version): every page says why, in both languages, and the API answers with the same error, so the
 * browser window shows the reason instead of a dead address.
 */
export async function serveStartupFailure(error: ErrorBody, port = 0): Promise<StartupFailurePage> {
  const [zh, en] = error.message.split(' / ');
  const page = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>柜台收银 Counter POS</title>
<body style="font-family:sans-serif;margin:3em"><h1>柜台收银无法启动 / Counter POS could not start</h1>
<p data-testid="startup-failure" data-code="${escapeHtml(error.code)}">${escapeHtml(zh ?? '')}</p>
<p>${escapeHtml(en ?? '')}</p></body></html>`;
  const server = createServer((req, res) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' };
    if (req.url?.startsWith('/api/')) {
      res.writeHead(503, { ...headers, 'Content-Type': 'application/json' });
      return void res.end(JSON.stringify({ ok: false, error }));
    }
    res.writeHead(503, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : page);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
