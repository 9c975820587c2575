// The page's only door to the core: `window.pos`, two functions over two fixed IPC channels.
// Never ipcRenderer itself, never a send that takes a channel name from the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope, InvokeRequest, PosBridge } from '../../shared/contract';
import { bilingualMessage, IPC_EVENT, IPC_INVOKE, isChannelName, PushEvent } from '../../shared/contract';

const bridge: PosBridge = {
  invoke(request: InvokeRequest): Promise<Envelope<unknown>> {
    const channel: unknown = typeof request === 'object' && request !== null ? request.channel : undefined;
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      const details = { channel: String(channel).slice(0, 100) };
      const message = bilingualMessage('UNKNOWN_CHANNEL', details);
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message, details } });
    }
    // Only the request's own fields cross, whatever else the page put on the object.
    const { input, approvalId } = request;
    return ipcRenderer.invoke(IPC_INVOKE, { channel, input, approvalId }) as Promise<Envelope<unknown>>;
  },
  onEvent(listener) {
    // The page gets the parsed event, never the IpcRendererEvent (it carries ipcRenderer as `sender`).
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const event = PushEvent.safeParse(payload);
      if (event.success) listener(event.data);
    };
    ipcRenderer.on(IPC_EVENT, forward);
    return () => void ipcRenderer.removeListener(IPC_EVENT, forward);
  },
};

contextBridge.exposeInMainWorld('pos', bridge);
