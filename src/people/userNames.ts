import type { PayloadRequest } from 'payload'
import { slugs } from '@collections/slugs'

/**
 * Display names of the given users, by id. Reads names only: the users collection itself stays
 * private, but reviewers, authors and approvers are shown by name wherever their work is.
 */
export const userNames = async (req: PayloadRequest, ids: Iterable<string>): Promise<Map<string, string>> => {
  const wanted = [...new Set(ids)]
  if (wanted.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: slugs.users,
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [String(user.id), user.name || `User ${user.id}`]))
}
