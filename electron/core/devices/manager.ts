import { isDeepStrictEqual } from 'node:util';
import type {
  AcceptedWeight,
  Connection,
  Device,
  DeviceInfo,
  DeviceStatus,
  LiveView,
  PortList,
  SimulateInput,
} from '../../../shared/contract/devices';
import type { PushEvent } from '../../../shared/contract/events';
import { DomainError } from '../errors';
import type { Link } from './link';
import { discoverPorts } from './ports';
import type { RuntimeDeps } from './runtime';
import { SCALE_PROTOCOL_DRIVERS } from './scale/protocols';
import { ScaleRuntime } from './scale/scale-runtime';
import { ScannerRuntime } from './scanner/scanner-runtime';
import { DEFAULT_BACKOFF, SerialLink, type Backoff } from './serial-link';
import { SYSTEM_SERIAL_PORT, type SerialPortClass } from './serial-port';
import { SimulatedScale, SimulatedScanner } from './simulated';

export interface DeviceManagerOptions {
  /** serialport's port class: SerialPort (the default) opens real ports; tests pass SerialPortMock. */
  Port?: SerialPortClass;
  backoff?: Backoff;
  /** How often an open port is checked for a hang-up serialport did not report. */
  probeMs?: number;
}

export interface DeviceManagerDeps extends DeviceManagerOptions {
  /** False keeps the settings but opens no port and simulates nothing. */
  enabled: boolean;
  clock?: () => Date;
  emit?: (event: PushEvent) => void;
}

interface Running {
  runtime: ScaleRuntime | ScannerRuntime;
  simulator: SimulatedScale | SimulatedScanner | null;
}

/** Runs the configured devices: one runtime per enabled device, restarted when its settings change. */
export class DeviceManager {
  private readonly Port: SerialPortClass;
  private readonly backoff: Backoff;
  private readonly runtimeDeps: RuntimeDeps;
  private devices: readonly Device[] = [];
  private readonly running = new Map<number, Running>();
  private portList: Omit<PortList, 'scanning'> = { ports: [], scannedAt: null, problem: null };
  private scanning: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly deps: DeviceManagerDeps) {
    this.Port = deps.Port ?? SYSTEM_SERIAL_PORT;
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.runtimeDeps = { clock: deps.clock ?? (() => new Date()), emit: deps.emit ?? (() => undefined) };
  }

  /** Applies saved settings: unchanged devices keep their connection, changed ones reopen. */
  configure(devices: readonly Device[]): void {
    if (this.closed) return;
    const stopping: Promise<void>[] = [];
    for (const [id, entry] of this.running) {
      const next = devices.find((device) => device.id === id);
      if (next && this.runs(next) && isDeepStrictEqual(next, entry.runtime.device)) continue;
      this.running.delete(id);
      stopping.push(entry.runtime.close());
      if (next && !this.runs(next)) {
        this.runtimeDeps.emit({ type: 'device.status', deviceId: id, status: this.offStatus(next) });
      }
    }
    this.devices = devices;
    const starting = devices
      .filter((device) => this.runs(device) && !this.running.has(device.id))
      .map((device) => {
        const entry = this.create(device);
        this.running.set(device.id, entry);
        return entry.runtime;
      });
    // A port is opened only after the connection that held it (same device or another) let go of it.
    // A runtime replaced again meanwhile is closed by then, and does not start.
    void Promise.all(stopping).then(() => {
      for (const runtime of starting) runtime.start();
    });
  }

  list(): DeviceInfo[] {
    return this.devices.map((device) => this.describe(device));
  }

  info(id: number): DeviceInfo {
    return this.describe(this.find(id));
  }

  readWeight(deviceId?: number): AcceptedWeight {
    return this.scale(deviceId).acceptedWeight();
  }

  /** The weight an action records: the scale's stable reading (refused while it settles), or the typed one. */
  weightOf(entry: { source: 'scale'; deviceId?: number } | { source: 'typed'; weightMg: number }): number {
    return entry.source === 'scale' ? this.readWeight(entry.deviceId).weightMg : entry.weightMg;
  }

  command(which: 'tare' | 'zero', deviceId?: number): void {
    this.scale(deviceId).command(which);
  }

  liveView(deviceId: number, afterSeq: number): LiveView {
    const device = this.find(deviceId);
    const runtime = this.running.get(deviceId)?.runtime;
    if (runtime) return runtime.liveView(afterSeq);
    return {
      deviceId,
      status: this.offStatus(device),
      traffic: [],
      lastSeq: 0,
      lastLine: null,
      lastLineProblem: null,
      reading: null,
      lastScan: null,
    };
  }

  simulate(input: SimulateInput): void {
    const device = this.find(input.deviceId);
    if (device.connection.type !== 'simulated')
      throw new DomainError('DEVICE_NOT_SIMULATED', { name: device.name });
    const simulator = this.running.get(device.id)?.simulator;
    if (!simulator) throw new DomainError('DEVICE_DISCONNECTED', { name: device.name });
    switch (input.action) {
      case 'connection':
        return simulator.plug(input.connected);
      case 'weight':
        if (!(simulator instanceof SimulatedScale))
          throw new DomainError('DEVICE_KIND_MISMATCH', { name: device.name });
        return simulator.set({ weightMg: input.weightMg, stable: input.stable, overload: input.overload });
      case 'scan':
        if (!(simulator instanceof SimulatedScanner))
          throw new DomainError('DEVICE_KIND_MISMATCH', { name: device.name });
        return simulator.scan(input.code);
    }
  }

  /** The last port listing; a refresh runs in the background and ends with a `device.ports` event. */
  ports(refresh: boolean): PortList {
    if ((refresh || this.portList.scannedAt === null) && this.scanning === null) {
      const configured = this.devices.flatMap((device) =>
        device.connection.type === 'serial' ? [device.connection.path] : [],
      );
      this.scanning = discoverPorts(this.Port, configured)
        .then((found) => {
          this.portList = { ...found, scannedAt: this.runtimeDeps.clock().toISOString() };
        })
        .finally(() => {
          this.scanning = null;
          if (!this.closed) this.runtimeDeps.emit({ type: 'device.ports' });
        });
    }
    return { ...this.portList, scanning: this.scanning !== null };
  }

  /** Closes every port and stops every timer. */
  async close(): Promise<void> {
    this.closed = true;
    const entries = [...this.running.values()];
    this.running.clear();
    await Promise.all(entries.map((entry) => entry.runtime.close()));
    await this.scanning;
  }

  private runs(device: Device): boolean {
    return this.deps.enabled && device.enabled;
  }

  private find(id: number): Device {
    const device = this.devices.find((candidate) => candidate.id === id);
    if (!device) throw new DomainError('DEVICE_NOT_FOUND', { deviceId: id });
    return device;
  }

  /** The scale asked for, or the first enabled scale (a counter has one). */
  private scale(deviceId: number | undefined): ScaleRuntime {
    const scales = this.devices.filter((device) => device.kind === 'scale');
    const device =
      deviceId === undefined ? (scales.find((scale) => scale.enabled) ?? scales[0]) : this.find(deviceId);
    if (!device) throw new DomainError('DEVICE_NO_SCALE');
    const runtime = this.running.get(device.id)?.runtime;
    if (device.kind !== 'scale') throw new DomainError('DEVICE_KIND_MISMATCH', { name: device.name });
    if (!(runtime instanceof ScaleRuntime))
      throw new DomainError('DEVICE_DISCONNECTED', { name: device.name });
    return runtime;
  }

  private describe(device: Device): DeviceInfo {
    const runtime = this.running.get(device.id)?.runtime;
    return {
      device,
      status: runtime?.status ?? this.offStatus(device),
      reading: runtime instanceof ScaleRuntime ? runtime.reading() : null,
    };
  }

  private offStatus(device: Device): DeviceStatus {
    return {
      state: 'off',
      simulated: device.connection.type === 'simulated',
      problem: null,
      since: this.runtimeDeps.clock().toISOString(),
      retryAt: null,
    };
  }

  private create(device: Device): Running {
    if (device.kind === 'scale') {
      const protocol = SCALE_PROTOCOL_DRIVERS[device.protocol];
      const continuousMs = device.mode === 'continuous' ? device.pollIntervalMs : null;
      const { link, simulator } = this.link(
        device.connection,
        () => new SimulatedScale(protocol, continuousMs),
      );
      return { runtime: new ScaleRuntime(device, link, this.runtimeDeps, protocol), simulator };
    }
    const { link, simulator } = this.link(
      device.connection,
      () => new SimulatedScanner(device.prefix, device.suffix),
    );
    return { runtime: new ScannerRuntime(device, link, this.runtimeDeps), simulator };
  }

  private link<S extends Link>(
    connection: Connection,
    simulate: () => S,
  ): { link: Link; simulator: S | null } {
    if (connection.type === 'serial') {
      return {
        link: new SerialLink(this.Port, connection, this.backoff, this.deps.probeMs),
        simulator: null,
      };
    }
    const simulator = simulate();
    return { link: simulator, simulator };
  }
}
