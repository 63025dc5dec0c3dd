import type { ChangeEvent } from './changeEvent'

import { z } from 'zod'

import { changeEventSchema } from './changeEvent'

export const feedErrorSchema = z
  .strictObject({
    error: z.strictObject({
      status: z.int().describe('The HTTP status: 400, 404 or 410'),
      message: z.string(),
      param: z.string().optional().describe('For a 400: the query parameter at fault (since or limit)'),
    }),
    event: changeEventSchema.optional().describe('For a 410: the retirement event'),
  })
  .meta({ id: 'FeedError', title: 'Feed error' })

export type FeedError = z.infer<typeof feedErrorSchema>

type Args = { status: 400 | 404 | 410; message: string; param?: string; event?: ChangeEvent }

/** The JSON body of a feed error response. */
export const feedError = ({ status, message, param, event }: Args): FeedError => ({
  error: { status, message, ...(param ? { param } : {}) },
  ...(event ? { event } : {}),
})
