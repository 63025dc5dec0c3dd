import { describe, expect, it } from 'vitest'

import { previewExitSchema, previewRequestSchema } from './previewRequest'

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? []

describe('previewRequestSchema', () => {
  it('accepts a summary or a drug by slug', () => {
    expect(previewRequestSchema.parse({ collection: 'drugs', slug: 'pazopanib' })).toEqual({ collection: 'drugs', slug: 'pazopanib' })
  })

  it('names the collection when it has no page of its own', () => {
    expect(fieldsOf(previewRequestSchema.safeParse({ collection: 'users', slug: 'x' }))).toEqual(['collection'])
  })

  it('names the slug when it is not a slug', () => {
    expect(fieldsOf(previewRequestSchema.safeParse({ collection: 'drugs', slug: '../admin' }))).toEqual(['slug'])
  })
})

describe('previewExitSchema', () => {
  it('goes back to a path on this site', () => {
    expect(previewExitSchema.parse({ path: '/drugs/pazopanib' }).path).toBe('/drugs/pazopanib')
  })

  it('defaults to the home page', () => {
    expect(previewExitSchema.parse({}).path).toBe('/')
  })

  it('refuses another origin, however it is spelled', () => {
    const refused = ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)']
    expect(refused.filter((path) => previewExitSchema.safeParse({ path }).success)).toEqual([])
  })
})
