import type { ChannelName, ErrorBody } from '../../../shared/contract';

/** A call the core refused with MANAGER_APPROVAL_REQUIRED, waiting for an approver's PIN. */
export interface PendingApproval {
  readonly id: number;
  readonly channel: ChannelName;
  readonly input: unknown;
  readonly error: ErrorBody;
  /** Re-invokes the original call once with the approval and settles it with that answer. */
  retry(approvalId: string): Promise<void>;
  /** Settles the original call with the original refusal. */
  cancel(): void;
}
