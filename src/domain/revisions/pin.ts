import type { RevisionType } from './revisionTypes'

import { z } from 'zod'

import { slugSchema } from '../text/slug'
import { revisionTypeSchema } from './revisionTypes'

const pinFields = {
  slug: slugSchema,
  version: z.int().min(1),
  title: z.string().describe("The related document's title (a drug's or treatment's name) in that version"),
}

/**
 * A related document pinned to the version that was current when this revision was published. Its
 * feed URL is `/feed/v1/{type}/{slug}/v{version}.json`; the title lets a partner render the link from
 * this revision alone.
 */
export const pinSchema = z.strictObject({ type: revisionTypeSchema, ...pinFields }).meta({ id: 'Pin', title: 'Pinned related document' })

export type Pin = z.infer<typeof pinSchema>

/** A pin to a document of one type. */
export const pinOf = <T extends RevisionType>(type: T) => z.strictObject({ type: z.literal(type), ...pinFields })

export type PinOf<T extends RevisionType> = Pin & { type: T }

/** 'drugs/pazopanib/v2': a pin as the tail of its feed URL. */
export const pinPath = ({ type, slug, version }: Pick<Pin, 'type' | 'slug' | 'version'>): string => `${type}/${slug}/v${version}`

export const isPin = (value: unknown): value is Pin => pinSchema.safeParse(value).success
