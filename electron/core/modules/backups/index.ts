export { backupsHandlers, type BackupHost } from './handlers';
export { checkRestorable, copyIntoPlace, putBack, recordRestore, setAside } from './restore';
export { startBackupService, type BackupService } from './service';
