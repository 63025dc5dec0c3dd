import { signWebhook, webhookHeaders } from '@/domain/webhooks'

/** How long a subscriber has to answer before the attempt counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** How much of a failing answer's body is kept in the delivery log. */
const MAX_ERROR_BODY = 500

type Args = {
  url: string
  secret: string
  eventId: string
  /** The serialized delivery body, sent and signed byte for byte. */
  body: string
  now?: () => Date
  timeoutMs?: number
}

export type DeliveryResponse = {
  delivered: boolean
  /** The subscriber's HTTP status, when it answered at all. */
  responseStatus?: number
  error?: string
  durationMs: number
}

const describeFailure = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause
  const detail = cause?.code ?? cause?.message
  const message = error instanceof Error ? error.message : String(error)
  return detail ? `${message}: ${detail}` : message
}

/**
 * POSTs one signed delivery, signed at the moment it is sent. Any 2xx answer counts as delivered;
 * anything else (another status, a redirect, a network error, no answer in time) as failed.
 */
export const postDelivery = async ({
  url,
  secret,
  eventId,
  body,
  now = () => new Date(),
  timeoutMs = DELIVERY_TIMEOUT_MS,
}: Args): Promise<DeliveryResponse> => {
  const timestamp = Math.floor(now().getTime() / 1000)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Galley-Webhooks/1',
        [webhookHeaders.eventId]: eventId,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signWebhook({ secret, timestamp, body }),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    if (response.ok) return { delivered: true, responseStatus: response.status, durationMs: elapsed() }
    const excerpt = text.trim().slice(0, MAX_ERROR_BODY)
    return {
      delivered: false,
      responseStatus: response.status,
      error: `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}`,
      durationMs: elapsed(),
    }
  } catch (error) {
    return { delivered: false, error: describeFailure(error, timeoutMs), durationMs: elapsed() }
  }
}
