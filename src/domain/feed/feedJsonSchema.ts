import { z } from 'zod'

import { revisionSchema } from '../revisions/revisionSchema'
import { searchAnswerSchema } from '../search/answer'
import { webhookEventSchema } from '../webhooks/schemas'
import { changesPageSchema } from './changeEvent'
import { feedErrorSchema } from './feedError'
import { feedIndexSchema } from './indexEntry'

type Args = {
  /** Where the schema is served (its `$id`), e.g. 'https://galley.example.org/feed/v1/schema.json'. */
  url?: string
}

type JsonSchema = Record<string, unknown> & { $defs?: Record<string, unknown> }

const TARGET = 'draft-2020-12' as const

/** "Any JSON value" as zod writes it, referring to itself as '#'. */
const JSON_VALUE = JSON.stringify({ anyOf: z.toJSONSchema(z.json(), { target: TARGET }).anyOf })

/** zod names each `z.json()` it meets `__schemaN`; they all mean "any JSON value", so give them one name. */
const nameJsonValues = (schema: JsonSchema): JsonSchema => {
  const ref = (name: string) => `"#/$defs/${name}"`
  const defs = schema.$defs ?? {}
  const anyJson = Object.keys(defs).filter(
    (name) => name.startsWith('__schema') && JSON.stringify(defs[name]).replaceAll(ref(name), '"#"') === JSON_VALUE,
  )
  let text = JSON.stringify(schema)
  for (const name of anyJson) text = text.replaceAll(ref(name), ref('JsonValue'))
  const result = JSON.parse(text) as JsonSchema
  const kept = Object.entries(result.$defs ?? {}).filter(([name]) => !anyJson.includes(name))
  if (anyJson.length > 0) kept.push(['JsonValue', JSON.parse(JSON_VALUE.replaceAll('"#"', ref('JsonValue')))])
  return { ...result, $defs: Object.fromEntries(kept) }
}

/**
 * `schema.json`: JSON Schema (2020-12) of everything the feed and the webhooks send, generated from the
 * zod schemas that validate each revision before it is stored. Validate a response against the root
 * (any feed document) or against one of `$defs`: Revision, FeedIndex, ChangesPage, SearchAnswer,
 * WebhookDelivery, FeedError and their parts.
 */
export const feedJsonSchema = ({ url = 'urn:galley:feed:v1:schema' }: Args = {}): JsonSchema => {
  const everything = z.union([revisionSchema, feedIndexSchema, changesPageSchema, searchAnswerSchema, webhookEventSchema, feedErrorSchema])
  const { $schema, ...generated } = z.toJSONSchema(everything, { target: TARGET, unrepresentable: 'throw' })
  return nameJsonValues({
    $schema,
    $id: url,
    title: 'Galley feed v1',
    description:
      "Every JSON document the feed (/feed/v1/) serves, and the body of webhook deliveries. A revision's hash is 'sha256:' and the hex sha256 of its canonical JSON (keys sorted, no whitespace) without the hash key.",
    ...generated,
  })
}
