import type { PushEvent } from '../../shared/contract';
import type { EventBus } from '../../electron/core/events';

type EventOf<T extends PushEvent['type']> = Extract<PushEvent, { type: T }>;

/**
 * The first event of a type that matches, pushed after this call: call it before the action that
 * should cause the event. Rejects after timeoutMs, naming what it waited for.
 */
export function nextEvent<T extends PushEvent['type']>(
  events: EventBus,
  type: T,
  matches: (event: EventOf<T>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<EventOf<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no matching ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = events.subscribe((_session, event) => {
      if (event.type !== type || !matches(event as EventOf<T>)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(event as EventOf<T>);
    });
  });
}

/** Collects every event from now on, for asserting on a sequence afterwards. */
export function recordEvents(events: EventBus): { events: PushEvent[]; stop: () => void } {
  const recorded: PushEvent[] = [];
  const stop = events.subscribe((_session, event) => recorded.push(event));
  return { events: recorded, stop };
}
