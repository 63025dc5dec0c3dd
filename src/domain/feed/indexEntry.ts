import type { OutOfDate } from './findOutOfDate'
import type { Revision } from '../revisions/revisionSchema'

import { z } from 'zod'

import { audiences, languages } from '../revisions/content'
import { revisionTypeSchema } from '../revisions/revisionTypes'
import { slugSchema } from '../text/slug'
import { feedUrls } from './feedPaths'
import { outOfDateSchema } from './findOutOfDate'

export const indexEntrySchema = z
  .strictObject({
    type: revisionTypeSchema,
    slug: slugSchema,
    title: z.string(),
    language: z.enum(languages).describe('Summaries are English or Spanish; other documents are English'),
    audience: z.enum(audiences).nullable().describe("A summary's audience; null for other documents"),
    version: z.int().min(1).describe('The latest version (for a retired document, its retirement)'),
    publishedAt: z.iso.datetime({ offset: true }),
    retired: z.literal(true).optional().describe('Present when the document is retired: its latest URL answers 410'),
    outOfDate: outOfDateSchema.optional(),
    urls: z.strictObject({
      latest: z.string(),
      version: z.string().describe('The numbered URL of `version`'),
      html: z.string().optional().describe('The page on the public site, when there is one'),
    }),
  })
  .meta({ id: 'IndexEntry', title: 'Feed index entry' })

export const feedIndexSchema = z
  .strictObject({
    documents: z.array(indexEntrySchema).describe('Every published document, by type then slug: this page of them'),
    next: z.string().optional().describe('The next page of the index (absolute URL); absent on the last page'),
  })
  .meta({ id: 'FeedIndex', title: 'Feed index' })

export type IndexEntry = z.infer<typeof indexEntrySchema>
export type FeedIndex = z.infer<typeof feedIndexSchema>

/** A revision, or the published store's listing of one: only these fields and a summary's language and audience are read. */
export type IndexedRevision = Pick<Revision, 'type' | 'slug' | 'version' | 'kind' | 'title' | 'publishedAt'> & { content: unknown }

type SummaryFields = { language: (typeof languages)[number]; audience: (typeof audiences)[number] }

type Args = {
  /** The document's latest revision. */
  latest: IndexedRevision
  /** Its latest publication: needed when `latest` is a retirement (it has no content to read language from). */
  lastPublished?: IndexedRevision
  origin: string
  htmlUrl?: string
  outOfDate?: OutOfDate
}

export const buildIndexEntry = ({ latest, lastPublished, origin, htmlUrl, outOfDate }: Args): IndexEntry => {
  const shown = latest.kind === 'published' ? latest : lastPublished
  if (!shown) throw new Error(`the index entry of retired ${latest.type} ${latest.slug} needs its last published revision`)
  const summary = shown.type === 'summaries' && shown.kind === 'published' ? (shown.content as SummaryFields) : null
  const urls = feedUrls({ origin, type: latest.type, slug: latest.slug, version: latest.version })
  return {
    type: latest.type,
    slug: latest.slug,
    title: latest.title,
    language: summary?.language ?? 'en',
    audience: summary?.audience ?? null,
    version: latest.version,
    publishedAt: latest.publishedAt,
    ...(latest.kind === 'retired' ? { retired: true as const } : {}),
    ...(outOfDate && latest.kind === 'published' ? { outOfDate } : {}),
    urls: { ...urls, ...(htmlUrl ? { html: htmlUrl } : {}) },
  }
}
