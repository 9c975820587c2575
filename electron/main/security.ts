// Window hardening in one place. The same settings in development and production: no mode turns them off.
import type { Session, WebContents, WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/security';
import { isAppUrl, type RendererLocation } from './app-url';

/** The page gets the contract through the preload's `window.pos`, and nothing of Node or Electron. */
export function secureWebPreferences(preload: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** Applied to every web contents the app creates: it stays on our page and opens nothing else. */
export function hardenWebContents(contents: WebContents, location: RendererLocation): void {
  const stayOnApp = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(location, event.url)) event.preventDefault();
  };
  // will-navigate for every frame, not only the top one.
  contents.on('will-frame-navigate', stayOnApp);
  contents.on('will-redirect', stayOnApp);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The one browser permission the page gets: the camera (video only, no microphone), asked by our own
 * page, so the repair desk can photograph an item at intake. Nothing else: printers, scanners and
 * scales are reached by the core, never by the page.
 */
export function permissionAllowed(
  location: RendererLocation,
  permission: string,
  request: { requestingUrl: string; mediaTypes: readonly string[] },
): boolean {
  if (permission !== 'media' || !isAppUrl(location, request.requestingUrl)) return false;
  return request.mediaTypes.length > 0 && request.mediaTypes.every((type) => type === 'video');
}

/** Every permission request and check goes through permissionAllowed; device pickers are refused. */
export function hardenSession(session: Session, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      permissionAllowed(location, permission, {
        requestingUrl: details.requestingUrl,
        mediaTypes: ('mediaTypes' in details && details.mediaTypes) || [],
      }),
    ),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionAllowed(location, permission, {
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      mediaTypes: details.mediaType ? [details.mediaType] : [],
    }),
  );
  session.setDevicePermissionHandler(() => false);
  // Documents served over HTTP (the dev server) get the CSP as a header too, as app:// documents do from
  // their handler; index.html's meta tag carries the same policy.
  session.webRequest.onHeadersReceived((details, callback) => {
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    callback({
      responseHeaders: isDocument
        ? { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
        : details.responseHeaders,
    });
  });
}
