import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { decideBuild, ensureBuild, hashSources, readBuildLock, releaseBuildLock, takeBuildLock } from '../../src/cli/buildIsStale'

const roots: string[] = []

/** A checkout with one page and a package-lock.json. */
const checkout = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-build-'))
  roots.push(root)
  fs.mkdirSync(path.join(root, 'src'))
  fs.writeFileSync(path.join(root, 'src', 'page.tsx'), 'export default 1')
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')
  return root
}

/** A stand-in for `next build`: empties .next and writes BUILD_ID; counts its runs. */
const fakeBuild = (root: string, during?: () => void) => {
  const runs = { count: 0 }
  const build = () => {
    runs.count += 1
    fs.rmSync(path.join(root, '.next'), { recursive: true, force: true })
    during?.()
    fs.mkdirSync(path.join(root, '.next'))
    fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'id')
  }
  return { build, runs }
}

const noWait = async () => {
  throw new Error('waited although no other process was building')
}

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid as number

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true })
})

describe('hashSources', () => {
  it('is the same when package-lock.json is rewritten with the same content (npm install)', () => {
    const root = checkout()
    const before = hashSources({ root })
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')
    fs.utimesSync(path.join(root, 'package-lock.json'), new Date(2030, 0, 1), new Date(2030, 0, 1))
    expect(hashSources({ root })).toBe(before)
  })

  it('changes when a source file changes', () => {
    const root = checkout()
    const before = hashSources({ root })
    fs.writeFileSync(path.join(root, 'src', 'page.tsx'), 'export default 2')
    expect(hashSources({ root })).not.toBe(before)
  })

  it('changes when a source file is added or renamed', () => {
    const root = checkout()
    const before = hashSources({ root })
    fs.renameSync(path.join(root, 'src', 'page.tsx'), path.join(root, 'src', 'other.tsx'))
    expect(hashSources({ root })).not.toBe(before)
  })

  it('ignores the start script itself and the data directory', () => {
    const root = checkout()
    const before = hashSources({ root })
    fs.mkdirSync(path.join(root, 'src', 'cli'))
    fs.writeFileSync(path.join(root, 'src', 'cli', 'start.ts'), 'x')
    fs.mkdirSync(path.join(root, 'data'))
    fs.writeFileSync(path.join(root, 'data', 'galley.db'), 'x')
    expect(hashSources({ root })).toBe(before)
  })
})

describe('decideBuild', () => {
  it('builds when there is no build', () => {
    expect(decideBuild({ builtHash: null, sourceHash: 'a', lock: null })).toBe('build')
  })

  it('serves a build made from the same sources', () => {
    expect(decideBuild({ builtHash: 'a', sourceHash: 'a', lock: null })).toBe('serve')
  })

  it('builds when the sources differ from the build', () => {
    expect(decideBuild({ builtHash: 'a', sourceHash: 'b', lock: null })).toBe('build')
  })

  it('waits while another live process is building', () => {
    expect(decideBuild({ builtHash: 'a', sourceHash: 'a', lock: { pid: 42, alive: true } })).toBe('wait')
  })

  it('ignores the lock of a process that died while building', () => {
    expect(decideBuild({ builtHash: null, sourceHash: 'a', lock: { pid: 42, alive: false } })).toBe('build')
  })
})

describe('ensureBuild', () => {
  it('builds once; a second start of the unchanged checkout (after npm install) does not build', async () => {
    const root = checkout()
    const { build, runs } = fakeBuild(root)
    expect(await ensureBuild({ root, build, wait: noWait })).toBe('built')
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}')
    expect(await ensureBuild({ root, build, wait: noWait })).toBe('up-to-date')
    expect(await ensureBuild({ root, build, wait: noWait, pid: process.pid + 1 })).toBe('up-to-date')
    expect(runs.count).toBe(1)
  })

  it('builds again after a source changed', async () => {
    const root = checkout()
    const { build, runs } = fakeBuild(root)
    await ensureBuild({ root, build, wait: noWait })
    fs.writeFileSync(path.join(root, 'src', 'page.tsx'), 'export default 2')
    expect(await ensureBuild({ root, build, wait: noWait })).toBe('built')
    expect(runs.count).toBe(2)
  })

  it('builds again next time when a source was saved while the build ran', async () => {
    const root = checkout()
    const { build, runs } = fakeBuild(root, () => fs.writeFileSync(path.join(root, 'src', 'page.tsx'), 'saved meanwhile'))
    await ensureBuild({ root, build, wait: noWait })
    expect(await ensureBuild({ root, build: fakeBuild(root).build, wait: noWait })).toBe('built')
    expect(runs.count).toBe(1)
  })

  it('waits for another process building this checkout, then serves its build without building', async () => {
    const root = checkout()
    const other = fakeBuild(root)
    const otherPid = process.pid // a live process holds the lock
    expect(takeBuildLock({ root, pid: otherPid })).toBe(true)
    const waits: number[] = []
    const { build, runs } = fakeBuild(root)
    const outcome = await ensureBuild({
      root,
      build,
      pid: otherPid + 1,
      wait: async (ms) => {
        waits.push(ms)
        // the other process finishes its build and lets go of the lock
        other.build()
        fs.writeFileSync(path.join(root, '.next', 'galley-sources.sha256'), hashSources({ root }))
        releaseBuildLock({ root, pid: otherPid })
      },
    })
    expect(outcome).toBe('up-to-date')
    expect(waits).toEqual([1000])
    expect(runs.count).toBe(0)
  })

  it('takes over the lock of a process that died while building', async () => {
    const root = checkout()
    fs.writeFileSync(path.join(root, '.galley-build.lock'), String(deadPid()))
    const { build, runs } = fakeBuild(root)
    expect(await ensureBuild({ root, build, wait: noWait })).toBe('built')
    expect(runs.count).toBe(1)
    expect(readBuildLock({ root })).toBeNull()
  })

  it('lets go of the lock when the build fails, and builds next time', async () => {
    const root = checkout()
    const failing = () => {
      throw new Error('next build failed')
    }
    await expect(ensureBuild({ root, build: failing, wait: noWait })).rejects.toThrow('next build failed')
    expect(readBuildLock({ root })).toBeNull()
    const { build, runs } = fakeBuild(root)
    expect(await ensureBuild({ root, build, wait: noWait })).toBe('built')
    expect(runs.count).toBe(1)
  })
})
