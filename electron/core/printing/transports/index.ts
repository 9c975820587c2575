import type { ThermalPrinterSettings } from '../../../../shared/contract/printing';
import { fileLink, filePath } from './file';
import type { LinkOptions, ThermalLink } from './link';
import { serialLink, type OpenSerial } from './serial';
import { spoolerLink } from './spooler';
import { tcpLink } from './tcp';

export interface LinkContext {
  dataDir: string;
  timeoutMs: number;
  /** Tests open serialport's mock binding instead of a real port. */
  openSerial?: OpenSerial;
  /** The folder holding the spooler's `lp` (tests: a stand-in); unset, found on PATH. */
  spoolerBin?: string;
}

/** How bytes reach a printer: its transport, and whether it answers status requests. */
export type LinkSettings = Pick<ThermalPrinterSettings, 'transport' | 'statusReplies'>;

/** The link to a printer that takes bytes (receipt or label), by its transport. */
export function thermalLink(settings: LinkSettings, context: LinkContext): ThermalLink {
  const options: LinkOptions = { statusReplies: settings.statusReplies, timeoutMs: context.timeoutMs };
  const { transport } = settings;
  switch (transport.type) {
    case 'tcp':
      return tcpLink(transport, options);
    case 'serial':
      return serialLink(transport, options, context.openSerial);
    case 'file':
      return fileLink(filePath(context.dataDir, transport));
    case 'spooler':
      return spoolerLink(transport, { timeoutMs: context.timeoutMs, binDir: context.spoolerBin });
  }
}
