import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The installer's fuses are flipped in the Electron binary itself; a change here weakens every till.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  build: { electronVersion: string; electronFuses: Record<string, boolean> };
};

describe('the packaged Electron', () => {
  it('has every fuse in its safe position', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships a major inside the support window as of this release (45, 44 or 43)', () => {
    expect(Number(pkg.build.electronVersion.split('.')[0])).toBeGreaterThanOrEqual(43);
  });
});
