import { z } from 'zod'

import { searchLanguages } from './analyze'
import { searchAudiences, searchTypes } from './query'

export const searchHitSchema = z
  .strictObject({
    type: z.enum(searchTypes),
    slug: z.string(),
    title: z.string(),
    language: z.enum(searchLanguages),
    audience: z.enum(searchAudiences).nullable().describe('Summaries only'),
    url: z.string().describe('The public page, at the section that matched when there is one'),
    section: z.string().nullable().describe('The heading of the section that matched; null for the top of the page'),
    snippet: z.string().describe('Plain text of the passage that matched (not HTML)'),
    highlights: z
      .array(z.tuple([z.int().min(0), z.int().min(0)]))
      .describe('The matching words in `snippet`, as [start, end) offsets in UTF-16 code units'),
  })
  .meta({ id: 'SearchHit', title: 'Search hit' })

export const searchAnswerSchema = z
  .strictObject({
    query: z.string().describe('The query as understood, trimmed'),
    language: z.enum(searchLanguages),
    hits: z.array(searchHitSchema),
    total: z.int().min(0).describe('Documents that match, over all pages'),
    page: z.int().min(1),
    limit: z.int().min(1),
  })
  .meta({ id: 'SearchAnswer', title: 'Search results' })

export type SearchHit = z.infer<typeof searchHitSchema>
export type SearchAnswer = z.infer<typeof searchAnswerSchema>
