import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appFile, isAppUrl, rendererLocation } from '../../electron/main/app-url';

// The window's navigation guard, the IPC sender check and the app:// file server all rest on these.
const appPath = join('/opt', 'Counter POS', 'resources', 'app.asar');
const rendererDir = join(appPath, 'out', 'renderer');
const built = rendererLocation({ appPath, isPackaged: true, devUrl: 'http://localhost:5173/' });
const index = 'app://counter-pos/index.html';

describe('rendererLocation', () => {
  it('loads the built page from app:// when packaged, whatever ELECTRON_RENDERER_URL says', () => {
    expect(built).toEqual({ kind: 'app', dir: rendererDir, url: index });
  });

  it('loads the dev server in a checkout when electron-vite dev sets it', () => {
    expect(rendererLocation({ appPath, isPackaged: false, devUrl: 'http://localhost:5173/' })).toEqual({
      kind: 'dev',
      origin: 'http://localhost:5173',
      url: 'http://localhost:5173/',
    });
    expect(rendererLocation({ appPath, isPackaged: false, devUrl: undefined }).kind).toBe('app');
  });
});

describe('isAppUrl', () => {
  it('accepts our index.html with any route', () => {
    expect(isAppUrl(built, index)).toBe(true);
    expect(isAppUrl(built, `${index}#/sales`)).toBe(true);
  });

  it.each([
    ['another page of ours', 'app://counter-pos/evil.html'],
    ['a page next to it by prefix', `${index}.evil`],
    ['our page with a query', `${index}?x=1`],
    ['our page with credentials', 'app://user:pw@counter-pos/index.html'],
    ['another app host', 'app://attacker/index.html'],
    ['the built file over file://', pathToFileURL(join(rendererDir, 'index.html')).href],
    ['a system file', pathToFileURL('/etc/passwd').href],
    ['a website', 'https://example.com/'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(built, url)).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    const dev = rendererLocation({ appPath, isPackaged: false, devUrl: 'http://localhost:5173/' });
    expect(isAppUrl(dev, 'http://localhost:5173/#/sales')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl(dev, index)).toBe(false);
  });
});

describe('appFile', () => {
  it('serves the page, as a document, and its assets with their types', () => {
    expect(appFile(built, index)).toEqual({
      file: join(rendererDir, 'index.html'),
      contentType: 'text/html; charset=utf-8',
      document: true,
    });
    expect(appFile(built, 'app://counter-pos/')?.file).toBe(join(rendererDir, 'index.html'));
    expect(appFile(built, 'app://counter-pos/assets/index-abc.js#x')).toEqual({
      file: join(rendererDir, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
      document: false,
    });
    expect(appFile(built, 'app://counter-pos/assets/noto%20sans.woff2')?.file).toBe(
      join(rendererDir, 'assets', 'noto sans.woff2'),
    );
  });

  it('keeps dot-dot paths inside the folder', () => {
    expect(appFile(built, 'app://counter-pos/../../../etc/passwd.html')?.file).toBe(
      join(rendererDir, 'etc', 'passwd.html'),
    );
    expect(appFile(built, 'app://counter-pos/%2e%2e/%2e%2e/secret.js')?.file).toBe(
      join(rendererDir, 'secret.js'),
    );
  });

  it.each([
    ['an encoded slash escape', 'app://counter-pos/..%2f..%2fsecret.js'],
    ['a backslash escape', 'app://counter-pos/..%5c..%5csecret.js'],
    ['a NUL byte', 'app://counter-pos/index.html%00.js'],
    ['a malformed escape', 'app://counter-pos/%ff%'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///opt/index.html'],
    ['a file type the page never loads', 'app://counter-pos/../app.asar'],
    ['a source map or a database', 'app://counter-pos/till.db'],
  ])('refuses %s', (_name, url) => {
    expect(appFile(built, url)).toBeNull();
  });

  it('serves nothing in development, where the dev server serves the page', () => {
    const dev = rendererLocation({ appPath, isPackaged: false, devUrl: 'http://localhost:5173/' });
    expect(appFile(dev, index)).toBeNull();
  });
});
