import type { Refusal } from '../errors'
import type { ChangeEvent } from './changeEvent'

import { errorBody, errorEntrySchema } from '../errors'
import { z } from 'zod'

import { changeEventSchema } from './changeEvent'

/** The body of every feed error: Galley's one error shape, and for a 410 the retirement event. */
export const feedErrorSchema = z
  .strictObject({
    errors: z.array(errorEntrySchema).min(1).describe('What went wrong; `field` names the query parameter at fault (since or limit)'),
    event: changeEventSchema.optional().describe('For a 410: the retirement event'),
  })
  .meta({ id: 'FeedError', title: 'Feed error' })

export type FeedError = z.infer<typeof feedErrorSchema>

type Args = { refusal: Pick<Refusal, 'message' | 'field' | 'code'>; event?: ChangeEvent }

/** The JSON body of a feed error response. */
export const feedError = ({ refusal, event }: Args): FeedError => ({
  ...errorBody(refusal),
  ...(event ? { event } : {}),
})
