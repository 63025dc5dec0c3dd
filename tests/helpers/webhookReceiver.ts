import type { AddressInfo } from 'node:net'
import type { IncomingHttpHeaders, Server } from 'node:http'

import { createServer } from 'node:http'

import { testPayload } from './payload'

export type Received = { path: string; headers: IncomingHttpHeaders; body: string }

/**
 * A partner's endpoint: a real HTTP server on 127.0.0.1 that records every request and answers, per
 * path, with the statuses it was told to (then 200).
 */
export const startReceiver = async () => {
  const received: Received[] = []
  const plans = new Map<string, number[]>()
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = request.url ?? '/'
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = plans.get(path)?.shift() ?? 200
      response.writeHead(status, { 'Content-Type': 'text/plain' })
      response.end(status < 300 ? 'thanks' : 'receiver down for maintenance')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    /** Answer the next requests to `path` with these statuses. */
    plan: (path: string, statuses: number[]) => plans.set(path, [...statuses]),
    at: (path: string) => received.filter((request) => request.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Sets Editorial settings' webhook allow-list (the int tests' receivers listen on 127.0.0.1). */
export const allowWebhookHosts = async (hosts: string[]) => {
  const payload = await testPayload()
  await payload.updateGlobal({ slug: 'editorial-settings', data: { webhookAllowedHosts: hosts }, overrideAccess: true })
}
