import type { DeviceProblem, SerialPortInfo } from '../../../shared/contract/devices';
import { deviceProblem } from './problem';
import type { SerialPortClass } from './serial-port';

export interface PortDiscovery {
  ports: SerialPortInfo[];
  problem: DeviceProblem | null;
}

/**
 * The ports the OS reports, plus configured paths it did not (a /dev/serial/by-id link, a port that is
 * unplugged now). Listing needs udev on Linux and fails without it: then the configured paths remain.
 */
export async function discoverPorts(
  Port: SerialPortClass,
  configured: readonly string[],
): Promise<PortDiscovery> {
  let problem: DeviceProblem | null = null;
  const ports: SerialPortInfo[] = [];
  try {
    for (const port of await Port.list()) {
      ports.push({
        path: port.path,
        manufacturer: port.manufacturer ?? null,
        serialNumber: port.serialNumber ?? null,
        vendorId: port.vendorId ?? null,
        productId: port.productId ?? null,
        source: 'system',
      });
    }
  } catch (error) {
    problem = deviceProblem('DEVICE_PORT_LIST_FAILED', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const known = new Set(ports.map((port) => port.path));
  for (const path of configured) {
    if (known.has(path)) continue;
    known.add(path);
    ports.push({
      path,
      manufacturer: null,
      serialNumber: null,
      vendorId: null,
      productId: null,
      source: 'configured',
    });
  }
  return { ports, problem };
}
