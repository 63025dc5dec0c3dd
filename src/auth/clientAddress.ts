import type { PayloadRequest } from 'payload'

/**
 * The header that carries the client's IP address to Payload. `npm start`'s server
 * (src/server/clientAddressHeader.ts) removes any copy a client sent and sets it from the socket,
 * or from the proxy's X-Forwarded-For when TRUST_PROXY=1.
 */
export const CLIENT_ADDRESS_HEADER = 'x-galley-client-address'

/** The client's address as the server saw it; `unknown` outside `npm start` (Local API, next dev). */
export const clientAddress = (req: PayloadRequest): string => req.headers?.get(CLIENT_ADDRESS_HEADER) || 'unknown'
