/**
 * The properties of a PDQ node that hold content, in the order their elements appear in the XML
 * (a Table's title before its groups, a TGroup's THead and TFoot before its TBody, a question before
 * its answers). Stored nodes may come back from the database with their keys reordered (PostgreSQL's
 * jsonb sorts them), so anything that numbers citations or reads text in document order walks these.
 */
const CONTENT_KEYS = [
  'title',
  'titleAbbrev',
  'listTitle',
  'question',
  'answers',
  'quotedText',
  'captions',
  'groups',
  'head',
  'foot',
  'body',
  'rows',
  'entries',
  'items',
  'children',
] as const

export const contentInOrder = (node: Record<string, unknown>): unknown[] => {
  const out: unknown[] = []
  for (const key of CONTENT_KEYS) if (typeof node[key] === 'object' && node[key] !== null) out.push(node[key])
  return out
}
