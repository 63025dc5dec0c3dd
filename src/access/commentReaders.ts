import type { Access } from 'payload'

import { canWriteContent, hasRole } from '@/domain/people/roles'

/**
 * Review comments: writers, managing editors and admins read every discussion; a reviewer only those
 * of the boards they sit on (the board responsible when the comment was written).
 */
export const commentReaders: Access = async ({ req }) => {
  if (!req.user) return false
  if (canWriteContent(req.user)) return true
  if (!hasRole(req.user, 'reviewer')) return false
  const { docs } = await req.payload.find({
    collection: 'boards',
    where: { members: { equals: req.user.id } },
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  if (docs.length === 0) return false
  return { board: { in: docs.map((board) => board.id) } }
}
