import { describe, expect, it } from 'vitest'

import { buildRevision } from './build/buildRevision'
import { checkRevisionChain } from './checkRevisionChain'
import { boardApproval, drugDocs, findRevision, publishDemo } from './seedDocuments.fixture'

const demo = publishDemo()
const doc = drugDocs().find((drug) => drug.slug === 'pazopanib')!
const v1 = findRevision(demo, 'drugs', 'pazopanib')
const next = (previous: typeof v1, drugClass: string, day: number) =>
  buildRevision({
    type: 'drugs',
    doc: { ...doc, drugClass },
    previous,
    resolved: demo,
    approval: boardApproval(`Class: ${drugClass}`),
    now: new Date(Date.UTC(2026, 2, day)),
  })
const v2 = next(v1, 'Multikinase inhibitor', 2)
const v3 = next(v2, 'Tyrosine kinase inhibitor (multikinase)', 3)

describe('checkRevisionChain', () => {
  it('finds nothing wrong with contiguous, linked versions of one document', () => {
    expect(checkRevisionChain({ revisions: [v1, v2, v3] })).toEqual([])
  })

  it('reports a missing version', () => {
    expect(checkRevisionChain({ revisions: [v1, v3] })).toEqual([
      { path: '[1].version', message: 'is 3, expected 2' },
      { path: '[1].previousHash', message: `is ${v2.hash}, expected ${v1.hash} (the hash of version 1)` },
    ])
  })

  it('reports a chain that does not start at version 1', () => {
    expect(checkRevisionChain({ revisions: [v2, v3] }).map((issue) => issue.path)).toEqual([
      '[0].version',
      '[0].previousHash',
      '[1].version',
    ])
  })

  it('reports a revision of another document', () => {
    const imatinib = findRevision(demo, 'drugs', 'imatinib')
    const issues = checkRevisionChain({ revisions: [v1, { ...imatinib }] })
    expect(issues).toContainEqual({ path: '[1]', message: 'belongs to drugs imatinib (202), not drugs pazopanib (201)' })
  })

  it('reports a revision whose hash no longer matches', () => {
    const edited = { ...v2, publicNote: 'rewritten later' }
    expect(checkRevisionChain({ revisions: [v1, edited, v3] })).toEqual([
      { path: '[1].hash', message: expect.stringMatching(/^is sha256:/) },
    ])
  })
})
