import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/core/server/web-server';
import { tempDir } from '../helpers/core';
import { webServerFixture } from '../helpers/web-server';

const { start, till } = webServerFixture();

/** A raw request, so Host and Origin can be set as a hostile page or a rebinding DNS name would. */
function send(
  s: WebServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, s.origin);
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const invoke = (s: WebServer, body: unknown, headers: Record<string, string> = {}) =>
  send(s, '/api/invoke', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}`, ...headers },
  });

describe('browser-mode server', () => {
  it('listens on loopback only and hands out a per-launch token in the URL fragment', async () => {
    const s = await start();
    const core = till().core;
    expect(s.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.appUrl).toBe(`${s.origin}/#token=${s.token}`);
    const other = await startWebServer({ core, rendererDir: tempDir() });
    expect(other.token).not.toBe(s.token);
    await other.close();
  });

  it('routes invokes to the core and answers envelopes', async () => {
    const s = await start();
    const login = await invoke(s, { channel: 'auth.login', input: { staffId: 1, pin: '123456' } });
    expect(login.status).toBe(200);
    expect(JSON.parse(login.body)).toMatchObject({
      ok: true,
      value: { state: 'active', staff: { name: '管理员' } },
    });
    const unknown = await invoke(s, { channel: 'nope', input: {} });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const garbage = await send(s, '/api/invoke', {
      method: 'POST',
      body: '{not json',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` },
    });
    expect(JSON.parse(garbage.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a missing or wrong token, a foreign Host or Origin, and form posts', async () => {
    const s = await start();
    const call = { channel: 'app.status', input: {} };
    expect((await invoke(s, call, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await invoke(s, call, { Authorization: '' })).status).toBe(401);
    expect((await invoke(s, call, { Host: 'evil.example:80' })).status).toBe(421);
    expect((await invoke(s, call, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await invoke(s, call, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await invoke(s, call, { Origin: s.origin })).status).toBe(200);
    expect((await send(s, `/api/events?token=wrong`)).status).toBe(401);
  });

  it('serves the renderer with a strict CSP, falls back to index.html and stays inside its folder', async () => {
    const s = await start();
    const index = await send(s, '/');
    expect(index.body).toContain('柜台收银');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await send(s, '/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await send(s, '/staff/42')).body).toContain('柜台收银');
    const escape = await send(s, '/..%2f..%2f..%2fetc%2fpasswd');
    expect(escape.body).not.toMatch(/root:/);
  });

  it('pushes this session’s events over server-sent events', async () => {
    const s = await start();
    await invoke(s, { channel: 'auth.login', input: { staffId: 1, pin: '123456' } });
    let opened: () => void = () => undefined;
    const connected = new Promise<void>((resolve) => (opened = resolve));
    const received = new Promise<string>((resolve, reject) => {
      const req = request(`${s.origin}/api/events?token=${s.token}`, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (text.startsWith('retry:')) opened();
          if (text.includes('data:')) {
            resolve(text);
            req.destroy();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    await connected;
    await invoke(s, { channel: 'auth.lock', input: {} });
    const text = await received;
    expect(text).toContain('"type":"session.locked"');
    expect(text).toContain('"reason":"manual"');
  });
});
