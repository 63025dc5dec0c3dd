/**
 * Who may try a password now. Two limits on failed sign-ins, both sliding windows:
 *
 * - per client (IP address): at most 20 failures in 10 minutes, whatever the accounts tried;
 * - per account (the e-mail as typed, so unknown and real accounts behave alike): at most 10
 *   failures in 15 minutes.
 *
 * An attempt is counted before the password is checked (so parallel attempts cannot slip past the
 * limit) and taken back when it succeeds: only failures count. The account limit must not let an
 * attacker keep the real user out, so a client that signed in to the account in the last 30 days
 * is exempt from it (only the per-client limit applies to that client). Nothing is written to the
 * account itself: a refusal lifts by itself when the window moves on, or when an admin unlocks the
 * account.
 */
import { SlidingWindow, type WindowLimit } from './slidingWindow'

export type LoginLimits = {
  perClient: WindowLimit
  perAccount: WindowLimit
  trustedClientMs: number
  /** What is counted, in the refusal's message. */
  counted?: string
}

export const defaultLoginLimits: LoginLimits = {
  perClient: { limit: 20, windowMs: 10 * 60_000 },
  perAccount: { limit: 10, windowMs: 15 * 60_000 },
  trustedClientMs: 30 * 24 * 60 * 60_000,
  counted: 'failed sign-in attempts',
}

/**
 * Password reset requests: every request counts (none is taken back), at most 10 per client and 3
 * per e-mail in 15 minutes, so nobody can flood a mailbox with reset mails.
 */
export const resetRequestLimits: LoginLimits = {
  perClient: { limit: 10, windowMs: 15 * 60_000 },
  perAccount: { limit: 3, windowMs: 15 * 60_000 },
  trustedClientMs: 0,
  counted: 'password reset requests',
}

type Who = { client: string; account: string }

export type LoginAttempt = Who & { at: number }

export type ThrottleVerdict =
  { allowed: true; attempt: LoginAttempt } | { allowed: false; limit: 'client' | 'account'; retryAfterSeconds: number; message: string }

/** The account key: the e-mail as Payload compares it. */
export const accountKey = (email: unknown): string => (typeof email === 'string' ? email.trim().toLowerCase() : '')

/** Clients remembered per account; the least recent is forgotten first. */
const MAX_TRUSTED_CLIENTS = 20

const minutes = (ms: number) => Math.round(ms / 60_000)

export class LoginThrottle {
  private readonly perClient: SlidingWindow
  private readonly perAccount: SlidingWindow
  /** account → client → when it last signed in */
  private readonly trusted = new Map<string, Map<string, number>>()
  private readonly limits: LoginLimits
  private readonly counted: string

  constructor(limits: LoginLimits = defaultLoginLimits) {
    this.limits = limits
    this.counted = limits.counted ?? 'attempts'
    this.perClient = new SlidingWindow(limits.perClient)
    this.perAccount = new SlidingWindow(limits.perAccount)
  }

  private isTrusted({ client, account }: Who, now: number): boolean {
    const since = this.trusted.get(account)?.get(client)
    return since !== undefined && now - since < this.limits.trustedClientMs
  }

  /** Counts an attempt about to check a password, or refuses it with how long to wait. */
  attempt({ client, account, now }: Who & { now: number }): ThrottleVerdict {
    const clientWait = this.perClient.retryAfterMs(client, now)
    if (clientWait > 0) {
      const { limit, windowMs } = this.limits.perClient
      return this.refusal(
        'client',
        clientWait,
        `Too many ${this.counted} from your address (at most ${limit} in ${minutes(windowMs)} minutes)`,
      )
    }
    const trusted = this.isTrusted({ client, account }, now)
    const accountWait = trusted ? 0 : this.perAccount.retryAfterMs(account, now)
    if (accountWait > 0) {
      const { limit, windowMs } = this.limits.perAccount
      return this.refusal(
        'account',
        accountWait,
        `Too many ${this.counted} for this account (at most ${limit} in ${minutes(windowMs)} minutes)`,
      )
    }
    this.perClient.hit(client, now)
    if (!trusted) this.perAccount.hit(account, now)
    return { allowed: true, attempt: { client, account, at: now } }
  }

  private refusal(limit: 'client' | 'account', waitMs: number, reason: string): ThrottleVerdict {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000))
    return { allowed: false, limit, retryAfterSeconds, message: `${reason}. Try again in ${retryAfterSeconds} seconds.` }
  }

  /** The attempt signed in: it does not count, and its client is trusted for the account. */
  succeeded({ client, account, at }: LoginAttempt, now: number = at): void {
    this.perClient.takeBack(client, at)
    this.perAccount.takeBack(account, at)
    const clients = this.trusted.get(account) ?? new Map<string, number>()
    clients.delete(client)
    clients.set(client, now)
    if (clients.size > MAX_TRUSTED_CLIENTS) clients.delete(clients.keys().next().value as string)
    this.trusted.set(account, clients)
  }

  /** An admin unlocked the account: its failures are forgotten. */
  unlock(account: string): void {
    this.perAccount.clear(account)
  }
}
