import type { RevisionKind } from './revisionTypes'

/** The latest revision of one document, if it has any. */
export type PublicRecord = { documentId: string; version: number; kind: RevisionKind }

/**
 * Why a document cannot be deleted, or null when it may be: only a document that was never
 * published may go. Once a revision exists its URLs are in partners' hands forever (a retired one
 * answers 410 with its retirement), so deleting it would leave the public copy up with nothing to
 * retire it by, or free its slug for another document whose first publication would continue this
 * one's history. A published document is taken down by retiring it; a retired one stays retired
 * (it can be brought back later by a reviewed change).
 */
export const whyNotDeletable = ({ label, latest }: { label: string; latest: PublicRecord | null }): string | null => {
  if (!latest) return null
  if (latest.kind === 'published') {
    return `This ${label} (id ${latest.documentId}) is published (version ${latest.version} is in the public feed), so it cannot be deleted: partners keep its URLs. To take it off the public site, submit it for retirement (intent "retire") and have its board approve it.`
  }
  return `This ${label} (id ${latest.documentId}) was published and then retired (version ${latest.version}), so it cannot be deleted: its history stays in the public feed under its slug. It stays retired; to bring it back, submit it for review as a new change.`
}
