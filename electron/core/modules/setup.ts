import type { HandlerGroup } from '../router/context';
import { DomainError } from '../errors';
import { readTerminalId, writeSettings } from './settings';
import { insertStaff } from './staff';
import { statement } from '../db/statements';

/** First run: the store, this terminal's id (the journal's genesis) and the first administrator. */
export const setupHandlers: HandlerGroup<'setup.initialize'> = {
  'setup.initialize': (input, ctx) => {
    const { db, now } = ctx;
    if (readTerminalId(db) !== null) throw new DomainError('SETUP_ALREADY_DONE');
    statement(db, 'INSERT INTO terminal (singleton, terminal_id, created_at) VALUES (1, ?, ?)').run(
      input.terminalId,
      now.toISOString(),
    );
    writeSettings(db, { storeName: input.storeName, language: input.language });
    const admin = insertStaff(
      db,
      { name: input.adminName, role: 'administrator', pin: input.pin },
      ctx.keys.pinKey,
      now,
    );
    ctx.journal(
      'setup.initialized',
      { storeName: input.storeName, terminalId: input.terminalId, adminId: admin.id, adminName: admin.name },
      admin.id,
    );
    return { adminId: admin.id };
  },
};
