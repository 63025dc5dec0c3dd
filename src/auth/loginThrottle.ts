import type {
  CollectionAfterErrorHook,
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import crypto from 'node:crypto'
import { promisify } from 'node:util'

import { APIError } from 'payload'

import { accountKey, defaultLoginLimits, LoginThrottle, resetRequestLimits } from '@/domain/signIn'

import { clientAddress } from './clientAddress'

const holder = globalThis as unknown as Record<symbol, LoginThrottle | undefined>

/**
 * The process's throttles, shared through `globalThis` so every copy of this module (Next may
 * bundle it more than once) counts together. Per process: several instances each count their own.
 */
const throttle = (): LoginThrottle => (holder[Symbol.for('galley.login.throttle')] ??= new LoginThrottle(defaultLoginLimits))
const resetThrottle = (): LoginThrottle => (holder[Symbol.for('galley.reset.throttle')] ??= new LoginThrottle(resetRequestLimits))

const TOO_MANY = 'too-many-attempts'

class TooManyAttempts extends APIError {
  readonly code = TOO_MANY
  constructor(message: string) {
    super(message, 429, undefined, true)
    this.name = 'TooManyAttempts'
  }
}

const pbkdf2 = promisify(crypto.pbkdf2)
const dummySalt = crypto.randomBytes(32).toString('hex')

/** Payload's password check (600,000 rounds of PBKDF2-SHA256), so an unknown e-mail takes as long as a wrong password. */
const hashDummyPassword = (password: unknown) => pbkdf2(String(password ?? ''), dummySalt, 600_000, 32, 'sha256')

const accountExists = async (req: PayloadRequest, email: string) =>
  Boolean(email) && Boolean(await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } }, req }))

/**
 * Before a password is checked (and before a reset mail is sent, limited the same way): refuses with 429 and Retry-After when the client or the account is
 * over its limit (src/domain/signIn), otherwise counts the attempt; and spends the time of a
 * password check on an e-mail nobody has, so unknown and wrong answer alike and as slowly.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const account = accountKey(args.data?.email)
  const verdict = (operation === 'login' ? throttle() : resetThrottle()).attempt({ client: clientAddress(req), account, now: Date.now() })
  if (!verdict.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(verdict.retryAfterSeconds) })
    throw new TooManyAttempts(verdict.message)
  }
  if (operation === 'forgotPassword') return args
  req.context.galleyLoginAttempt = verdict.attempt
  if (!(await accountExists(req, account))) await hashDummyPassword(args.data?.password)
  return args
}

/** A successful sign-in is not a failure: it is taken back, and the client is trusted for the account. */
export const forgiveSignedIn: CollectionAfterLoginHook = ({ req, user }) => {
  const attempt = req.context.galleyLoginAttempt
  if (attempt) throttle().succeeded(attempt, Date.now())
  return user
}

/** An admin's unlock (POST /api/users/unlock) also forgets the account's failed attempts. */
export const forgetFailuresOnUnlock: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (operation === 'unlock' && result) throttle().unlock(accountKey((args as { data?: { email?: unknown } }).data?.email))
  return result
}

/** 429s in Galley's error shape, `{ errors: [{ message, code }] }`. */
export const tooManyAttemptsShape: CollectionAfterErrorHook = ({ error }) => {
  if ((error as { code?: string }).code !== TOO_MANY) return
  return { status: 429, response: { errors: [{ message: error.message, code: TOO_MANY }] } }
}
