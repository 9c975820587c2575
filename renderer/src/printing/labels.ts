import type { PrinterSettings } from '../../../shared/contract/printing';

/** How a printer is reached, as the printers list shows it: "TCP 192.168.1.50:9100". */
export function connectionText(
  settings: PrinterSettings,
  t: (key: 'printerForm.transport.system' | 'printerForm.transport.spooler') => string,
) {
  if (settings.kind === 'page')
    return `${t('printerForm.transport.system')}${settings.transport.printerName ? ` · ${settings.transport.printerName}` : ''}`;
  const { transport } = settings;
  switch (transport.type) {
    case 'tcp':
      return `TCP ${transport.host}:${transport.port}`;
    case 'serial':
      return `${transport.path} · ${transport.baudRate}`;
    case 'file':
      return transport.path;
    case 'spooler':
      return `${t('printerForm.transport.spooler')}${transport.queue ? ` · ${transport.queue}` : ''}`;
  }
}

export function paperText(
  settings: PrinterSettings,
  t: (key: 'printers.label', values: { dpi: number }) => string,
): string {
  if (settings.kind === 'page') return settings.pageSize;
  return settings.kind === 'label' ? t('printers.label', { dpi: settings.dpi }) : `${settings.paperWidth} mm`;
}

export const STATUS_COLORS = {
  unknown: 'default',
  ready: 'green',
  paperLow: 'gold',
  paperOut: 'red',
  offline: 'red',
} as const;

export const JOB_STATE_COLORS = {
  pending: 'blue',
  printing: 'processing',
  done: 'green',
  failed: 'red',
  cancelled: 'default',
} as const;
