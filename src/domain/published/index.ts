/** What the published store holds of each revision, framework-free. */
export type { RevisionListing, RevisionMeta, StageListing, SummaryListing } from './revisionListing'

export { listingOf, stageListing, summaryListing } from './revisionListing'
export { BodyCache } from './BodyCache'
