/**
 * Who is signed in at each window (Electron) or browser-mode launch. Kept in memory: a restart of the
 * core returns every terminal to the PIN pad.
 */
export interface Session {
  readonly id: string;
  staffId: number | null;
  locked: boolean;
  lastActivityMs: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  get(id: string, nowMs: number): Session {
    let session = this.sessions.get(id);
    if (!session) {
      session = { id, staffId: null, locked: false, lastActivityMs: nowMs };
      this.sessions.set(id, session);
    }
    return session;
  }

  signIn(session: Session, staffId: number, nowMs: number): void {
    session.staffId = staffId;
    session.locked = false;
    session.lastActivityMs = nowMs;
  }

  signOut(session: Session): void {
    session.staffId = null;
    session.locked = false;
  }

  /** Signs out everyone using this staff id, as when an administrator disables the account. */
  signOutStaff(staffId: number): void {
    for (const session of this.sessions.values()) if (session.staffId === staffId) this.signOut(session);
  }

  /** Signs everyone out, as when a restore replaces the staff list under them. */
  signOutAll(): void {
    for (const session of this.sessions.values()) this.signOut(session);
  }

  /** Locks the session if its user has been idle for the limit; true when this call locked it. */
  lockIfIdle(session: Session, nowMs: number, idleMs: number): boolean {
    if (session.staffId === null || session.locked || nowMs - session.lastActivityMs < idleMs) return false;
    session.locked = true;
    return true;
  }

  /** Locks every idle session and returns the ones this call locked. */
  lockIdle(nowMs: number, idleMs: number): Session[] {
    return [...this.sessions.values()].filter((session) => this.lockIfIdle(session, nowMs, idleMs));
  }
}
