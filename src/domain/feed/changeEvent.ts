import type { Revision } from '../revisions/revisionSchema'

import { z } from 'zod'

import { revisionKindSchema, revisionTypeSchema } from '../revisions/revisionTypes'
import { slugSchema } from '../text/slug'

/** One publication or retirement, in the order they happened. */
export const changeEventSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[1-9]\d*$/)
      .describe('The event sequence number in decimal: increases with every event and is never reused'),
    kind: revisionKindSchema,
    type: revisionTypeSchema,
    slug: slugSchema,
    version: z.int().min(1).describe('The revision this event published: /feed/v1/{type}/{slug}/v{version}.json'),
    title: z.string(),
    at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ChangeEvent', title: 'Change event' })

export type ChangeEvent = z.infer<typeof changeEventSchema>

export const changesPageSchema = z
  .strictObject({
    events: z.array(changeEventSchema).describe('In sequence order'),
    nextCursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .describe('Pass as `since` to get the events after these; unchanged when there were none'),
  })
  .meta({ id: 'ChangesPage', title: 'Page of change events' })

export type ChangesPage = z.infer<typeof changesPageSchema>

type Args = {
  /** The sequence number the store gave the revision: increasing in the order revisions were committed. */
  seq: number
  revision: Pick<Revision, 'kind' | 'type' | 'slug' | 'version' | 'title' | 'publishedAt'>
}

export const changeEventFor = ({ seq, revision }: Args): ChangeEvent => ({
  id: String(seq),
  kind: revision.kind,
  type: revision.type,
  slug: revision.slug,
  version: revision.version,
  title: revision.title,
  at: revision.publishedAt,
})
