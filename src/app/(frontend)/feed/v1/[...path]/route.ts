import config from '@payload-config'
import { getPayload } from 'payload'

import { handleFeedRequest } from '@/published/handleFeedRequest'
import { sharedPublishedStore } from '@/published/sharedPublishedStore'
import { search } from '@/search/searchIndex'

/**
 * `/feed/v1/…` through Next: fills the process's published store on first use. Once it is warm, the custom
 * server (`npm start`) answers feed requests from the same store without entering Next at all.
 */
const handle = async (request: Request): Promise<Response> => {
  const payload = await getPayload({ config })
  const url = new URL(request.url)
  const answer = await handleFeedRequest(
    sharedPublishedStore(payload),
    { method: request.method, url: url.pathname + url.search, ifNoneMatch: request.headers.get('if-none-match') ?? undefined },
    { search: (query) => search(payload, query) },
  )
  if (!answer)
    return Response.json(
      { error: { status: 404, message: 'Not found' } },
      { status: 404, headers: { 'x-content-type-options': 'nosniff' } },
    )
  const body =
    request.method === 'HEAD' || answer.status === 304 ? null : typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body)
  return new Response(body, { status: answer.status, headers: answer.headers })
}

export const dynamic = 'force-dynamic'
export const GET = handle
export const HEAD = handle
export const OPTIONS = handle
