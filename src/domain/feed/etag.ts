import crypto from 'node:crypto'

const HASH = /^sha256:([0-9a-f]{64})$/

type Args = {
  /** A revision hash, 'sha256:<hex>'. */
  hash: string
}

/** `"sha256-<hex>"`: a numbered revision's strong ETag, from its hash (its bytes never change). */
export const strongEtag = ({ hash }: Args): string => {
  const match = HASH.exec(hash)
  if (!match) throw new RangeError(`not a revision hash: ${hash}`)
  return `"sha256-${match[1]}"`
}

/** `W/"sha256-<hex>"`: the latest revision's ETag; the URL answers with different revisions over time. */
export const weakEtag = ({ hash }: Args): string => `W/${strongEtag({ hash })}`

/** 'sha256:<hex>' of a response body, for ETags of listings (index, changes pages). */
export const bodyHash = ({ body }: { body: string | Uint8Array }): string =>
  `sha256:${crypto.createHash('sha256').update(body).digest('hex')}`
