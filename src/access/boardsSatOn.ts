import type { PayloadRequest } from 'payload'

import { slugs } from '@collections/slugs'

/**
 * Looked up once per signed-in user object, which lives as long as its request. Not kept in
 * `req.context`: Payload copies the context, and a promise does not survive the copy.
 */
const looked = new WeakMap<object, Promise<string[]>>()

/** The ids of the boards the signed-in person sits on. */
export const boardsSatOn = (req: PayloadRequest): Promise<string[]> => {
  const user = req.user
  if (!user) return Promise.resolve([])
  let boards = looked.get(user)
  if (!boards) {
    boards = req.payload
      .find({
        collection: slugs.boards,
        where: { members: { equals: user.id } },
        depth: 0,
        limit: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      .then(({ docs }) => docs.map((board) => String(board.id)))
    looked.set(user, boards)
    boards.catch(() => looked.delete(user))
  }
  return boards
}
