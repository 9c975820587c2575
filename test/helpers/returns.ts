import { randomUUID } from 'node:crypto';
import type { ChannelInput, ChannelOutput, Envelope } from '../../shared/contract';
import type { ReturnLineInput } from '../../shared/contract/returns';
import type { Shop } from './sales';

type CommitInput = ChannelInput<'returns.commit'>;

/** A line brought back in good order: tag on, certificate with it, changed mind, back to stock. */
export const intact = (lineNo: number, extra: Partial<ReturnLineInput> = {}): ReturnLineInput => ({
  lineNo,
  tagIntact: true,
  reason: 'changedMind',
  decision: 'restock',
  ...extra,
});

/** Commits a return as 张三 with a fresh return id (or the one given). */
export function giveBack(
  s: Shop,
  receiptNo: string,
  lines: ReturnLineInput[],
  extra: Partial<Omit<CommitInput, 'receiptNo' | 'lines'>> = {},
  approvalId?: string,
): Envelope<ChannelOutput<'returns.commit'>> {
  return s.call('till', 'returns.commit', { returnId: randomUUID(), receiptNo, lines, ...extra }, approvalId);
}

/** Like giveBack, failing the test unless the return is committed. */
export function returned(
  s: Shop,
  receiptNo: string,
  lines: ReturnLineInput[],
  extra: Partial<Omit<CommitInput, 'receiptNo' | 'lines'>> = {},
): ChannelOutput<'returns.commit'> {
  const result = giveBack(s, receiptNo, lines, extra);
  if (!result.ok) throw new Error(`return failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The manager's approval of exactly this return. */
export function approval(s: Shop, input: CommitInput): string {
  return s.ok('till', 'auth.approve', {
    approverId: s.ids.wang,
    pin: '888888',
    channel: 'returns.commit',
    input,
  }).approvalId;
}

/** Moves the shop's clock to `ms`; the idle lock has locked the screens by then, so both sign in again. */
export function travel(s: Shop, ms: number): void {
  s.clock.ms = ms;
  s.ok('till', 'auth.login', { staffId: s.ids.zhang, pin: '1111' });
  s.ok('office', 'auth.login', { staffId: s.ids.wang, pin: '888888' });
}

type ExchangeInput = ChannelInput<'returns.exchange'>;

/** Commits an exchange as 张三 with fresh return and sale ids. */
export function exchange(
  s: Shop,
  input: Omit<ExchangeInput, 'returnId' | 'saleId'>,
  approvalId?: string,
): Envelope<ChannelOutput<'returns.exchange'>> {
  return s.call(
    'till',
    'returns.exchange',
    { returnId: randomUUID(), saleId: randomUUID(), ...input },
    approvalId,
  );
}

/** Like exchange, failing the test unless the exchange is committed. */
export function exchanged(
  s: Shop,
  input: Omit<ExchangeInput, 'returnId' | 'saleId'>,
): ChannelOutput<'returns.exchange'> {
  const result = exchange(s, input);
  if (!result.ok) throw new Error(`exchange failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}
