import type { Endpoint } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SummarySource } from '@/domain/translation/translationDraft'

import { slugs } from '@collections/slugs'
import { isRefusal, refusal } from '@/domain/errors'
import { canWriteContent } from '@/domain/people/roles'
import { translationDraft } from '@/domain/translation/translationDraft'
import { refusalError } from '@/errors/refusalError'

/**
 * `POST /api/summaries/:id/translate` (the admin's "Create Spanish translation"): a Spanish draft of the
 * English summary, linked to it by `translationOf`, made by the signed-in writer with their own access.
 * It is a draft like any other: nothing is public until its board approves it. 201 with the draft; a
 * refusal says why (not English, already translated, not a writer, no such summary).
 */
export const createTranslation: Endpoint = {
  path: '/:id/translate',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refusalError(refusal({ status: 401, message: 'Sign in to create a translation.' }))
    if (!canWriteContent(req.user)) {
      throw refusalError(refusal({ status: 403, message: 'Only writers, editors and admins can create a translation: ask one of them.' }))
    }
    const id = String(req.routeParams?.id ?? '')
    const as = { req, overrideAccess: false, depth: 0 } as const
    const shouldCommit = await initTransaction(req)
    try {
      const source = await req.payload.findByID({ collection: slugs.summaries, id, draft: true, disableErrors: true, ...as })
      if (!source) throw refusalError(refusal({ status: 404, message: `There is no summary with id ${id}.` }))
      const { docs: existing } = await req.payload.find({
        collection: slugs.summaries,
        where: { translationOf: { equals: source.id } },
        draft: true,
        limit: 1,
        select: { title: true },
        ...as,
      })
      const { docs: similar } = await req.payload.find({
        collection: slugs.summaries,
        where: { slug: { like: `${source.slug.slice(0, 110)}-es` } },
        draft: true,
        limit: 0,
        pagination: false,
        select: { slug: true },
        ...as,
      })
      const draft = translationDraft({
        source: source as unknown as SummarySource,
        existing: existing[0] ? { id: existing[0].id, title: existing[0].title } : null,
        takenSlugs: new Set(similar.map((doc) => doc.slug as string)),
      })
      if (isRefusal(draft)) throw refusalError(draft)
      const created = await req.payload.create({
        collection: slugs.summaries,
        data: { ...draft, _status: 'draft' } as never,
        draft: true,
        ...as,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json(
        { doc: created, message: 'Spanish translation created as a draft: translate it, then submit it for its board’s review.' },
        { status: 201 },
      )
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
}
