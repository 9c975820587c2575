import { hash } from 'node:crypto';
import { canonicalJson } from './canonical';

export interface ChainedFields {
  seq: number;
  at: string;
  type: string;
  actorId: number | null;
  approverId: number | null;
  payload: string;
  prevHash: string;
}

// one call, no Hash object: every sale's journal row is hashed inside its commit
const sha256 = (text: string): string => hash('sha256', text, 'hex');

/** Row 1 chains to the terminal's id, so a journal cannot be passed off as another terminal's. */
export function genesisHash(terminalId: string): string {
  return sha256(`counter-pos/journal/genesis/${terminalId}`);
}

export function rowHash(row: ChainedFields): string {
  return sha256(canonicalJson(row));
}

/** A journal row as stored. */
export interface StoredRow {
  seq: number;
  at: string;
  type: string;
  actor_id: number | null;
  approver_id: number | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

/** A stored row's chained fields, linked to `prevHash` (its own link unless told). */
export const chainedFields = (row: StoredRow, prevHash = row.prev_hash): ChainedFields => ({
  seq: row.seq,
  at: row.at,
  type: row.type,
  actorId: row.actor_id,
  approverId: row.approver_id,
  payload: row.payload,
  prevHash,
});

/** The hash a stored row's content makes when chained to `prevHash` (its own link unless told). */
export const storedRowHash = (row: StoredRow, prevHash = row.prev_hash): string =>
  rowHash(chainedFields(row, prevHash));
