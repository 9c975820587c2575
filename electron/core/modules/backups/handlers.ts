import type { StaffRow } from '../staff';
import type { HandlerGroup } from '../../router/context';
import { actorOf } from '../../router/context';
import { DomainError } from '../../errors';
import { readTerminalId } from '../settings';
import { listBackups, terminalFolder } from './files';
import type { BackupService } from './service';
import { readBackupConfig, readBackupState, writeBackupConfig, writeBackupState } from './settings';

type BackupsChannel =
  'backups.status' | 'backups.configure' | 'backups.run' | 'backups.list' | 'backups.restore';

/** What the channels need of the core: its backup service, and a restore (which reopens the core). */
export interface BackupHost {
  service(): BackupService;
  restore(file: string, actor: StaffRow): { keptAside: string; journalSeq: number };
}

export function backupsHandlers(host: BackupHost): HandlerGroup<BackupsChannel> {
  return {
    'backups.status': () => host.service().status(),

    'backups.configure': (input, ctx) => {
      if (input.folder !== readBackupConfig(ctx.db).folder) {
        // "too long without a backup" counts from when this folder was chosen
        writeBackupState(ctx.db, { ...readBackupState(ctx.db), configuredAt: ctx.now.toISOString() });
      }
      writeBackupConfig(ctx.db, input);
      ctx.journal('backups.configured', input);
      ctx.afterCommit(() => ctx.events.emit(null, { type: 'backups.changed' }));
      return host.service().status();
    },

    'backups.run': (_input, ctx) => {
      if (!host.service().start('manual', actorOf(ctx).id)) throw new DomainError('BACKUP_NOT_CONFIGURED');
      return host.service().status();
    },

    'backups.list': (_input, { db }) => {
      const { folder } = readBackupConfig(db);
      const terminalId = readTerminalId(db);
      return folder === null || terminalId === null ? [] : listBackups(terminalFolder(folder, terminalId));
    },

    'backups.restore': (input, ctx) => host.restore(input.file, actorOf(ctx)),
  };
}
