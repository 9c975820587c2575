import { createHash } from 'node:crypto';
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

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Row 1 chains to the terminal's id, so a journal cannot be passed off as another terminal's. */
export function genesisHash(terminalId: string): string {
  return sha256(`counter-pos/journal/genesis/${terminalId}`);
}

export function rowHash(row: ChainedFields): string {
  return sha256(canonicalJson(row));
}
