import type { FieldShape } from '@/domain/validation/fieldShape'

import { dataFields, optionValues } from '@/domain/validation/fieldShape'

import type { SeededRandom } from './seededRandom'

/** One hostile request: REST (`path` under /api) or GraphQL (`graphql`, the raw body). */
export type MalformedRequest =
  | { kind: 'rest'; method: string; path: string; body?: unknown; rawBody?: string; contentType?: string }
  | { kind: 'graphql'; rawBody: string }

export type Target = {
  slug: string
  fields: readonly FieldShape[]
  /** Ids of documents that exist. */
  ids: number[]
  reviewed: boolean
  /** The GraphQL names: `Drug` and `Drugs`. */
  single: string
  plural: string
}

const pick = <T>(random: SeededRandom, items: readonly T[]): T => items[Math.floor(random.next() * items.length)]

const badIds = (real: number) => [
  'abc',
  '%00',
  `${real}%00`,
  '1e309',
  `${real}abc`,
  `${real}e0`,
  `${real}-0`,
  `0${real}`,
  '-1',
  '0',
  '1.5',
  '%201',
  '9007199254740993',
  '99999999999999999999',
  'null',
  'undefined',
  '%5Bobject%20Object%5D',
  "1'%20OR%20'1'%3D'1",
  'NaN',
  'Infinity',
  '0x1F',
  'ffffffffffffffffffffffff',
  '%E0%A4%A',
  '..',
  `${real}.0`,
  `+${real}`,
  `${real}%0A`,
]

const wrongValues = (field: FieldShape, random: SeededRandom): unknown[] => {
  const deepRichText = () => {
    let node: unknown = { type: 'text', text: 'x', version: 1 }
    for (let i = 0; i < 40 + Math.floor(random.next() * 5000); i++) node = { type: 'paragraph', children: [node], version: 1 }
    return { root: { type: 'root', children: [node], version: 1 } }
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [{}, 5, true, ['a'], [], { $gt: '' }]
    case 'number':
      return ['x', '5', true, {}, [], 'NaN', '1e309']
    case 'checkbox':
      return ['true', 1, 'yes', {}, []]
    case 'date':
      return ['2026-02-30', 'x', 5, '2026-13-01', {}, '2026-01-01T25:00:00Z', true, 'notadate']
    case 'select':
    case 'radio':
      return field.hasMany
        ? [optionValues(field)[0] ?? 'x', ['not-an-option'], [5], {}, 'admin']
        : ['not-an-option', 5, [optionValues(field)[0]], {}, true]
    case 'relationship':
    case 'upload':
      return field.hasMany
        ? [[999999], ['12abc'], '1', [{}], [-1], ['1e0'], 5, [null, 'abc']]
        : ['12abc', 999999, {}, -1, '1e0', [1], 'abc', true, { id: 'x' }]
    case 'array':
      return [[1, 2], 'x', {}, [[]], [null], ...((field.minRows ?? 0) > 0 ? [[]] : [])]
    case 'blocks':
      return [[1], 'x', [{ blockType: 'nope' }], {}]
    case 'richText':
      return ['text', { root: 5 }, [], 5, { root: { children: 'x' } }, deepRichText()]
    case 'group':
      return ['x', 5, []]
    case 'json': {
      let deep: unknown = 1
      for (let i = 0; i < 60; i++) deep = [deep]
      return [deep]
    }
    default:
      return []
  }
}

/** A body whose one field (maybe inside an array row) has a value of the wrong type. */
const wrongBody = (fields: readonly FieldShape[], random: SeededRandom, depth = 0): Record<string, unknown> | undefined => {
  const candidates = dataFields(fields).filter((field) => field.type !== 'join')
  for (let attempt = 0; attempt < 8; attempt++) {
    const field = pick(random, candidates)
    if (!field) return undefined
    if ((field.type === 'array' || field.type === 'group') && depth < 2 && random.next() < 0.5) {
      const inner = wrongBody(field.fields ?? [], random, depth + 1)
      if (inner) return { [field.name!]: field.type === 'array' ? [inner] : inner }
    }
    const values = wrongValues(field, random)
    if (values.length > 0) return { [field.name!]: pick(random, values) }
  }
  return undefined
}

const rawBodies = [
  '{"title": "broken",',
  '[',
  'null',
  '"text"',
  '5',
  '[]',
  '{"a":1}{"b":2}',
  '\u0000',
  '{"__proto__": {"admin": true}, "name": {}}',
]
const deepJson = (random: SeededRandom) => {
  const depth = 101 + Math.floor(random.next() * 20_000)
  return '['.repeat(depth) + ']'.repeat(depth)
}

const badQueries = (target: Target, random: SeededRandom): string[] => {
  const field = pick(random, dataFields(target.fields))?.name ?? 'id'
  const operator = pick(random, [
    'equals',
    'in',
    'not_in',
    'all',
    'near',
    'within',
    'intersects',
    'greater_than',
    'less_than_equal',
    'exists',
    'like',
    'contains',
    'bogus',
  ])
  const value = pick(random, ['abc', 'a,b', '1e309', 'notadate', '2026-02-30', '', '%00', '1,2,3,4', '[object Object]', '-1'])
  return [
    pick(random, ['limit=1e20', 'limit[a]=1', 'limit=-1', 'limit=abc', 'limit=1.5', 'limit=99999999999', 'limit=']),
    pick(random, ['page=1e308', 'page=0', 'page=-3', 'page[x]=1', 'page=abc']),
    pick(random, ['depth=1e3', 'depth=-1', 'depth=abc', 'depth[a]=1', 'depth=11']),
    pick(random, ['sort=name;drop', 'sort[$gt]=1', 'sort=--name', 'sort=%00', 'sort=name,']),
    pick(random, ['where=abc', 'where=', 'where=[1]', 'where=null', 'where[or]=x', 'where[and][0]=x', 'where[x]=1']),
    pick(random, ['draft=yes', 'draft[a]=1', 'trash=2', 'pagination=maybe', 'locale[a]=b', 'select=x', 'populate=1', 'joins=x']),
    `where[${field}][${operator}]=${value}`,
    `where[id][${pick(random, ['in', 'equals', 'not_in', 'greater_than'])}]=${pick(random, ['a,b', 'abc', '1e5', '%00', '-1'])}`,
    `where[createdAt][${pick(random, ['greater_than', 'less_than', 'equals'])}]=${pick(random, ['notadate', '2026-02-30', 'x', '1e309'])}`,
    `where[or][0][${field}][${pick(random, ['near', 'within', 'all', 'intersects'])}]=1,2`,
  ]
}

const reviewActions = ['submit', 'vote', 'publish', 'withdraw', 'comments']

const badReviewBodies = (random: SeededRandom): unknown[] => [
  { decision: pick(random, ['maybe', 5, {}, null]) },
  { note: {} },
  { at: pick(random, ['2026-02-30', 'x', 5]) },
  { body: 5 },
  { parent: '12abc' },
  [],
  'x',
]

const restFor = (target: Target, random: SeededRandom): MalformedRequest => {
  const real = target.ids.length > 0 ? pick(random, target.ids) : 1
  const badId = pick(random, badIds(real))
  const base = `/${target.slug}`
  const roll = random.weighted([
    { weight: 3, value: 'bad-id' },
    { weight: 3, value: 'bad-query' },
    { weight: 4, value: 'wrong-type' },
    { weight: 1, value: 'raw-body' },
    { weight: 1, value: 'content-type' },
    { weight: target.reviewed ? 2 : 0, value: 'review' },
    { weight: 1, value: 'method' },
  ])
  switch (roll) {
    case 'bad-id': {
      const [method, suffix] = pick(random, [
        ['GET', ''],
        ['PATCH', ''],
        ['DELETE', ''],
        ['POST', '/duplicate'],
        ['GET', ''],
        ['POST', ''],
        ...(target.reviewed
          ? [
              ['GET', '/review'],
              ['POST', '/submit'],
              ['POST', '/vote'],
              ['POST', '/comments'],
            ]
          : []),
      ] as const)
      if (method === 'POST' && suffix === '') return { kind: 'rest', method, path: `${base}/versions/${badId}`, body: {} }
      return {
        kind: 'rest',
        method,
        path: `${base}/${badId}${suffix}`,
        body: method === 'GET' || method === 'DELETE' ? undefined : { name: 'x' },
      }
    }
    case 'bad-query': {
      const query = pick(random, badQueries(target, random))
      const [method, path] = pick(random, [
        ['GET', base],
        ['GET', `${base}/${real}`],
        ['GET', `${base}/count`],
        ['GET', `${base}/versions`],
        ['DELETE', base],
        ['PATCH', base],
      ] as const)
      return { kind: 'rest', method, path: `${path}?${query}`, body: method === 'PATCH' ? { createdAt: 'x' } : undefined }
    }
    case 'wrong-type': {
      const body = wrongBody(target.fields, random) ?? { createdAt: 'notadate' }
      const [method, path] = pick(random, [
        ['POST', base],
        ['PATCH', `${base}/${real}`],
        ['PATCH', `${base}/${real}?draft=true`],
        ['PATCH', `${base}?where[id][equals]=${real}`],
      ] as const)
      return { kind: 'rest', method, path, body }
    }
    case 'raw-body': {
      const rawBody = random.next() < 0.3 ? deepJson(random) : pick(random, rawBodies)
      return { kind: 'rest', method: pick(random, ['POST', 'PATCH']), path: random.next() < 0.5 ? base : `${base}/${real}`, rawBody }
    }
    case 'content-type':
      return {
        kind: 'rest',
        method: pick(random, ['POST', 'PATCH']),
        path: target.reviewed && random.next() < 0.5 ? `${base}/${real}/${pick(random, reviewActions)}` : `${base}/${real}`,
        contentType: pick(random, [
          'text/plain',
          'multipart/form-data; boundary=x',
          'multipart/form-data',
          'application/xml',
          'application/x-www-form-urlencoded',
        ]),
        rawBody: pick(random, [
          'name=x',
          '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--',
          '--x\r\nbroken',
          '<a/>',
        ]),
      }
    case 'review': {
      const action = pick(random, reviewActions)
      return { kind: 'rest', method: 'POST', path: `${base}/${real}/${action}`, body: pick(random, badReviewBodies(random)) }
    }
    default:
      return { kind: 'rest', method: pick(random, ['PROPFIND', 'FOO', 'MKCOL', 'PURGE']), path: `${base}/${real}` }
  }
}

const authRequest = (random: SeededRandom): MalformedRequest => {
  const email = pick(random, [{}, 5, null, ['a@b.c'], '', 'not an email', `${'a'.repeat(300)}@x.org`, undefined])
  return pick(random, [
    { kind: 'rest', method: 'POST', path: '/users/login', body: { email, password: pick(random, [5, {}, null, 'x']) } },
    { kind: 'rest', method: 'POST', path: '/users/forgot-password', body: { email } },
    {
      kind: 'rest',
      method: 'POST',
      path: '/users/reset-password',
      body: { token: pick(random, [5, {}, 'nope']), password: pick(random, [5, {}, 'x']) },
    },
    { kind: 'rest', method: 'POST', path: `/users/verify/${pick(random, ['x', '%00', '1', 'abc%2F..'])}` },
    { kind: 'rest', method: 'POST', path: '/users/unlock', body: { email } },
    { kind: 'rest', method: 'POST', path: '/users/first-register', body: { email, password: 5, name: {} } },
    { kind: 'rest', method: 'GET', path: `/users/me?${pick(random, ['depth=abc', 'limit[a]=1', 'where=abc'])}` },
    { kind: 'rest', method: 'POST', path: '/users/refresh-token', rawBody: pick(random, rawBodies) },
    { kind: 'rest', method: 'POST', path: '/users/login', rawBody: pick(random, rawBodies) },
  ] as MalformedRequest[])
}

const graphqlRequest = (targets: Target[], random: SeededRandom): MalformedRequest => {
  const target = pick(random, targets)
  const real = target.ids.length > 0 ? pick(random, target.ids) : 1
  const body = (query: string) => JSON.stringify({ query })
  return {
    kind: 'graphql',
    rawBody: pick(random, [
      '{"query": ',
      JSON.stringify({ query: 5 }),
      JSON.stringify({ query: '{ x' }),
      JSON.stringify({ query: '{ a }', variables: 'x' }),
      JSON.stringify({ query: '{ a }', operationName: 5 }),
      '[]',
      body(`{ ${target.plural} { docs { ...A } } } fragment A on ${target.single} { ...B } fragment B on ${target.single} { ...A }`),
      body(`{ ${target.single}(id: "${pick(random, badIds(real))}") { id } }`),
      body(`{ ${target.single}(id: ${pick(random, ['1e309', '-1', '0', '1.5', 'null', 'true'])}) { id } }`),
      body(`{ ${target.plural}(limit: ${pick(random, ['-1', '1e20', '"x"', '99999999999'])}) { docs { id } } }`),
      body(`{ ${target.plural}(page: ${pick(random, ['-1', '1e308', '0'])}) { docs { id } } }`),
      body(
        `{ ${target.plural}(where: { createdAt: { greater_than: "${pick(random, ['notadate', '2026-02-30', 'x'])}" } }) { docs { id } } }`,
      ),
      body(
        `{ ${target.plural}(where: { id: { ${pick(random, ['in', 'equals', 'not_in'])}: ${pick(random, ['["a","b"]', '"abc"', '-1', '0'])} } }) { docs { id } } }`,
      ),
      body(`{ ${target.plural}(sort: "${pick(random, ['name;drop', '--x', ''])}") { docs { id } } }`),
      body(`{ ${'a{'.repeat(200)}${'}'.repeat(200)} }`),
      body(`mutation { delete${target.single}(id: "${pick(random, badIds(real))}") { id } }`),
      body(
        `mutation { update${target.single}(id: ${real}, data: {}, draft: true) { id } }`.replace(
          'data: {}',
          `data: { createdAt: "${pick(random, ['x', '2026-02-30'])}" }`,
        ),
      ),
    ]),
  }
}

/** `count` hostile requests drawn from `random`: REST by id, list queries, bodies, review and auth endpoints, GraphQL. */
export const malformedRequests = (targets: Target[], random: SeededRandom, count: number): MalformedRequest[] =>
  Array.from({ length: count }, () =>
    random.weighted<() => MalformedRequest>([
      { weight: 8, value: () => restFor(pick(random, targets), random) },
      { weight: 1, value: () => authRequest(random) },
      { weight: 1.5, value: () => graphqlRequest(targets, random) },
    ])(),
  )
