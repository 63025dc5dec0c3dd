import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// `npm ci` resolves a dependency written as a dist-tag ("latest") against the registry at install time. When
// the package publishes a new version, the lock's copy no longer satisfies the tag and `npm ci` refuses to
// install (CI failed this way when third-party-web 0.30.0 appeared). Every such dependency in the lock must be
// pinned by package.json's `overrides`.
const root = path.resolve(import.meta.dirname, '../..')
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { dependencies?: Record<string, string> }>
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  overrides?: Record<string, string | Record<string, string>>
}

const isDistTag = (spec: string) => /^[a-z][a-z0-9-]*$/i.test(spec)

describe('package-lock.json', () => {
  it('has no dependency on a moving dist-tag that package.json does not pin', () => {
    const unpinned: string[] = []
    for (const [where, entry] of Object.entries(lock.packages)) {
      const owner = where.replace(/^.*node_modules\//, '')
      for (const [name, spec] of Object.entries(entry.dependencies ?? {})) {
        if (!isDistTag(spec)) continue
        const scoped = pkg.overrides?.[owner]
        const pinned = typeof scoped === 'object' && typeof scoped[name] === 'string'
        if (!pinned && typeof pkg.overrides?.[name] !== 'string') unpinned.push(`${owner} → ${name}@${spec}`)
      }
    }
    expect(unpinned).toEqual([])
  })
})
