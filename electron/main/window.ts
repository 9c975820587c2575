import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { RendererLocation } from './app-url';
import { secureWebPreferences } from './security';

// Built beside this file by electron-vite: out/main/index.js and out/preload/index.cjs.
const PRELOAD = join(import.meta.dirname, '..', 'preload', 'index.cjs');

/** The one till window. 1024×680 fits the common 1024×768 counter screens below a taskbar. */
export function createTillWindow(options: { devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    title: '柜台收银 Counter POS',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD, options),
  });
  // Shown once painted, so the cashier never sees a blank white frame.
  win.once('ready-to-show', () => win.show());
  return win;
}

/** Loads the page; call it after binding the core, as the page calls it while loading. */
export function loadTillPage(win: BrowserWindow, location: RendererLocation): Promise<void> {
  return win.loadURL(location.url);
}
