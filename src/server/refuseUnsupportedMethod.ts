import type { IncomingMessage, ServerResponse } from 'node:http'

/** The methods Galley answers; Next would answer TRACE, CONNECT and the like with a 500. */
export const supportedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** Answers 405 in Payload's error shape to a method Galley does not serve; `true` when it did. */
export const refuseUnsupportedMethod = (req: IncomingMessage, res: ServerResponse): boolean => {
  const method = (req.method ?? '').toUpperCase()
  if (supportedMethods.includes(method)) return false
  res.writeHead(405, { 'content-type': 'application/json', allow: supportedMethods.join(', ') })
  res.end(JSON.stringify({ errors: [{ message: `${method} is not supported.`, field: 'method', code: 'method_not_allowed' }] }))
  return true
}
