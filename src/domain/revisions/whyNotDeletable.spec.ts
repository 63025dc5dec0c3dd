import { describe, expect, it } from 'vitest'

import { whyNotDeletable } from './whyNotDeletable'

describe('whyNotDeletable', () => {
  it('lets a never-published document be deleted', () => {
    expect(whyNotDeletable({ label: 'drug', latest: null })).toBeNull()
  })

  it('refuses a published document and says to retire it through review', () => {
    const reason = whyNotDeletable({ label: 'drug', latest: { documentId: '7', version: 3, kind: 'published' } })
    expect(reason).toMatch(/drug \(id 7\) is published \(version 3/)
    expect(reason).toMatch(/submit it for retirement/)
  })

  it('refuses a retired document, whose history stays in the feed', () => {
    const reason = whyNotDeletable({ label: 'drug', latest: { documentId: '7', version: 4, kind: 'retired' } })
    expect(reason).toMatch(/retired \(version 4\), so it cannot be deleted/)
  })
})
