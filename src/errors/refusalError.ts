import { APIError } from 'payload'

import type { Refusal } from '@/domain/errors'

/**
 * Refusals as an error Payload answers with their status. The refusals ride in `data` and
 * `answerRefusals` (an afterError hook) writes them as `{ errors: [{ message, field?, code }] }`;
 * `isPublic` keeps Payload from replacing the message with a generic one.
 */
export const refusalError = (...refusals: [Refusal, ...Refusal[]]): APIError =>
  new APIError(refusals.map((refusal) => refusal.message).join(' '), refusals[0].status, { refusals }, true)
