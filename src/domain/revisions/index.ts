/**
 * Revisions: the published, immutable versions of documents that the public site and the feed read.
 * Framework-free: the Payload glue reads documents and stored revisions and passes them in.
 */
export type { Approval, PublishedRevision, RelatedRevision, RetiredRevision, Revision, RevisionOf } from './revisionSchema'
export type { Citation, DrugContent, ReferenceContent, RichText, StageContent, SummaryContent, TreatmentContent } from './content'
export type { LinkedDocument } from './linkedDocuments'
export type { Pin } from './pin'
export type { RevisionIssue } from './RevisionInvalidError'
export type { RevisionKind, RevisionType } from './revisionTypes'
export type { Verification } from './verifyRevision'

export { buildRetirement } from './build/buildRetirement'
export { buildRevision } from './build/buildRevision'
export { checkRevisionChain } from './checkRevisionChain'
export { canonicalJson, contentHash } from './contentHash'
export { contentSchemas, documentTitle, titleField } from './content'
export { linkedDocuments } from './linkedDocuments'
export { pinPath, pinSchema } from './pin'
export { revisionHash } from './revisionHash'
export { approvalSchema, hashSchema, publishedRevisionSchema, retiredRevisionSchema, revisionSchema } from './revisionSchema'
export { RevisionInvalidError } from './RevisionInvalidError'
export { isRevisionType, revisionKinds, revisionTypes, revisionTypeSchema } from './revisionTypes'
export { verifyRevision } from './verifyRevision'
export { whyNotDeletable } from './whyNotDeletable'
export type { PublicRecord } from './whyNotDeletable'
