import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { DEMO_STAFF } from '../../electron/core/demo/seed';
import { ROLES } from '../../shared/domain/roles';
import { tempDir } from '../helpers/core';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

describe('npm run seed:demo', () => {
  it('creates a store with every role, whose documented PINs sign in, and never overwrites a file', async () => {
    const dir = tempDir();
    const file = join(dir, 'demo.db');
    const { stdout } = await run('npx', ['tsx', 'electron/cli/seed-demo.ts', file], { cwd: ROOT });
    expect(stdout).toContain('PIN 8888');
    expect(new Set(DEMO_STAFF.map((s) => s.role))).toEqual(new Set(ROLES));

    const core = createCore({ dataDir: dir, databaseFile: file, version: 'test' });
    const staff = core.invoke('t', { channel: 'auth.staff', input: {} });
    expect(staff.ok && (staff.value as { name: string }[]).map((s) => s.name).sort()).toEqual(
      DEMO_STAFF.map((s) => s.name).sort(),
    );
    DEMO_STAFF.forEach((member, index) => {
      const login = core.invoke(`t${index}`, {
        channel: 'auth.login',
        input: { staffId: index + 1, pin: member.pin },
      });
      expect(login).toMatchObject({
        ok: true,
        value: { state: 'active', staff: { name: member.name, role: member.role } },
      });
    });
    // no float is pretended to have been counted: a cashier opens the shift, as on a real morning
    const cashier = `t${DEMO_STAFF.findIndex((member) => member.role === 'cashier')}`;
    expect(core.invoke(cashier, { channel: 'shifts.current', input: {} })).toMatchObject({
      ok: true,
      value: null,
    });
    const counts = [{ denominationFen: 10_000, quantity: 5 }];
    expect(core.invoke(cashier, { channel: 'shifts.open', input: { counts } })).toMatchObject({
      ok: true,
      value: { floatFen: 50_000, previousLeftInFen: null },
    });
    core.close();

    await expect(run('npx', ['tsx', 'electron/cli/seed-demo.ts', file], { cwd: ROOT })).rejects.toMatchObject(
      {
        code: 1,
      },
    );
    // two runs of the script through tsx: seconds each on a busy machine, more than the default allows
  }, 30_000);
});
