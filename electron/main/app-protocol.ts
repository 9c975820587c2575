import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/security';
import { APP_SCHEME, appFile, type RendererLocation } from './app-url';

/** Before the app is ready: app:// is a standard, secure scheme, so the page is a secure context (camera). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app:// in the session; nothing outside its folder, nothing of another type. */
export function serveApp(session: Session, location: RendererLocation): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const target = appFile(location, request.url);
    if (target === null) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(target.file);
      const headers: Record<string, string> = { 'Content-Type': target.contentType };
      if (target.document) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      return new Response(body, { headers });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
