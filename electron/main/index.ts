// The Electron shell: one hardened window bound to the core. Everything else lives in electron/core.
import { app, dialog, Menu, session } from 'electron';
import { electronNativeBinding } from '../cli/electron-native';
import { createCore } from '../core/core';
import { defaultDataDir } from '../core/data-dir';
import { registerAppScheme, serveApp } from './app-protocol';
import { rendererLocation } from './app-url';
import { bindCore } from './ipc';
import { hardenSession, hardenWebContents } from './security';
import { electronSystemPrint } from './system-print';
import { createTillWindow, loadTillPage } from './window';

function fail(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    '柜台收银 Counter POS',
    `柜台收银无法启动。\nCounter POS could not start.\n\n${reason}`,
  );
  app.exit(1);
}

async function openTill(): Promise<void> {
  // A till has no menu bar; a checkout keeps Electron's default menu for reload and developer tools.
  if (app.isPackaged) Menu.setApplicationMenu(null);
  const location = rendererLocation({
    appPath: app.getAppPath(),
    isPackaged: app.isPackaged,
    devUrl: process.env.ELECTRON_RENDERER_URL,
  });
  hardenSession(session.defaultSession, location);
  serveApp(session.defaultSession, location);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, location));

  // The same folder browser mode and the scripts use, so every tool sees the till's one database.
  const dataDir = defaultDataDir();
  const core = createCore({
    dataDir,
    // An installed app has better-sqlite3 rebuilt for Electron in place by electron-builder; a checkout
    // keeps Electron's build beside Node's (postinstall).
    nativeBinding: app.isPackaged ? undefined : electronNativeBinding(app.getAppPath()),
    version: app.getVersion(),
    printing: { systemPrint: electronSystemPrint(dataDir) },
    // the contract's output check is for development and tests: an installed till answers unchecked
    validateOutputs: !app.isPackaged,
  });
  app.on('will-quit', () => core.close());

  const win = createTillWindow({ devTools: !app.isPackaged });
  const unbind = bindCore(core, win, location);
  win.on('closed', unbind);
  app.on('second-instance', () => {
    if (win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  await loadTillPage(win, location);
}

// A second copy would open the same till database and compete for its receipt numbers.
if (app.requestSingleInstanceLock()) {
  registerAppScheme();
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(openTill).catch(fail);
} else {
  app.quit();
}
