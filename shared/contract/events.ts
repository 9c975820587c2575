import { z } from 'zod';
import { Id } from './common';
import { DeviceStatus, ScaleReading, ScanCode } from './devices';
import { PrinterStatusEvent, PrintJobEvent, PrintJobOverdueEvent } from './printing';

/** Events the core pushes to the renderer (over IPC or server-sent events). */
export const PushEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.locked'), reason: z.enum(['idle', 'manual']) }),
  z.object({ type: z.literal('session.changed') }),
  /** A barcode from a serial scanner, for the active screen's scan handler. */
  z.object({ type: z.literal('device.scan'), deviceId: Id, code: ScanCode }),
  z.object({ type: z.literal('device.status'), deviceId: Id, status: DeviceStatus }),
  /** A scale's reading changed (value, stability, settling count or problem). */
  z.object({ type: z.literal('device.weight'), deviceId: Id, reading: ScaleReading }),
  /** A serial port listing finished: ask devices.ports again. */
  z.object({ type: z.literal('device.ports') }),
  /** A backup started, finished or failed, or the settings changed: ask backups.status again. */
  z.object({ type: z.literal('backups.changed') }),
  PrinterStatusEvent,
  PrintJobEvent,
  PrintJobOverdueEvent,
]);
export type PushEvent = z.infer<typeof PushEvent>;
