import type { ThermalPrinterSettings } from '../../../../shared/contract/printing';
import { fileLink, filePath } from './file';
import type { LinkOptions, ThermalLink } from './link';
import { serialLink, type OpenSerial } from './serial';
import { tcpLink } from './tcp';

export interface LinkContext {
  dataDir: string;
  timeoutMs: number;
  /** Tests open serialport's mock binding instead of a real port. */
  openSerial?: OpenSerial;
}

/** The link to a thermal printer, by its transport. */
export function thermalLink(settings: ThermalPrinterSettings, context: LinkContext): ThermalLink {
  const options: LinkOptions = { statusReplies: settings.statusReplies, timeoutMs: context.timeoutMs };
  const { transport } = settings;
  switch (transport.type) {
    case 'tcp':
      return tcpLink(transport, options);
    case 'serial':
      return serialLink(transport, options, context.openSerial);
    case 'file':
      return fileLink(filePath(context.dataDir, transport));
  }
}
