import { describe, expect, it } from 'vitest'

import type { PublishedRevision } from '../revisions'

import { buildRetirement } from '../revisions'
import { importApproval, publishDemo } from '../revisions/seedDocuments.fixture'
import { termOf } from './analyze'
import { searchDocumentOf, searchRowsOf } from './entries'

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

describe('searchRowsOf', () => {
  it('gives every row the title terms, so a title word and a section word find the section together', () => {
    const document = searchDocumentOf(first('summaries'))!
    const rows = searchRowsOf(document)
    expect(rows).toHaveLength(document.sections.length)
    expect(new Set(rows.map((row) => row.titleTerms)).size).toBe(1)
    expect(rows[0].titleTerms.split(' ')).toContain(termOf('sarcoma', 'en'))
  })
})
