import type http from 'node:http'

import { CLIENT_ADDRESS_HEADER } from '@/auth/clientAddress'

/**
 * Tells Payload who the client is (the login throttle counts per address): the socket's peer, or,
 * with TRUST_PROXY=1 (Galley behind one reverse proxy), the last X-Forwarded-For entry, which that
 * proxy appended. A copy of the header sent by the client itself is dropped first.
 */
export const setClientAddress = (req: http.IncomingMessage, trustProxy = process.env.TRUST_PROXY === '1'): void => {
  delete req.headers[CLIENT_ADDRESS_HEADER]
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean)
        .at(-1)
    : undefined
  req.headers[CLIENT_ADDRESS_HEADER] = forwarded || req.socket.remoteAddress || 'unknown'
}
