import { describe, expect, it } from 'vitest'

import type { PublishedRevision } from '../revisions'

import { buildRetirement } from '../revisions'
import { importApproval, publishDemo } from '../revisions/seedDocuments.fixture'
import { termOf, termsOf } from './analyze'
import { searchDocumentOf, searchEntryOf } from './entries'

const demo = publishDemo()
const first = (type: PublishedRevision['type']) => demo.find((revision) => revision.type === type)!

describe('searchDocumentOf', () => {
  it('gives a summary its description first, then one passage per section at its anchor', () => {
    const summary = first('summaries')
    const document = searchDocumentOf(summary)!
    if (summary.type !== 'summaries') throw new Error('not a summary')
    expect(document).toMatchObject({
      key: `summaries:${summary.documentId}`,
      type: 'summaries',
      url: `/summaries/${summary.slug}`,
      language: summary.content.language,
      audience: summary.content.audience,
    })
    expect(document.sections[0]).toMatchObject({ anchor: '', heading: '' })
    expect(document.sections.slice(1).map((section) => section.heading)).toEqual(summary.content.sections.map((section) => section.title))
    expect(document.sections[1].anchor).toMatch(/^(section-|_)/)
  })

  it('leaves out citation numbers, which no reader searches for', () => {
    const document = searchDocumentOf(first('summaries'))!
    expect(document.sections.map((section) => section.text).join('\n')).not.toMatch(/\[\d+\]/)
  })

  it('covers drugs and stages with their pages', () => {
    expect(searchDocumentOf(first('drugs'))).toMatchObject({ type: 'drugs', url: `/drugs/${first('drugs').slug}`, audience: null })
    const stage = first('stages')
    expect(searchDocumentOf(stage)?.url).toMatch(/^\/stages\/[a-z-]+$/)
    expect(searchDocumentOf(stage)?.sections[0].anchor).toBe(stage.slug)
  })

  it('leaves out references, treatments and retirements', () => {
    expect(searchDocumentOf(first('references'))).toBeNull()
    expect(searchDocumentOf(first('treatments'))).toBeNull()
    expect(
      searchDocumentOf(buildRetirement({ previous: first('drugs'), approval: importApproval, now: new Date('2026-02-01T00:00:00Z') })),
    ).toBeNull()
  })
})

describe('searchEntryOf', () => {
  it('keeps the title terms on the document and each section’s own terms on its row', () => {
    const document = searchDocumentOf(first('summaries'))!
    const entry = searchEntryOf(document)
    expect(entry.meta.titleTerms.split(' ')).toContain(termOf('sarcoma', 'en'))
    expect(entry.rows).toHaveLength(document.sections.length)
    expect(entry.rows.map((row) => row.position)).toEqual(document.sections.map((_, index) => index))
    expect(entry.rows[1].terms.split(' ')).toEqual(expect.arrayContaining(termsOf(document.sections[1].heading, 'en').split(' ')))
  })
})
