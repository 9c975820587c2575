import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { App as AntApp } from 'antd';
import { bilingualMessage, type ChannelOutput, type Envelope } from '../../../shared/contract';
import type { ApiClient, CallFn } from '../api/client';
import { ApiContext, useRawApi } from '../api/context';
import { useI18n } from '../i18n/context';
import { useSessionState } from '../session/context';
import { ApprovalModal } from './ApprovalModal';
import type { PendingApproval } from './pending';

/** Answers that mean this window's session changed under it (idle backstop, another tab). */
const SESSION_ERRORS = new Set(['NOT_SIGNED_IN', 'SESSION_LOCKED']);

/** The answer a cancelled prompt settles its call with: nothing was done, and nobody refused it. */
const CANCELLED: Envelope<never> = {
  ok: false,
  error: { code: 'APPROVAL_CANCELLED', message: bilingualMessage('APPROVAL_CANCELLED'), details: {} },
};

const sameCall = (pending: PendingApproval, channel: string, input: unknown): boolean =>
  pending.channel === channel && JSON.stringify(pending.input) === JSON.stringify(input);

/**
 * Gives the signed-in screens an api client that, whenever the core answers MANAGER_APPROVAL_REQUIRED,
 * asks for a manager's PIN and retries the call once with the approval. Screens see one answer: the
 * retried call's, or APPROVAL_CANCELLED if the prompt was cancelled (said as a notice, not an error). The
 * same call refused again while its prompt is open waits for that prompt instead of opening another.
 */
export function ApprovalProvider({ children }: { children: ReactNode }) {
  const raw = useRawApi();
  const { refresh } = useSessionState();
  const { message } = AntApp.useApp();
  const { t } = useI18n();
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
      const open = [...unsettled.current].find((pending) => sameCall(pending, channel, input));
      if (open) return open.answer as Promise<Envelope<ChannelOutput<typeof channel>>>;
      const refused = result.error;
      let resolve: (answer: Envelope<ChannelOutput<typeof channel>>) => void = () => undefined;
      const answer = new Promise<Envelope<ChannelOutput<typeof channel>>>((done) => (resolve = done));
      const pending: PendingApproval = {
        id: (nextId.current += 1),
        channel,
        input,
        error: refused,
        answer,
        retry: async (id) => {
          resolve(await raw.call(channel, input, id));
          settle(pending);
        },
        cancel: () => {
          void message.info(t('approval.cancelled'));
          resolve(CANCELLED);
          settle(pending);
        },
      };
      unsettled.current.add(pending);
      setQueue((current) => [...current, pending]);
      return answer;
    },
    [raw, refresh, settle, message, t],
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
