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
