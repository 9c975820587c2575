import type { Envelope, InvokeRequest } from './envelope';
import type { PushEvent } from './events';

/** What the Electron preload exposes as `window.pos`; browser mode offers the same over HTTP. */
export interface PosBridge {
  invoke(request: InvokeRequest): Promise<Envelope<unknown>>;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

export const IPC_INVOKE = 'pos:invoke';
export const IPC_EVENT = 'pos:event';
