import type { Problem } from './fieldShape'

import { isPlainObject } from './fieldShape'

/** The longest address SMTP carries (RFC 5321). */
const maxEmailLength = 254
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const textKeys = ['password', 'token', 'username'] as const

/**
 * Checks the body of a sign-in endpoint (login, forgot-password, reset-password, unlock,
 * first-register): `email` is an address, `password`, `token` and `username` are text. Absent keys
 * are left to Payload, which says which one it misses.
 */
export const checkCredentials = (body: unknown): Problem[] => {
  if (!isPlainObject(body)) return [{ field: 'body', message: 'The body must be an object.' }]
  const problems: Problem[] = []
  const { email } = body
  if (email !== undefined && (typeof email !== 'string' || email.length > maxEmailLength || !emailShape.test(email))) {
    problems.push({ field: 'email', message: 'email must be an e-mail address.' })
  }
  for (const key of textKeys) {
    if (body[key] !== undefined && typeof body[key] !== 'string') problems.push({ field: key, message: `${key} must be text.` })
  }
  return problems
}
