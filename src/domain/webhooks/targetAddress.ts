/**
 * Whether a webhook may be sent to a host: Galley refuses to POST to its own machine, the private
 * network it runs in, link-local addresses and cloud metadata services (server-side request
 * forgery), unless an admin allowed the host by name in Editorial settings.
 *
 * Addresses are read the way operating systems read them (`inet_aton`): `2130706433`, `0x7f000001`,
 * `0177.0.0.1` and `127.1` are all 127.0.0.1; IPv6 addresses that carry an IPv4 address
 * (`::ffff:127.0.0.1`, NAT64, 6to4) are judged by the IPv4 address they carry.
 */

export type AddressKind =
  'public' | 'unspecified' | 'loopback' | 'private' | 'shared' | 'link-local' | 'metadata' | 'multicast' | 'reserved'

/** What an admin is told about each kind of refused address. */
export const addressKindLabels: Record<Exclude<AddressKind, 'public'>, string> = {
  unspecified: 'an unspecified address (this machine)',
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  shared: 'a carrier-grade NAT address (100.64.0.0/10)',
  'link-local': 'a link-local address',
  metadata: 'a cloud metadata service',
  multicast: 'a multicast or broadcast address',
  reserved: 'a reserved or documentation address',
}

/** Host names that always mean this machine or a cloud provider's metadata service. */
const metadataHostNames = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.azure.internal',
])

/** Metadata services on addresses that would otherwise pass or be named less clearly. */
const metadataAddresses = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200', '168.63.129.16', '192.0.0.192'])
const metadataIPv6 = new Set(['fd00:ec2:0:0:0:0:0:254'])

/** An IPv4 number part as `inet_aton` reads it: decimal, 0x… hexadecimal or 0… octal. */
const parseIPv4Part = (part: string): number | null => {
  if (/^0x[0-9a-f]*$/i.test(part)) return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16)
  if (/^0[0-7]+$/.test(part)) return Number.parseInt(part.slice(1), 8)
  if (/^(0|[1-9][0-9]*)$/.test(part)) return Number(part)
  return null
}

/** An IPv4 address in any form `inet_aton` accepts, as a 32-bit number; null when it is not one. */
export const parseIPv4 = (text: string): number | null => {
  const parts = text.split('.')
  if (parts.length > 4 || parts.some((part) => part === '')) return null
  const numbers = parts.map(parseIPv4Part)
  if (numbers.some((value) => value === null)) return null
  const values = numbers as number[]
  const last = values.at(-1) as number
  const leading = values.slice(0, -1)
  if (leading.some((value) => value > 255)) return null
  if (last >= 2 ** (8 * (5 - values.length))) return null
  return leading.reduce((sum, value, index) => sum + value * 2 ** (8 * (3 - index)), 0) + last
}

const formatIPv4 = (value: number) => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.')

/** An IPv6 address (brackets and a zone id allowed) as eight 16-bit groups; null when it is not one. */
export const parseIPv6 = (text: string): number[] | null => {
  let address = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text
  address = address.replace(/%.*$/, '').toLowerCase()
  if (!address.includes(':')) return null
  const tail: number[] = []
  const dotted = address.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/)
  if (dotted) {
    const ipv4 = /^\d+\.\d+\.\d+\.\d+$/.test(dotted[2]) ? dotted[2].split('.').map(Number) : []
    if (ipv4.length !== 4 || ipv4.some((byte) => byte > 255)) return null
    tail.push(ipv4[0] * 256 + ipv4[1], ipv4[2] * 256 + ipv4[3])
    address = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1)
  }
  const halves = address.split('::')
  if (halves.length > 2) return null
  const groups = (half: string) => (half === '' ? [] : half.split(':'))
  const head = groups(halves[0])
  const rest = halves.length === 2 ? groups(halves[1]) : []
  const written = [...head, ...rest]
  if (written.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return null
  const missing = 8 - written.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const toNumbers = (list: string[]) => list.map((group) => Number.parseInt(group, 16))
  return [...toNumbers(head), ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...toNumbers(rest), ...tail]
}

const inIPv4Range = (value: number, base: string, bits: number) => {
  const size = 2 ** (32 - bits)
  return Math.floor(value / size) === Math.floor((parseIPv4(base) as number) / size)
}

const ipv4Ranges: [string, number, Exclude<AddressKind, 'public'>][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]

const classifyIPv4 = (value: number): AddressKind => {
  if (metadataAddresses.has(formatIPv4(value))) return 'metadata'
  if (value === 0xffffffff) return 'multicast'
  return ipv4Ranges.find(([base, bits]) => inIPv4Range(value, base, bits))?.[2] ?? 'public'
}

const classifyIPv6 = (groups: number[]): AddressKind => {
  if (metadataIPv6.has(groups.map((group) => group.toString(16)).join(':'))) return 'metadata'
  const embedded = (high: number, low: number) => classifyIPv4(high * 65536 + low)
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0)
  if (zeros(0, 8)) return 'unspecified'
  if (zeros(0, 7) && groups[7] === 1) return 'loopback'
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and IPv4-translated (::ffff:0:a.b.c.d)
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return embedded(groups[6], groups[7])
  if (zeros(0, 4) && groups[4] === 0xffff && groups[5] === 0) return embedded(groups[6], groups[7])
  // NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48) and 6to4 (2002::/16) reach IPv4 addresses
  if (groups[0] === 0x64 && groups[1] === 0xff9b) return embedded(groups[6], groups[7])
  if (groups[0] === 0x2002) return embedded(groups[1], groups[2])
  const first = groups[0]
  if ((first & 0xfe00) === 0xfc00) return 'private' // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return 'link-local' // fe80::/10
  if ((first & 0xffc0) === 0xfec0) return 'private' // fec0::/10 site-local (deprecated)
  if ((first & 0xff00) === 0xff00) return 'multicast'
  if (first === 0x2001 && groups[1] === 0x0db8) return 'reserved' // documentation
  if (first === 0x0100 && zeros(1, 4)) return 'reserved' // discard-only 100::/64
  if (first === 0x2001 && groups[1] < 0x200) return 'reserved' // IETF protocol assignments (Teredo, ORCHID…)
  return 'public'
}

/** The kind of an IP address (v4 in any `inet_aton` form, or v6); null when `text` is not an address. */
export const classifyAddress = (text: string): AddressKind | null => {
  const ipv4 = parseIPv4(text)
  if (ipv4 !== null) return classifyIPv4(ipv4)
  const ipv6 = parseIPv6(text)
  return ipv6 ? classifyIPv6(ipv6) : null
}

export type HostVerdict =
  /** An address, or a name that is internal whatever it resolves to. */
  | { kind: AddressKind }
  /** A name: judge the addresses it resolves to. */
  | { kind: 'name' }

/** Lower case, without brackets or the trailing dot of a fully qualified name. */
export const normalizeHost = (host: string): string => {
  const lower = host.trim().toLowerCase()
  const unbracketed = lower.startsWith('[') && lower.endsWith(']') ? lower.slice(1, -1) : lower
  return unbracketed.endsWith('.') ? unbracketed.slice(0, -1) : unbracketed
}

/** What a URL's host is before any DNS lookup. */
export const classifyHost = (host: string): HostVerdict => {
  const name = normalizeHost(host)
  const address = classifyAddress(name)
  if (address) return { kind: address }
  if (name === 'localhost' || name.endsWith('.localhost')) return { kind: 'loopback' }
  if (metadataHostNames.has(name)) return { kind: 'metadata' }
  // Special-use names that only resolve inside a private network (RFC 6762, RFC 8375, ICANN .internal).
  if (/\.(local|internal|home\.arpa)$/.test(name)) return { kind: 'private' }
  return { kind: 'name' }
}

/** True when an admin allowed this host by name (compared without case, brackets or trailing dot). */
export const hostAllowed = (host: string, allowedHosts: readonly string[] | null | undefined): boolean => {
  const name = normalizeHost(host)
  return (allowedHosts ?? []).some((allowed) => normalizeHost(allowed) === name)
}

type RefusalArgs = {
  host: string
  allowedHosts?: readonly string[] | null
  /** The addresses the host resolved to, when it is a name and was looked up. */
  resolved?: readonly string[]
}

/**
 * Why a webhook may not go to `host` (a sentence naming the host and what it is), or null when it
 * may. A name is refused when any address it resolves to is internal: one internal answer is
 * enough for DNS rebinding to pick it.
 */
export const targetRefusal = ({ host, allowedHosts, resolved = [] }: RefusalArgs): string | null => {
  if (hostAllowed(host, allowedHosts)) return null
  const verdict = classifyHost(host)
  const name = normalizeHost(host)
  if (verdict.kind !== 'name' && verdict.kind !== 'public') return `${name} is ${addressKindLabels[verdict.kind]}`
  for (const address of resolved) {
    const kind = classifyAddress(address) ?? 'reserved'
    if (kind !== 'public') return `${name} resolves to ${address}, ${addressKindLabels[kind]}`
  }
  return null
}

/** At most `max` characters of a receiver's answer, on one line, with control characters removed. */
export const responseExcerpt = (text: string, max = 200): string => {
  const clean = text
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean
}

/** Why `entry` cannot be an allowed host (a bare host name or IP address, no scheme, port or path), or null. */
export const allowedHostProblem = (entry: string): string | null => {
  const host = normalizeHost(entry)
  if (host === '') return 'an allowed host cannot be empty'
  if (classifyAddress(host)) return null
  if (host.length > 253 || !/^[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*$/.test(host)) {
    return `"${entry}" is not a host name or IP address (write the host alone, without http://, a port or a path)`
  }
  return null
}
