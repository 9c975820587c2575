import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '../../journal/canonical';
import { DomainError } from '../../errors';
import { getStaff, type StaffRow } from '../staff';
import { statement, type WritableDB } from '../../db/statements';

/** An approval lends one action, with exactly this input, for this long. */
export const APPROVAL_TTL_MS = 60_000;

function inputHash(channel: string, input: unknown): string {
  return createHash('sha256')
    .update(canonicalJson({ channel, input: input ?? {} }))
    .digest('hex');
}

export function createApproval(
  db: WritableDB,
  request: { channel: string; input: unknown; requestedBy: number; approverId: number; now: Date },
): { id: string; expiresAt: string } {
  const id = randomUUID();
  const expiresAt = new Date(request.now.getTime() + APPROVAL_TTL_MS).toISOString();
  statement(
    db,
    `INSERT INTO approvals (id, channel, input_hash, requested_by, approver_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    request.channel,
    inputHash(request.channel, request.input),
    request.requestedBy,
    request.approverId,
    request.now.toISOString(),
    expiresAt,
  );
  return { id, expiresAt };
}

/** Marks the approval used and returns its approver, or refuses it. Call inside the action's transaction. */
export function consumeApproval(
  db: WritableDB,
  use: { id: string; channel: string; input: unknown; requestedBy: number; now: Date },
): StaffRow {
  const at = use.now.toISOString();
  const row = statement(
    db,
    `UPDATE approvals SET used_at = ?
       WHERE id = ? AND channel = ? AND input_hash = ? AND requested_by = ? AND used_at IS NULL AND expires_at > ?
       RETURNING approver_id`,
  ).get(at, use.id, use.channel, inputHash(use.channel, use.input), use.requestedBy, at) as
    { approver_id: number } | undefined;
  if (!row) throw new DomainError('APPROVAL_INVALID', { channel: use.channel });
  const approver = getStaff(db, row.approver_id);
  if (approver.active !== 1) throw new DomainError('APPROVAL_INVALID', { channel: use.channel });
  return approver;
}
