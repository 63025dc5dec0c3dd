import { describe, expect, it } from 'vitest'

import { bodyHash, strongEtag, weakEtag } from './etag'
import { ifNoneMatchMatches } from './ifNoneMatchMatches'

const hash = `sha256:${'ab'.repeat(32)}`
const etag = strongEtag({ hash })

describe('ETags', () => {
  it('makes a strong ETag from a revision hash and a weak one for the latest URL', () => {
    expect(etag).toBe(`"sha256-${'ab'.repeat(32)}"`)
    expect(weakEtag({ hash })).toBe(`W/"sha256-${'ab'.repeat(32)}"`)
    expect(() => strongEtag({ hash: 'abc' })).toThrow('not a revision hash')
  })

  it('hashes a body into the same form', () => {
    expect(strongEtag({ hash: bodyHash({ body: '{"documents":[]}' }) })).toMatch(/^"sha256-[0-9a-f]{64}"$/)
  })
})

describe('ifNoneMatchMatches', () => {
  it.each([
    ['the same ETag', etag],
    ['*', '*'],
    ['the ETag in a list', `"other", ${etag} , "third"`],
    ['the weak form of a strong ETag (If-None-Match compares weakly)', `W/${etag}`],
    ['a list split over repeated headers', ['"other"', etag]],
    ['a list with empty elements', `, "other",, ${etag}`],
  ])('matches %s', (_, header) => {
    expect(ifNoneMatchMatches({ header, etag })).toBe(true)
  })

  it('matches a strong tag against the weak ETag of the latest URL', () => {
    expect(ifNoneMatchMatches({ header: etag, etag: weakEtag({ hash }) })).toBe(true)
  })

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['another ETag', '"sha256-00"'],
    ['an unquoted ETag', etag.slice(1, -1)],
    ['a malformed list', `"other" ${etag}`],
    ['a tag containing a comma that is not ours', `"a,${etag.slice(1)}`],
  ])('does not match %s', (_, header) => {
    expect(ifNoneMatchMatches({ header, etag })).toBe(false)
  })
})
