import type { Core } from './core';
import { DEMO_STAFF, seedDemo } from './demo/seed';
import { DomainError } from './errors';
import { readTerminalId } from './modules/settings';
import type { Handler } from './router/context';

/**
 * setup.demo is wired by createCore, where the core exists, not by a module: the seeder works through
 * core.invoke call by call as the store's people would, each call validated, committed and journaled on
 * its own. So this channel opens no transaction (the contract marks it as not writing) and journals
 * nothing of its own; it only refuses a store already set up and answers the demo's PINs.
 */
export function setupDemoHandler(core: () => Core): Handler<'setup.demo'> {
  return (_input, { db }) => {
    if (readTerminalId(db) !== null) throw new DomainError('SETUP_ALREADY_DONE');
    seedDemo(core());
    return { staff: DEMO_STAFF.map(({ name, role, pin }) => ({ name, role, pin })) };
  };
}
