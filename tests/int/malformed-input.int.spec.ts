import type { Json } from '../helpers/json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { graphqlRequest, login, rest, testPayload } from '../helpers/payload'

/** Every field or parameter a 4xx names, in the guard's shape `{ field }` or Payload's `{ data: { errors: [{ path }] } }`. */
const namedFields = (body: Json): string[] =>
  (body?.errors ?? []).flatMap((error: Json) => [
    ...(error.field ? [error.field] : []),
    ...(error.data?.errors ?? []).map((item: Json) => item.path),
  ])

let admin: string
let writer: string
let userId: number
let drugId: number
let summaryId: number
let stageId: number

const richTextNested = (depth: number) => {
  let node: Json = { type: 'text', text: 'deep', version: 1 }
  for (let i = 0; i < depth; i++) node = { type: 'paragraph', version: 1, children: [node] }
  return { root: { type: 'root', version: 1, children: [node] } }
}

/** Documents no other test file reads (every int file shares the run's database). */
beforeAll(async () => {
  admin = await login('admin@galley.test')
  writer = await login('writer@galley.test')
  const payload = await testPayload()
  const bySlug = async (collection: 'drugs' | 'stages', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, draft: true })).docs[0].id as number
  userId = (await payload.find({ collection: 'users', where: { email: { equals: 'reviewer3@galley.test' } } })).docs[0].id
  drugId = await bySlug('drugs', 'dacarbazine')
  stageId = await bySlug('stages', 'retroperitoneum-iv')
  const seeded = (
    await payload.find({
      collection: 'summaries',
      where: { slug: { equals: 'adult-soft-tissue-sarcoma-treatment-patient' } },
      limit: 1,
      depth: 0,
      draft: true,
    })
  ).docs[0]
  const { id: _id, slug: _slug, createdAt: _createdAt, updatedAt: _updatedAt, ...content } = seeded
  const copy = await payload.create({
    collection: 'summaries',
    data: {
      ...content,
      title: 'A summary the type check tests edit',
      _status: 'draft',
      // new rows, not the seeded summary's
      sections: (content.sections ?? []).map(({ id: _row, keyPoints, ...section }) => ({
        ...section,
        keyPoints: (keyPoints ?? []).map(({ id: _point, ...point }) => point),
      })),
    },
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  summaryId = copy.id
})

afterAll(async () => {
  const payload = await testPayload()
  await payload.delete({
    collection: 'summaries',
    where: { title: { equals: 'A summary the type check tests edit' } },
    overrideAccess: true,
  })
})

describe('an id that is not exactly an id is a 404 and touches nothing', () => {
  it.each(['abc', '%00', '1e309'])('GET /drugs/%s answers 404', async (id) => {
    const response = await rest({ path: `/drugs/${id}`, token: writer })
    expect(response.status).toBe(404)
    expect(namedFields(response.body)).toEqual(['id'])
  })

  it.each(['abc', '%00', 'e0', '-0'])('DELETE /users/{id}%s answers 404 and the user is still there', async (suffix) => {
    const response = await rest({ method: 'DELETE', path: `/users/${userId}${suffix}`, token: admin })
    expect(response.status).toBe(404)
    const still = await rest({ path: `/users/${userId}`, token: admin })
    expect(still.status).toBe(200)
  })

  it('PATCH /drugs/{id}abc answers 404 and leaves the drug unchanged', async () => {
    const before = await rest({ path: `/drugs/${drugId}?draft=true`, token: writer })
    const response = await rest({ method: 'PATCH', path: `/drugs/${drugId}abc`, token: writer, body: { drugClass: 'changed' } })
    expect(response.status).toBe(404)
    const after = await rest({ path: `/drugs/${drugId}?draft=true`, token: writer })
    expect(after.body.drugClass).toBe(before.body.drugClass)
  })

  it.each([
    ['GET', 'review'],
    ['POST', 'submit'],
    ['POST', 'vote'],
  ])('%s /drugs/{id}x/%s answers 404', async (method, action) => {
    const response = await rest({ method, path: `/drugs/${drugId}x/${action}`, token: writer, body: method === 'POST' ? {} : undefined })
    expect(response.status).toBe(404)
    expect(namedFields(response.body)).toEqual(['id'])
  })

  it('a GraphQL id that is not a number is refused, not read as one', async () => {
    const response = await graphqlRequest({ query: `{ Drug(id: "${drugId}abc") { id } }` }, writer)
    expect(response.status).toBeLessThan(500)
    expect(response.body.data?.Drug ?? null).toBeNull()
    expect(response.body.errors[0].message).toMatch(/"id"/)
  })
})

describe('malformed query parameters get a 400 naming the parameter', () => {
  it.each([
    ['limit=1e20', 'limit'],
    ['limit[a]=1', 'limit'],
    ['page=1e308', 'page'],
    ['depth=-1', 'depth'],
    ['draft=yes', 'draft'],
    ['sort=name;drop', 'sort'],
    ['where=abc', 'where'],
    ['where[id][in]=a,b', 'where.id.in'],
    ['where[name][near]=1,2', 'where.name.near'],
    ['where[name][within]=x', 'where.name.within'],
    ['where[name][all]=x', 'where.name.all'],
    ['where[createdAt][greater_than]=notadate', 'where.createdAt.greater_than'],
    ['where[name][sounds_like]=x', 'where.name.sounds_like'],
    ['where[references][equals]=abc', 'where.references.equals'],
  ])('GET /drugs?%s answers 400 naming %s', async (query, field) => {
    const response = await rest({ path: `/drugs?${query}`, token: writer })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toContain(field)
  })
})

describe('a value of the wrong type is a 400 naming the field, and nothing is stored', () => {
  it.each([
    ['drugs', 'name', { name: {} }],
    ['drugs', 'drugClass', { drugClass: 5 }],
    ['drugs', 'mechanism', { mechanism: ['a'] }],
    ['drugs', 'brandNames.0', { brandNames: [1, 2] }],
    ['drugs', 'approvals.0.year', { approvals: [{ indication: 'x', status: 'approved', year: '2020' }] }],
    ['drugs', 'references.0', { references: [999999] }],
    ['drugs', 'references.0', { references: ['12abc'] }],
    ['drugs', 'createdAt', { createdAt: 'x' }],
    ['summaries', 'sections', { sections: [] }],
    ['summaries', 'sections.0.body', { sections: [{ title: 'T', sectionType: 'other', body: 'text' }] }],
    ['summaries', 'sections.0.body', { sections: [{ title: 'T', sectionType: 'other', body: richTextNested(40) }] }],
    ['stages', 'criteria', { criteria: [] }],
    ['stages', 'criteria.0.sizeMinCm', { criteria: [{ sizeMinCm: 'x', grades: ['low'], nodes: 'N0', metastasis: 'M0' }] }],
  ] as const)('PATCH /%s with a wrong %s answers 400 naming it, and stores nothing', async (collection, field, body) => {
    const id = { drugs: drugId, summaries: summaryId, stages: stageId }[collection]
    const before = await rest({ path: `/${collection}/${id}?draft=true&depth=0`, token: writer })
    const response = await rest({ method: 'PATCH', path: `/${collection}/${id}?draft=true`, token: writer, body })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toContain(field)
    const after = await rest({ path: `/${collection}/${id}?draft=true&depth=0`, token: writer })
    expect(after.body.updatedAt).toBe(before.body.updatedAt)
  })

  it('refuses a reference accessed on 30 February', async () => {
    const response = await rest({
      method: 'POST',
      path: '/references',
      token: writer,
      body: { kind: 'journal-article', title: 'T', authors: [{ name: 'Doe J' }], journal: 'J', year: 2020, accessedAt: '2026-02-30' },
    })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toContain('accessedAt')
  })

  it('refuses roles: "admin" instead of storing no role', async () => {
    const response = await rest({ method: 'PATCH', path: `/users/${userId}`, token: admin, body: { roles: 'admin' } })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toContain('roles')
    const after = await rest({ path: `/users/${userId}`, token: admin })
    expect(after.body.roles.length).toBeGreaterThan(0)
  })

  it('refuses a summary created without sections', async () => {
    const response = await rest({
      method: 'POST',
      path: '/summaries?draft=true',
      token: writer,
      body: { title: 'No sections', summaryType: 'treatment', cancerType: 'Sarcoma' },
    })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toContain('sections')
  })
})

describe('well-formed writes still pass the type check', () => {
  it.each(['drugs', 'summaries', 'stages', 'references', 'boards', 'users'])(
    'a document of %s read at depth 0 and sent back unchanged is saved',
    async (collection) => {
      const token = ['boards', 'users'].includes(collection) ? admin : writer
      const payload = await testPayload()
      const id =
        { drugs: drugId, summaries: summaryId, stages: stageId, users: userId }[collection] ??
        (await payload.find({ collection: collection as 'boards', limit: 1, sort: '-id', depth: 0 })).docs[0].id
      const draft = ['boards', 'users'].includes(collection) ? '' : 'draft=true&'
      const read = await rest({ path: `/${collection}/${id}?${draft}depth=0`, token })
      const { _status, ...document } = read.body
      const response = await rest({ method: 'PATCH', path: `/${collection}/${id}?${draft}depth=0`, token, body: document })
      expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200)
    },
  )

  it('duplicating a summary does not need its sections sent again', async () => {
    const response = await rest({ method: 'POST', path: `/summaries/${summaryId}/duplicate?draft=true`, token: writer, body: {} })
    expect(response.status).toBeLessThan(500)
    expect(namedFields(response.body)).not.toContain('sections')
  })
})

describe('malformed bodies, methods and GraphQL documents are a 4xx', () => {
  it('refuses JSON nested 10,000 deep, naming the body', async () => {
    const response = await rest({ method: 'POST', path: '/drugs', token: writer, rawBody: '['.repeat(10_000) + ']'.repeat(10_000) })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toEqual(['body'])
  })

  it('refuses a multipart body on a review endpoint', async () => {
    const response = await rest({
      method: 'POST',
      path: `/drugs/${drugId}/vote`,
      token: writer,
      contentType: 'multipart/form-data; boundary=x',
      rawBody: '--x\r\nContent-Disposition: form-data; name="decision"\r\n\r\napprove\r\n--x',
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('refuses a text/plain body with 415 naming Content-Type', async () => {
    const response = await rest({ method: 'POST', path: '/drugs', token: writer, contentType: 'text/plain', rawBody: 'name=x' })
    expect(response.status).toBe(415)
    expect(namedFields(response.body)).toEqual(['Content-Type'])
  })

  it.each(['not-a-token', '1'])('answers /users/verify/%s with 404: users do not verify e-mail addresses', async (token) => {
    const response = await rest({ method: 'POST', path: `/users/verify/${token}` })
    expect(response.status).toBe(404)
    expect(namedFields(response.body)).toEqual(['token'])
  })

  it('answers an unknown method with 405', async () => {
    const response = await rest({ method: 'PROPFIND', path: `/drugs/${drugId}` })
    expect(response.status).toBe(405)
    expect(namedFields(response.body)).toEqual(['method'])
  })

  it.each([[{}], [5], [['a@b.c']], ['not an email']])('answers forgot-password for the email %j with 400 naming email', async (email) => {
    const response = await rest({ method: 'POST', path: '/users/forgot-password', body: { email } })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toEqual(['email'])
  })

  it('answers a login with a password that is not text with 400 naming password', async () => {
    const response = await rest({ method: 'POST', path: '/users/login', body: { email: 'nobody@example.org', password: {} } })
    expect(response.status).toBe(400)
    expect(namedFields(response.body)).toEqual(['password'])
  })

  it.each([
    ['page: -1', '{ Boards(page: -1) { docs { id } } }', 'page'],
    ['limit: -1', '{ Drugs(limit: -1) { docs { id } } }', 'limit'],
  ])('answers a GraphQL query with %s with a 400 error naming the argument', async (_, query, field) => {
    const response = await graphqlRequest({ query }, admin)
    expect(response.status).toBeLessThan(500)
    expect(response.body.errors[0].extensions.statusCode).toBe(400)
    expect(response.body.errors[0].extensions.data.errors[0].path).toBe(field)
  })

  it('answers a GraphQL query with AND and OR', async () => {
    const query = '{ Drugs(where: { OR: [{ slug: { equals: "dacarbazine" } }], AND: [{ name: { like: "dacarb" } }] }) { docs { slug } } }'
    const response = await graphqlRequest({ query }, writer)
    expect(response.body.data.Drugs.docs).toEqual([{ slug: 'dacarbazine' }])
  })

  it.each([
    ['invalid JSON', '{"query": '],
    ['a query that is not text', JSON.stringify({ query: 5 })],
    ['a query that does not parse', JSON.stringify({ query: '{ Drugs { docs { name } ' })],
    ['cyclic fragments', JSON.stringify({ query: '{ Drugs { docs { ...A } } } fragment A on Drug { ...B } fragment B on Drug { ...A }' })],
  ])('refuses GraphQL with %s with 400', async (_, body) => {
    const response = await graphqlRequest(body, writer)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBeTruthy()
  })
})
