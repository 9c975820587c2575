import { extname, join, resolve, sep } from 'node:path';

/**
 * The built renderer is served from app://counter-pos/ rather than file://: the page gets a standard, secure
 * origin of its own, and file:// pages need none of the extra privileges Electron once gave them (the
 * grantFileProtocolExtraPrivileges fuse is off in the packaged app).
 */
export const APP_SCHEME = 'app';
const APP_HOST = 'counter-pos';
const APP_INDEX = '/index.html';

/** Where the window's page comes from: the built renderer, or electron-vite's dev server. */
export type RendererLocation =
  { kind: 'app'; dir: string; url: string } | { kind: 'dev'; origin: string; url: string };

export function rendererLocation(options: {
  appPath: string;
  isPackaged: boolean;
  devUrl: string | undefined;
}): RendererLocation {
  // An installed till never follows an environment variable to another page.
  if (!options.isPackaged && options.devUrl) {
    return { kind: 'dev', origin: new URL(options.devUrl).origin, url: options.devUrl };
  }
  return {
    kind: 'app',
    dir: join(options.appPath, 'out', 'renderer'),
    url: `${APP_SCHEME}://${APP_HOST}${APP_INDEX}`,
  };
}

/**
 * Whether a URL is our page: the very index.html (any #route) or, in development, the dev server's
 * origin. Anything else (other files, other sites, file:, data:, javascript:) is not.
 */
export function isAppUrl(location: RendererLocation, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.pathname === APP_INDEX &&
    parsed.search === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The built file an app:// request names, or null: another host, a malformed or encoded escape from the
 * renderer folder, or a kind of file the page never loads.
 */
export function appFile(
  location: RendererLocation,
  url: string,
): { file: string; contentType: string; document: boolean } | null {
  if (location.kind !== 'app') return null;
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const root = resolve(location.dir);
  const file = resolve(root, `.${path === '/' ? APP_INDEX : path}`);
  if (!file.startsWith(root + sep)) return null;
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()];
  if (contentType === undefined) return null;
  return { file, contentType, document: extname(file).toLowerCase() === '.html' };
}
