import type { Refusal } from '../errors'
import type { FeedIndex, IndexEntry } from './indexEntry'

import { refusal } from '../errors'
import { feedPaths } from './feedPaths'

/** Documents per page of `index.json`: the demo's fit on the first page; the real corpus takes three. */
export const INDEX_PAGE_SIZE = 500

/** Reads `index.json`'s `page` parameter: absent or empty is page 1; anything but a whole number from 1 is refused naming `page`. */
export const parseIndexPage = ({ page }: { page: string | null | undefined }): number | Refusal => {
  if (page == null || page === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(page)) return refusal({ status: 400, field: 'page', message: 'page must be a whole number from 1' })
  return Number(page)
}

type Args = {
  /** The whole index, in order. */
  documents: readonly IndexEntry[]
  /** 1-based. */
  page: number
  origin: string
  pageSize?: number
}

/**
 * One page of `index.json`, with the absolute URL of the next page when there is one. Page 1 always
 * exists (an empty feed has an empty first page); a page past the last is null (the caller answers 404).
 */
export const pageIndex = ({ documents, page, origin, pageSize = INDEX_PAGE_SIZE }: Args): FeedIndex | null => {
  const start = (page - 1) * pageSize
  if (page > 1 && start >= documents.length) return null
  const end = start + pageSize
  const next = end < documents.length ? `${origin.replace(/\/+$/, '')}${feedPaths.index}?page=${page + 1}` : undefined
  return { documents: documents.slice(start, end), ...(next ? { next } : {}) }
}
