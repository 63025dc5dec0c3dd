import { describe, expect, it } from 'vitest'

import { checkRevisionChain } from '../checkRevisionChain'
import { RevisionInvalidError } from '../RevisionInvalidError'
import { boardApproval, findRevision, publishDemo, summaryDoc } from '../seedDocuments.fixture'
import { verifyRevision } from '../verifyRevision'
import { buildRetirement } from './buildRetirement'
import { buildRevision } from './buildRevision'

const demo = publishDemo()
const summary = findRevision(demo, 'summaries', 'adult-soft-tissue-sarcoma-treatment-patient')
const retired = buildRetirement({
  previous: summary,
  approval: boardApproval('Superseded', 'major-change'),
  now: new Date('2026-04-01T08:00:00.000Z'),
})

describe('buildRetirement', () => {
  it('is the next version, with no content, keeping the title the document had', () => {
    expect(retired).toMatchObject({
      type: 'summaries',
      kind: 'retired',
      slug: summary.slug,
      documentId: summary.documentId,
      version: 2,
      title: 'Adult Soft Tissue Sarcoma Treatment (Patient Version)',
      previousHash: summary.hash,
      content: null,
      publishedAt: '2026-04-01T08:00:00.000Z',
    })
    expect(verifyRevision({ revision: retired }).ok).toBe(true)
  })

  it('logs every section and citation as removed', () => {
    expect(retired.changeLog.sections.removed).toHaveLength(summary.content.sections.length)
    expect(retired.changeLog.citations.removed).toHaveLength(summary.content.citations.length)
    expect(retired.changeLog.fields).toContainEqual({ path: 'title', before: summary.title, after: null })
  })

  it('cannot retire what is already retired', () => {
    expect(() => buildRetirement({ previous: retired, approval: boardApproval('again'), now: new Date() })).toThrow(RevisionInvalidError)
  })

  it('lets the document publish again later, starting from nothing', () => {
    const back = buildRevision({
      type: 'summaries',
      doc: summaryDoc(),
      previous: retired,
      resolved: demo,
      approval: boardApproval('Reinstated', 'major-change'),
      now: new Date('2026-05-01T08:00:00.000Z'),
    })
    expect(back).toMatchObject({ version: 3, previousHash: retired.hash, kind: 'published' })
    expect(back.changeLog.sections.added).toHaveLength(summary.content.sections.length)
    expect(checkRevisionChain({ revisions: [summary, retired, back] })).toEqual([])
  })
})
