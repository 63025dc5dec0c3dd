import fs from 'node:fs'
import path from 'node:path'

const sources = ['src', 'collections', 'payload.config.ts', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const skipped = new Set(['node_modules', '.next', 'data', 'cli'])

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

/** True when there is no production build or a source file is newer than it. */
export const buildIsStale = ({ root }: { root: string }): boolean => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  return sources.some((source) => newestMtime(path.join(root, source)) > built)
}
