import crypto from 'node:crypto'

import { canonicalJson } from './contentHash'

/**
 * A revision's hash: 'sha256:' and the hex sha256 of its canonical JSON without the `hash` key. Unlike
 * `contentHash`, nothing else is left out: the board, ids and times are part of what was published.
 */
export const revisionHash = ({ revision }: { revision: object }): string => {
  const { hash: _hash, ...rest } = revision as Record<string, unknown>
  return `sha256:${crypto.createHash('sha256').update(canonicalJson(rest)).digest('hex')}`
}
