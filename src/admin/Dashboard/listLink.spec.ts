import { describe, expect, it } from 'vitest'

import { listLink } from './listLink'

describe('listLink', () => {
  it('writes a where as the list view reads it from the URL', () => {
    const href = listLink('/admin', 'references', { and: [{ lastReviewedAt: { less_than: '2023-12-01' } }, { board: { in: ['1', '2'] } }] })
    expect(decodeURIComponent(href)).toBe(
      '/admin/collections/references?where[and][0][lastReviewedAt][less_than]=2023-12-01&where[and][1][board][in][0]=1&where[and][1][board][in][1]=2',
    )
  })

  it('is the plain list without a where', () => {
    expect(listLink('/admin', 'summaries')).toBe('/admin/collections/summaries')
  })
})
