import config from '@payload-config'
import { draftMode } from 'next/headers'
import { createLocalReq, getPayload } from 'payload'
import { cache } from 'react'

import type { PreviewableType } from '@/domain/pages'
import type { Preview } from '@/review/previewRevision'

import { previewRevision } from '@/review/previewRevision'

import { staffViewer } from './staffViewer'
import { slugs } from '@collections/slugs'

/**
 * The draft to show instead of the published page: only in Next's draft mode (turned on by
 * /preview) and only for a signed-in staff member, whose own access reads the draft. For everyone
 * else, a draft-mode cookie included, null: they get the published page. Built once per request,
 * however many times the page and its metadata ask.
 */
export const draftPreview = cache(async (collection: PreviewableType, slug: string): Promise<Preview | null> => {
  if (!(await draftMode()).isEnabled) return null
  const viewer = await staffViewer()
  if (!viewer) return null
  const payload = await getPayload({ config })
  const req = await createLocalReq({ user: { ...viewer, collection: slugs.users } }, payload)
  return previewRevision({ req, collection, slug })
})
