import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refuseUnsupportedMethod } from '@/server/refuseUnsupportedMethod'

let server: http.Server
let port: number

const send = (method: string) =>
  new Promise<{ status: number; body: string; allow?: string }>((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: '/api/drugs' }, (response) => {
      let body = ''
      response.on('data', (chunk) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, allow: response.headers.allow }))
    })
    request.on('error', reject)
    request.end()
  })

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (refuseUnsupportedMethod(req, res)) return
    res.writeHead(200).end('served')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as { port: number }).port
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('refuseUnsupportedMethod', () => {
  it('answers TRACE with 405 naming the method, in the API error shape', async () => {
    const response = await send('TRACE')
    expect(response.status).toBe(405)
    expect(JSON.parse(response.body).errors[0]).toMatchObject({ field: 'method', code: 'method_not_allowed' })
    expect(response.allow).toContain('PATCH')
  })

  it('lets GET through', async () => {
    expect((await send('GET')).body).toBe('served')
  })
})
