import type { RevisionIssue } from './RevisionInvalidError'

import { verifyRevision } from './verifyRevision'

type Args = {
  /** One document's revisions, in version order. */
  revisions: readonly unknown[]
}

/**
 * Everything wrong with one document's revision history: each revision valid and verified, versions
 * 1, 2, 3 … without gaps, one document throughout, each previousHash the hash before it, and a retirement
 * only ever following a publication. An empty list means the chain is intact.
 */
export const checkRevisionChain = ({ revisions }: Args): RevisionIssue[] => {
  const issues: RevisionIssue[] = []
  const first = verifyRevision({ revision: revisions[0] })
  let previous = first.ok ? first.revision : null
  revisions.forEach((item, index) => {
    const at = (path: string) => `[${index}]${path ? `.${path}` : ''}`
    const verified = index === 0 ? first : verifyRevision({ revision: item })
    if (!verified.ok) {
      issues.push(...verified.issues.map((issue) => ({ ...issue, path: at(issue.path) })))
      previous = null
      return
    }
    const revision = verified.revision
    if (revision.version !== index + 1) issues.push({ path: at('version'), message: `is ${revision.version}, expected ${index + 1}` })
    if (index === 0) {
      if (revision.previousHash !== null) issues.push({ path: at('previousHash'), message: 'must be null for the first revision' })
      if (revision.kind === 'retired') issues.push({ path: at('kind'), message: 'the first revision cannot be a retirement' })
      previous = revision
      return
    }
    if (
      first.ok &&
      (revision.type !== first.revision.type || revision.documentId !== first.revision.documentId || revision.slug !== first.revision.slug)
    ) {
      issues.push({
        path: at(''),
        message: `belongs to ${revision.type} ${revision.slug} (${revision.documentId}), not ${first.revision.type} ${first.revision.slug} (${first.revision.documentId})`,
      })
    }
    if (previous) {
      if (revision.previousHash !== previous.hash) {
        issues.push({
          path: at('previousHash'),
          message: `is ${revision.previousHash}, expected ${previous.hash} (the hash of version ${previous.version})`,
        })
      }
      if (revision.kind === 'retired' && previous.kind === 'retired') {
        issues.push({ path: at('kind'), message: 'a retirement must follow a publication' })
      }
      if (Date.parse(revision.publishedAt) < Date.parse(previous.publishedAt)) {
        issues.push({ path: at('publishedAt'), message: `is earlier than version ${previous.version}'s (${previous.publishedAt})` })
      }
    }
    previous = revision
  })
  return issues
}
