import type { z } from 'zod';
import {
  DeviceInput,
  SerialConnection,
  type Device,
  type ScaleDevice,
  type ScannerDevice,
} from '../../../../shared/contract/devices';

/** Every field the device form can show, flat except the connection; a kind uses its own. */
export interface DeviceFormValues
  extends
    Pick<ScannerDevice, 'prefix' | 'suffix'>,
    Pick<ScaleDevice, 'protocol' | 'mode' | 'pollIntervalMs' | 'stableRepeat' | 'silenceTimeoutMs'> {
  kind: Device['kind'];
  name: string;
  enabled: boolean;
  connection: Omit<SerialConnection, 'type'> & { type: Device['connection']['type'] };
}

// The contract's own defaults and limits, so the form cannot drift from what the core accepts.
const [SCANNER, SCALE] = DeviceInput.options;
const SIMULATED = { type: 'simulated' } as const;
const SCANNER_DEFAULTS = SCANNER.parse({ kind: 'scanner', name: '-', connection: SIMULATED });
const SCALE_DEFAULTS = SCALE.parse({ kind: 'scale', name: '-', connection: SIMULATED, protocol: 'and' });
const SERIAL_DEFAULTS = SerialConnection.parse({ type: 'serial', path: '-' });

function rangeOf(field: z.ZodDefault<z.ZodNumber>): { min: number; max: number } {
  const number = field.unwrap();
  return { min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}

export const SCALE_RANGES = {
  pollIntervalMs: rangeOf(SCALE.shape.pollIntervalMs),
  stableRepeat: rangeOf(SCALE.shape.stableRepeat),
  silenceTimeoutMs: rangeOf(SCALE.shape.silenceTimeoutMs),
};
export const PREFIX_MAX = SCANNER.shape.prefix.unwrap().maxLength ?? 8;

/** A new device starts as a serial scanner with the contract's defaults; an edited one as it is. */
export function deviceFormValues(device: Device | null): DeviceFormValues {
  const defaults: DeviceFormValues = {
    kind: 'scanner',
    name: '',
    enabled: true,
    connection: { ...SERIAL_DEFAULTS, path: '' },
    prefix: SCANNER_DEFAULTS.prefix,
    suffix: SCANNER_DEFAULTS.suffix,
    protocol: SCALE_DEFAULTS.protocol,
    mode: SCALE_DEFAULTS.mode,
    pollIntervalMs: SCALE_DEFAULTS.pollIntervalMs,
    stableRepeat: SCALE_DEFAULTS.stableRepeat,
    silenceTimeoutMs: SCALE_DEFAULTS.silenceTimeoutMs,
  };
  if (!device) return defaults;
  return { ...defaults, ...device, connection: { ...defaults.connection, ...device.connection } };
}

/** What devices.save takes: the chosen kind's fields, and the port settings only for a serial device. */
export function deviceInput(values: DeviceFormValues, id: number | undefined): DeviceInput {
  const { type, path, baudRate, dataBits, parity, stopBits } = values.connection;
  const connection =
    type === 'simulated' ? SIMULATED : { type, path: path.trim(), baudRate, dataBits, parity, stopBits };
  const base = { id, name: values.name.trim(), enabled: values.enabled, connection };
  if (values.kind === 'scanner')
    return { ...base, kind: 'scanner', prefix: values.prefix, suffix: values.suffix };
  const { protocol, mode, pollIntervalMs, stableRepeat, silenceTimeoutMs } = values;
  return { ...base, kind: 'scale', protocol, mode, pollIntervalMs, stableRepeat, silenceTimeoutMs };
}
