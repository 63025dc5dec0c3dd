import type { DocumentNode } from 'graphql'

import { Kind, parse, visit } from 'graphql'

import { isPlainObject, nestingDepth } from '@/domain/validation/fieldShape'

import { refusalResponse } from './refuseMalformedRequest'

const maxVariablesDepth = 100

/** The name of a fragment that spreads itself, directly or through others, if any. */
const cyclicFragment = (document: DocumentNode): string | undefined => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const done = new Set<string>()
  for (const start of spreads.keys()) {
    const onPath = new Set<string>()
    const stack: { name: string; leaving: boolean }[] = [{ name: start, leaving: false }]
    while (stack.length > 0) {
      const { name, leaving } = stack.pop()!
      if (leaving) {
        onPath.delete(name)
        done.add(name)
        continue
      }
      if (onPath.has(name)) return name
      if (done.has(name)) continue
      onPath.add(name)
      stack.push({ name, leaving: true })
      for (const next of spreads.get(name) ?? []) stack.push({ name: next, leaving: false })
    }
  }
  return undefined
}

const bad = (field: string, message: string) => refusalResponse({ status: 400, code: 'invalid_graphql', field, message })

/**
 * Refuses a GraphQL request that is not a JSON `{ query, variables?, operationName? }` with a query
 * that parses and has no fragment cycle, before Payload's handler (which would answer 500) sees it.
 */
export const refuseMalformedGraphQL = async (request: Request): Promise<Response | undefined> => {
  const contentType = (request.headers.get('Content-Type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (contentType !== 'application/json') {
    return refusalResponse({
      status: 415,
      code: 'unsupported_media_type',
      field: 'Content-Type',
      message: 'Send GraphQL requests as application/json.',
    })
  }
  let body: unknown
  try {
    body = JSON.parse(await request.clone().text())
  } catch {
    return bad('body', 'The body is not valid JSON.')
  }
  if (!isPlainObject(body)) return bad('body', 'The body must be an object with a query.')
  const { query, variables, operationName } = body
  if (typeof query !== 'string' || query.trim() === '') return bad('query', 'query must be a GraphQL document as text.')
  if (variables !== undefined && variables !== null && !isPlainObject(variables)) {
    return bad('variables', 'variables must be an object.')
  }
  if (variables && nestingDepth(variables, maxVariablesDepth) > maxVariablesDepth) {
    return bad('variables', `variables nest deeper than ${maxVariablesDepth} levels.`)
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return bad('operationName', 'operationName must be text.')
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 10_000 })
  } catch (error) {
    return bad('query', `query does not parse: ${(error as Error).message}`)
  }
  const cycle = cyclicFragment(document)
  if (cycle) return bad('query', `query: fragment ${cycle} spreads itself.`)
  return undefined
}
