import type { RevisionOf } from '../../revisions/revisionSchema'
import type { PdqSummary } from '../types'
import type { SummaryToExport } from './toPdq'

import { galleyCdrId } from './schema'
import { pdqFromSummary } from './toPdq'

/**
 * A published summary revision as a PDQ document: what `/feed/v1/pdq/{cdrId}.xml` serves. Everything
 * comes from the revision itself (its sections, its resolved citations with their PMIDs and text, the
 * PDQ metadata kept at import), so an old version exports as it was published.
 */
export const pdqFromRevision = (revision: RevisionOf<'summaries'>, { siteUrl }: { siteUrl: string }): PdqSummary => {
  const { content } = revision
  const cdrId = content.cdrId ?? galleyCdrId(revision.documentId)
  if (!cdrId) throw new Error(`summaries/${revision.slug} has no PDQ id to export under`)
  const cited = new Map(content.citations.map((citation) => [citation.id, { pmid: citation.pmid, text: citation.citation }]))
  // An imported summary names the PDQ boards it named (some name none); one made in Galley, its board.
  const boards = content.pdq
    ? content.pdq.meta.boards.map((board) => ({ cdrId: board.ref, name: board.text }))
    : [{ cdrId: galleyCdrId(revision.board.id) ?? 'CDR0000000000', name: revision.board.name }]
  const summary: SummaryToExport = {
    cdrId,
    title: content.title,
    audience: content.audience,
    language: content.language,
    summaryType: content.summaryType,
    description: content.description,
    translationOfCdrId: content.translationOfCdrId ?? null,
    patientVersionOfCdrId: content.patientVersionOfCdrId ?? null,
    boards,
    dateFirstPublished: content.dateFirstPublished ?? null,
    dateLastModified: content.dateLastModified ?? revision.publishedAt,
    sections: content.sections.map((section) => ({
      pdqId: section.pdqId ?? null,
      level: section.level ?? 1,
      title: section.title,
      keyPoints: section.keyPoints,
      body: section.body,
      pdq: section.pdq ?? null,
    })),
    pdq: content.pdq ?? null,
    url: `${siteUrl}/summaries/${revision.slug}`,
  }
  return pdqFromSummary(summary, (id) => cited.get(id))
}
