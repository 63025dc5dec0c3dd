import { describe, expect, it } from 'vitest'

import { errorBody, isRefusal, refusal } from './refusal'

describe('refusal', () => {
  it('takes its code from the status unless one is given', () => {
    expect(refusal({ status: 409, message: 'The change is a draft: submit it first.' })).toEqual({
      ok: false,
      status: 409,
      code: 'wrong-state',
      message: 'The change is a draft: submit it first.',
    })
    expect(refusal({ status: 400, message: 'limit must be 1–500', field: 'limit' }).code).toBe('invalid-parameter')
    expect(refusal({ status: 403, message: 'no', code: 'forbidden', reason: 'four-eyes' }).reason).toBe('four-eyes')
  })

  it('goes on the wire as { errors: [{ message, field?, code }] }, without its reason', () => {
    const at = refusal({ status: 400, message: 'at must be in the future', field: 'at', reason: 'past' })
    expect(errorBody(at)).toEqual({ errors: [{ message: 'at must be in the future', field: 'at', code: 'invalid-parameter' }] })
    expect(errorBody(refusal({ status: 404, message: 'drugs/x is not in the feed.' }))).toEqual({
      errors: [{ message: 'drugs/x is not in the feed.', code: 'not-found' }],
    })
  })

  it('is recognised by shape, not by class', () => {
    expect(isRefusal(JSON.parse(JSON.stringify(refusal({ status: 410, message: 'retired' }))))).toBe(true)
    expect(isRefusal({ ok: false, status: 409, message: 'x', code: 'made-up' })).toBe(false)
    expect(isRefusal(new Error('x'))).toBe(false)
  })
})
