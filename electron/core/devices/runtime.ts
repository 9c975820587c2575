import type { Device, DeviceProblem, DeviceStatus, LiveView } from '../../../shared/contract/devices';
import type { PushEvent } from '../../../shared/contract/events';
import type { Link, LinkStatus } from './link';
import { deviceProblem } from './problem';
import { TrafficLog } from './traffic';

export interface RuntimeDeps {
  clock: () => Date;
  emit: (event: PushEvent) => void;
}

/** The driver of one configured device over its link: status, raw traffic and the live view. */
export abstract class DeviceRuntime<D extends Device = Device> {
  readonly traffic: TrafficLog;
  protected lastLine: string | null = null;
  protected lastLineProblem: DeviceProblem | null = null;
  private current: DeviceStatus;
  private closed = false;

  constructor(
    readonly device: D,
    protected readonly link: Link,
    protected readonly deps: RuntimeDeps,
  ) {
    this.traffic = new TrafficLog(deps.clock);
    this.current = {
      state: 'connecting',
      simulated: device.connection.type === 'simulated',
      problem: null,
      since: deps.clock().toISOString(),
      retryAt: null,
    };
  }

  get status(): DeviceStatus {
    return this.current;
  }

  get connected(): boolean {
    return this.current.state === 'connected';
  }

  start(): void {
    if (this.closed) return;
    this.link.start({
      status: (status) => this.setStatus(status),
      data: (chunk) => {
        if (this.closed) return;
        this.traffic.record('in', chunk);
        this.received(chunk);
      },
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopped();
    await this.link.close();
  }

  liveView(afterSeq: number): LiveView {
    return {
      deviceId: this.device.id,
      status: this.current,
      traffic: this.traffic.after(afterSeq),
      lastSeq: this.traffic.lastSeq,
      lastLine: this.lastLine,
      lastLineProblem: this.lastLineProblem,
      reading: null,
      lastScan: null,
    };
  }

  /** Writes to the device and records it; false when the device is not connected. */
  protected send(text: string): boolean {
    const bytes = Buffer.from(text, 'latin1');
    if (!this.link.write(bytes)) return false;
    this.traffic.record('out', bytes);
    return true;
  }

  /** A problem with this device's name added, for messages that say which device. */
  protected problem(source: DeviceProblem): DeviceProblem {
    return deviceProblem(source.code, { name: this.device.name, ...source.details });
  }

  protected abstract received(chunk: Buffer): void;
  /** After every status change, connected or not. */
  protected abstract statusChanged(): void;
  /** Stops the runtime's own timers. */
  protected abstract stopped(): void;

  private setStatus(status: LinkStatus): void {
    if (this.closed) return;
    const now = this.deps.clock().getTime();
    this.current = {
      state: status.state,
      simulated: this.current.simulated,
      problem: status.problem && this.problem(status.problem),
      since: new Date(now).toISOString(),
      retryAt: status.retryInMs === null ? null : new Date(now + status.retryInMs).toISOString(),
    };
    this.deps.emit({ type: 'device.status', deviceId: this.device.id, status: this.current });
    this.statusChanged();
  }
}
