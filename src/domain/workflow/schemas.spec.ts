import { describe, expect, it } from 'vitest'
import { publishBodySchema, reviewSchema, submitBodySchema, voteBodySchema, withdrawBodySchema } from './schemas'
import { initialReview } from './initialReview'
import { reviewIn } from './fixtures'

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? []

describe('request bodies', () => {
  it('submit: names each bad field', () => {
    expect(messages(submitBodySchema.safeParse({}))).toEqual([
      'changeType must be one of new, major-change, minor-change, reformat, comprehensive-review',
      'note is required',
    ])
    expect(messages(submitBodySchema.safeParse({ changeType: 'new', note: 'n', intent: 'delete' }))).toEqual([
      'intent must be one of publish, retire',
    ])
    expect(messages(submitBodySchema.safeParse({ changeType: 'new', note: 42 }))).toEqual(['note must be a string'])
    expect(messages(submitBodySchema.safeParse({ changeType: 'new', note: 'n', publicNote: 7 }))).toEqual(['publicNote must be a string'])
    expect(messages(submitBodySchema.safeParse({ changeType: 'new', note: 'n', publicNote: 'x'.repeat(1001) }))).toEqual([
      'publicNote must be at most 1000 characters',
    ])
    expect(messages(submitBodySchema.safeParse({ changeType: 'new', note: 'n', hasPendingChanges: 'yes' }))).toEqual([
      'hasPendingChanges must be true or false',
    ])
  })

  it('submit: trims the note and accepts the optional fields', () => {
    expect(submitBodySchema.parse({ changeType: 'reformat', note: '  Tables  ', intent: 'retire', hasPendingChanges: true })).toEqual({
      changeType: 'reformat',
      note: 'Tables',
      intent: 'retire',
      hasPendingChanges: true,
    })
  })

  it('rejects unknown fields by name, so a misspelling is not silently dropped', () => {
    expect(messages(voteBodySchema.safeParse({ decision: 'approve', comments: 'ok' }))).toEqual(['unknown field(s): comments'])
    expect(messages(withdrawBodySchema.safeParse('withdraw'))).toEqual(['request body must be a JSON object'])
  })

  it('vote: a comment is needed unless approving; a blank one counts as absent', () => {
    expect(voteBodySchema.parse({ decision: 'approve', comment: '' })).toEqual({ decision: 'approve' })
    expect(messages(voteBodySchema.safeParse({ decision: 'reject', comment: '' }))).toEqual(['comment is required when decision is reject'])
    expect(messages(voteBodySchema.safeParse({ decision: 'maybe' }))).toEqual(['decision must be one of approve, request-changes, reject'])
  })

  it('publish: `at` must be a date-time with a time zone', () => {
    expect(publishBodySchema.parse({ at: '2026-04-01T09:00:00+02:00' })).toEqual({ at: '2026-04-01T09:00:00+02:00' })
    expect(messages(publishBodySchema.safeParse({ at: 'tomorrow' }))[0]).toMatch(/^at must be an ISO 8601 date-time/)
  })

  it('withdraw: the note is capped at 2000 characters', () => {
    expect(messages(withdrawBodySchema.safeParse({ note: 'x'.repeat(2001) }))).toEqual(['note must be at most 2000 characters'])
  })
})

describe('reviewSchema', () => {
  it('accepts what the workflow stores', () => {
    expect(reviewSchema.parse(initialReview({ state: 'published' }))).toEqual({
      state: 'published',
      round: 0,
      intent: 'publish',
      roundEditors: [],
      votes: [],
    })
    expect(reviewSchema.safeParse(reviewIn({ state: 'approved' })).success).toBe(true)
  })

  it('refuses an unknown state', () => {
    expect(messages(reviewSchema.safeParse({ ...initialReview(), state: 'live' }))[0]).toMatch(/^state must be one of draft/)
  })
})
