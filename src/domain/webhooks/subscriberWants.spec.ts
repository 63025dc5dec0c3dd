import { describe, expect, it } from 'vitest'

import { subscriberWants } from './subscriberWants'

describe('subscriberWants', () => {
  it('sends every type to a subscriber that chose none', () => {
    for (const types of [null, undefined, []]) expect(subscriberWants({ types, eventType: 'stages' })).toBe(true)
  })

  it('sends only the chosen types', () => {
    expect(subscriberWants({ types: ['drugs'], eventType: 'drugs' })).toBe(true)
    expect(subscriberWants({ types: ['drugs'], eventType: 'stages' })).toBe(false)
    expect(subscriberWants({ types: ['drugs', 'stages'], eventType: 'stages' })).toBe(true)
  })
})
