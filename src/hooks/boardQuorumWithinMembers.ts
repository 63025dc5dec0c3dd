import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { boardProblems } from '@/domain/boards/membership'
import { slugs } from '@collections/slugs'

/** Each member once, and a quorum the distinct members can meet (400 naming `members` or `quorum`). */
export const boardQuorumWithinMembers: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const quorum = Number(data?.quorum ?? originalDoc?.quorum ?? 2)
  const members = (data?.members ?? originalDoc?.members ?? []) as (number | { id: number })[]
  const problems = boardProblems({ members, quorum })
  if (problems.length > 0) {
    throw new ValidationError({ collection: slugs.boards, errors: problems.map(({ field, message }) => ({ path: field, message })), req })
  }
  return data
}
