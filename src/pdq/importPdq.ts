import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import fs from 'node:fs'
import path from 'node:path'

import type { FileResult } from '@/domain/pdq/import/plan'
import type { CitationSource, SummaryFromPdq } from '@/domain/pdq/galley/types'
import type { PdqSummary } from '@/domain/pdq/types'
import type { User } from '@/payload-types'

import { relationValue } from '@/db/relationValue'
import { PdqFormatError, parsePdq } from '@/domain/pdq'
import { PdqMappingError, summaryFromPdq } from '@/domain/pdq/galley/fromPdq'
import { changeTypeFor, importOrder, sourceHash } from '@/domain/pdq/import/plan'
import { referenceFieldsFromCitation } from '@/domain/pdq/import/referenceFields'
import { contentHash } from '@/domain/revisions/contentHash'
import { slugify } from '@/domain/text/slug'
import { recordImport } from '@/review/reviewStore'
import { takeReviewAction } from '@/review/takeReviewAction'
import { recordRevision } from '@/revisions/recordRevision'

import { slugs } from '../../collections/slugs'
import '../context'

/**
 * `npm run import:pdq`: NCI's PDQ XML into Galley, through the same doors as everything else. A
 * summary new to Galley becomes published revision 1, recorded in the audit trail as imported; a
 * summary whose file differs from what Galley holds becomes a draft submitted for its board's review;
 * the same file again changes nothing. Each document (each reference, each summary) is written in
 * one transaction. The mapping itself is `src/domain/pdq/galley` and the decisions `…/import/plan.ts`.
 */

type Id = number | string

export type ImportArgs = {
  payload: Payload
  /** Who the audit trail names as importing (an admin). */
  user: User
  /** Files and folders (every *.xml in a folder, sorted). */
  inputs: readonly string[]
  now: () => Date
  /** Called after each file, for the progress display. */
  onFile?: (result: FileResult, done: number, total: number) => void
}

export type ImportReport = { results: FileResult[]; unresolvedLinks: string[] }

/** Every *.xml of the folders (and their subfolders), and the files as given; a missing path is a failed "file". */
export const expandInputs = (inputs: readonly string[]): { files: string[]; missing: FileResult[] } => {
  const files: string[] = []
  const missing: FileResult[] = []
  const folder = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))
    for (const entry of entries) {
      if (entry.isDirectory()) folder(path.join(dir, entry.name))
      else if (entry.name.endsWith('.xml')) files.push(path.join(dir, entry.name))
    }
  }
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false })
    if (!stat) missing.push({ file: input, outcome: 'failed', detail: 'no such file or folder' })
    else if (stat.isDirectory()) folder(input)
    else files.push(input)
  }
  return { files: [...new Set(files)], missing }
}

type Parsed = {
  file: string
  cdrId: string
  links: Array<string | null>
  summary: SummaryFromPdq
  citations: CitationSource[]
  hash: string
  /** The PDQ ids its cross-summary links (SummaryRef) point at. */
  summaryLinks: string[]
}

/** The CDR ids of the summaries a stored node's SummaryRefs point at (`CDR0000062820#_1` → CDR0000062820). */
export const summaryLinksOf = (node: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(node)) for (const child of node) summaryLinksOf(child, into)
  else if (typeof node === 'object' && node !== null) {
    const value = node as Record<string, unknown>
    if (value.kind === 'SummaryRef' && typeof value.href === 'string') {
      const match = /^CDR0*(\d{1,10})/.exec(value.href.trim())
      if (match) into.add(`CDR${match[1].padStart(10, '0')}`)
    }
    for (const child of Object.values(value)) if (typeof child === 'object') summaryLinksOf(child, into)
  }
  return into
}

const readSummary = (file: string): Parsed | FileResult => {
  let xml: string
  try {
    xml = fs.readFileSync(file, 'utf8')
  } catch (error) {
    return { file, outcome: 'failed', detail: `cannot read it: ${(error as Error).message}` }
  }
  try {
    const doc = parsePdq(xml, { file: path.basename(file) })
    if (doc.kind === 'DrugInformationSummary')
      return { file, cdrId: doc.id, outcome: 'skipped', detail: 'drug information summaries are not imported yet' }
    const { summary, citations } = summaryFromPdq(doc as PdqSummary, { file: path.basename(file) })
    return {
      file,
      cdrId: summary.cdrId,
      links: [summary.translationOfCdrId, summary.patientVersionOfCdrId],
      summary,
      citations,
      hash: sourceHash(summary),
      summaryLinks: [...summaryLinksOf(summary.sections)].filter((cdrId) => cdrId !== summary.cdrId),
    }
  } catch (error) {
    if (error instanceof PdqFormatError || error instanceof PdqMappingError) return { file, outcome: 'failed', detail: error.message }
    throw error
  }
}

/** True for the errors a write may meet while another process holds SQLite's write lock. */
const isBusy = (error: unknown) => {
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`
  return /SQLITE_BUSY|database is locked|database is busy/i.test(text) || (error as { status?: number })?.status === 503
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

class Importer {
  private boards = new Map<string, Id>()
  private readonly slugsTaken = new Set<string>()

  constructor(
    private readonly payload: Payload,
    private readonly user: User,
    private readonly now: () => Date,
  ) {}

  private request(context: PayloadRequest['context'] = {}) {
    return createLocalReq({ user: { ...this.user, collection: slugs.users }, context }, this.payload)
  }

  /** Runs `work` in one transaction; on SQLite, waits its turn behind another process's writes. */
  private async transaction<T>(work: (req: PayloadRequest) => Promise<T>, context: PayloadRequest['context'] = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const req = await this.request(context)
      let owns = false
      try {
        owns = await initTransaction(req)
        const result = await work(req)
        if (owns) await commitTransaction(req)
        return result
      } catch (error) {
        if (owns) await killTransaction(req)
        if (!isBusy(error) || attempt >= 30) throw error
        await pause(Math.min(200 * attempt, 2_000))
      }
    }
  }

  async board(summary: SummaryFromPdq, linkedBoard: Id | null): Promise<Id> {
    const named = summary.boards[0]
    if (!named) return linkedBoard ?? this.fallbackBoard()
    const known = this.boards.get(named.cdrId)
    if (known !== undefined) return known
    const id = await this.transaction(async (req) => {
      const found = await this.payload.find({
        collection: slugs.boards,
        where: { cdrId: { equals: named.cdrId } },
        limit: 1,
        depth: 0,
        req,
      })
      if (found.docs[0]) return found.docs[0].id
      const byName = await this.payload.find({ collection: slugs.boards, where: { name: { equals: named.name } }, limit: 1, depth: 0, req })
      if (byName.docs[0] && !byName.docs[0].cdrId)
        return (await this.payload.update({ collection: slugs.boards, id: byName.docs[0].id, data: { cdrId: named.cdrId }, req })).id
      const doc = await this.payload.create({
        collection: slugs.boards,
        data: {
          name: named.name,
          slug: slugify(named.name),
          cdrId: named.cdrId,
          description: `The PDQ editorial board ${named.cdrId}, created by the PDQ import. Add its members before it reviews changes.`,
          members: [],
          quorum: 2,
        },
        req,
      })
      return doc.id
    })
    this.boards.set(named.cdrId, id)
    return id
  }

  private async fallbackBoard(): Promise<Id> {
    const key = 'unassigned'
    const known = this.boards.get(key)
    if (known !== undefined) return known
    const name = 'PDQ summaries without a board'
    const id = await this.transaction(async (req) => {
      const found = await this.payload.find({ collection: slugs.boards, where: { name: { equals: name } }, limit: 1, depth: 0, req })
      if (found.docs[0]) return found.docs[0].id
      const doc = await this.payload.create({
        collection: slugs.boards,
        data: {
          name,
          slug: slugify(name),
          description:
            'Imported PDQ summaries that name no editorial board (and whose original is not in Galley). An admin assigns them to a board.',
          members: [],
          quorum: 2,
        },
        req,
      })
      return doc.id
    })
    this.boards.set(key, id)
    return id
  }

  private referenceSlug = (key: string) =>
    slugify(
      key
        .replace(/^pmid:/, 'pmid-')
        .replace(/^text:/, 'citation-')
        .replace(/:/g, '-'),
    )

  /** The Galley reference of each citation key: found by slug or PMID, or created (published, audited) now. */
  async references(citations: readonly CitationSource[], boardId: Id, file: string): Promise<Map<string, Id>> {
    const ids = new Map<string, Id>()
    const bySlug = new Map(citations.map((citation) => [this.referenceSlug(citation.key), citation]))
    const byPmid = new Map(citations.flatMap((citation) => (citation.pmid ? [[citation.pmid, citation] as const] : [])))
    const pmids = [...byPmid.keys()]
    const slugList = [...bySlug.keys()]
    for (let i = 0; i < Math.max(slugList.length, pmids.length); i += 500) {
      const found = await this.payload.find({
        collection: slugs.references,
        where: { or: [{ slug: { in: slugList.slice(i, i + 500) } }, { pmid: { in: pmids.slice(i, i + 500) } }] },
        pagination: false,
        depth: 0,
        draft: true,
        select: { slug: true, pmid: true },
      })
      for (const doc of found.docs) {
        const citation = bySlug.get(doc.slug) ?? (doc.pmid ? byPmid.get(doc.pmid) : undefined)
        if (citation && !ids.has(citation.key)) ids.set(citation.key, doc.id)
      }
    }
    const reviewedAt = this.now().toISOString()
    for (const citation of citations) {
      if (ids.has(citation.key)) continue
      const id = await this.transaction(
        async (req) => {
          const { pmid, year, journal, volume, issue, pages, url, ...fields } = referenceFieldsFromCitation(citation, reviewedAt)
          const doc = await this.payload.create({
            collection: slugs.references,
            data: {
              ...fields,
              slug: this.referenceSlug(citation.key),
              ...(pmid ? { pmid } : {}),
              ...(year !== null ? { year } : {}),
              ...(journal ? { journal } : {}),
              ...(volume ? { volume } : {}),
              ...(issue ? { issue } : {}),
              ...(pages ? { pages } : {}),
              ...(url ? { url } : {}),
              board: boardId,
              _status: 'published',
            } as never,
            req,
            overrideAccess: true,
          })
          const ref = { collection: slugs.references, id: doc.id }
          const note = `Imported from the PDQ export, cited in ${path.basename(file)}; not reviewed by a board in Galley.`
          await recordImport({ req, ref, boardId, contentHash: contentHash(doc as unknown as Record<string, unknown>), comment: note })
          await recordRevision({ req, ref, kind: 'published', review: null, now: this.now(), importNote: note })
          return doc.id
        },
        { galleyPublish: 'initial-import' },
      )
      ids.set(citation.key, id)
    }
    return ids
  }

  async summaryByCdrId(cdrId: string | null): Promise<{ id: Id; board: Id; pdqHash: string | null } | null> {
    if (!cdrId) return null
    const { docs } = await this.payload.find({
      collection: slugs.summaries,
      where: { cdrId: { equals: cdrId } },
      limit: 1,
      depth: 0,
      draft: true,
      select: { board: true, pdqSource: true },
    })
    const doc = docs[0]
    if (!doc) return null
    const source = doc.pdqSource as { hash?: string } | null | undefined
    return { id: doc.id, board: relationValue(doc.board as Id), pdqHash: source?.hash ?? null }
  }

  private async freeSlug(summary: SummaryFromPdq, url: string): Promise<string> {
    // cancer.gov's own path: …/hp/adult-soft-tissue-treatment-pdq → adult-soft-tissue-treatment-pdq-hp
    const [audience, last] = url.split(/[?#]/)[0].split('/').filter(Boolean).slice(-2)
    const fromUrl = slugify(['hp', 'patient', 'pro', 'paciente'].includes(audience ?? '') ? `${last}-${audience}` : (last ?? ''))
    const candidates = [fromUrl, slugify(summary.title), `${slugify(summary.title).slice(0, 100)}-${summary.cdrId.toLowerCase()}`].filter(
      Boolean,
    )
    for (const candidate of candidates) {
      if (this.slugsTaken.has(candidate)) continue
      const { totalDocs } = await this.payload.count({ collection: slugs.summaries, where: { slug: { equals: candidate } } })
      if (totalDocs === 0) {
        this.slugsTaken.add(candidate)
        return candidate
      }
    }
    return `summary-${summary.cdrId.toLowerCase()}`
  }

  async importSummary(parsed: Parsed, unresolved: string[]): Promise<FileResult> {
    const { file, summary, citations, hash } = parsed
    const base = { file, cdrId: summary.cdrId }
    const existing = await this.summaryByCdrId(summary.cdrId)
    if (existing?.pdqHash === hash) return { ...base, outcome: 'unchanged' }

    const translationOf = await this.summaryByCdrId(summary.translationOfCdrId)
    const patientVersionOf = await this.summaryByCdrId(summary.patientVersionOfCdrId)
    for (const [name, cdrId, found] of [
      ['TranslationOf', summary.translationOfCdrId, translationOf],
      ['PatientVersionOf', summary.patientVersionOfCdrId, patientVersionOf],
    ] as const)
      if (cdrId && !found)
        unresolved.push(
          `${path.basename(file)}: ${name} ${cdrId} is not in Galley (kept; linked when a later import of this file finds it)`,
        )

    const boardId = existing?.board ?? (await this.board(summary, translationOf?.board ?? patientVersionOf?.board ?? null))
    const referenceIds = await this.references(citations, boardId, file)
    const withIds = <T>(node: T): T => resolveCitationKeys(node, referenceIds)
    const importedAt = this.now()
    const dateLastModified = summary.dateLastModified
    const data = {
      title: summary.title,
      cdrId: summary.cdrId,
      audience: summary.audience,
      language: summary.language,
      summaryType: summary.summaryType,
      cancerType: summary.cancerType,
      description: summary.description,
      translationOf: translationOf?.id ?? null,
      patientVersionOf: patientVersionOf?.id ?? null,
      board: boardId,
      sections: summary.sections.map((row) => ({
        title: row.title,
        level: row.level,
        pdqId: row.pdqId,
        sectionType: row.sectionType,
        keyPoints: row.keyPoints,
        body: withIds(row.body),
        pdq: row.pdq ? withIds(row.pdq) : null,
      })),
      referenceNumbering: summary.referenceNumbering,
      dateFirstPublished: summary.dateFirstPublished ? `${summary.dateFirstPublished}T00:00:00.000Z` : null,
      dateLastModified: dateLastModified ? `${dateLastModified}T00:00:00.000Z` : null,
      pdq: summary.pdq,
      pdqSource: {
        hash,
        file: path.basename(file),
        dateLastModified,
        importedAt: importedAt.toISOString(),
        translationOf: summary.translationOfCdrId,
        patientVersionOf: summary.patientVersionOfCdrId,
      },
    }
    const source = `${path.basename(file)} (DateLastModified ${dateLastModified ?? 'not given'})`

    if (!existing) {
      const slug = await this.freeSlug(summary, summary.pdq.meta.url.xref)
      await this.transaction(
        async (req) => {
          const doc = await this.payload.create({
            collection: slugs.summaries,
            data: { ...data, slug, _status: 'published' } as never,
            req,
            overrideAccess: true,
          })
          const ref = { collection: slugs.summaries, id: doc.id }
          const note = `Imported from NCI's PDQ export, ${source}; revision 1 in Galley, not reviewed by a board in Galley.`
          await recordImport({ req, ref, boardId, contentHash: contentHash(doc as unknown as Record<string, unknown>), comment: note })
          await recordRevision({ req, ref, kind: 'published', review: null, now: importedAt, importNote: note })
        },
        { galleyPublish: 'initial-import' },
      )
      return { ...base, outcome: 'imported' }
    }

    // An external update: a draft for the board to review, never a publication.
    const before = await this.payload.findByID({
      collection: slugs.summaries,
      id: existing.id,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })
    const changeType = changeTypeFor({
      before: (before.sections ?? []).map((row) => JSON.stringify([row.title, row.keyPoints?.map((point) => point.text), row.body])),
      after: data.sections.map((row) => JSON.stringify([row.title, row.keyPoints.map((point) => point.text), row.body])),
    })
    const outcome = await this.transaction(async (req) => {
      await this.payload.update({
        collection: slugs.summaries,
        id: existing.id,
        data: data as never,
        draft: true,
        req,
        overrideAccess: true,
      })
      return takeReviewAction({
        req,
        ref: { collection: slugs.summaries, id: String(existing.id) },
        action: {
          type: 'submit',
          changeType,
          intent: 'publish',
          hasPendingChanges: true,
          note: `The PDQ export ${source} differs from the version in Galley; imported as this draft for the board's review.`,
        },
        actor: { id: String(this.user.id), roles: (this.user.roles ?? []) as never },
        now: this.now,
      })
    })
    if (!outcome.ok)
      return { ...base, outcome: 'failed', detail: `the changed file was saved as a draft but not submitted: ${outcome.message}` }
    return { ...base, outcome: 'sent for review', detail: changeType }
  }
}

/** A stored node with every citation key (`pmid:…`, `text:…`) replaced by its Galley reference id. */
export const resolveCitationKeys = <T>(node: T, ids: ReadonlyMap<string, Id>): T => {
  if (Array.isArray(node)) return node.map((child) => resolveCitationKeys(child, ids)) as T
  if (typeof node !== 'object' || node === null) return node
  const value = node as Record<string, unknown>
  if (value.kind === 'Reference' && typeof value.refidx === 'string' && ids.has(value.refidx))
    return { ...value, refidx: String(ids.get(value.refidx)) } as T
  if (value.blockType === 'citation' && typeof value.reference === 'string' && ids.has(value.reference))
    return { ...value, reference: ids.get(value.reference) } as T
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, resolveCitationKeys(child, ids)])) as T
}

/** Imports the files: one result per file, in the order they were given. */
export const importPdq = async ({ payload, user, inputs, now, onFile }: ImportArgs): Promise<ImportReport> => {
  const { files, missing } = expandInputs(inputs)
  const total = files.length + missing.length
  let done = 0
  const results = new Map<string, FileResult>()
  const report = (result: FileResult) => {
    results.set(result.file, result)
    onFile?.(result, ++done, total)
  }
  for (const result of missing) report(result)

  const parsed: Parsed[] = []
  for (const file of files) {
    const read = readSummary(file)
    if ('outcome' in read) report(read)
    else parsed.push(read)
  }

  const importer = new Importer(payload, user, now)
  const unresolvedLinks: string[] = []
  for (const doc of importOrder(parsed)) {
    let result: FileResult
    try {
      result = await importer.importSummary(doc, unresolvedLinks)
    } catch (error) {
      result = { file: doc.file, cdrId: doc.cdrId, outcome: 'failed', detail: errorText(error) }
    }
    report(result)
  }
  unresolvedLinks.push(...(await linksNotInGalley(payload, parsed)))
  return { results: [...missing.map((result) => result.file), ...files].map((file) => results.get(file)!), unresolvedLinks }
}

/** Cross-summary links to summaries Galley does not have: kept (they go to cancer.gov), and listed. */
const linksNotInGalley = async (payload: Payload, parsed: readonly Parsed[]): Promise<string[]> => {
  const wanted = [...new Set(parsed.flatMap((doc) => doc.summaryLinks))]
  const present = new Set<string>()
  for (let i = 0; i < wanted.length; i += 500) {
    const { docs } = await payload.find({
      collection: slugs.summaries,
      where: { cdrId: { in: wanted.slice(i, i + 500) } },
      pagination: false,
      depth: 0,
      draft: true,
      select: { cdrId: true },
    })
    for (const doc of docs) if (doc.cdrId) present.add(doc.cdrId)
  }
  return parsed.flatMap((doc) => {
    const absent = doc.summaryLinks.filter((cdrId) => !present.has(cdrId))
    if (absent.length === 0) return []
    const shown = absent.slice(0, 5).join(', ') + (absent.length > 5 ? `, and ${absent.length - 5} more` : '')
    return [
      `${path.basename(doc.file)}: links to ${absent.length} summar${absent.length === 1 ? 'y' : 'ies'} not in Galley (${shown}); kept, they link to cancer.gov`,
    ]
  })
}

/** A refusal or validation error as one line naming the field. */
const errorText = (error: unknown): string => {
  const data = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data
  const fields = data?.errors?.map((item) => `${item.path ?? ''}: ${item.message ?? ''}`).join('; ')
  return fields ? `${(error as Error).message} (${fields})` : ((error as Error)?.message ?? String(error))
}
