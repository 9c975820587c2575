import { connect } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WebServer } from '../../electron/core/server/web-server';
import { webServerFixture } from '../helpers/web-server';

const { start } = webServerFixture();

/**
 * Writes bytes on a fresh TCP connection, as a hostile page or script would, and reads until the server
 * closes it (every request here is complete and says `Connection: close`). The client never half-closes:
 * the server would rightly drop a request whose client has gone. The final answer's status, or 0 when none came.
 */
function raw(s: WebServer, bytes: Buffer | string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(s.origin).port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      // an interim 100 Continue (asked by Expect) precedes the answer
      const text = Buffer.concat(chunks)
        .toString('latin1')
        .replace(/^(?:HTTP\/1\.[01] 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(text);
      resolve({ status: status ? Number(status[1]) : 0, text });
    });
    socket.write(bytes);
  });
}

/** The body of a raw answer: what follows the blank line after its headers. */
const bodyOf = (text: string): string => text.slice(text.indexOf('\r\n\r\n') + 4);

/** A well-formed API call on its own connection: proves the server still answers after an attack. */
async function stillServes(s: WebServer): Promise<void> {
  const body = JSON.stringify({ channel: 'auth.ping', input: {} });
  const answer = await raw(
    s,
    `POST /api/invoke HTTP/1.1\r\nHost: ${new URL(s.origin).host}\r\nAuthorization: Bearer ${s.token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
  );
  expect(answer.status).toBe(200);
  expect(JSON.parse(bodyOf(answer.text))).toEqual({ ok: true, value: { ok: true } });
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
      expect(bodyOf(answer.text), target).toContain('Bad request');
      expect((await get(s, '/')).status, `after ${target}`).toBe(200);
      await stillServes(s);
    }
  });

  it('answers malformed framing, huge headers, bodies that are not JSON, wrong types and bad tokens with a 4xx and a body', async () => {
    const s = await start();
    const host = `Host: ${new URL(s.origin).host}`;
    const auth = `Authorization: Bearer ${s.token}`;
    const json = 'Content-Type: application/json';
    const post = (headers: string[], body: string | Buffer): Buffer =>
      Buffer.concat([
        Buffer.from(
          `POST /api/invoke HTTP/1.1\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'].join('\r\n')}\r\n\r\n`,
        ),
        Buffer.from(body),
      ]);
    const call = JSON.stringify({ channel: 'app.status', input: {} });
    const cases: Record<string, Buffer | string> = {
      'no method': ' / HTTP/1.1\r\n\r\n',
      'a request line of garbage': 'GARBAGE\r\n\r\n',
      'control bytes': '\x00\x01\x02\x03\r\n\r\n',
      'an unknown protocol': `GET / FOO/1.1\r\n${host}\r\n\r\n`,
      'a space in the target': `GET /a b HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`,
      'a header without a colon': `GET / HTTP/1.1\r\n${host}\r\nNonsense\r\n\r\n`,
      'a header name with spaces': `GET / HTTP/1.1\r\n${host}\r\nBad Name: 1\r\n\r\n`,
      'a length that is not a number': `POST /api/invoke HTTP/1.1\r\n${host}\r\nContent-Length: abc\r\n\r\n`,
      'two lengths': `POST /api/invoke HTTP/1.1\r\n${host}\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`,
      'a length and chunks': `POST /api/invoke HTTP/1.1\r\n${host}\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}`,
      'a bad chunk size': `POST /api/invoke HTTP/1.1\r\n${host}\r\n${auth}\r\n${json}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      'a 100 kB request line': `GET /${'a'.repeat(100_000)} HTTP/1.1\r\n${host}\r\n\r\n`,
      'a 64 kB header': `GET / HTTP/1.1\r\n${host}\r\nX-Big: ${'x'.repeat(65_536)}\r\n\r\n`,
      'a body that is not JSON': post([host, auth, json], '{not json'),
      'an empty body': post([host, auth, json], ''),
      'binary bytes': post([host, auth, json], Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80])),
      'JSON cut short': post([host, auth, json], call.slice(0, -3)),
      'text/plain': post([host, auth, 'Content-Type: text/plain'], call),
      'a form post': post(
        [host, auth, 'Content-Type: application/x-www-form-urlencoded'],
        'channel=app.status',
      ),
      multipart: post(
        [host, auth, 'Content-Type: multipart/form-data; boundary=x'],
        `--x\r\n\r\n${call}\r\n--x--`,
      ),
      'no content type': post([host, auth], call),
      'no token': post([host, json], call),
      'an empty bearer': post([host, 'Authorization: Bearer ', json], call),
      'a wrong token': post([host, 'Authorization: Bearer nope', json], call),
      'the token one character short': post([host, `Authorization: Bearer ${s.token.slice(1)}`, json], call),
      'the token with a character more': post([host, `${auth}x`, json], call),
      'a Basic credential': post(
        [host, `Authorization: Basic ${Buffer.from(`a:${s.token}`).toString('base64')}`, json],
        call,
      ),
      'a 4 kB token': post([host, `Authorization: Bearer ${'t'.repeat(4096)}`, json], call),
      'a token of Chinese': post([host, 'Authorization: Bearer 金金金金金金金金', json], call),
      'a garbage stream token': `GET /api/events?token=%ff%zz HTTP/1.1\r\n${host}\r\nConnection: close\r\n\r\n`,
      'a declared oversize':
        post([host, auth, json], '').toString().replace('Content-Length: 0', 'Content-Length: 99999999999') +
        '{',
    };
    for (const [name, bytes] of Object.entries(cases)) {
      const answer = await raw(s, bytes);
      expect(answer.status, name).toBeGreaterThanOrEqual(400);
      expect(answer.status, name).toBeLessThan(500);
      expect(bodyOf(answer.text).length, `${name}: a body`).toBeGreaterThan(0);
      await stillServes(s);
    }
  });

  it('answers 413 to an oversized body, declared or streamed, instead of resetting the connection', async () => {
    const s = await start();
    const host = new URL(s.origin).host;
    const head = (length: string): string =>
      `POST /api/invoke HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${s.token}\r\n` +
      `Content-Type: application/json\r\n${length}Connection: close\r\n\r\n`;
    const declared = await raw(s, head('Content-Length: 9000000\r\n') + '{');
    expect(declared.status).toBe(413);
    expect(bodyOf(declared.text)).toContain('Request body too large');
    const size = 9 << 20;
    const chunked = Buffer.concat([
      Buffer.from(head('Transfer-Encoding: chunked\r\n') + `${size.toString(16)}\r\n`),
      Buffer.alloc(size, 0x20),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    expect((await raw(s, chunked)).status).toBe(413);
    expect((await get(s, '/')).status).toBe(200);
  });

  it('survives a few hundred random request lines, headers and bodies, answering each below 500 (a 4xx with a body)', async () => {
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
        expect(answer.status).toBeGreaterThanOrEqual(200);
        expect(answer.status).toBeLessThan(500);
        // a HEAD's answer never has a body
        if (answer.status >= 400 && !bytes.startsWith('HEAD ')) expect(bodyOf(answer.text)).not.toBe('');
        await stillServes(s);
      }),
      { numRuns: 400 },
    );
    expect(cases).toBe(400);
  });
});
