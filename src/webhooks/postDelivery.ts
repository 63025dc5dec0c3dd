import type { LookupFunction } from 'node:net'

import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'

import { responseExcerpt, signWebhook, targetRefusal, webhookHeaders } from '@/domain/webhooks'

/** How long a subscriber has to answer before the attempt counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000
/** How much of a failing answer is read, and how much of it is kept in the delivery log. */
const MAX_READ_BYTES = 4096
const MAX_ERROR_EXCERPT = 200

type Args = {
  url: string
  secret: string
  eventId: string
  /** The serialized delivery body, sent and signed byte for byte. */
  body: string
  /** Hosts an admin allowed although they are internal (Editorial settings). */
  allowedHosts?: readonly string[]
  resolve?: Resolve
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

/** Refused before any connection: the host is internal and not allowed. */
class TargetRefused extends Error {
  override name = 'TargetRefused'
}

const describeFailure = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  if (error instanceof TargetRefused) return error.message
  const code = (error as { code?: string } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return code && !message.includes(code) ? `${message}: ${code}` : message
}

/**
 * Resolves the host itself and hands the socket only an address it checked, so the address
 * connected to is the address judged: a name that resolves to a public address for the check and
 * to 127.0.0.1 a moment later (DNS rebinding) cannot slip through.
 */
const checkedLookup =
  (allowedHosts: readonly string[], resolve: Resolve): LookupFunction =>
  (hostname, options, callback) => {
    const family = typeof options.family === 'number' ? options.family : 0
    resolve(hostname).then(
      (found) => {
        const addresses = found.filter((entry) => !family || entry.family === family)
        const refusal = targetRefusal({ host: hostname, allowedHosts, resolved: addresses.map((entry) => entry.address) })
        if (refusal) return callback(new TargetRefused(`refused: ${refusal} (an admin can allow the host in Editorial settings)`), '', 0)
        if (!addresses.length) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0)
        if (options.all) return callback(null, addresses)
        callback(null, addresses[0].address, addresses[0].family)
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    )
  }

/** Resolves a host name to every address it has (the system resolver unless a test passes another). */
export type Resolve = (hostname: string) => Promise<{ address: string; family: number }[]>

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true })

type Answer = { status: number; text: string }

type SendArgs = {
  url: URL
  headers: Record<string, string>
  body: string
  allowedHosts: readonly string[]
  resolve: Resolve
  timeoutMs: number
}

/** One POST, no redirects followed, at most MAX_READ_BYTES of the answer read. */
const send = ({ url, headers, body, allowedHosts, resolve, timeoutMs }: SendArgs) =>
  new Promise<Answer>((answer, reject) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
      lookup: checkedLookup(allowedHosts, resolve),
      signal: AbortSignal.timeout(timeoutMs),
      agent: false,
    })
    request.on('error', reject)
    request.on('response', (response) => {
      const chunks: Buffer[] = []
      let read = 0
      response.on('data', (chunk: Buffer) => {
        if (read < MAX_READ_BYTES) chunks.push(chunk)
        read += chunk.length
        if (read >= MAX_READ_BYTES) response.destroy()
      })
      const done = () =>
        answer({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).subarray(0, MAX_READ_BYTES).toString('utf8') })
      response.on('end', done)
      response.on('close', done)
      response.on('error', reject)
    })
    request.end(body)
  })

/**
 * POSTs one signed delivery, signed at the moment it is sent. Any 2xx answer counts as delivered;
 * anything else (another status, a redirect, a network error, no answer in time) as failed. An
 * internal target (src/domain/webhooks/targetAddress.ts) is refused before connecting, judged on
 * the URL's host and again on every address its name resolves to, unless an admin allowed the host.
 */
export const postDelivery = async ({
  url,
  secret,
  eventId,
  body,
  allowedHosts = [],
  resolve = systemResolve,
  now = () => new Date(),
  timeoutMs = DELIVERY_TIMEOUT_MS,
}: Args): Promise<DeliveryResponse> => {
  const timestamp = Math.floor(now().getTime() / 1000)
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const target = new URL(url)
    // An address in the URL is never looked up, so it is judged here.
    const refusal = targetRefusal({ host: target.hostname, allowedHosts })
    if (refusal) throw new TargetRefused(`refused: ${refusal} (an admin can allow the host in Editorial settings)`)
    const answer = await send({
      url: target,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Galley-Webhooks/1',
        [webhookHeaders.eventId]: eventId,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: signWebhook({ secret, timestamp, body }),
      },
      body,
      allowedHosts,
      resolve,
      timeoutMs,
    })
    if (answer.status >= 200 && answer.status < 300) return { delivered: true, responseStatus: answer.status, durationMs: elapsed() }
    const excerpt = responseExcerpt(answer.text, MAX_ERROR_EXCERPT)
    return {
      delivered: false,
      responseStatus: answer.status,
      error: `HTTP ${answer.status}${excerpt ? `: ${excerpt}` : ''}`,
      durationMs: elapsed(),
    }
  } catch (error) {
    return { delivered: false, error: describeFailure(error, timeoutMs), durationMs: elapsed() }
  }
}
