import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the window's page comes from: the built renderer, or electron-vite's dev server. */
export type RendererLocation = { kind: 'file'; file: string } | { kind: 'dev'; origin: string; url: string };

export function rendererLocation(options: {
  appPath: string;
  isPackaged: boolean;
  devUrl: string | undefined;
}): RendererLocation {
  // An installed till never follows an environment variable to another page.
  if (!options.isPackaged && options.devUrl) {
    return { kind: 'dev', origin: new URL(options.devUrl).origin, url: options.devUrl };
  }
  return { kind: 'file', file: join(options.appPath, 'out', 'renderer', 'index.html') };
}

/**
 * Whether a URL is our page: the very index.html (any #route) or, in development, the dev server's
 * origin. Anything else (other files, other sites, data:, javascript:) is not.
 */
export function isAppUrl(location: RendererLocation, url: string, platform = process.platform): boolean {
  let path: string;
  try {
    const parsed = new URL(url);
    if (location.kind === 'dev') return parsed.origin === location.origin;
    if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
    path = resolve(fileURLToPath(parsed));
  } catch {
    return false;
  }
  const expected = resolve(location.file);
  // Windows paths are case-insensitive; Chromium may not spell the drive letter as Node does.
  return platform === 'win32' ? path.toLowerCase() === expected.toLowerCase() : path === expected;
}
