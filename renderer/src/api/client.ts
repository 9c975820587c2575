import {
  contract,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type Envelope,
  type PosBridge,
  type PushEvent,
} from '../../../shared/contract';
import { connectionLost } from './connection-lost';
import { createHttpBridge } from './http-bridge';
import { takeBrowserToken } from './token';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    pos?: PosBridge;
  }
}

export type CallFn = <C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  approvalId?: string,
) => Promise<Envelope<ChannelOutput<C>>>;

export interface ApiClient {
  call: CallFn;
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** Types every call from the contract and checks each answer against the channel's output schema. */
export function createApiClient(bridge: PosBridge): ApiClient {
  const call: CallFn = async (channel, input, approvalId) => {
    let envelope: Envelope<unknown>;
    try {
      envelope = await bridge.invoke(
        approvalId === undefined ? { channel, input } : { channel, input, approvalId },
      );
    } catch (error) {
      return connectionLost({ reason: String(error) });
    }
    if (!envelope.ok) return envelope;
    const value = contract[channel].output.safeParse(envelope.value);
    if (value.success) return { ok: true, value: value.data as ChannelOutput<typeof channel> };
    return {
      ok: false,
      error: {
        code: 'INTERNAL_ERROR',
        message: value.error.message,
        details: { reference: `contract:${channel}` },
      },
    };
  };
  return { call, onEvent: (listener) => bridge.onEvent(listener) };
}

/** Electron's preload bridge when present, otherwise the browser-mode HTTP bridge. */
export function createDefaultClient(): ApiClient {
  return createApiClient(window.pos ?? createHttpBridge(takeBrowserToken()));
}
