/** An id as a relationship field stores it: numeric ids (SQLite, PostgreSQL) as numbers; MongoDB's ObjectId strings unchanged. */
export const relationValue = (id: string | number): number => (/^\d+$/.test(String(id)) ? Number(id) : id) as number
