import type { ChannelName, Envelope, ErrorBody } from '../../../shared/contract';

/** A call the core refused with MANAGER_APPROVAL_REQUIRED, waiting for an approver's PIN. */
export interface PendingApproval {
  readonly id: number;
  readonly channel: ChannelName;
  readonly input: unknown;
  readonly error: ErrorBody;
  /** What the call is settled with: the retried call's answer, or APPROVAL_CANCELLED. */
  readonly answer: Promise<Envelope<unknown>>;
  /** Re-invokes the original call once with the approval and settles it with that answer. */
  retry(approvalId: string): Promise<void>;
  /** Settles the original call as cancelled. */
  cancel(): void;
}
