import { migration0001 } from './0001_foundation';

/** Applied in order; a migration's number is its position here, and it sets PRAGMA user_version. */
export const MIGRATIONS: readonly string[] = [migration0001];
