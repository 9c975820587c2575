import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ChannelOutput, Envelope } from '../../../shared/contract';
import type { ApiClient, CallFn } from '../api/client';
import { ApiContext, useRawApi } from '../api/context';
import { useSessionState } from '../session/context';
import { ApprovalModal } from './ApprovalModal';
import type { PendingApproval } from './pending';

/** Answers that mean this window's session changed under it (idle backstop, another tab). */
const SESSION_ERRORS = new Set(['NOT_SIGNED_IN', 'SESSION_LOCKED']);

/**
 * Gives the signed-in screens an api client that, whenever the core answers MANAGER_APPROVAL_REQUIRED,
 * asks for a manager's PIN and retries the call once with the approval. Screens see one answer: the
 * retried call's, or the original refusal if the prompt was cancelled.
 */
export function ApprovalProvider({ children }: { children: ReactNode }) {
  const raw = useRawApi();
  const { refresh } = useSessionState();
  const [queue, setQueue] = useState<PendingApproval[]>([]);
  const nextId = useRef(0);
  const unsettled = useRef(new Set<PendingApproval>());

  const settle = useCallback((done: PendingApproval) => {
    unsettled.current.delete(done);
    setQueue((current) => current.filter((item) => item !== done));
  }, []);

  // Locking or signing out unmounts the shell: nobody is left to approve, so the refusal stands.
  useEffect(() => {
    const pending = unsettled.current;
    return () => {
      for (const item of pending) item.cancel();
    };
  }, []);

  const call = useCallback<CallFn>(
    async (channel, input, approvalId) => {
      const result = await raw.call(channel, input, approvalId);
      if (result.ok) return result;
      if (SESSION_ERRORS.has(result.error.code)) void refresh();
      if (result.error.code !== 'MANAGER_APPROVAL_REQUIRED') return result;
      const refused = result.error;
      return new Promise<Envelope<ChannelOutput<typeof channel>>>((resolve) => {
        const pending: PendingApproval = {
          id: (nextId.current += 1),
          channel,
          input,
          error: refused,
          retry: async (id) => {
            resolve(await raw.call(channel, input, id));
            settle(pending);
          },
          cancel: () => {
            resolve(result);
            settle(pending);
          },
        };
        unsettled.current.add(pending);
        setQueue((current) => [...current, pending]);
      });
    },
    [raw, refresh, settle],
  );

  const client = useMemo<ApiClient>(() => ({ call, onEvent: raw.onEvent }), [call, raw]);
  const current = queue[0];

  return (
    <ApiContext value={client}>
      {children}
      {current && <ApprovalModal key={current.id} pending={current} />}
    </ApiContext>
  );
}
