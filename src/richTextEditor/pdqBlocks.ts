import type { Block } from 'payload'

import { blockSchema, inlineSchema } from '@/domain/pdq/schema'
import { PDQ_BLOCK, PDQ_INLINE } from '@/domain/pdq/galley/types'
import { zodValidate } from '@/fields/zodValidate'

/**
 * PDQ content that Lexical has no node for (CALS tables, Q&A sets, media links, and inline glossary
 * terms, levels of evidence, summary and trial links, …) is kept verbatim as a PDQ node, checked against
 * the PDQ schema on every save, so nothing of an imported summary is lost and the export gives it back.
 * See `src/domain/pdq/galley/types.ts`.
 */
export const PdqBlock: Block = {
  slug: PDQ_BLOCK,
  interfaceName: 'PdqBlockNode',
  labels: { singular: 'PDQ block (table, Q&A, figure)', plural: 'PDQ blocks' },
  fields: [
    {
      name: 'node',
      type: 'json',
      required: true,
      validate: zodValidate(blockSchema, { required: true }),
      admin: { description: 'The PDQ element as structured data (a table, Q&A set, figure or video).' },
    },
  ],
}

export const PdqInline: Block = {
  slug: PDQ_INLINE,
  interfaceName: 'PdqInlineNode',
  labels: { singular: 'PDQ link or term', plural: 'PDQ links and terms' },
  fields: [
    {
      name: 'node',
      type: 'json',
      required: true,
      validate: zodValidate(inlineSchema, { required: true }),
      admin: { description: 'A glossary term, level of evidence, summary or trial link, or marked-up text, as PDQ writes it.' },
    },
  ],
}
