import type { DeviceProblem } from '../../../shared/contract/devices';

export type LinkState = 'connecting' | 'connected' | 'disconnected' | 'reconnecting' | 'error';

export interface LinkStatus {
  state: LinkState;
  problem: DeviceProblem | null;
  /** Set while waiting to try again. */
  retryInMs: number | null;
}

export interface LinkListener {
  status(status: LinkStatus): void;
  data(chunk: Buffer): void;
}

/**
 * A byte pipe to one device that keeps itself connected: a serial port (reopened with backoff after an
 * unplug) or a simulated device. Scale and scanner drivers sit on top and never know which.
 */
export interface Link {
  start(listener: LinkListener): void;
  /** False when not connected: the bytes are dropped, as a switched-off device would ignore them. */
  write(bytes: Buffer): boolean;
  /** Drops the connection and reconnects, for a device that went quiet without the OS noticing. */
  restart(problem: DeviceProblem): void;
  close(): Promise<void>;
}
