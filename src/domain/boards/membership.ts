import { quorumProblem } from './quorum'

export type BoardProblem = { field: 'members' | 'quorum'; message: string }

/** A member as a relationship field holds it: an id, or the populated document. */
type MemberRef = string | number | { id: string | number } | null | undefined

const memberId = (member: MemberRef): string | null =>
  member === null || member === undefined ? null : String(typeof member === 'object' ? member.id : member)

/**
 * What is wrong with a board's members and quorum: each person sits on it once, and the quorum is
 * counted against distinct people (a name listed twice would let one person's vote count twice in
 * appearance, and a quorum larger than the people could never be met).
 */
export const boardProblems = ({ members, quorum }: { members: readonly MemberRef[]; quorum: number }): BoardProblem[] => {
  const ids = members.map(memberId).filter((id): id is string => id !== null)
  const distinct = new Set(ids)
  const problems: BoardProblem[] = []
  if (distinct.size < ids.length) {
    const repeated = [...distinct].filter((id) => ids.indexOf(id) !== ids.lastIndexOf(id))
    problems.push({ field: 'members', message: `members must be listed once each: user ${repeated.join(', ')} is listed more than once` })
  }
  const quorumIssue = quorumProblem({ quorum, memberCount: distinct.size })
  if (quorumIssue) problems.push({ field: 'quorum', message: quorumIssue })
  return problems
}
