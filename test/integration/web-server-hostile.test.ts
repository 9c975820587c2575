import { connect } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WebServer } from '../../electron/core/server/web-server';
import { webServerFixture } from '../helpers/web-server';

const { start } = webServerFixture();

/**
 * Writes bytes on a fresh TCP connection, as a hostile page or script would, and reads until the server
 * closes it (every request here is complete and says `Connection: close`). The client never half-closes:
 * the server would rightly drop a request whose client has gone. The answer's status, or 0 when none came.
 */
function raw(s: WebServer, bytes: Buffer | string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(s.origin).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(text);
      resolve({ status: status ? Number(status[1]) : 0, text });
    });
    socket.write(bytes);
  });
}

const get = (s: WebServer, target: string, extra = ''): Promise<{ status: number; text: string }> =>
  raw(s, `GET ${target} HTTP/1.1\r\nHost: ${new URL(s.origin).host}\r\n${extra}Connection: close\r\n\r\n`);

describe('browser-mode server under hostile requests', () => {
  it('answers 400 to every malformed or odd request target and keeps serving', async () => {
    const s = await start();
    const host = new URL(s.origin).host;
    const targets = [
      '/%ff',
      '/%',
      '/%zz',
      '/a%',
      '/%c0%af',
      '/%e0%80%af',
      '/%f0%80%80%af',
      '/%ed%a0%80',
      '/assets/%ff.js',
      '/api/%ff',
      '//',
      '//x',
      '//evil.example/',
      `http://${host}/`,
      `http://evil.example/`,
      '*',
      'index.html',
      '/%00',
      '/a%00b',
    ];
    for (const target of targets) {
      const answer = await get(s, target);
      expect(answer.status, target).toBe(400);
      expect((await get(s, '/')).status, `after ${target}`).toBe(200);
    }
  });

  it('answers 413 to an oversized body, declared or streamed, instead of resetting the connection', async () => {
    const s = await start();
    const host = new URL(s.origin).host;
    const head = (length: string): string =>
      `POST /api/invoke HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${s.token}\r\n` +
      `Content-Type: application/json\r\n${length}Connection: close\r\n\r\n`;
    expect((await raw(s, head('Content-Length: 9000000\r\n') + '{')).status).toBe(413);
    const size = 9 << 20;
    const chunked = Buffer.concat([
      Buffer.from(head('Transfer-Encoding: chunked\r\n') + `${size.toString(16)}\r\n`),
      Buffer.alloc(size, 0x20),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    expect((await raw(s, chunked)).status).toBe(413);
    expect((await get(s, '/')).status).toBe(200);
  });

  it('survives a few hundred random request lines, headers and bodies, answering each with a status', async () => {
    const s = await start();
    const host = new URL(s.origin).host;
    const pathChar = fc.constantFrom(
      ...'/%azAZ09.-_~:@!$&\'()*+,;=?#[]\\ "<>^`{|}'.split(''),
      '%ff',
      '%c0%af',
    );
    const target = fc.oneof(
      fc.array(pathChar, { maxLength: 24 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('/', '/api/invoke', '/api/events', `http://${host}/api/invoke`, '//', '*'),
    );
    const method = fc.constantFrom(
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
      'PATCH',
      'TRACE',
      'G\u00e9T',
    );
    const header = fc.oneof(
      fc.constantFrom(
        `Authorization: Bearer ${s.token}`,
        'Authorization: Bearer nope',
        'Content-Type: application/json',
        'Content-Type: text/plain',
        `Origin: ${s.origin}`,
        'Origin: http://evil.example',
        'Origin: null',
        'Expect: 100-continue',
      ),
      fc
        .tuple(fc.stringMatching(/^[A-Za-z-]{1,12}$/), fc.string({ maxLength: 40 }))
        .map(([k, v]) => `${k}: ${v}`),
    );
    const body = fc.oneof(
      fc.constant(''),
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record({
          channel: fc.constantFrom('auth.login', 'app.status', 'sales.commit', 'x'),
          input: fc.jsonValue(),
        })
        .map((v) => JSON.stringify(v)),
    );
    const hostHeader = fc.constantFrom(`Host: ${host}`, 'Host: evil.example', '');
    // the body's framing is always right (a request cut short would wait for the rest, as it should)
    const request = fc
      .tuple(
        method,
        target,
        fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', ''),
        hostHeader,
        fc.array(header, { maxLength: 5 }),
        body,
      )
      .map(([m, t, version, hostLine, headers, payload]) => {
        const length = `Content-Length: ${Buffer.byteLength(payload)}`;
        const lines = [hostLine, ...headers, length, 'Connection: close'].filter(Boolean);
        return `${m} ${t} ${version}\r\n${lines.join('\r\n')}\r\n\r\n${payload}`;
      });
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(request, async (bytes) => {
        cases++;
        const answer = await raw(s, Buffer.from(bytes, 'utf8'));
        expect(answer.status).toBeGreaterThanOrEqual(100);
        expect(answer.status).toBeLessThan(600);
        expect((await get(s, '/')).status).toBe(200);
      }),
      { numRuns: 300 },
    );
    expect(cases).toBe(300);
  });
});
