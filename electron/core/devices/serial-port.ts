import { SerialPort } from 'serialport';
import type { DeviceProblem, SerialConnection } from '../../../shared/contract/devices';
import { deviceProblem } from './problem';

/** What `SerialPort.list()` reports; only the path is certain. */
export interface PortListing {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  vendorId?: string;
  productId?: string;
}

export interface SerialOpenOptions {
  path: string;
  baudRate: number;
  dataBits: 7 | 8;
  parity: 'none' | 'even' | 'odd';
  stopBits: 1 | 2;
  autoOpen: false;
}

/** The part of serialport's stream the device layer uses. */
export interface SerialPortLike {
  readonly isOpen: boolean;
  /** The binding's handle on the open port. */
  readonly port?: { getBaudRate(): Promise<{ baudRate: number }> };
  open(callback: (error: Error | null) => void): void;
  close(callback: (error: Error | null) => void): void;
  write(data: Buffer, callback: (error: Error | null | undefined) => void): boolean;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  /** `close` carries an error with `disconnected: true` when the device went away. */
  on(event: 'close' | 'error', listener: (error?: Error | null) => void): unknown;
}

/** serialport's port class: SerialPort (the OS binding) in the app, SerialPortMock in tests. */
export interface SerialPortClass {
  new (options: SerialOpenOptions): SerialPortLike;
  list(): Promise<PortListing[]>;
}

export const SYSTEM_SERIAL_PORT: SerialPortClass = SerialPort;

export function openOptions(connection: SerialConnection): SerialOpenOptions {
  const { path, baudRate, dataBits, parity, stopBits } = connection;
  return { path, baudRate, dataBits, parity, stopBits, autoOpen: false };
}

// The bindings word these differently per OS: Linux "No such file or directory, cannot open …",
// "Resource temporarily unavailable Cannot lock port", "Permission denied"; Windows "File not found"
// and "Access denied" (another program holds the port).
const NOT_FOUND = /ENOENT|no such file|not found|does not exist|cannot find/i;
const BUSY = /EBUSY|EAGAIN|lock|resource busy|temporarily unavailable|access denied|in use/i;
const DENIED = /EACCES|EPERM|permission denied/i;

/** Why a port would not open, as a stable code the cashier's screen can explain. */
export function openProblem(error: Error, path: string): DeviceProblem {
  const text = `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}`;
  if (NOT_FOUND.test(text)) return deviceProblem('DEVICE_PORT_NOT_FOUND', { path });
  if (BUSY.test(text)) return deviceProblem('DEVICE_PORT_BUSY', { path });
  if (DENIED.test(text)) return deviceProblem('DEVICE_PORT_DENIED', { path });
  return deviceProblem('DEVICE_PORT_FAILED', { path, reason: error.message });
}
