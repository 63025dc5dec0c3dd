import { z } from 'zod'

import { isPlainObject } from '../../richtext/lexicalState'
import { lexicalToPlainText } from '../../richtext/plainText'
import { stripUnsafeLinks } from '../../richtext/links'
import { referenceId } from '../../richtext/walk'

export const lexicalStateSchema = z
  .looseObject({
    root: z.looseObject({ type: z.literal('root'), children: z.array(z.json()) }),
  })
  .describe(
    "Lexical editor state as Payload stores it. Citations are inline blocks { blockType: 'citation', reference: <reference id> }; the id is listed in the summary's citations",
  )

export const richTextSchema = z
  .strictObject({
    lexical: lexicalStateSchema,
    text: z
      .string()
      .describe('The same text as plain text: blocks separated by a blank line, list items on their own lines, citations as [n]'),
  })
  .meta({ id: 'RichText', title: 'Rich text' })

export type RichText = z.infer<typeof richTextSchema>

const MAX_DEPTH = 256

/**
 * A copy of stored rich text in which every citation points at its reference by id only. A document read
 * with populated relationships carries the whole (possibly draft) reference inside the citation; that
 * must never reach a revision.
 */
export const citationsById = (node: unknown, depth = 0): unknown => {
  if (depth > MAX_DEPTH) return null
  if (Array.isArray(node)) return node.map((child) => citationsById(child, depth + 1))
  if (!isPlainObject(node)) return node
  const copy: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) copy[key] = citationsById(value, depth + 1)
  const fields = node.fields
  if (isPlainObject(fields) && fields.blockType === 'citation' && isPlainObject(fields.reference)) {
    const id = isPlainObject(fields.reference.value) ? fields.reference.value.id : (fields.reference.id ?? fields.reference.value)
    copy.fields = { ...(copy.fields as Record<string, unknown>), reference: id ?? referenceId(fields.reference) }
  }
  return copy
}

type Args = {
  state: unknown
  /** The number each cited reference id has in the document's citation list. */
  citationNumber: (ref: string) => number | undefined
}

/**
 * Stored rich text as it is published: Lexical JSON (citations by id, links other than http(s),
 * mailto and Galley-internal stripped to their text) and plain text with [n] markers.
 */
export const publishRichText = ({ state, citationNumber }: Args): { lexical: unknown; text: string } => ({
  lexical: stripUnsafeLinks(citationsById(state)),
  text: lexicalToPlainText(state, {
    renderCitation: (ref) => {
      const number = citationNumber(ref)
      return number === undefined ? '' : `[${number}]`
    },
  }),
})
