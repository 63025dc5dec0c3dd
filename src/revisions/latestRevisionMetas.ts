import type { Payload, PayloadRequest, Where } from 'payload'

import { slugs } from '@collections/slugs'

export type LatestRevisionMeta = { id: number | string; type: string; documentId: string; version: number; kind: string }

/**
 * The latest revision of each document that has revisions matching `where`: their bookkeeping
 * columns only (on the (type, documentId, version) index), never the revisions' content.
 */
export const latestRevisionMetas = async (payload: Payload, req: Partial<PayloadRequest>, where: Where): Promise<LatestRevisionMeta[]> => {
  const { docs } = await payload.find({
    collection: slugs.revisions,
    where,
    select: { type: true, documentId: true, version: true, kind: true },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const latest = new Map<string, LatestRevisionMeta>()
  for (const row of docs as unknown as LatestRevisionMeta[]) {
    const key = `${row.type}:${row.documentId}`
    if ((latest.get(key)?.version ?? 0) < row.version) latest.set(key, row)
  }
  return [...latest.values()]
}
