import { describe, expect, it } from 'vitest'

import type { RevisionEvent } from './deliveryBody'

import { deliveryBodyFor, serializeDelivery } from './deliveryBody'
import { subscriberSecretSchema, subscriberUrlSchema } from './schemas'

const event: RevisionEvent = {
  id: '42',
  kind: 'published',
  type: 'drugs',
  slug: 'pazopanib',
  version: 3,
  at: '2026-11-23T12:00:00.000Z',
  url: 'http://localhost:3000/feed/v1/drugs/pazopanib/v3.json',
}

describe('deliveryBodyFor', () => {
  it('turns a publication into a revision.published body', () => {
    expect(deliveryBodyFor({ event })).toEqual({
      id: '42',
      type: 'revision.published',
      createdAt: '2026-11-23T12:00:00.000Z',
      data: { type: 'drugs', slug: 'pazopanib', version: 3, url: 'http://localhost:3000/feed/v1/drugs/pazopanib/v3.json' },
    })
  })

  it('turns a retirement into revision.retired', () => {
    expect(deliveryBodyFor({ event: { ...event, kind: 'retired' } }).type).toBe('revision.retired')
  })

  it('refuses a malformed event instead of sending it', () => {
    expect(() => deliveryBodyFor({ event: { ...event, version: 0 } })).toThrow()
    expect(() => deliveryBodyFor({ event: { ...event, at: 'yesterday' } })).toThrow()
    expect(() => deliveryBodyFor({ event: { ...event, id: '' } })).toThrow()
    // The type is one that publishes revisions, the slug a feed slug: what schema.json promises.
    expect(() => deliveryBodyFor({ event: { ...event, type: 'potions' } })).toThrow()
    expect(() => deliveryBodyFor({ event: { ...event, slug: 'Not A Slug' } })).toThrow()
  })
})

describe('serializeDelivery', () => {
  it('writes the same bytes whatever order the stored keys came back in', () => {
    const body = deliveryBodyFor({ event })
    const reordered = {
      data: { url: body.data.url, version: 3, slug: 'pazopanib', type: body.data.type },
      createdAt: body.createdAt,
      type: body.type,
      id: body.id,
    }
    expect(serializeDelivery({ event: reordered })).toBe(serializeDelivery({ event: body }))
    expect(() => serializeDelivery({ event: { ...body, extra: true } as typeof body })).toThrow()
    expect(serializeDelivery({ event: body })).toBe(
      '{"id":"42","type":"revision.published","createdAt":"2026-11-23T12:00:00.000Z","data":{"type":"drugs","slug":"pazopanib","version":3,"url":"http://localhost:3000/feed/v1/drugs/pazopanib/v3.json"}}',
    )
  })
})

describe('subscriberUrlSchema', () => {
  it.each(['https://partner.example.org/hooks/galley', 'http://127.0.0.1:8080/', 'http://localhost:3000/x?y=1'])('accepts %s', (url) => {
    expect(subscriberUrlSchema.safeParse(url).success).toBe(true)
  })

  it.each(['ftp://partner.example.org/', 'partner.example.org/hooks', 'javascript:alert(1)', 'http://', 'not a url'])(
    'refuses %s, naming url',
    (url) => {
      const result = subscriberUrlSchema.safeParse(url)
      expect(result.success).toBe(false)
      expect(result.error?.issues[0]?.message).toMatch(/^url must be/)
    },
  )
})

describe('subscriberSecretSchema', () => {
  it('wants at least 16 characters', () => {
    expect(subscriberSecretSchema.safeParse('short').error?.issues[0]?.message).toBe('secret must be at least 16 characters')
    expect(subscriberSecretSchema.safeParse('0123456789abcdef').success).toBe(true)
  })
})

describe('the feed URL in a delivery', () => {
  it('must be an absolute http(s) URL', () => {
    expect(() => deliveryBodyFor({ event: { ...event, url: '/feed/v1/drugs/pazopanib/v3.json' } })).toThrow()
  })
})
