import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `数据库版本 ${fileVersion} 比本程序支持的 ${codeVersion} 新，请升级 Counter POS / ` +
        `The database is at schema version ${fileVersion}, newer than this program's ${codeVersion}: ` +
        `install the newer Counter POS. The file was left untouched.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction. A failure rolls back and leaves the file as it was:
 * a till's data is never deleted or rebuilt.
 */
export function migrate(db: Database.Database, migrations: readonly string[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  if (current === migrations.length) return current;
  // A migration may rebuild a table other tables point at (SQLite's twelve-step table change), which dropping
  // the old table would refuse while foreign keys are enforced, and the pragma cannot change inside a
  // transaction: they are off while migrating, and every key is checked before the migrations commit.
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  if (enforced) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (let version = current + 1; version <= migrations.length; version++) {
        db.exec(migrations[version - 1] as string);
      }
      const broken = db.pragma('foreign_key_check') as { table: string }[];
      if (broken.length > 0) {
        throw new Error(
          `the migrations leave ${broken.length} rows of ${broken[0]?.table} without their parent`,
        );
      }
      db.pragma(`user_version = ${migrations.length}`);
    }).immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
  return migrations.length;
}
