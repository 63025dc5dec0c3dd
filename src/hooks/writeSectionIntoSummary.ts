import type { CollectionBeforeChangeHook } from 'payload'

import { slugs } from '@collections/slugs'
import { isRefusal, refusal } from '@/domain/errors'
import { applySectionEdit, sectionContentOf, sectionFingerprint, type SectionRow } from '@/domain/sections/sectionEdit'
import { relatedId } from '@/domain/revisions/readDoc'
import { refusalError } from '@/errors/refusalError'

import '@/context'

/**
 * Saving a section edit saves its section into the summary's draft: through the summary's own update,
 * as the signed-in writer (their access, the review rules, the edit recorded in the audit trail), in
 * this save's transaction. Refused, and nothing saved, when the section changed in the summary since
 * it was opened. Writes made by Galley itself when it opens a section (context.galleySectionOpen) pass.
 */
export const writeSectionIntoSummary: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (req.context.galleySectionOpen) return data
  if (operation !== 'update' || !originalDoc) {
    throw refusalError(refusal({ status: 403, message: 'Open a section from its summary’s outline to edit it.' }))
  }
  if (!req.user) throw refusalError(refusal({ status: 401, message: 'Sign in to edit a section.' }))
  const summaryId = relatedId(originalDoc.summary)
  if (!summaryId) throw refusalError(refusal({ status: 409, message: 'This section edit has lost its summary: open the section again.' }))
  const summary = await req.payload.findByID({
    collection: slugs.summaries,
    id: summaryId,
    draft: true,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    select: { sections: true },
  })
  if (!summary)
    throw refusalError(refusal({ status: 404, message: `The summary ${summaryId} of this section is gone or not yours to edit.` }))
  const content = sectionContentOf({ ...originalDoc, ...data } as SectionRow)
  const sections = applySectionEdit((summary.sections ?? []) as SectionRow[], {
    sectionId: String(originalDoc.sectionId),
    insertAfter: (originalDoc.insertAfter as string | null | undefined) ?? null,
    baseFingerprint: (originalDoc.baseFingerprint as string | null | undefined) ?? null,
    content,
  })
  if (isRefusal(sections)) throw refusalError(sections)
  await req.payload.update({
    collection: slugs.summaries,
    id: summaryId,
    data: { sections } as never,
    draft: true,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    select: { slug: true },
  })
  return { ...data, baseFingerprint: sectionFingerprint(content), insertAfter: null }
}
