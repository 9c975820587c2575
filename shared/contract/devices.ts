import { z } from 'zod';
import { MAX_WEIGHT_MG } from '../domain/limits';
import { channel } from './channel';
import { Empty, Id, Instant, Ok } from './common';
import type { ErrorCode } from './errors';

// Serial devices at the counter: barcode scanners and jewelry scales (DESIGN.md, Devices).

export const SCALE_PROTOCOLS = ['and', 'mettler', 'ohaus', 'cas'] as const;
export type ScaleProtocolId = (typeof SCALE_PROTOCOLS)[number];

/** What each protocol can be asked over the wire; the settings screen greys out what a scale lacks. */
export const SCALE_PROTOCOL_FEATURES: Readonly<
  Record<ScaleProtocolId, { name: string; request: boolean; tare: boolean; zero: boolean }>
> = {
  and: { name: 'A&D', request: true, tare: true, zero: true },
  mettler: { name: 'Mettler Toledo MT-SICS', request: true, tare: true, zero: true },
  ohaus: { name: 'Ohaus', request: true, tare: true, zero: true },
  // CAS indicators only stream; tare and zero are keys on the indicator.
  cas: { name: 'CAS', request: false, tare: false, zero: false },
};

export const WEIGHT_UNITS = ['g', 'ct', 'kg'] as const;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];

export const BAUD_RATES = [1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200] as const;
export const SCANNER_SUFFIXES = ['CR', 'CRLF', 'LF', 'TAB'] as const;
export type ScannerSuffix = (typeof SCANNER_SUFFIXES)[number];

export const SerialConnection = z.object({
  type: z.literal('serial'),
  /** COM3 on Windows, /dev/ttyUSB0 or a /dev/serial/by-id link on Linux. */
  path: z.string().trim().min(1).max(200),
  baudRate: z.literal(BAUD_RATES).default(9600),
  dataBits: z.literal([7, 8]).default(8),
  parity: z.enum(['none', 'even', 'odd']).default('none'),
  // 1.5 stop bits exist only with 5 data bits, which no scale or scanner here uses.
  stopBits: z.literal([1, 2]).default(1),
});
export type SerialConnection = z.infer<typeof SerialConnection>;

/** A device played by the core itself, for development and demos; never presented as hardware. */
export const SimulatedConnection = z.object({ type: z.literal('simulated') });

export const Connection = z.discriminatedUnion('type', [SerialConnection, SimulatedConnection]);
export type Connection = z.infer<typeof Connection>;

function deviceSchema<I extends z.ZodType>(id: I) {
  const base = {
    id,
    name: z.string().trim().min(1).max(40),
    enabled: z.boolean().default(true),
    connection: Connection,
  };
  return z.discriminatedUnion('kind', [
    z.object({
      ...base,
      kind: z.literal('scanner'),
      /** Stripped from the front of every scan; a scan without it is refused. */
      prefix: z
        .string()
        .max(8)
        // Control characters are dropped from a scan before the prefix is looked for.
        .regex(/^\P{Cc}*$/u, 'printable characters only')
        .default(''),
      suffix: z.enum(SCANNER_SUFFIXES).default('CR'),
    }),
    z
      .object({
        ...base,
        kind: z.literal('scale'),
        protocol: z.enum(SCALE_PROTOCOLS),
        /** continuous: the scale streams readings; request: the core asks every pollIntervalMs. */
        mode: z.enum(['continuous', 'request']).default('continuous'),
        /** Also how often a simulated scale in continuous mode prints. */
        pollIntervalMs: z.number().int().min(100).max(5000).default(500),
        /** A weight is handed out once this many identical stable readings arrived in a row. */
        stableRepeat: z.number().int().min(1).max(20).default(3),
        /** A connected scale that sends nothing for this long is treated as unplugged. */
        silenceTimeoutMs: z.number().int().min(500).max(60_000).default(3000),
      })
      .refine((scale) => scale.mode === 'continuous' || SCALE_PROTOCOL_FEATURES[scale.protocol].request, {
        path: ['mode'],
        message: 'this protocol only streams: use continuous mode',
      })
      .refine((scale) => scale.mode === 'continuous' || scale.silenceTimeoutMs > 2 * scale.pollIntervalMs, {
        path: ['silenceTimeoutMs'],
        message: 'must be more than twice the poll interval',
      }),
  ]);
}

export const Device = deviceSchema(Id);
export type Device = z.infer<typeof Device>;
export type ScaleDevice = Extract<Device, { kind: 'scale' }>;
export type ScannerDevice = Extract<Device, { kind: 'scanner' }>;
/** A new device has no id yet; saving one with an id replaces that device's settings. */
export const DeviceInput = deviceSchema(Id.optional());
export type DeviceInput = z.input<typeof DeviceInput>;

/** The error codes a device reports in its status and readings (messages in errors.ts). */
export const DEVICE_PROBLEM_CODES = [
  'DEVICE_DISCONNECTED',
  'DEVICE_SILENT',
  'DEVICE_PORT_NOT_FOUND',
  'DEVICE_PORT_BUSY',
  'DEVICE_PORT_DENIED',
  'DEVICE_PORT_FAILED',
  'DEVICE_PORT_LIST_FAILED',
  'DEVICE_WEIGHT_UNSTABLE',
  'DEVICE_OVERLOAD',
  'DEVICE_NEGATIVE_WEIGHT',
  'DEVICE_UNIT_UNSUPPORTED',
  'DEVICE_LINE_UNREADABLE',
  'DEVICE_LINE_TOO_LONG',
  'DEVICE_COMMAND_REJECTED',
  'DEVICE_SCAN_PREFIX_MISSING',
] as const satisfies readonly ErrorCode[];
export type DeviceProblemCode = (typeof DEVICE_PROBLEM_CODES)[number];

/** Same shape as an error envelope's body: the renderer localises `code` with `details`. */
export const DeviceProblem = z.object({
  code: z.enum(DEVICE_PROBLEM_CODES),
  message: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type DeviceProblem = z.infer<typeof DeviceProblem>;

/**
 * connecting: first attempt to open · connected · disconnected: the device was lost just now ·
 * reconnecting: trying again · error: the last attempt failed, another is due at retryAt ·
 * off: disabled in its settings, or the core runs without devices.
 */
export const DEVICE_STATES = [
  'connecting',
  'connected',
  'disconnected',
  'reconnecting',
  'error',
  'off',
] as const;
export const DeviceStatus = z.object({
  state: z.enum(DEVICE_STATES),
  simulated: z.boolean(),
  problem: DeviceProblem.nullable(),
  since: Instant,
  retryAt: Instant.nullable(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

/** What the scale shows now, and whether it may be taken for a sale or an intake. */
export const ScaleReading = z.object({
  /** Integer milligrams; null while overloaded, erroring or before the first reading. */
  weightMg: z.number().int().nullable(),
  unit: z.enum(WEIGHT_UNITS).nullable(),
  stable: z.boolean(),
  /** Identical stable readings in a row (capped at `required`), for a settling indicator. */
  repeats: z.number().int().nonnegative(),
  required: z.number().int().positive(),
  accepted: z.boolean(),
  /** Why the weight cannot be taken, when it cannot; readWeight refuses with this code. */
  problem: DeviceProblem.nullable(),
  at: Instant.nullable(),
});
export type ScaleReading = z.infer<typeof ScaleReading>;

export const DeviceInfo = z.object({
  device: Device,
  status: DeviceStatus,
  /** Scales only. */
  reading: ScaleReading.nullable(),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

export const SerialPortInfo = z.object({
  path: z.string(),
  manufacturer: z.string().nullable(),
  serialNumber: z.string().nullable(),
  vendorId: z.string().nullable(),
  productId: z.string().nullable(),
  /** system: reported by the OS; configured: a path in some device's settings the OS did not report. */
  source: z.enum(['system', 'configured']),
});
export type SerialPortInfo = z.infer<typeof SerialPortInfo>;

export const PortList = z.object({
  ports: z.array(SerialPortInfo),
  scannedAt: Instant.nullable(),
  /** A refresh is running; a `device.ports` event says when it is done. */
  scanning: z.boolean(),
  /** Set when the OS listing failed (no udev, …) and only configured paths are shown. */
  problem: DeviceProblem.nullable(),
});
export type PortList = z.infer<typeof PortList>;

export const TrafficEntry = z.object({
  seq: z.number().int().positive(),
  at: Instant,
  direction: z.enum(['in', 'out']),
  hex: z.string(),
  /** Printable ASCII as is; CR, LF and tab as \r \n \t; other bytes as \xNN. */
  text: z.string(),
});
export type TrafficEntry = z.infer<typeof TrafficEntry>;

/** For setting up a device: the raw bytes both ways and what the core made of them. */
export const LiveView = z.object({
  deviceId: Id,
  status: DeviceStatus,
  traffic: z.array(TrafficEntry),
  /** Pass it back as afterSeq to get only newer traffic. */
  lastSeq: z.number().int().nonnegative(),
  lastLine: z.string().nullable(),
  lastLineProblem: DeviceProblem.nullable(),
  reading: ScaleReading.nullable(),
  lastScan: z.string().nullable(),
});
export type LiveView = z.infer<typeof LiveView>;

export const AcceptedWeight = z.object({
  deviceId: Id,
  weightMg: z.number().int().nonnegative(),
  /** The unit the scale displays, for showing the weight as the customer sees it. */
  unit: z.enum(WEIGHT_UNITS),
  at: Instant,
});
export type AcceptedWeight = z.infer<typeof AcceptedWeight>;

export const ScanCode = z.string().min(1).max(4096);

/** Without a deviceId, the first enabled scale. */
const ScaleTarget = z.object({ deviceId: Id.optional() });

/**
 * The input of an action that records a weight (点货, 盘点): `fields` and either the scale's stable reading,
 * taken by the core and refused while it settles, or a weight typed by hand.
 */
export function weighedBy<Shape extends z.ZodRawShape>(fields: Shape) {
  return z.discriminatedUnion('source', [
    z.object({ ...fields, source: z.literal('scale'), ...ScaleTarget.shape }),
    z.object({ ...fields, source: z.literal('typed'), weightMg: z.number().int().min(0).max(MAX_WEIGHT_MG) }),
  ]);
}
export const WeighingSource = z.enum(['scale', 'typed']);
export type WeighingSource = z.infer<typeof WeighingSource>;

export const SimulateInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('weight'),
    deviceId: Id,
    weightMg: z.number().int().min(-1_000_000_000).max(1_000_000_000),
    stable: z.boolean(),
    overload: z.boolean().default(false),
  }),
  z.object({ action: z.literal('scan'), deviceId: Id, code: ScanCode }),
  /** Unplug and plug back a simulated device, to show the reconnect path without hardware. */
  z.object({ action: z.literal('connection'), deviceId: Id, connected: z.boolean() }),
]);
export type SimulateInput = z.output<typeof SimulateInput>;

export const devicesChannels = {
  'devices.ports': channel({
    input: z.object({ refresh: z.boolean().default(false) }),
    output: PortList,
    access: 'devices.manage',
    write: false,
  }),
  'devices.list': channel({ input: Empty, output: z.array(DeviceInfo), access: 'signedIn', write: false }),
  'devices.save': channel({ input: DeviceInput, output: DeviceInfo, access: 'devices.manage', write: true }),
  'devices.remove': channel({
    input: z.object({ id: Id }),
    output: Ok,
    access: 'devices.manage',
    write: true,
  }),
  /** The accepted stable weight, or why there is none (unstable, overload, negative, disconnected). */
  'devices.readWeight': channel({
    input: ScaleTarget,
    output: AcceptedWeight,
    access: 'signedIn',
    write: false,
  }),
  'devices.tare': channel({ input: ScaleTarget, output: Ok, access: 'signedIn', write: false }),
  'devices.zero': channel({ input: ScaleTarget, output: Ok, access: 'signedIn', write: false }),
  'devices.liveView': channel({
    input: z.object({ deviceId: Id, afterSeq: z.number().int().nonnegative().default(0) }),
    output: LiveView,
    access: 'devices.manage',
    write: false,
  }),
  /** Drives simulated devices only; real hardware is refused. */
  'devices.simulate': channel({ input: SimulateInput, output: Ok, access: 'signedIn', write: false }),
};
