import { z } from 'zod'

import { slugSchema } from '@/domain/text/slug'

/** The document types that have a public page of their own, and where that page is. */
export const previewablePaths = {
  summaries: (slug: string) => `/summaries/${slug}`,
  drugs: (slug: string) => `/drugs/${slug}`,
} as const

export type PreviewableType = keyof typeof previewablePaths

/** `GET /preview?collection=…&slug=…`: which draft a signed-in staff member wants to see. */
export const previewRequestSchema = z.object({
  collection: z.enum(Object.keys(previewablePaths) as [PreviewableType, ...PreviewableType[]], {
    error: `collection must be one of: ${Object.keys(previewablePaths).join(', ')}`,
  }),
  slug: slugSchema,
})

/** `GET /preview/exit?path=…`: back to a public page; only a path on this site, never another origin. */
export const previewExitSchema = z.object({
  path: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, 'path must be a path on this site, starting with a single /')
    .default('/'),
})
