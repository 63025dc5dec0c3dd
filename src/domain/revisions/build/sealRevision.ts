import type { Revision, UnsealedRevision } from '../revisionSchema'

import { revisionHash } from '../revisionHash'
import { RevisionInvalidError, toRevisionIssues } from '../RevisionInvalidError'
import { revisionSchema } from '../revisionSchema'

/**
 * Validates a revision and gives it its hash. The schemas hold no transforms that change valid JSON,
 * so the stored revision is exactly the hashed one; that is checked rather than assumed.
 */
export const sealRevision = (unsealed: UnsealedRevision): Revision => {
  const subject = `${unsealed.type} ${unsealed.slug} v${unsealed.version}`
  const parsed = revisionSchema.safeParse({ ...unsealed, hash: revisionHash({ revision: unsealed }) })
  if (!parsed.success) throw new RevisionInvalidError({ subject, issues: toRevisionIssues(parsed.error.issues) })
  const revision = parsed.data
  if (revisionHash({ revision }) !== revision.hash) {
    throw new RevisionInvalidError({
      subject,
      issues: [{ path: 'hash', message: 'validation changed the revision; it would not verify' }],
    })
  }
  return revision
}
