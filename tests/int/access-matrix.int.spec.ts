import type { Json } from '../helpers/json'
import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { beforeAll, describe, expect, it } from 'vitest'

import { login, rest, testPayload } from '../helpers/payload'
import { testSlugPrefix } from '../helpers/reviewClient'

/**
 * Who may do what, through each door, in ONE table: every role × every collection (and the editorial
 * settings global) × create, read, update, delete × REST and GraphQL.
 *
 * - allow: the door lets this role do it. The probes change nothing they should not: a create or an
 *   update sends data that fails validation (so access was granted and the answer is a 400), a delete
 *   removes a throwaway made for it, or meets a business rule (a published document: 409).
 * - deny: refused by access control (401/403; 404 when the role may not even see the target).
 * - own: only their own account (users): the list holds only them; their own row is allowed, another's denied.
 * - board: only the review comments of the boards they sit on.
 */
type Outcome = 'allow' | 'deny' | 'own' | 'board'
const [A, D, O, B] = ['allow', 'deny', 'own', 'board'] as const

const roles = ['anonymous', 'writer', 'editor', 'reviewer', 'admin'] as const
type Role = (typeof roles)[number]
const operations = ['create', 'read', 'update', 'delete'] as const
type Operation = (typeof operations)[number]

/** The outcome for anonymous, writer, editor, reviewer, admin. */
type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome]

const content: Record<Operation, Row> = {
  create: [D, A, A, D, A],
  read: [D, A, A, A, A],
  update: [D, A, A, D, A],
  delete: [D, D, D, D, A],
}
const readByStaffOnly: Record<Operation, Row> = {
  create: [D, D, D, D, D],
  read: [D, A, A, A, A],
  update: [D, D, D, D, D],
  delete: [D, D, D, D, D],
}
const adminsOnly: Record<Operation, Row> = {
  create: [D, D, D, D, A],
  read: [D, D, D, D, A],
  update: [D, D, D, D, A],
  delete: [D, D, D, D, A],
}

const matrix: Record<string, Partial<Record<Operation, Row>>> = {
  users: { create: [D, D, D, D, A], read: [D, O, O, O, A], update: [D, O, O, O, A], delete: [D, D, D, D, A] },
  boards: { create: [D, D, D, D, A], read: [D, A, A, A, A], update: [D, D, D, D, A], delete: [D, D, D, D, A] },
  summaries: content,
  stages: content,
  treatments: content,
  drugs: content,
  references: content,
  reviews: readByStaffOnly,
  'review-events': readByStaffOnly,
  'review-comments': { ...readByStaffOnly, read: [D, A, A, B, A] },
  revisions: readByStaffOnly,
  'webhook-subscriptions': adminsOnly,
  'webhook-deliveries': { create: [D, D, D, D, D], read: [D, D, D, D, A], update: [D, D, D, D, D], delete: [D, D, D, D, D] },
  'globals/editorial-settings': { read: [D, A, A, A, A], update: [D, D, D, D, A] },
}

const accounts: Record<Exclude<Role, 'anonymous'>, string> = {
  writer: 'writer@galley.test',
  editor: 'editor@galley.test',
  reviewer: 'reviewer1@galley.test',
  admin: 'admin@galley.test',
}

const prefix = testSlugPrefix('matrix')
const tokens: Partial<Record<Role, string>> = {}
const userIds: Partial<Record<Role, number>> = {}
let reviewerBoards: number[] = []
/** An existing row of each collection, for update and delete probes. */
const targets: Record<string, number> = {}
let graphqlTypes: Map<string, GqlType>
let collectionConfigs: Map<string, { fields: Record<string, unknown>[] }>

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type GqlType = { kind: string; name: string; inputFields: { name: string; type: TypeRef }[] | null; enumValues: { name: string }[] | null }

const graphql = async (query: string, token?: string) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) })
  return (await (await GRAPHQL_POST(config)(request)).json()) as {
    data?: Json
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
}

const typeRef = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }'

/** A GraphQL literal of this type that passes the schema (required parts only) but fails Payload's validation. */
const literal = (type: TypeRef): string => {
  if (type.kind === 'NON_NULL') return literal(type.ofType!)
  if (type.kind === 'LIST') return '[]'
  const named = graphqlTypes.get(type.name!)!
  if (named.kind === 'ENUM') return named.enumValues![0].name
  if (named.kind === 'INPUT_OBJECT') return `{ ${requiredFields(named)} }`
  switch (type.name) {
    case 'Int':
    case 'Float':
      return '0'
    case 'Boolean':
      return 'false'
    case 'EmailAddress':
      return `"${prefix}gql@galley.test"`
    case 'DateTime':
      return '"2026-01-01T00:00:00.000Z"'
    default:
      return '""'
  }
}
const requiredFields = (input: GqlType) =>
  (input.inputFields ?? [])
    .filter((field) => field.type.kind === 'NON_NULL')
    .map((field) => `${field.name}: ${literal(field.type)}`)
    .join(', ')

/** Each collection's GraphQL names, as Payload derives them from its labels. */
const gqlNames: Record<string, { single: string; plural: string }> = {
  users: { single: 'User', plural: 'Users' },
  boards: { single: 'Board', plural: 'Boards' },
  summaries: { single: 'Summary', plural: 'Summaries' },
  stages: { single: 'Stage', plural: 'Stages' },
  treatments: { single: 'Treatment', plural: 'Treatments' },
  drugs: { single: 'Drug', plural: 'Drugs' },
  references: { single: 'Reference', plural: 'References' },
  reviews: { single: 'Review', plural: 'Reviews' },
  'review-events': { single: 'ReviewEvent', plural: 'ReviewEvents' },
  'review-comments': { single: 'ReviewComment', plural: 'ReviewComments' },
  revisions: { single: 'Revision', plural: 'Revisions' },
  'webhook-subscriptions': { single: 'WebhookSubscription', plural: 'WebhookSubscriptions' },
  'webhook-deliveries': { single: 'WebhookDelivery', plural: 'WebhookDeliveries' },
}

/** The HTTP-like status of a GraphQL answer: its first error's status, or 200. */
const gqlStatus = (answer: Awaited<ReturnType<typeof graphql>>): number => {
  const error = answer.errors?.[0]
  if (!error) return 200
  if (error.extensions?.statusCode === undefined) throw new Error(`GraphQL probe not understood: ${JSON.stringify(answer.errors)}`)
  return error.extensions.statusCode
}

type Probe = { status: number; ids?: number[]; boards?: number[] }

/** A throwaway row that the admin's delete probe removes (one that nothing refers to). */
const throwaway = async (slug: string): Promise<number> => {
  const payload = await testPayload()
  const name = `${prefix}${Math.random().toString(36).slice(2, 8)}`
  if (slug === 'users')
    return (
      await payload.create({
        collection: 'users',
        data: { email: `${name}@galley.test`, password: 'a-long-password', name, roles: ['writer'] },
      })
    ).id
  if (slug === 'boards') return (await payload.create({ collection: 'boards', data: { name, slug: name, quorum: 1 } })).id
  if (slug === 'webhook-subscriptions')
    return (
      await payload.create({
        collection: 'webhook-subscriptions',
        // inactive: the other files' publications must not queue deliveries to it
        data: { name, url: 'https://partner.example/hook', secret: 'a-secret-of-sixteen-chars', active: false },
      })
    ).id
  return targets[slug]
}

const restProbe = async ({
  slug,
  operation,
  role,
  target,
}: {
  slug: string
  operation: Operation
  role: Role
  target: number
}): Promise<Probe> => {
  const token = tokens[role]
  if (slug.startsWith('globals/')) {
    if (operation === 'read') return rest({ path: `/${slug}`, token })
    return rest({ method: 'POST', path: `/${slug}`, token, body: { defaultBoard: 999999 } })
  }
  switch (operation) {
    case 'create':
      return rest({ method: 'POST', path: `/${slug}`, token, body: {} })
    case 'read': {
      const answer = await rest({ path: `/${slug}?limit=100&depth=0`, token })
      const docs = (answer.body?.docs ?? []) as { id: number; board?: number }[]
      return { status: answer.status, ids: docs.map((doc) => doc.id), boards: docs.map((doc) => doc.board!) }
    }
    case 'update':
      return rest({ method: 'PATCH', path: `/${slug}/${target}`, token, body: { [invalidField(slug)]: '' } })
    case 'delete':
      return rest({ method: 'DELETE', path: `/${slug}/${target}`, token })
  }
}

/** A required text field, which an update sets to '' so that it fails validation once access is granted. */
const invalidField = (slug: string): string => {
  const collection = collectionConfigs.get(slug)!
  const field = collection.fields.find((candidate) => candidate.required && ['text', 'textarea', 'email'].includes(String(candidate.type)))
  if (!field) throw new Error(`${slug} has no required text field for the update probe`)
  return String(field.name)
}

const graphqlProbe = async ({
  slug,
  operation,
  role,
  target,
}: {
  slug: string
  operation: Operation
  role: Role
  target: number
}): Promise<Probe> => {
  const token = tokens[role]
  if (slug.startsWith('globals/')) {
    if (operation === 'read') return { status: gqlStatus(await graphql('{ EditorialSetting { updatedAt } }', token)) }
    return { status: gqlStatus(await graphql('mutation { updateEditorialSetting(data: { defaultBoard: 999999 }) { updatedAt } }', token)) }
  }
  const { single, plural } = gqlNames[slug]
  const select = slug === 'review-comments' ? 'id board { id }' : 'id'
  switch (operation) {
    case 'create': {
      const input = graphqlTypes.get(`mutation${single}Input`)!
      return { status: gqlStatus(await graphql(`mutation { create${single}(data: { ${requiredFields(input)} }) { id } }`, token)) }
    }
    case 'read': {
      const answer = await graphql(`{ ${plural}(limit: 100) { docs { ${select} } } }`, token)
      const docs = (answer.data?.[plural]?.docs ?? []) as { id: number; board?: { id: number } }[]
      return { status: gqlStatus(answer), ids: docs.map((doc) => doc.id), boards: docs.map((doc) => doc.board?.id as number) }
    }
    case 'update':
      return {
        status: gqlStatus(await graphql(`mutation { update${single}(id: ${target}, data: { ${invalidField(slug)}: "" }) { id } }`, token)),
      }
    case 'delete':
      return { status: gqlStatus(await graphql(`mutation { delete${single}(id: ${target}) { id } }`, token)) }
  }
}

const allowed = (status: number) => status < 500 && ![401, 403, 404].includes(status)
const denied = (status: number) => [401, 403, 404].includes(status)

type Cell = { slug: string; operation: Operation; role: Role; door: 'REST' | 'GraphQL'; expected: Outcome }

const cells: Cell[] = Object.entries(matrix).flatMap(([slug, row]) =>
  operations.flatMap((operation) =>
    (row[operation] ?? []).flatMap((expected, index) =>
      (['REST', 'GraphQL'] as const).map((door) => ({ slug, operation, role: roles[index], door, expected })),
    ),
  ),
)

beforeAll(async () => {
  for (const [role, email] of Object.entries(accounts) as [Exclude<Role, 'anonymous'>, string][]) {
    tokens[role] = await login(email)
    userIds[role] = (await rest({ path: '/users/me', token: tokens[role] })).body.user.id
  }
  const payload = await testPayload()
  collectionConfigs = new Map(payload.config.collections.map((collection) => [collection.slug, collection as never]))
  for (const slug of Object.keys(matrix).filter((slug) => !slug.startsWith('globals/'))) {
    // the oldest row: a seeded (published) document on every database, never one another file made
    const { docs } = await payload.find({ collection: slug as 'drugs', limit: 1, depth: 0, draft: true, sort: 'id' })
    targets[slug] = docs[0]?.id ?? 1
  }
  targets['webhook-subscriptions'] = await throwaway('webhook-subscriptions')
  // content probes target a published seeded document: an admin's delete meets the 409 of a published document
  targets.users = userIds.admin!
  const { docs: boards } = await payload.find({ collection: 'boards', where: { members: { equals: userIds.reviewer } }, depth: 0 })
  reviewerBoards = boards.map((board) => board.id)
  const schema = await graphql(
    `{ __schema { types { kind name inputFields { name type { ${typeRef} } } enumValues { name } } } }`,
    tokens.admin,
  )
  graphqlTypes = new Map((schema.data.__schema.types as GqlType[]).map((type) => [type.name, type]))
}, 120_000)

describe('the access matrix', () => {
  it(`holds for all ${cells.length} cells`, async () => {
    const failures: string[] = []
    for (const cell of cells) {
      const { slug, operation, role, door, expected } = cell
      const own = expected === 'own'
      const target =
        operation === 'delete' && expected === 'allow'
          ? await throwaway(slug)
          : slug === 'users' && operation === 'update' && (role === 'admin' || own)
            ? role === 'admin'
              ? await throwaway('users')
              : userIds[role]!
            : targets[slug]
      const probe = door === 'REST' ? restProbe : graphqlProbe
      const answer = await probe({ slug, operation, role, target })
      const problems: string[] = []
      if ((expected === 'allow' || own || expected === 'board') && !allowed(answer.status)) problems.push(`status ${answer.status}`)
      if (expected === 'deny' && !denied(answer.status)) problems.push(`status ${answer.status}, expected a refusal`)
      if (own && operation === 'read' && answer.ids?.some((id) => id !== userIds[role])) problems.push(`sees accounts ${answer.ids}`)
      if (own && operation === 'update') {
        const other = await probe({ slug, operation, role, target: userIds.admin! })
        if (!denied(other.status)) problems.push(`updated another account: status ${other.status}`)
      }
      if (expected === 'board' && answer.boards?.some((board) => !reviewerBoards.includes(board)))
        problems.push(`sees comments of boards ${answer.boards}`)
      if (problems.length > 0) failures.push(`${door} ${role} ${operation} ${slug} (${expected}): ${problems.join('; ')}`)
    }
    expect(failures).toEqual([])
  }, 180_000)
})
