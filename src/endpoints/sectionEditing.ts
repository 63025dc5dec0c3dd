import type { CollectionBeforeDeleteHook, Endpoint, PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { slugs } from '@collections/slugs'
import { isRefusal, refusal } from '@/domain/errors'
import { canWriteContent } from '@/domain/people/roles'
import { removeSection, sectionContentOf, sectionFingerprint, type SectionRow } from '@/domain/sections/sectionEdit'
import { refusalError } from '@/errors/refusalError'

import '@/context'

/**
 * The outline of a long summary (src/admin/Sections/SectionOutline.tsx) edits its sections one at a time:
 * - `POST /api/summaries/:id/sections/:sectionId/edit` opens the section: a section edit filled from the
 *   summary's draft (the one already open for that section is refreshed), 200 with its id;
 * - `POST /api/summaries/:id/sections/:sectionId/add-after` opens a new, empty section that its first
 *   save puts after that one, 201 with its id;
 * - `DELETE /api/summaries/:id/sections/:sectionId` removes the section from the summary's draft.
 * Every step acts as the signed-in writer on the summary (their access, the review rules, the audit
 * trail) in one transaction; a refusal says why.
 */
const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const shouldCommit = await initTransaction(req)
  try {
    const result = await work()
    if (shouldCommit) await commitTransaction(req)
    return result
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

const draftSectionsOf = async (req: PayloadRequest) => {
  if (!req.user) throw refusalError(refusal({ status: 401, message: 'Sign in to edit a summary’s sections.' }))
  if (!canWriteContent(req.user)) {
    throw refusalError(refusal({ status: 403, message: 'Only writers, editors and admins edit summaries: ask one of them.' }))
  }
  const id = String(req.routeParams?.id ?? '')
  const summary = await req.payload.findByID({
    collection: slugs.summaries,
    id,
    draft: true,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
    select: { sections: true, title: true },
  })
  if (!summary) throw refusalError(refusal({ status: 404, message: `There is no summary with id ${id}.` }))
  return { summary, sections: (summary.sections ?? []) as SectionRow[] }
}

const sectionIdOf = (req: PayloadRequest, sections: SectionRow[]) => {
  const sectionId = String(req.routeParams?.sectionId ?? '')
  const section = sections.find((row) => row.id === sectionId)
  if (!section) {
    throw refusalError(
      refusal({ status: 404, field: 'sectionId', message: `The summary has no section with id ${sectionId}: reload its outline.` }),
    )
  }
  return { sectionId, section }
}

/** The section edit open for this section of this summary, if there is one. */
const openEditOf = async (req: PayloadRequest, summaryId: string | number, sectionId: string) => {
  const { docs } = await req.payload.find({
    collection: slugs.sectionEdits,
    where: { and: [{ summary: { equals: summaryId } }, { sectionId: { equals: sectionId } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { sectionId: true },
  })
  return docs[0] ?? null
}

export const openSection: Endpoint = {
  path: '/:id/sections/:sectionId/edit',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      const { summary, sections } = await draftSectionsOf(req)
      const { sectionId, section } = sectionIdOf(req, sections)
      const data = {
        summary: summary.id,
        sectionId,
        insertAfter: null,
        baseFingerprint: sectionFingerprint(section),
        ...sectionContentOf(section),
      }
      const open = await openEditOf(req, summary.id, sectionId)
      const common = {
        collection: slugs.sectionEdits,
        data: data as never,
        depth: 0,
        req,
        overrideAccess: true,
        context: { galleySectionOpen: true },
      } as const
      const edit = open ? await req.payload.update({ ...common, id: open.id }) : await req.payload.create(common)
      return Response.json({ id: edit.id, message: `Section “${section.title || 'untitled'}” opened for editing.` })
    }),
}

export const addSectionAfter: Endpoint = {
  path: '/:id/sections/:sectionId/add-after',
  method: 'post',
  handler: (req) =>
    inTransaction(req, async () => {
      const { summary, sections } = await draftSectionsOf(req)
      const { sectionId, section } = sectionIdOf(req, sections)
      const edit = await req.payload.create({
        collection: slugs.sectionEdits,
        data: {
          summary: summary.id,
          sectionId: randomBytes(12).toString('hex'),
          insertAfter: sectionId,
          baseFingerprint: null,
          ...sectionContentOf({ title: 'New section', level: section.level ?? 1 }),
        } as never,
        depth: 0,
        req,
        overrideAccess: true,
        context: { galleySectionOpen: true },
      })
      return Response.json({ id: edit.id, message: 'New section opened: it joins the summary when you save it.' }, { status: 201 })
    }),
}

export const deleteSection: Endpoint = {
  path: '/:id/sections/:sectionId',
  method: 'delete',
  handler: (req) =>
    inTransaction(req, async () => {
      const { summary, sections } = await draftSectionsOf(req)
      const { sectionId, section } = sectionIdOf(req, sections)
      const remaining = removeSection(sections, sectionId)
      if (isRefusal(remaining)) throw refusalError(remaining)
      await req.payload.update({
        collection: slugs.summaries,
        id: summary.id,
        data: { sections: remaining } as never,
        draft: true,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
        select: { slug: true },
      })
      await req.payload.delete({
        collection: slugs.sectionEdits,
        where: { and: [{ summary: { equals: summary.id } }, { sectionId: { equals: sectionId } }] },
        req,
        overrideAccess: true,
      })
      return Response.json({
        message: `Section “${section.title || 'untitled'}” removed from the draft. Submit the summary for review to publish the change.`,
      })
    }),
}

export const sectionEditing: Endpoint[] = [openSection, addSectionAfter, deleteSection]

/** A summary that is deleted (an unpublished draft, by an admin) takes its open section edits with it. */
export const closeSectionEdits: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: slugs.sectionEdits, where: { summary: { equals: id } }, req, overrideAccess: true })
}
