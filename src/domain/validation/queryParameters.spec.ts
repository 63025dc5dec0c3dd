import { describe, expect, it } from 'vitest'

import type { FieldShape } from './fieldShape'
import type { QueryContext } from './queryParameters'

import { checkQueryParameters } from './queryParameters'

const boards: FieldShape[] = [{ name: 'name', type: 'text' }]
const drugs: FieldShape[] = [
  { name: 'name', type: 'text' },
  { name: 'year', type: 'number' },
  { name: 'createdAt', type: 'date' },
  { name: 'tags', type: 'select', hasMany: true, options: ['a'] },
  { name: 'board', type: 'relationship', relationTo: 'boards' },
  { name: 'references', type: 'relationship', relationTo: 'references', hasMany: true },
  { name: 'brandNames', type: 'array', fields: [{ name: 'name', type: 'text' }] },
  { name: 'document', type: 'relationship', relationTo: ['drugs', 'boards'] },
]
const context: QueryContext = { idKind: 'serial', fields: drugs, fieldsOf: (slug) => (slug === 'boards' ? boards : undefined) }

const named = (query: Record<string, unknown>) => checkQueryParameters(query, context).map((problem) => problem.field)

describe('checkQueryParameters', () => {
  it('accepts what the admin panel and the API clients send', () => {
    expect(
      named({
        limit: '10',
        page: '2',
        depth: '0',
        sort: '-createdAt,name',
        draft: 'true',
        locale: 'en',
        select: { name: 'true' },
        where: {
          and: [
            { name: { like: 'pazo' } },
            { year: { greater_than: '2019' } },
            { createdAt: { less_than: '2026-01-01' } },
            { board: { in: '1,2' } },
            { 'board.name': { equals: 'Adult' } },
            { tags: { all: ['a'] } },
            { 'brandNames.name': { contains: 'V' } },
            { id: { not_in: ['3'] } },
            { nobody: { equals: 'x' } },
            { 'document.value': { equals: '5' } },
            { document: { equals: { relationTo: 'drugs', value: 5 } } },
          ],
        },
      }),
    ).toEqual([])
  })

  it('accepts GraphQL’s AND and OR', () => {
    expect(named({ where: { OR: [{ name: { equals: 'x' } }], AND: [{ year: { equals: 2020 } }] } })).toEqual([])
  })

  it('accepts where as JSON text, as Payload does', () => {
    expect(named({ where: '{"name":{"equals":"x"}}' })).toEqual([])
  })

  it.each([
    [{ limit: '1e20' }, 'limit'],
    [{ limit: { a: '1' } }, 'limit'],
    [{ limit: '-1' }, 'limit'],
    [{ page: '1e308' }, 'page'],
    [{ page: '0' }, 'page'],
    [{ depth: '11' }, 'depth'],
    [{ draft: 'yes' }, 'draft'],
    [{ locale: ['en'] }, 'locale'],
    [{ sort: 'name;drop' }, 'sort'],
    [{ select: 'name' }, 'select'],
    [{ data: '{' }, 'data'],
    [{ where: 'abc' }, 'where'],
    [{ where: { or: 'x' } }, 'where.or'],
    [{ where: { name: 'x' } }, 'where.name'],
    [{ where: { name: { sounds_like: 'x' } } }, 'where.name.sounds_like'],
    [{ where: { id: { in: 'a,b' } } }, 'where.id.in'],
    [{ where: { id: { equals: '11abc' } } }, 'where.id.equals'],
    [{ where: { board: { equals: '1e0' } } }, 'where.board.equals'],
    [{ where: { name: { near: '1,2' } } }, 'where.name.near'],
    [{ where: { name: { within: 'x' } } }, 'where.name.within'],
    [{ where: { name: { all: 'x' } } }, 'where.name.all'],
    [{ where: { year: { like: '2' } } }, 'where.year.like'],
    [{ where: { year: { equals: 'abc' } } }, 'where.year.equals'],
    [{ where: { createdAt: { greater_than: 'notadate' } } }, 'where.createdAt.greater_than'],
    [{ where: { name: { exists: 'maybe' } } }, 'where.name.exists'],
    [{ where: { name: { equals: { $gt: '' } } } }, 'where.name.equals'],
    [{ where: { brandNames: { equals: 'x' } } }, 'where.brandNames.equals'],
    [{ where: { tags: { greater_than: 'abc' } } }, 'where.tags.greater_than'],
    [{ where: { tags: { like: 'a' } } }, 'where.tags.like'],
    [{ where: { references: { all: '1,2' } } }, 'where.references.all'],
  ])('refuses %j naming %s', (query, field) => {
    expect(named(query)).toEqual([field])
  })

  it('refuses and/or nested deeper than 8 levels', () => {
    let where: unknown = { name: { equals: 'x' } }
    for (let i = 0; i < 12; i++) where = { or: [where] }
    expect(named({ where })).toHaveLength(1)
  })
})
