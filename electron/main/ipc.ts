import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT, IPC_INVOKE, isChannelName, type Envelope } from '../../shared/contract';
import type { Core } from '../core/core';
import { errorBody } from '../core/router/outcome';
import { isAppUrl, type RendererLocation } from './app-url';

/**
 * Binds the core's router to the till window. Only that window's top frame, showing our page, may call,
 * and only channels of the contract; the core sees it as one session, as browser mode sees one launch.
 * Returns the unbinding.
 */
export function bindCore(core: Core, win: BrowserWindow, location: RendererLocation): () => void {
  const contents = win.webContents;
  const sessionId = `electron-${contents.id}`;

  const fromTillWindow = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return (
      event.sender === contents &&
      frame !== null &&
      frame === contents.mainFrame &&
      isAppUrl(location, frame.url)
    );
  };

  ipcMain.handle(IPC_INVOKE, (event, request: unknown): Envelope<unknown> => {
    // A stranger gets no envelope to learn from; Electron logs the refusal.
    if (!fromTillWindow(event)) throw new Error('Refused a call from outside the till window');
    const channel =
      typeof request === 'object' && request !== null ? Reflect.get(request, 'channel') : undefined;
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return { ok: false, error: errorBody('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 100) }) };
    }
    return core.invoke(sessionId, request);
  });

  const unsubscribe = core.events.subscribe((target, event) => {
    if ((target === null || target === sessionId) && !contents.isDestroyed()) contents.send(IPC_EVENT, event);
  });

  return () => {
    ipcMain.removeHandler(IPC_INVOKE);
    unsubscribe();
  };
}
