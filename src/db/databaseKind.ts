export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const defaultSqliteUri = 'file:./data/galley.db'

/** Which database a `DATABASE_URI` names. Anything that is not Postgres or MongoDB is a SQLite file. */
export const databaseKind = (uri: string | undefined): DatabaseKind => {
  if (!uri) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  if (uri.startsWith('file:')) return 'sqlite'
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${uri.split(':')[0]}:…")`)
}
