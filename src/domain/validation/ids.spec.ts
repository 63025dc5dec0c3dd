import { describe, expect, it } from 'vitest'

import { idKindOf, isWellFormedId } from './ids'

describe('isWellFormedId', () => {
  it.each(['11', '1', '9007199254740991'])('accepts the serial id %s', (id) => {
    expect(isWellFormedId(id, 'serial')).toBe(true)
  })

  it.each(['11abc', '11\u0000', '11e0', '11-0', '011', '0', '-1', '1.5', ' 11', '9007199254740993', '1e309', '', 'abc'])(
    'refuses %j as a serial id',
    (id) => {
      expect(isWellFormedId(id, 'serial')).toBe(false)
    },
  )

  it('accepts positive safe integers and refuses other numbers', () => {
    expect(isWellFormedId(73, 'serial')).toBe(true)
    expect([0, -3, 1.5, Number.NaN, Infinity, 2 ** 60].map((id) => isWellFormedId(id, 'serial'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('accepts a 24-hex ObjectId only when the database is MongoDB', () => {
    expect(isWellFormedId('65a1f0c2e4b0a1b2c3d4e5f6', 'objectId')).toBe(true)
    expect(isWellFormedId('65a1f0c2e4b0a1b2c3d4e5fz', 'objectId')).toBe(false)
    expect(isWellFormedId('11', 'objectId')).toBe(false)
    expect(isWellFormedId(11, 'objectId')).toBe(false)
  })

  it('takes the id kind from the database', () => {
    expect([idKindOf('sqlite'), idKindOf('postgres'), idKindOf('mongodb')]).toEqual(['serial', 'serial', 'objectId'])
  })
})
