import { isDeepStrictEqual } from 'node:util';
import type { Device } from '../../../../shared/contract/devices';
import type { DeviceManager } from '../../devices/manager';
import type { HandlerGroup } from '../../router/context';
import { DomainError } from '../../errors';
import { readDevices, writeDevices } from './repo';

type DeviceChannel =
  | 'devices.ports'
  | 'devices.list'
  | 'devices.save'
  | 'devices.remove'
  | 'devices.readWeight'
  | 'devices.tare'
  | 'devices.zero'
  | 'devices.liveView'
  | 'devices.simulate';

function serialPath(device: Device): string | null {
  return device.connection.type === 'serial' ? device.connection.path : null;
}

/** Two devices on one port would fight for it; Windows names ports without regard to case. */
function pathOwner(devices: readonly Device[], device: Device): Device | undefined {
  const path = serialPath(device)?.toLowerCase();
  if (path === undefined) return undefined;
  return devices.find((other) => other.id !== device.id && serialPath(other)?.toLowerCase() === path);
}

export function deviceHandlers(devices: DeviceManager): HandlerGroup<DeviceChannel> {
  return {
    'devices.ports': (input) => devices.ports(input.refresh),
    'devices.list': () => devices.list(),

    'devices.save': (input, ctx) => {
      const stored = readDevices(ctx.db);
      const before =
        input.id === undefined ? undefined : stored.devices.find((device) => device.id === input.id);
      if (input.id !== undefined && !before)
        throw new DomainError('DEVICE_NOT_FOUND', { deviceId: input.id });
      const device: Device = { ...input, id: input.id ?? stored.nextId };
      const owner = pathOwner(stored.devices, device);
      if (owner) throw new DomainError('DEVICE_PATH_TAKEN', { path: serialPath(device), name: owner.name });
      if (before && isDeepStrictEqual(before, device)) return devices.info(device.id);

      const next = {
        nextId: before ? stored.nextId : stored.nextId + 1,
        devices: before
          ? stored.devices.map((existing) => (existing.id === device.id ? device : existing))
          : [...stored.devices, device],
      };
      writeDevices(ctx.db, next);
      ctx.journal(before ? 'device.changed' : 'device.added', { device });
      // Last: ports opened or closed by the manager do not roll back with the transaction.
      devices.configure(next.devices);
      return devices.info(device.id);
    },

    'devices.remove': (input, ctx) => {
      const stored = readDevices(ctx.db);
      const device = stored.devices.find((candidate) => candidate.id === input.id);
      if (!device) throw new DomainError('DEVICE_NOT_FOUND', { deviceId: input.id });
      const remaining = stored.devices.filter((candidate) => candidate.id !== input.id);
      writeDevices(ctx.db, { nextId: stored.nextId, devices: remaining });
      ctx.journal('device.removed', { id: device.id, name: device.name, kind: device.kind });
      devices.configure(remaining);
      return { ok: true };
    },

    'devices.readWeight': (input) => devices.readWeight(input.deviceId),

    'devices.tare': (input) => {
      devices.command('tare', input.deviceId);
      return { ok: true };
    },

    'devices.zero': (input) => {
      devices.command('zero', input.deviceId);
      return { ok: true };
    },

    'devices.liveView': (input) => devices.liveView(input.deviceId, input.afterSeq),

    'devices.simulate': (input) => {
      devices.simulate(input);
      return { ok: true };
    },
  };
}
