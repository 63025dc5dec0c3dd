/**
 * Whether `npm start` must run `next build`, decided on the content of the sources (not their
 * mtimes: `npm install` rewrites package-lock.json with the same content), and one build at a time
 * per checkout, so a second `npm start` beside a running one waits for its build instead of failing.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** What the production build is made from. */
const sources = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const skipped = new Set(['node_modules', '.next', 'data', 'cli'])

/** Written after a successful build: the hash of the sources as the build started reading them. */
const BUILT_HASH = path.join('.next', 'galley-sources.sha256')
/** Held while a build runs: the pid of the process building. Outside .next, which the build empties. */
const LOCK = '.galley-build.lock'

type Root = { root: string }

const filesUnder = (root: string, relative: string): string[] => {
  let stat: fs.Stats
  try {
    stat = fs.statSync(path.join(root, relative))
  } catch {
    return []
  }
  if (!stat.isDirectory()) return [relative]
  return fs
    .readdirSync(path.join(root, relative))
    .filter((entry) => !skipped.has(entry))
    .flatMap((entry) => filesUnder(root, path.join(relative, entry)))
}

/** sha256 over every source file's path and content, in a fixed order. */
export const hashSources = ({ root }: Root): string => {
  const hash = createHash('sha256')
  const files = sources.flatMap((source) => filesUnder(root, source)).sort()
  for (const file of files) {
    hash.update(file.split(path.sep).join('/')).update('\0')
    hash.update(fs.readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex')
}

/** The sources' hash the current build was made from, or null when there is no complete build. */
export const readBuiltHash = ({ root }: Root): string | null => {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return null
  try {
    return fs.readFileSync(path.join(root, BUILT_HASH), 'utf8').trim() || null
  } catch {
    return null
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type BuildLock = { pid: number; alive: boolean }

/** Who holds the build lock, or null when nobody does. */
export const readBuildLock = ({ root }: Root): BuildLock | null => {
  let text: string
  try {
    text = fs.readFileSync(path.join(root, LOCK), 'utf8')
  } catch {
    return null
  }
  const pid = Number(text.trim())
  return { pid, alive: Number.isInteger(pid) && pid > 0 && isAlive(pid) }
}

/** Takes the build lock for `pid`; false when a live process holds it. A dead holder's lock is taken over. */
export const takeBuildLock = ({ root, pid }: Root & { pid: number }): boolean => {
  const lock = path.join(root, LOCK)
  try {
    fs.writeFileSync(lock, String(pid), { flag: 'wx' })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  if (readBuildLock({ root })?.alive) return false
  fs.rmSync(lock, { force: true })
  try {
    fs.writeFileSync(lock, String(pid), { flag: 'wx' })
    return true
  } catch {
    return false // another process took it over first
  }
}

export const releaseBuildLock = ({ root, pid }: Root & { pid: number }): void => {
  if (readBuildLock({ root })?.pid === pid) fs.rmSync(path.join(root, LOCK), { force: true })
}

export type BuildStep = 'serve' | 'build' | 'wait'

type DecideArgs = {
  /** The sources' hash the existing build was made from; null when there is no build. */
  builtHash: string | null
  /** The sources' hash now. */
  sourceHash: string
  /** The build lock, when a file holds one. */
  lock: BuildLock | null
}

/**
 * Serve the existing build when it was made from these very sources; wait while another live
 * process is building (its output is not complete yet); otherwise build.
 */
export const decideBuild = ({ builtHash, sourceHash, lock }: DecideArgs): BuildStep => {
  if (lock?.alive) return 'wait'
  return builtHash === sourceHash ? 'serve' : 'build'
}

type EnsureArgs = Root & {
  /** Runs `next build`; throws when it fails. */
  build: () => void
  /** Resolves after `ms` milliseconds (the real clock in `npm start`). */
  wait: (ms: number) => Promise<void>
  pid?: number
  log?: (message: string) => void
}

/**
 * Builds when the sources changed since the last build, one process at a time: 'up-to-date' when the
 * build on disk matches the sources (nothing was run), 'built' after a successful build.
 */
export const ensureBuild = async ({
  root,
  build,
  wait,
  pid = process.pid,
  log = () => {},
}: EnsureArgs): Promise<'up-to-date' | 'built'> => {
  let announcedWait = false
  for (;;) {
    const sourceHash = hashSources({ root })
    const lock = readBuildLock({ root })
    const step = decideBuild({ builtHash: readBuiltHash({ root }), sourceHash, lock })
    if (step === 'serve') return 'up-to-date'
    if (step === 'wait' || !takeBuildLock({ root, pid })) {
      if (!announcedWait) log(`build: another process (pid ${lock?.pid ?? '?'}) is building this checkout, waiting for it`)
      announcedWait = true
      await wait(1000)
      continue
    }
    try {
      // Whatever is saved from now on is built next time: the hash is taken before the build reads.
      if (readBuiltHash({ root }) === sourceHash) return 'up-to-date'
      log('build: sources changed since the last build, running next build')
      build()
      fs.writeFileSync(path.join(root, BUILT_HASH), sourceHash)
      return 'built'
    } finally {
      releaseBuildLock({ root, pid })
    }
  }
}
