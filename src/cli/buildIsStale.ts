import fs from 'node:fs'
import path from 'node:path'

const sources = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const skipped = new Set(['node_modules', '.next', 'data', 'cli'])

/** Written after a successful build: when that build started reading the sources. */
const STAMP = path.join('.next', 'galley-build-started')

const newestMtime = (target: string): number => {
  let stat: fs.Stats
  try {
    stat = fs.statSync(target)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of fs.readdirSync(target)) {
    if (skipped.has(entry)) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

/**
 * When the last build started, or null when there is none. A source saved while a build runs is
 * newer than this, so it is built next time (the build's own files are written later).
 */
const builtFrom = (root: string): number | null => {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return null
  const stamp = path.join(root, STAMP)
  if (fs.existsSync(stamp)) return Number(fs.readFileSync(stamp, 'utf8')) || 0
  return fs.statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs
}

/** True when there is no production build or a source file is newer than it. */
export const buildIsStale = ({ root }: { root: string }): boolean => {
  const built = builtFrom(root)
  if (built === null) return true
  return sources.some((source) => newestMtime(path.join(root, source)) >= built)
}

/** Runs `build` and, when it succeeds, records that the build saw the sources as of its start. */
export const buildAndStamp = ({ root, build }: { root: string; build: () => void }): void => {
  const started = Date.now()
  build()
  fs.writeFileSync(path.join(root, STAMP), String(started))
}
