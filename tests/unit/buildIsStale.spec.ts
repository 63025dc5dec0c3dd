import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { buildAndStamp, buildIsStale } from '../../src/cli/buildIsStale'

const roots: string[] = []

/** A project with one source file, its mtime set to `at` (ms). */
const project = (at: number) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-build-'))
  roots.push(root)
  fs.mkdirSync(path.join(root, 'src'))
  fs.writeFileSync(path.join(root, 'src', 'page.tsx'), 'x')
  fs.utimesSync(path.join(root, 'src', 'page.tsx'), at / 1000, at / 1000)
  return root
}

/** A build that writes BUILD_ID last, optionally while a source is saved, 30 ms after it started. */
const fakeBuild = (root: string, during?: () => void) => () => {
  during?.()
  const until = Date.now() + 30
  while (Date.now() < until) {
    // the rest of the build: its output is written after the save
  }
  fs.mkdirSync(path.join(root, '.next'), { recursive: true })
  fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'id')
}

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

describe('buildIsStale', () => {
  it('needs a build when there is none', () => {
    expect(buildIsStale({ root: project(Date.now() - 60_000) })).toBe(true)
  })

  it('is up to date after a build of unchanged sources', () => {
    const root = project(Date.now() - 60_000)
    buildAndStamp({ root, build: fakeBuild(root) })
    expect(buildIsStale({ root })).toBe(false)
  })

  it('builds again when a source was saved while the last build ran', () => {
    const root = project(Date.now() - 60_000)
    buildAndStamp({
      root,
      build: fakeBuild(root, () => {
        // A few ms into the build (seconds as a float lose sub-ms precision, so not at its very start).
        const savedDuringBuild = (Date.now() + 5) / 1000
        fs.utimesSync(path.join(root, 'src', 'page.tsx'), savedDuringBuild, savedDuringBuild)
      }),
    })
    expect(buildIsStale({ root })).toBe(true)
  })
})
