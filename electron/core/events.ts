import type { PushEvent } from '../../shared/contract';

/** `sessionId` null means every session. */
export type EventListener = (sessionId: string | null, event: PushEvent) => void;

/** What a handler or a document queue may do with events: send them, never listen. */
export interface EventSink {
  emit(sessionId: string | null, event: PushEvent): void;
}

export class EventBus implements EventSink {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(sessionId: string | null, event: PushEvent): void {
    for (const listener of this.listeners) listener(sessionId, event);
  }
}
