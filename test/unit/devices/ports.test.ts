import { describe, expect, it } from 'vitest';
import { discoverPorts } from '../../../electron/core/devices/ports';
import type { PortListing, SerialPortClass } from '../../../electron/core/devices/serial-port';

function portClass(list: () => Promise<PortListing[]>): SerialPortClass {
  return Object.assign(
    function NotOpened(): never {
      throw new Error('listing never opens a port');
    },
    { list },
  ) as unknown as SerialPortClass;
}

describe('port discovery', () => {
  it('lists what the OS reports, then configured paths it did not', async () => {
    const Port = portClass(async () => [
      { path: '/dev/ttyUSB0', manufacturer: 'FTDI', vendorId: '0403', productId: '6001', serialNumber: 'A1' },
      { path: '/dev/ttyS0' },
    ]);
    const found = await discoverPorts(Port, ['/dev/ttyUSB0', '/dev/serial/by-id/usb-scale']);
    expect(found.problem).toBeNull();
    expect(found.ports).toEqual([
      {
        path: '/dev/ttyUSB0',
        manufacturer: 'FTDI',
        serialNumber: 'A1',
        vendorId: '0403',
        productId: '6001',
        source: 'system',
      },
      {
        path: '/dev/ttyS0',
        manufacturer: null,
        serialNumber: null,
        vendorId: null,
        productId: null,
        source: 'system',
      },
      {
        path: '/dev/serial/by-id/usb-scale',
        manufacturer: null,
        serialNumber: null,
        vendorId: null,
        productId: null,
        source: 'configured',
      },
    ]);
  });

  it('falls back to the configured paths, saying why, when listing fails (no udev)', async () => {
    const Port = portClass(async () => {
      throw new Error('spawn udevadm ENOENT');
    });
    const found = await discoverPorts(Port, ['COM3', 'COM3', 'COM4']);
    expect(found.ports.map((port) => [port.path, port.source])).toEqual([
      ['COM3', 'configured'],
      ['COM4', 'configured'],
    ]);
    expect(found.problem).toMatchObject({
      code: 'DEVICE_PORT_LIST_FAILED',
      details: { reason: 'spawn udevadm ENOENT' },
    });
    expect(found.problem?.message).toContain('spawn udevadm ENOENT');
  });
});
