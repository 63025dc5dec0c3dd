import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { contentHash } from '@/domain/revisions/contentHash'
import { validateStageSystem } from '@/domain/staging/validateStages'
import { recordImport } from '@/review/reviewStore'
import { recordRevision } from '@/revisions/recordRevision'

import type { ReviewedCollection } from '../../collections/slugs'

import { slugs } from '../../collections/slugs'
import '../context'
import { drugs, references, stages, summary, treatments } from './data'
import { demoBoards, demoDefaultBoard, demoUsers } from './data/people'
import { seedBlocksToLexical } from './lexical'

type Args = {
  payload: Payload
  password: string
  log?: (line: string) => void
}

/** Generated types use numeric ids (SQLite, PostgreSQL); MongoDB's string ids pass through unchanged. */
type Id = number

/**
 * Creates the demo data set through the Local API, as the demo admin, with published status (the
 * initial import is revision 1 of every document). Idempotent: what already exists is left alone.
 */
export const seedDemo = async ({ payload, password, log = console.log }: Args): Promise<void> => {
  const step = (line: string) => log(`seed: ${line}`)

  const userIds = new Map<string, Id>()
  for (const user of demoUsers) {
    const existing = await payload.find({ collection: slugs.users, where: { email: { equals: user.email } }, limit: 1 })
    const doc = existing.docs[0] ?? (await payload.create({ collection: slugs.users, data: { ...user, password } }))
    userIds.set(user.email, doc.id)
  }
  step(`${demoUsers.length} demo accounts`)

  const admin = await payload.findByID({ collection: slugs.users, id: userIds.get('admin@galley.test')! })
  const req: PayloadRequest = await createLocalReq(
    { user: { ...admin, collection: slugs.users }, context: { galleyPublish: 'initial-import' } },
    payload,
  )
  const asAdmin = { req, overrideAccess: false } as const

  const boardIds = new Map<string, Id>()
  for (const board of demoBoards) {
    const existing = await payload.find({ collection: slugs.boards, where: { slug: { equals: board.slug } }, limit: 1, ...asAdmin })
    const data = { ...board, members: board.members.map((email) => userIds.get(email)!) }
    const doc = existing.docs[0] ?? (await payload.create({ collection: slugs.boards, data, ...asAdmin }))
    boardIds.set(board.slug, doc.id)
  }
  const board = boardIds.get(demoDefaultBoard)!
  await payload.updateGlobal({ slug: slugs.editorialSettings, data: { defaultBoard: board }, ...asAdmin })
  step(`${demoBoards.length} editorial boards; default board set`)

  const upsert = async (
    collection: (typeof slugs)[keyof typeof slugs],
    key: { field: string; value: string },
    data: Record<string, unknown>,
  ): Promise<Id> => {
    const existing = await payload.find({
      collection: collection as 'drugs',
      where: { [key.field]: { equals: key.value } },
      limit: 1,
      draft: true,
      ...asAdmin,
    })
    if (existing.docs[0]) return existing.docs[0].id
    const doc = await payload.create({
      collection: collection as 'drugs',
      data: { ...data, board, _status: 'published' } as never,
      ...asAdmin,
    })
    await recordImport({
      req,
      ref: { collection, id: doc.id },
      boardId: board,
      contentHash: contentHash(doc as unknown as Record<string, unknown>),
    })
    await recordRevision({
      req,
      ref: { collection: collection as ReviewedCollection, id: doc.id },
      kind: 'published',
      review: null,
      now: new Date(),
    })
    return doc.id
  }

  const referenceIds = new Map<string, Id>()
  for (const { key, authors, editors, ...reference } of references) {
    const id = await upsert(
      slugs.references,
      { field: 'title', value: reference.title },
      {
        ...reference,
        authors: authors.map((name) => ({ name })),
        editors: editors?.map((name) => ({ name })),
        lastReviewedBy: userIds.get('reviewer1@galley.test'),
      },
    )
    referenceIds.set(key, id)
  }
  step(`${references.length} references`)

  const drugIds = new Map<string, Id>()
  for (const drug of drugs) {
    const id = await upsert(
      slugs.drugs,
      { field: 'slug', value: drug.slug },
      {
        ...drug,
        brandNames: drug.brandNames.map((name) => ({ name })),
        sideEffects: drug.sideEffects.map((effect) => ({ effect })),
        references: drug.references.map((key) => referenceIds.get(key)!),
      },
    )
    drugIds.set(drug.slug, id)
  }
  step(`${drugs.length} drugs`)

  const treatmentIds = new Map<string, Id>()
  for (const treatment of treatments) {
    const id = await upsert(
      slugs.treatments,
      { field: 'slug', value: treatment.slug },
      {
        ...treatment,
        drugs: treatment.drugs.map((slug) => drugIds.get(slug)!),
      },
    )
    treatmentIds.set(treatment.slug, id)
  }
  step(`${treatments.length} treatments`)

  const stageIds = new Map<string, Id>()
  for (const system of new Set(stages.map((stage) => stage.system))) {
    const { overlaps, gaps } = validateStageSystem({ stages: stages.filter((stage) => stage.system === system) })
    if (overlaps.length || gaps.length) {
      throw new Error(`demo staging for ${system} is invalid: ${[...overlaps, ...gaps].map((p) => p.message).join('; ')}`)
    }
  }
  for (const stage of stages) {
    const id = await upsert(
      slugs.stages,
      { field: 'slug', value: `${stage.system}-${stage.code.toLowerCase()}` },
      {
        ...stage,
        treatmentOptions: stage.treatmentOptions.map(({ treatment, note }) => ({ treatment: treatmentIds.get(treatment)!, note })),
      },
    )
    stageIds.set(`${stage.system}:${stage.code}`, id)
  }
  step(`${stages.length} stages in 2 staging systems (no overlaps, no gaps)`)

  const resolveReference = (key: string) => {
    const id = referenceIds.get(key)
    if (id === undefined) throw new Error(`summary cites unknown reference "${key}"`)
    return id
  }
  await upsert(
    slugs.summaries,
    { field: 'slug', value: summary.slug },
    {
      ...summary,
      relatedStages: summary.relatedStages.map(({ system, code }) => stageIds.get(`${system}:${code}`)!),
      relatedTreatments: summary.relatedTreatments.map((slug) => treatmentIds.get(slug)!),
      relatedDrugs: summary.relatedDrugs.map((slug) => drugIds.get(slug)!),
      sections: summary.sections.map(({ key, keyPoints, body, ...section }) => ({
        ...section,
        keyPoints: keyPoints.map((text) => ({ text })),
        body: seedBlocksToLexical({ blocks: body, resolveReference, idSeed: `${summary.slug}:${key}` }),
      })),
    },
  )
  step(`summary "${summary.title}" in ${summary.sections.length} sections`)
}

/** True when the database has no users yet: the first start of a fresh install. */
export const databaseIsEmpty = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: slugs.users })).totalDocs === 0

export const demoAccountsTable = (password: string): string =>
  ['Demo accounts (password: ' + password + ')', ...demoUsers.map((user) => `  ${user.email.padEnd(24)} ${user.roles.join(', ')}`)].join(
    '\n',
  )
