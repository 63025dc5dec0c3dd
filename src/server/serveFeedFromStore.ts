import type http from 'node:http'

import { handleFeedRequest } from '@/published/handleFeedRequest'
import { existingPublishedStore } from '@/published/sharedPublishedStore'

/**
 * Feed requests for the custom server (src/cli/start.ts), answered from the published store
 * once Next's bundle has created it (the first feed request goes through Next's route and fills
 * it): no React, no routing, no database query while nothing is published. Returns false when the
 * request is not the feed's or the store does not exist yet (Next handles it).
 */
export const serveFeedFromStore = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> => {
  const store = existingPublishedStore()
  if (!store || !req.url?.startsWith('/feed/v1/')) return false
  const answer = await handleFeedRequest(store, { method: req.method ?? 'GET', url: req.url, ifNoneMatch: req.headers['if-none-match'] })
  if (!answer) return false
  res.writeHead(answer.status, answer.headers)
  res.end(req.method === 'HEAD' || answer.status === 304 ? undefined : answer.body)
  return true
}
