import { SCALE_PROTOCOL_FEATURES, type Device } from '../../../shared/contract/devices';
import type { Translate } from '../i18n/context';

/** How the device is attached, in a line: the port and its framing (9600 8N1), or that it is simulated. */
export function connectionSummary(t: Translate, device: Device): string {
  const { connection } = device;
  if (connection.type === 'simulated') return t('device.connection.simulatedSummary');
  const parity = connection.parity.charAt(0).toUpperCase();
  return `${connection.path} · ${connection.baudRate} ${connection.dataBits}${parity}${connection.stopBits}`;
}

/** What kind of device and how it talks: "电子秤 · A&D · 连续输出". */
export function deviceSummary(t: Translate, device: Device): string {
  if (device.kind === 'scanner')
    return `${t('device.kind.scanner')} · ${t(`device.suffix.${device.suffix}`)}`;
  return [
    t('device.kind.scale'),
    SCALE_PROTOCOL_FEATURES[device.protocol].name,
    t(`device.mode.${device.mode}`),
  ].join(' · ');
}
