/** Numeric ids (SQLite, PostgreSQL) as numbers; MongoDB's ObjectId strings unchanged. */
export const relationId = (id: string | number): number => (/^\d+$/.test(String(id)) ? Number(id) : id) as number
