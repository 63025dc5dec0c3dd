import autocannon from 'autocannon'

export const DURATION_S = 8
export const CONNECTIONS = 50

type Options = { headers?: Record<string, string>; duration?: number }

/** Requests per second and p99 latency of `url` under CONNECTIONS connections; any non-2xx fails the bench. */
export const load = async (url: string, { headers, duration = DURATION_S }: Options = {}) => {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, pipelining: 1, headers })
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99 }
}
