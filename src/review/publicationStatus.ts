import type { PayloadRequest } from 'payload'

import type { Ref } from './loadReviewContext'

import '@/context'

type StatusChange = {
  req: PayloadRequest
  ref: Ref
  /** What Galley is doing, so the publishing guard lets this one write through. */
  reason: 'approved-change' | 'approved-retirement'
  status: 'published' | 'draft'
}

/** Sets the document's publication status through Galley's own publishing path. */
const setPublicationStatus = async ({ req, ref, reason, status }: StatusChange) => {
  const previous = req.context.galleyPublish
  req.context.galleyPublish = reason
  try {
    await req.payload.update({ collection: ref.collection, id: ref.id, data: { _status: status }, depth: 0, req, overrideAccess: true })
  } finally {
    req.context.galleyPublish = previous
  }
}

/** Publishes the latest draft: the content the board approved (an edit since would have re-opened review). */
export const publishApprovedDraft = ({ req, ref }: { req: PayloadRequest; ref: Ref }) =>
  setPublicationStatus({ req, ref, reason: 'approved-change', status: 'published' })

/**
 * Takes the document off the public site, as the board approved: its published version is withdrawn
 * (Payload's unpublish), while every version stays in its history.
 */
export const retireDocument = ({ req, ref }: { req: PayloadRequest; ref: Ref }) =>
  setPublicationStatus({ req, ref, reason: 'approved-retirement', status: 'draft' })
