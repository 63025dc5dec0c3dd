import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { quorumProblem } from '@/domain/boards/quorum'
import { slugs } from '@collections/slugs'

export const boardQuorumWithinMembers: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const quorum = Number(data?.quorum ?? originalDoc?.quorum ?? 2)
  const members = (data?.members ?? originalDoc?.members ?? []) as unknown[]
  const problem = quorumProblem({ quorum, memberCount: members.length })
  if (problem) {
    throw new ValidationError({ collection: slugs.boards, errors: [{ path: 'quorum', message: problem }], req })
  }
  return data
}
