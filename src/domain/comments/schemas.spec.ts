import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { commentBodySchema } from './schemas'

const issues = (result: z.ZodSafeParseResult<unknown>) =>
  result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))

describe('commentBodySchema', () => {
  it('trims the body and reads parentId as a string id', () => {
    expect(commentBodySchema.parse({ body: '  Please cite the 2025 trial.  ' })).toEqual({ body: 'Please cite the 2025 trial.' })
    expect(commentBodySchema.parse({ body: 'Agreed', parentId: 12 })).toEqual({ body: 'Agreed', parentId: '12' })
    expect(commentBodySchema.parse({ body: 'Agreed', parentId: '665f1c2ab3e4d5f6a7b8c9d0' }).parentId).toBe('665f1c2ab3e4d5f6a7b8c9d0')
    expect(commentBodySchema.parse({ body: 'Agreed', parentId: null })).toEqual({ body: 'Agreed' })
  })

  it('requires a body of at most 5000 characters, naming it', () => {
    expect(issues(commentBodySchema.safeParse({}))).toEqual([{ path: 'body', message: 'body is required' }])
    expect(issues(commentBodySchema.safeParse({ body: '   ' }))).toEqual([{ path: 'body', message: 'body must not be empty' }])
    expect(issues(commentBodySchema.safeParse({ body: 42 }))).toEqual([{ path: 'body', message: 'body must be a string' }])
    expect(issues(commentBodySchema.safeParse({ body: 'x'.repeat(5001) }))).toEqual([
      { path: 'body', message: 'body must be at most 5000 characters' },
    ])
    expect(commentBodySchema.safeParse({ body: 'x'.repeat(5000) }).success).toBe(true)
  })

  it('names parentId when it is not an id', () => {
    for (const parentId of [0, -1, 1.5, '', 'drop table', {}]) {
      expect(issues(commentBodySchema.safeParse({ body: 'ok', parentId }))).toEqual([
        { path: 'parentId', message: 'parentId must be the id of a comment on this document' },
      ])
    }
  })

  it('reports unknown fields instead of ignoring them', () => {
    expect(issues(commentBodySchema.safeParse({ body: 'ok', text: 'typo' }))).toEqual([{ path: '', message: 'unknown field(s): text' }])
  })
})
