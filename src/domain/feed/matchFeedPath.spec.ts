import { describe, expect, it } from 'vitest'

import { feedUrls, latestPath, versionPath } from './feedPaths'
import { matchFeedPath } from './matchFeedPath'

describe('feed paths', () => {
  it('builds absolute URLs for the latest and a numbered revision', () => {
    expect(feedUrls({ origin: 'https://galley.example.org/', type: 'drugs', slug: 'pazopanib', version: 2 })).toEqual({
      latest: 'https://galley.example.org/feed/v1/drugs/pazopanib.json',
      version: 'https://galley.example.org/feed/v1/drugs/pazopanib/v2.json',
    })
  })

  it.each([
    ['/feed/v1/index.json', { route: 'index' }],
    ['/feed/v1/changes.json', { route: 'changes' }],
    ['/feed/v1/changes.atom', { route: 'atom' }],
    ['/feed/v1/schema.json', { route: 'schema' }],
    ['/feed/v1/search.json', { route: 'search' }],
    ['/feed/v1/drugs/pazopanib.json', { route: 'latest', type: 'drugs', slug: 'pazopanib' }],
    ['/feed/v1/stages/trunk-extremities-iiia/v12.json', { route: 'version', type: 'stages', slug: 'trunk-extremities-iiia', version: 12 }],
  ])('matches %s', (pathname, route) => {
    expect(matchFeedPath({ pathname })).toEqual(route)
  })

  it('matches the paths it builds', () => {
    expect(matchFeedPath({ pathname: latestPath({ type: 'summaries', slug: 'a-b' }) })).toMatchObject({ route: 'latest' })
    expect(matchFeedPath({ pathname: versionPath({ type: 'summaries', slug: 'a-b', version: 3 }) })).toMatchObject({ version: 3 })
  })

  it.each([
    '/admin',
    '/feed/v2/index.json',
    '/feed/v1/users/alex.json',
    '/feed/v1/drugs/pazopanib',
    '/feed/v1/drugs/Pazopanib.json',
    '/feed/v1/drugs/pazopanib/v0.json',
    '/feed/v1/drugs/pazopanib/v01.json',
    '/feed/v1/drugs/pazopanib/2.json',
    '/feed/v1/drugs/../users/x.json',
    '/feed/v1/index.json/',
  ])('names no feed resource for %s', (pathname) => {
    expect(matchFeedPath({ pathname })).toBeNull()
  })
})
