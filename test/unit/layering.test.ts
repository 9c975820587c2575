import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..', '..') });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) =>
      [
        'no-restricted-imports',
        'no-restricted-globals',
        'no-restricted-syntax',
        'counter-pos/module-entry',
      ].includes(m.ruleId ?? ''),
    )
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

  // The gaps a static-import rule leaves: import(), Node-only packages, and a preload reaching past the contract.
  it.each([
    ['shared/domain/x.ts', `export const load = () => import('../../electron/core/core');\n`],
    ['shared/print/x.ts', `export const load = () => import('../../renderer/src/main');\n`],
    ['renderer/src/x.ts', `export const load = () => import('../../electron/core/core');\n`],
    ['renderer/src/x.ts', `export const load = () => import('better-sqlite3');\n`],
    ['renderer/src/x.ts', `export const load = (path: string) => import(path);\n`],
    ['shared/domain/x.ts', `export const load = (path: string) => import(path);\n`],
    ['shared/print/x.ts', `import iconv from 'iconv-lite';\nexport const x = iconv;\n`],
    ['shared/print/x.ts', `import { printer } from 'node-thermal-printer';\nexport const x = printer;\n`],
    ['shared/domain/x.ts', `import { SerialPort } from 'serialport';\nexport const x = SerialPort;\n`],
    ['shared/domain/x.ts', `import Database from 'better-sqlite3';\nexport const x = Database;\n`],
    ['renderer/src/x.ts', `import { SerialPort } from 'serialport';\nexport const x = SerialPort;\n`],
    [
      'renderer/src/x.ts',
      `import { MockBinding } from '@serialport/binding-mock';\nexport const x = MockBinding;\n`,
    ],
    ['renderer/src/x.ts', `import iconv from 'iconv-lite';\nexport const x = iconv;\n`],
    ['renderer/src/x.ts', `import { printer } from 'node-thermal-printer';\nexport const x = printer;\n`],
    [
      'electron/preload/x.ts',
      `import { formatFen } from '../../shared/domain/money';\nexport const x = formatFen;\n`,
    ],
    [
      'electron/preload/x.ts',
      `import { renderDocument } from '../../shared/print/render';\nexport const x = renderDocument;\n`,
    ],
    ['electron/preload/x.ts', `import { z } from 'zod';\nexport const x = z;\n`],
    ['electron/preload/x.ts', `export const load = () => import('../../shared/contract');\n`],
    [
      'electron/core/modules/sales/x.ts',
      `import { getCustomer } from '../customers/repo';\nexport const x = getCustomer;\n`,
    ],
    ['electron/core/modules/repairs/x.ts', `export { purchaseHistory } from '../sales/repo';\n`],
    ['electron/core/modules/repairs/x.ts', `export const load = () => import('../sales/repo');\n`],
    [
      'electron/core/core.ts',
      `import { salesHandlers } from './modules/sales/handlers';\nexport const x = salesHandlers;\n`,
    ],
    [
      'electron/core/printing/x.ts',
      `import { readSettings } from '../modules/settings/repo';\nexport const x = readSettings;\n`,
    ],
    [
      'electron/cli/x.ts',
      `import { getSale } from '../core/modules/sales/repo';\nexport const x = getSale;\n`,
    ],
  ])('closes the gap: refuses %s with %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', `import { contract } from '../../shared/contract';\nexport const x = contract;\n`],
    ['electron/core/x.ts', `import { join } from 'node:path';\nexport const x = join;\n`],
    ['electron/main/x.ts', `import { app } from 'electron';\nexport const x = app;\n`],
    ['electron/preload/x.ts', `import { contextBridge } from 'electron';\nexport const x = contextBridge;\n`],
    [
      'electron/preload/x.ts',
      `import { contract } from '../../shared/contract';\nexport const x = contract;\n`,
    ],
    [
      'electron/preload/x.ts',
      `import { IPC_EVENT } from '../../shared/contract/bridge';\nexport const x = IPC_EVENT;\n`,
    ],
    ['renderer/src/x.ts', `export const load = () => import('./screens/sale/SaleScreen');\n`],
    ['electron/core/x.ts', `import Database from 'better-sqlite3';\nexport const x = Database;\n`],
    [
      'electron/core/modules/sales/x.ts',
      `import { getCustomer } from '../customers';\nexport const x = getCustomer;\n`,
    ],
    ['electron/core/modules/sales/x.ts', `import { getSale } from './repo';\nexport const x = getSale;\n`],
    [
      'electron/core/core.ts',
      `import { salesHandlers } from './modules/sales/index';\nexport const x = salesHandlers;\n`,
    ],
    [
      'electron/core/core.ts',
      `import { setupHandlers } from './modules/setup';\nexport const x = setupHandlers;\n`,
    ],
  ])('allows %s importing what its layer may use', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
