import type { Core } from './core';
import { DEMO_STAFF, seedDemo } from './demo/seed';
import { readDevices } from './modules/devices/repo';
import { readTerminalId } from './modules/settings/repo';
import type { Handler } from './router/context';
import { DomainError } from './router/outcome';

/**
 * setup.demo is wired by createCore, where the core exists, not by a module: the seeder works through
 * core.invoke call by call as the store's people would, so each of its calls validates and journals its
 * own rows and this channel journals nothing of its own. The router runs this channel in one transaction
 * in which those calls nest as savepoints, so a seed that fails leaves the first-run screen as it was; the
 * devices the seed had started in memory are then put back as the database has them.
 */
export function setupDemoHandler(core: () => Core): Handler<'setup.demo'> {
  return (_input, { db }) => {
    if (readTerminalId(db) !== null) throw new DomainError('SETUP_ALREADY_DONE');
    try {
      db.transaction(() => seedDemo(core()))();
    } catch (error) {
      core().devices.configure(readDevices(db).devices);
      throw error;
    }
    return { staff: DEMO_STAFF.map(({ name, role, pin }) => ({ name, role, pin })) };
  };
}
