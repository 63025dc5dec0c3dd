import { describe, expect, it } from 'vitest'

import type { FieldShape } from './fieldShape'

import { checkDocumentBody } from './documentBody'

const fields: FieldShape[] = [
  { name: 'name', type: 'text', required: true },
  { name: 'year', type: 'number' },
  { name: 'active', type: 'checkbox' },
  { name: 'accessedAt', type: 'date' },
  { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'writer'] },
  { name: 'route', type: 'select', options: [{ value: 'oral' }] },
  { name: 'board', type: 'relationship', relationTo: 'boards' },
  { name: 'references', type: 'relationship', relationTo: 'references', hasMany: true },
  {
    type: 'row',
    fields: [{ name: 'brandNames', type: 'array', fields: [{ name: 'name', type: 'text' }] }],
  },
  {
    name: 'sections',
    type: 'array',
    minRows: 1,
    fields: [
      { name: 'title', type: 'text' },
      { name: 'body', type: 'richText' },
    ],
  },
  { name: 'meta', type: 'group', fields: [{ name: 'size', type: 'number' }] },
]

const problemFields = (data: unknown, operation: 'create' | 'update' = 'update') =>
  checkDocumentBody({ data, fields, idKind: 'serial', operation }).problems.map((problem) => problem.field)

const richText = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }] } }

describe('checkDocumentBody', () => {
  it('accepts values of the right type and lists the relationship ids to look up', () => {
    const result = checkDocumentBody({
      data: {
        name: 'pazopanib',
        year: 2020,
        active: true,
        accessedAt: '2026-02-28',
        roles: ['admin'],
        route: 'oral',
        board: 3,
        references: ['4', { id: 5 }],
        brandNames: [{ name: 'Votrient' }],
        sections: [{ title: 'T', body: richText }],
        meta: { size: 2 },
        id: 7,
        password: 'secret',
      },
      fields,
      idKind: 'serial',
      operation: 'create',
    })
    expect(result.problems).toEqual([])
    expect(result.relatedIds).toEqual([
      { field: 'board', relationTo: 'boards', id: 3 },
      { field: 'references.0', relationTo: 'references', id: '4' },
      { field: 'references.1', relationTo: 'references', id: 5 },
    ])
  })

  it.each([
    [{ name: {} }, 'name'],
    [{ name: 5 }, 'name'],
    [{ year: '2020' }, 'year'],
    [{ active: 'true' }, 'active'],
    [{ accessedAt: '2026-02-30' }, 'accessedAt'],
    [{ accessedAt: 'x' }, 'accessedAt'],
    [{ roles: 'admin' }, 'roles'],
    [{ roles: ['root'] }, 'roles.0'],
    [{ route: 'by-mouth' }, 'route'],
    [{ board: '12abc' }, 'board'],
    [{ references: [1, 'x'] }, 'references.1'],
    [{ brandNames: [1] }, 'brandNames.0'],
    [{ sections: [] }, 'sections'],
    [{ sections: [{ title: 5 }] }, 'sections.0.title'],
    [{ sections: [{ body: 'text' }] }, 'sections.0.body'],
    [{ meta: { size: 'x' } }, 'meta.size'],
  ])('refuses %j naming %s', (data, field) => {
    expect(problemFields(data)).toEqual([field])
  })

  it('refuses a key that is no field, at the top and in a row', () => {
    expect(
      problemFields(JSON.parse('{"__proto__": {"admin": true}, "drugclass": "x", "brandNames": [{ "id": "a", "nme": "V" }]}')),
    ).toEqual(['__proto__', 'drugclass', 'brandNames.0.nme'])
  })

  it('refuses rich text nested deeper than the bound', () => {
    let node: unknown = { type: 'text', text: 'x' }
    for (let i = 0; i < 40; i++) node = { type: 'paragraph', children: [node] }
    expect(problemFields({ sections: [{ body: { root: { children: [node] } } }] })).toEqual(['sections.0.body'])
  })

  it('needs an array with minRows on create, not on an update that leaves it alone', () => {
    expect(problemFields({ name: 'x' }, 'create')).toEqual(['sections'])
    expect(problemFields({ name: 'x' }, 'update')).toEqual([])
  })

  it('takes 0 for an array as no rows, as the admin form sends an empty one, and still refuses other numbers', () => {
    expect(problemFields({ brandNames: 0 })).toEqual([])
    expect(problemFields({ sections: 0 })).toEqual(['sections'])
    expect(problemFields({ brandNames: 2 })).toEqual(['brandNames'])
  })

  it('lets null clear a field (Payload decides whether it may be empty)', () => {
    expect(problemFields({ year: null, board: null, accessedAt: null })).toEqual([])
  })

  it('refuses a body that is not an object', () => {
    expect(problemFields([1])).toEqual(['body'])
  })
})
