import { describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/db/adapter'
import { databaseKind } from '@/db/databaseKind'

describe('the database is chosen from DATABASE_URI', () => {
  it.each([
    [undefined, 'sqlite'],
    ['file:./data/galley.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['postgresql://u:p@db/galley', 'postgres'],
    ['mongodb://mongo:27017/galley?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://cluster.example.org/galley', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it('refuses a URI it cannot serve, naming DATABASE_URI', () => {
    expect(() => databaseKind('mysql://root@localhost/galley')).toThrow(/DATABASE_URI must start with/)
  })

  it.each([
    ['file:/tmp/x.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['mongodb://mongo:27017/galley?replicaSet=rs0', 'mongoose'],
  ])('builds the %s adapter without connecting', (uri, name) => {
    const adapter = databaseAdapter({ uri, root: '/srv/galley' })
    expect(adapter.name).toBe(name)
  })
})
