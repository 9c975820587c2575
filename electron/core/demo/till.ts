import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import type { Core } from '../core';
import { atInstant, coreNow } from '../replay';

export interface DemoPerson {
  readonly id: number;
  readonly name: string;
  readonly role: Role;
  readonly pin: string;
}

interface Signed {
  session: string;
  lastMs: number;
}

/**
 * The demo's people at the till: each call goes through the router as the named person, at the till's
 * clock (a past instant while history is replayed, the real clock once it is null).
 *
 * A cashier at the counter between customers keeps the till awake (looking up goods, glancing at the shift),
 * so when the clock moves on, each signed-in session makes a read every few minutes of the gap: the idle lock
 * guards an unattended till, and replaying an attended day must not trip it. Reads record nothing.
 */
export class Till {
  private instant: Date | null = null;
  private readonly signedIn = new Map<number, Signed>();
  private idleMs = 0;

  constructor(private readonly core: Core) {}

  /** The idle-lock limit the keep-alive stays under; read once the store is set up. */
  useIdleLimit(seconds: number): void {
    this.idleMs = seconds * 1000;
  }

  get now(): Date {
    return this.instant ?? coreNow(this.core);
  }

  /** Moves the clock forward to `instant` (null: the real clock), keeping signed-in sessions awake. */
  moveTo(instant: Date | null): void {
    const target = (instant ?? coreNow(this.core)).getTime();
    if (this.instant && target < this.instant.getTime()) throw new Error('the demo clock only moves forward');
    // a read a minute before the lock would fire (half the limit when it is short)
    const step = Math.max(this.idleMs / 2, this.idleMs - 60_000);
    for (const signed of this.signedIn.values()) {
      for (let t = signed.lastMs + step; step > 0 && t < target; t += step) {
        this.invokeAt(new Date(t), signed, 'shifts.current', {});
      }
    }
    this.instant = instant;
  }

  /** Moves the clock on by `minutes`. */
  wait(minutes: number): void {
    this.moveTo(new Date(this.now.getTime() + minutes * 60_000));
  }

  isSignedIn(person: DemoPerson): boolean {
    return this.signedIn.has(person.id);
  }

  signIn(person: DemoPerson): void {
    const signed = { session: `demo-${person.id}`, lastMs: this.now.getTime() };
    this.invokeAt(this.instant, signed, 'auth.login', { staffId: person.id, pin: person.pin });
    this.signedIn.set(person.id, signed);
  }

  signOut(person: DemoPerson): void {
    this.call(person, 'auth.logout', {});
    this.signedIn.delete(person.id);
  }

  call<C extends ChannelName>(
    person: DemoPerson,
    channel: C,
    input: ChannelInput<C>,
    approvalId?: string,
  ): ChannelOutput<C> {
    const signed = this.signedIn.get(person.id);
    if (!signed) throw new Error(`${person.name} is not signed in for ${channel}`);
    return this.invokeAt(this.instant, signed, channel, input, approvalId);
  }

  /** A manager's PIN lent to `person` for this exact call, which is then made with the approval. */
  approved<C extends ChannelName>(
    person: DemoPerson,
    approver: DemoPerson,
    channel: C,
    input: ChannelInput<C>,
  ): ChannelOutput<C> {
    const approval = this.call(person, 'auth.approve', {
      channel,
      input,
      approverId: approver.id,
      pin: approver.pin,
    });
    return this.call(person, channel, input, approval.approvalId);
  }

  private invokeAt<C extends ChannelName>(
    instant: Date | null,
    signed: Signed,
    channel: C,
    input: ChannelInput<C>,
    approvalId?: string,
  ): ChannelOutput<C> {
    const request = { channel, input, ...(approvalId ? { approvalId } : {}) };
    const result = instant
      ? atInstant(this.core, instant, () => this.core.invoke(signed.session, request))
      : this.core.invoke(signed.session, request);
    if (!result.ok) {
      throw new Error(`demo ${channel}: ${result.error.code} ${JSON.stringify(result.error.details ?? {})}`);
    }
    signed.lastMs = (instant ?? coreNow(this.core)).getTime();
    return result.value as ChannelOutput<C>;
  }
}
