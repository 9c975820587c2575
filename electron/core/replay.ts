import type { Core } from './core';

/**
 * A clock that reads a given past instant while a replay runs, and the real clock otherwise. Only the demo
 * seeder replays, to record a store's history as it would have happened; nothing binds it to IPC or HTTP,
 * which see `core.invoke` alone.
 */
export class ReplayClock {
  private instant: Date | null = null;

  constructor(private readonly clock: () => Date) {}

  readonly now = (): Date => this.instant ?? this.clock();

  /** The core's own clock, whatever is being replayed. */
  readonly realNow = (): Date => this.clock();

  /** Whether a replay is running: work a call defers until after its commit is then left undone. */
  readonly replaying = (): boolean => this.instant !== null;

  run<T>(instant: Date, task: () => T): T {
    if (this.instant !== null) throw new Error('a replay is already running');
    if (instant.getTime() > this.clock().getTime()) throw new Error('a replay cannot run in the future');
    this.instant = instant;
    try {
      return task();
    } finally {
      this.instant = null;
    }
  }
}

const replayClocks = new WeakMap<Core, ReplayClock>();

export function registerReplayClock(core: Core, clock: ReplayClock): void {
  replayClocks.set(core, clock);
}

function replayClockOf(core: Core): ReplayClock {
  const clock = replayClocks.get(core);
  if (!clock) throw new Error('not a core made by createCore');
  return clock;
}

/** What the core's clock reads outside any replay: the moment history is counted back from. */
export function coreNow(core: Core): Date {
  return replayClockOf(core).realNow();
}

/**
 * Runs `task` (calls to `core.invoke`) with the core's clock reading `instant`, a moment not later than now.
 * Whatever a call would do after its commit (queueing a receipt, a repair slip) is not done: the documents
 * of past business were printed in their day, and a till that printed thirty days of receipts at once would
 * make no one believe the demo.
 */
export function atInstant<T>(core: Core, instant: Date, task: () => T): T {
  return replayClockOf(core).run(instant, task);
}
