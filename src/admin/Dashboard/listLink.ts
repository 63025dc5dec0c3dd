import type { Where } from 'payload'

/**
 * A `where` as the admin's list view reads it from its URL (`where[and][0][field][less_than]=…`), so a
 * number on the dashboard can open the list of exactly the documents it counts.
 */
export const whereParams = (where: Where): URLSearchParams => {
  const params = new URLSearchParams()
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${key}[${index}]`))
    else if (value !== null && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, `${key}[${name}]`)
    else params.append(key, String(value))
  }
  for (const [name, value] of Object.entries(where)) visit(value, `where[${name}]`)
  return params
}

export const listLink = (adminRoute: string, collection: string, where?: Where, extra: Record<string, string> = {}): string => {
  const params = where ? whereParams(where) : new URLSearchParams()
  for (const [name, value] of Object.entries(extra)) params.set(name, value)
  const query = params.toString()
  return `${adminRoute}/collections/${collection}${query ? `?${query}` : ''}`
}
