/** Why a board's quorum cannot work with its members, or null when it can. */
export const quorumProblem = ({ quorum, memberCount }: { quorum: number; memberCount: number }): string | null => {
  if (!Number.isInteger(quorum) || quorum < 1) return 'quorum must be a whole number of at least 1'
  if (memberCount > 0 && quorum > memberCount)
    return `quorum is ${quorum} but the board has only ${memberCount} member${memberCount === 1 ? '' : 's'}: no change could ever be approved`
  return null
}
