import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererLocation } from '../../electron/main/app-url';

// The window's navigation guard and the IPC sender check both rest on this decision.
const appPath = join('/opt', 'Counter POS', 'resources', 'app.asar');
const built = rendererLocation({ appPath, isPackaged: true, devUrl: 'http://localhost:5173/' });
const index = pathToFileURL(join(appPath, 'out', 'renderer', 'index.html')).href;

describe('rendererLocation', () => {
  it('loads the built page when packaged, whatever ELECTRON_RENDERER_URL says', () => {
    expect(built).toEqual({ kind: 'file', file: join(appPath, 'out', 'renderer', 'index.html') });
  });

  it('loads the dev server in a checkout when electron-vite dev sets it', () => {
    expect(rendererLocation({ appPath, isPackaged: false, devUrl: 'http://localhost:5173/' })).toEqual({
      kind: 'dev',
      origin: 'http://localhost:5173',
      url: 'http://localhost:5173/',
    });
    expect(rendererLocation({ appPath, isPackaged: false, devUrl: undefined }).kind).toBe('file');
  });
});

describe('isAppUrl', () => {
  it('accepts our index.html with any route', () => {
    expect(isAppUrl(built, index)).toBe(true);
    expect(isAppUrl(built, `${index}#/sales`)).toBe(true);
  });

  it.each([
    ['another local file', pathToFileURL(join(appPath, 'out', 'renderer', 'evil.html')).href],
    ['a file next to it by prefix', `${index}.evil`],
    ['a system file', pathToFileURL('/etc/passwd').href],
    ['a website', 'https://example.com/'],
    ['a file on another host', `file://attacker${new URL(index).pathname}`],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(isAppUrl(built, url)).toBe(false);
  });

  it('compares Windows paths without regard to case', () => {
    const upper = index.replace('/out/renderer/', '/OUT/Renderer/');
    expect(isAppUrl(built, upper, 'win32')).toBe(true);
    expect(isAppUrl(built, upper, 'linux')).toBe(false);
  });

  it('accepts only the dev server origin in development', () => {
    const dev = rendererLocation({ appPath, isPackaged: false, devUrl: 'http://localhost:5173/' });
    expect(isAppUrl(dev, 'http://localhost:5173/#/sales')).toBe(true);
    expect(isAppUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isAppUrl(dev, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAppUrl(dev, index)).toBe(false);
  });
});
