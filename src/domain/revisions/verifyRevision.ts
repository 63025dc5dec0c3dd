import type { Revision } from './revisionSchema'
import type { RevisionIssue } from './RevisionInvalidError'

import { revisionHash } from './revisionHash'
import { toRevisionIssues } from './RevisionInvalidError'
import { revisionSchema } from './revisionSchema'

export type Verification = { ok: true; revision: Revision } | { ok: false; issues: RevisionIssue[] }

/**
 * Whether a revision (for example one a partner downloaded) is well formed and its hash matches its
 * content. The hash is recomputed from the object as given, so any added, removed or altered field fails.
 */
export const verifyRevision = ({ revision }: { revision: unknown }): Verification => {
  const parsed = revisionSchema.safeParse(revision)
  if (!parsed.success) return { ok: false, issues: toRevisionIssues(parsed.error.issues) }
  const expected = revisionHash({ revision: revision as object })
  if (expected !== parsed.data.hash) {
    return { ok: false, issues: [{ path: 'hash', message: `is ${parsed.data.hash} but the revision hashes to ${expected}` }] }
  }
  return { ok: true, revision: parsed.data }
}
