import { PushEvent, type Envelope, type InvokeRequest, type PosBridge } from '../../../shared/contract';
import { connectionLost } from './connection-lost';

/** Browser mode: the core's router over HTTP on loopback, events over server-sent events. */
export function createHttpBridge(token: string | null): PosBridge {
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSource | null = null;

  const openStream = (): void => {
    if (source || token === null) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const event = parseEvent(message.data);
      if (event) for (const listener of listeners) listener(event);
    };
  };

  return {
    async invoke(request: InvokeRequest): Promise<Envelope<unknown>> {
      if (token === null) return connectionLost({ reason: 'no token' });
      try {
        const response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
        if (!response.ok) return connectionLost({ status: response.status });
        return (await response.json()) as Envelope<unknown>;
      } catch (error) {
        return connectionLost({ reason: String(error) });
      }
    },

    onEvent(listener) {
      listeners.add(listener);
      openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

/** Events cross a boundary too: anything that is not a known event is dropped, not thrown. */
function parseEvent(text: string): PushEvent | null {
  try {
    const event = PushEvent.safeParse(JSON.parse(text));
    return event.success ? event.data : null;
  } catch {
    return null;
  }
}
