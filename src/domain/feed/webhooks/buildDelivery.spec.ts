import { describe, expect, it } from 'vitest'

import { buildDelivery, webhookDeliverySchema } from './webhookDelivery'

describe('buildDelivery', () => {
  it('announces a publication with the event id and the numbered revision URL', () => {
    const delivery = buildDelivery({
      origin: 'https://galley.example.org',
      event: { id: '42', kind: 'published', type: 'drugs', slug: 'pazopanib', version: 2, title: 'pazopanib', at: '2026-03-02T10:05:00.000Z' },
    })
    expect(delivery).toEqual({
      id: '42',
      type: 'revision.published',
      createdAt: '2026-03-02T10:05:00.000Z',
      data: { type: 'drugs', slug: 'pazopanib', version: 2, url: 'https://galley.example.org/feed/v1/drugs/pazopanib/v2.json' },
    })
    expect(webhookDeliverySchema.parse(delivery)).toEqual(delivery)
  })

  it('announces a retirement as revision.retired', () => {
    const delivery = buildDelivery({
      origin: 'https://galley.example.org',
      event: { id: '43', kind: 'retired', type: 'drugs', slug: 'imatinib', version: 2, title: 'imatinib', at: '2026-03-03T10:00:00.000Z' },
    })
    expect(delivery.type).toBe('revision.retired')
  })
})
