import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronTypesDir, ensureElectronTypes } from '../../electron/cli/electron-types';

// A checkout where npm dropped the optional `electron` package; the "registry" is a tarball made with the
// system's tar, so the test exercises the real unpacking.
let root: string;
let packs: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'counter-pos-types-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ build: { electronVersion: '40.10.2' } }));
  packs = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tarball(declarations: string): Buffer {
  const src = mkdtempSync(join(tmpdir(), 'counter-pos-tarball-'));
  try {
    mkdirSync(join(src, 'package'));
    writeFileSync(join(src, 'package', 'package.json'), '{"name":"electron"}');
    writeFileSync(join(src, 'package', 'electron.d.ts'), declarations);
    return execFileSync('tar', ['-czf', '-', '-C', src, 'package']);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

const registry = (spec: string): Buffer => {
  packs.push(spec);
  return tarball(`declare module 'electron' { export const version: '${spec}'; }`);
};

describe('Electron type declarations without the Electron package', () => {
  it("unpacks the shipped version's electron.d.ts once, and again after a version change", () => {
    expect(ensureElectronTypes(root, registry)).toBe('unpacked');
    expect(packs).toEqual(['electron@40.10.2']);
    const file = join(electronTypesDir(root), 'electron.d.ts');
    expect(readFileSync(file, 'utf8')).toContain("version: 'electron@40.10.2'");

    expect(ensureElectronTypes(root, registry)).toBe('already-unpacked');
    expect(packs).toHaveLength(1);

    writeFileSync(join(root, 'package.json'), JSON.stringify({ build: { electronVersion: '41.0.1' } }));
    expect(ensureElectronTypes(root, registry)).toBe('unpacked');
    expect(readFileSync(file, 'utf8')).toContain("version: 'electron@41.0.1'");
  });

  it('leaves things alone when npm kept the package with its own declarations', () => {
    mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'electron', 'electron.d.ts'), '');
    expect(ensureElectronTypes(root, registry)).toBe('package');
    expect(packs).toEqual([]);
    expect(existsSync(electronTypesDir(root))).toBe(false);
  });

  it('refuses a shipped version that is not exact', () => {
    writeFileSync(join(root, 'package.json'), JSON.stringify({ build: { electronVersion: '^40' } }));
    expect(() => ensureElectronTypes(root, registry)).toThrow(/exact Electron version/);
  });
});
