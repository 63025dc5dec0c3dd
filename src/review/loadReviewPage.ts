import type { PayloadRequest } from 'payload'

import type { ReviewedCollection } from '@collections/slugs'
import type { ChangeLog } from '@/domain/diff'
import type { FieldCatalog, FieldConfigLike, ReadableFieldChange } from '@/domain/diff/readableFieldChange'

import { diffDocuments } from '@/domain/diff'
import { documentCitations } from '@/domain/diff/documentCitations'
import { fieldCatalog, readableFieldChange, relatedIdsIn, relatedKey } from '@/domain/diff/readableFieldChange'

import { reviewView } from './describeReview'
import { userNames } from '@/people/userNames'
import { slugs } from '@collections/slugs'

type Args = { req: PayloadRequest; collection: ReviewedCollection; id: string }

/** Short labels for cited references: "Author et al. Title (year)". */
const loadReferenceLabels = async (req: PayloadRequest, ids: string[]): Promise<Record<string, string>> => {
  if (ids.length === 0) return {}
  const { docs } = await req.payload.find({
    collection: slugs.references,
    where: { id: { in: ids } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: false,
  })
  return Object.fromEntries(docs.map((reference) => [String(reference.id), reference.citation || reference.title]))
}

/**
 * Names of the related documents that changed fields point at, read with the signed-in user's access
 * (a document they may not read stays unnamed). People are named like everywhere else in the admin.
 */
const loadRelatedNames = async (req: PayloadRequest, wanted: Map<string, Set<string>>): Promise<Record<string, string>> => {
  const names: Record<string, string> = {}
  await Promise.all(
    [...wanted].map(async ([collection, ids]) => {
      if (collection === slugs.users) {
        for (const [id, name] of await userNames(req, ids)) names[relatedKey(collection, id)] = name
        return
      }
      const config = req.payload.collections[collection as keyof typeof req.payload.collections]?.config
      if (!config) return
      const titleField = config.admin?.useAsTitle ?? 'id'
      const { docs } = await req.payload.find({
        collection: config.slug as keyof typeof req.payload.collections,
        where: { id: { in: [...ids] } },
        draft: true,
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: false,
      })
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const title = doc[titleField]
        names[relatedKey(collection, String(doc.id))] =
          typeof title === 'string' && title !== '' ? title : `${config.slug} ${String(doc.id)}`
      }
    }),
  )
  return names
}

/** Field changes as a reviewer reads them: labels and human values, related documents by name. */
const readableChanges = async (req: PayloadRequest, collection: ReviewedCollection, changeLog: ChangeLog) => {
  const fields = req.payload.collections[collection].config.fields as unknown as FieldConfigLike[]
  const catalog: FieldCatalog = fieldCatalog(fields)
  const sectionCatalog: FieldCatalog = new Map(
    [...catalog].filter(([path]) => path.startsWith('sections.')).map(([path, info]) => [path.slice('sections.'.length), info]),
  )
  const sectionChanges = changeLog.sections.changed.flatMap((section) => section.fields)
  const wanted = relatedIdsIn(changeLog.fields, catalog)
  for (const [relatedCollection, ids] of relatedIdsIn(sectionChanges, sectionCatalog)) {
    const set = wanted.get(relatedCollection) ?? new Set<string>()
    for (const id of ids) set.add(id)
    wanted.set(relatedCollection, set)
  }
  const names = await loadRelatedNames(req, wanted)
  const fieldChanges: ReadableFieldChange[] = changeLog.fields.map((change) => readableFieldChange({ change, catalog, names }))
  const sectionFieldChanges: Record<string, ReadableFieldChange[]> = Object.fromEntries(
    changeLog.sections.changed.map((section) => [
      section.id,
      section.fields.map((change) => readableFieldChange({ change, catalog: sectionCatalog, names })),
    ]),
  )
  return { fieldChanges, sectionFieldChanges }
}

/**
 * Everything the document's Review tab shows, read with the signed-in user's access: the review
 * (state, votes against quorum, allowed actions, comments, audit trail) and the diff of the draft
 * against the published version.
 */
export const loadReviewPage = async ({ req, collection, id }: Args) => {
  const view = await reviewView({ req, ref: { collection, id } })
  const [draft, current] = await Promise.all([
    req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false }),
    req.payload.findByID({ collection, id, draft: false, depth: 0, req, overrideAccess: false }),
  ])
  const published = current._status === 'published' ? current : null
  const changeLog: ChangeLog = diffDocuments({ before: published, after: draft })

  const cited = new Set([...documentCitations(draft), ...documentCitations(published)])
  const people = new Set<string>()
  for (const vote of view.votes) people.add(vote.voterId)
  for (const vote of view.tally.notCounted) people.add(vote.voterId)
  for (const event of view.history) if (event.actor) people.add(String(event.actor))
  if (view.submittedBy) people.add(view.submittedBy)

  const [names, referenceLabels, readable] = await Promise.all([
    userNames(req, people).then((names) => Object.fromEntries(names)),
    loadReferenceLabels(req, [...cited]),
    readableChanges(req, collection, changeLog),
  ])
  return { view, changeLog, hasPublished: published !== null, names, referenceLabels, ...readable }
}

export type ReviewPage = Awaited<ReturnType<typeof loadReviewPage>>
