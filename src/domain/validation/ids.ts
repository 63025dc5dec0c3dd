/** How a database spells its document ids: SQLite and PostgreSQL count, MongoDB makes ObjectIds. */
export type IdKind = 'serial' | 'objectId'

const serial = /^[1-9][0-9]{0,15}$/
const objectId = /^[0-9a-f]{24}$/i

/**
 * Whether `value` is exactly an id, never a number hidden in text: `11` is, `11abc`, `11e0`,
 * `11-0`, `011` and `11\0` are not. A serial id is a positive safe integer.
 */
export const isWellFormedId = (value: unknown, kind: IdKind): boolean => {
  if (kind === 'objectId') return typeof value === 'string' && objectId.test(value)
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
  return typeof value === 'string' && serial.test(value) && Number.isSafeInteger(Number(value))
}

export const idKindOf = (database: 'sqlite' | 'postgres' | 'mongodb'): IdKind => (database === 'mongodb' ? 'objectId' : 'serial')
