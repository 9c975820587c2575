import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../electron/main/app-url';
import { permissionAllowed } from '../../electron/main/security';

const appPath = join('/opt', 'Counter POS', 'resources', 'app.asar');
const location = rendererLocation({ appPath, isPackaged: true, devUrl: undefined });
const ours = 'app://counter-pos/index.html#/repairs';

describe('browser permissions of the till window', () => {
  it('lets our page use the camera, for photos of an item at the repair desk', () => {
    expect(permissionAllowed(location, 'media', { requestingUrl: ours, mediaTypes: ['video'] })).toBe(true);
  });

  it.each([
    ['the microphone', 'media', ours, ['audio']],
    ['camera and microphone together', 'media', ours, ['video', 'audio']],
    ['media with no type named', 'media', ours, []],
    ['the camera for another page', 'media', 'https://example.com/', ['video']],
    ['notifications', 'notifications', ours, []],
    ['geolocation', 'geolocation', ours, []],
    ['reading the clipboard', 'clipboard-read', ours, []],
    ['serial ports', 'serial', ours, []],
  ])('refuses %s', (_name, permission, requestingUrl, mediaTypes) => {
    expect(permissionAllowed(location, permission, { requestingUrl, mediaTypes })).toBe(false);
  });
});
