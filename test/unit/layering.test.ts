import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

// The layering rules themselves are tested, so a config edit cannot quietly switch them off.
describe('layering lint rules', () => {
  it.each([
    ['shared/domain/x.ts', `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`],
    ['shared/domain/x.ts', `import { app } from 'electron';\nexport const x = app;\n`],
    [
      'shared/contract/x.ts',
      `import { openDatabase } from '../../electron/core/db/open';\nexport const x = openDatabase;\n`,
    ],
    ['shared/domain/x.ts', `export const x = window.location;\n`],
    ['renderer/src/x.ts', `import { join } from 'path';\nexport const x = join;\n`],
    [
      'renderer/src/x.ts',
      `import { createCore } from '../../electron/core/core';\nexport const x = createCore;\n`,
    ],
    ['electron/core/x.ts', `import { app } from 'electron';\nexport const x = app;\n`],
    ['electron/cli/x.ts', `import { ipcMain } from 'electron';\nexport const x = ipcMain;\n`],
    ['electron/preload/x.ts', `import { createCore } from '../core/core';\nexport const x = createCore;\n`],
  ])('refuses %s importing across a layer', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', `import { contract } from '../../shared/contract';\nexport const x = contract;\n`],
    ['electron/core/x.ts', `import { join } from 'node:path';\nexport const x = join;\n`],
    ['electron/main/x.ts', `import { app } from 'electron';\nexport const x = app;\n`],
    ['electron/preload/x.ts', `import { contextBridge } from 'electron';\nexport const x = contextBridge;\n`],
  ])('allows %s importing what its layer may use', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
