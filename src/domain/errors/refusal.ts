/**
 * The one shape in which Galley says no, in the domain and on the wire. The domain returns a
 * `Refusal` (it never throws one); the glue turns it into an HTTP answer whose JSON body is
 * `{ errors: [{ message, field?, code }] }`, the shape of Payload's own REST errors.
 */
import { z } from 'zod'

/** Stable codes a client can branch on; the message is for people. */
export const errorCodes = [
  'invalid-parameter',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'wrong-state',
  'gone',
  'busy',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 409 | 410 | 503

/** The code a status means when nothing more precise is said. */
export const codeForStatus = (status: number): ErrorCode => {
  switch (status) {
    case 400:
      return 'invalid-parameter'
    case 401:
      return 'unauthorized'
    case 403:
      return 'forbidden'
    case 404:
      return 'not-found'
    case 405:
      return 'method-not-allowed'
    case 409:
      return 'wrong-state'
    case 410:
      return 'gone'
    case 503:
      return 'busy'
    default:
      return 'internal'
  }
}

export type Refusal<Reason extends string = string> = {
  ok: false
  status: RefusalStatus
  code: ErrorCode
  /** For people: what is wrong, in which state, and what to do about it. */
  message: string
  /** The field or parameter at fault (a dot path), when one is. */
  field?: string
  /** A finer reason for the domain's own tests and logs (e.g. `four-eyes-submitter`); not sent. */
  reason?: Reason
}

type RefusalArgs<Reason extends string> = {
  status: RefusalStatus
  message: string
  field?: string
  reason?: Reason
  code?: ErrorCode
}

export const refusal = <Reason extends string = string>({
  status,
  message,
  field,
  reason,
  code,
}: RefusalArgs<Reason>): Refusal<Reason> => ({
  ok: false,
  status,
  code: code ?? codeForStatus(status),
  message,
  ...(field !== undefined && { field }),
  ...(reason !== undefined && { reason }),
})

/** True for a refusal, whichever copy of this module made it (checked by shape). */
export const isRefusal = (value: unknown): value is Refusal => {
  const candidate = value as Partial<Refusal> | null
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.ok === false &&
    typeof candidate.status === 'number' &&
    typeof candidate.message === 'string' &&
    (errorCodes as readonly string[]).includes(candidate.code as string)
  )
}

export const errorEntrySchema = z.strictObject({
  message: z.string().describe('What is wrong and what to do about it, for people'),
  field: z.string().optional().describe('The field or query parameter at fault, when one is'),
  code: z.enum(errorCodes).describe('A stable code to branch on'),
})

export const errorBodySchema = z.strictObject({ errors: z.array(errorEntrySchema).min(1) })

export type ErrorEntry = z.infer<typeof errorEntrySchema>
export type ErrorBody = z.infer<typeof errorBodySchema>

/** The JSON body answering one or more refusals. */
export const errorBody = (...refusals: Pick<Refusal, 'message' | 'field' | 'code'>[]): ErrorBody => ({
  errors: refusals.map(({ message, field, code }) => ({ message, ...(field !== undefined && { field }), code })),
})
