import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import type { FieldShape, Problem } from '@/domain/validation/fieldShape'
import type { RelatedId } from '@/domain/validation/documentBody'

import { idKindOf } from '@/domain/validation/ids'
import { checkDocumentBody } from '@/domain/validation/documentBody'
import { checkQueryParameters } from '@/domain/validation/queryParameters'
import { databaseKind } from '@/db/databaseKind'

const writes = new Set(['create', 'update', 'updateByID'])

/** The related ids no document has: each named by the field that points at it. */
const missingRelations = async (req: PayloadRequest, relatedIds: RelatedId[]): Promise<Problem[]> => {
  const byCollection = new Map<string, RelatedId[]>()
  for (const related of relatedIds) byCollection.set(related.relationTo, [...(byCollection.get(related.relationTo) ?? []), related])
  const problems: Problem[] = []
  for (const [collection, related] of byCollection) {
    const ids = [...new Set(related.map((item) => String(item.id)))]
    const { docs } = await req.payload.find({
      collection: collection as 'users',
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
      req,
    })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const item of related) {
      if (!found.has(String(item.id))) {
        problems.push({ field: item.field, message: `${item.field}: no document ${item.id} in ${collection}.` })
      }
    }
  }
  return problems
}

/**
 * GraphQL's `limit`, `page` and `where` arguments, checked as the REST guard checks the same query
 * parameters (GraphQL's types let `page: -1` or a `where` on a date with "notadate" through).
 */
const refuseMalformedGraphQLArguments = (args: Record<string, unknown>, collection: { fields: unknown }) => {
  const query: Record<string, unknown> = {}
  for (const name of ['limit', 'page'] as const) if (typeof args[name] === 'number') query[name] = String(args[name])
  if (args.where !== undefined && args.where !== null) query.where = args.where
  const problems = checkQueryParameters(query, {
    idKind: idKindOf(databaseKind(process.env.DATABASE_URI)),
    fields: collection.fields as readonly FieldShape[],
    fieldsOf: () => undefined,
  })
  if (problems.length > 0) {
    const errors = problems.map(({ field, message }) => ({ path: field, message }))
    throw new APIError(problems.map((problem) => problem.message).join(' '), 400, { errors }, true)
  }
}

type AccessArgs = {
  args: { data?: unknown; id?: unknown }
  collection: { access?: Record<string, unknown> }
  operation: string
  req: PayloadRequest
}

/**
 * Deny first: someone who may not make this write is refused by Payload's access check (403) and
 * learns nothing about which values would have been accepted.
 */
const mayWrite = async ({ args, collection, operation, req }: AccessArgs): Promise<boolean> => {
  const access = collection.access?.[operation === 'create' ? 'create' : 'update']
  if (typeof access !== 'function') return true
  return (await access({ req, data: args.data, id: args.id })) !== false
}

/**
 * Refuses a REST or GraphQL write whose values have the wrong type for their field, or that point at
 * documents that do not exist, before Payload converts them (`name: {}` would be stored as "{}").
 * Runs on every collection; the Local API (Galley's own code) is trusted.
 */
export const refuseMistypedValues: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'GraphQL') refuseMalformedGraphQLArguments(args as Record<string, unknown>, collection)
  if (req.payloadAPI === 'local' || !writes.has(operation)) return args
  if (!(await mayWrite({ args: args as AccessArgs['args'], collection, operation, req }))) return args
  const { problems, relatedIds } = checkDocumentBody({
    data: (args as { data?: unknown }).data,
    fields: collection.fields as unknown as readonly FieldShape[],
    idKind: idKindOf(databaseKind(process.env.DATABASE_URI)),
    // a duplicate starts from the original's values: like an update, it need not send every array
    operation: operation === 'create' && !(args as { duplicateFromID?: unknown }).duplicateFromID ? 'create' : 'update',
  })
  if (problems.length === 0 && relatedIds.length > 0) problems.push(...(await missingRelations(req, relatedIds)))
  if (problems.length > 0) {
    throw new ValidationError({
      collection: collection.slug,
      errors: problems.map(({ field, message }) => ({ path: field, message })),
      req,
    })
  }
  return args
}

/** `collection` with `refuseMistypedValues` run before any of its own operation hooks. */
export const withValueTypeChecks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [refuseMistypedValues, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
