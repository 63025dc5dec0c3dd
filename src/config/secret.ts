import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * `PAYLOAD_SECRET` signs sessions. When it is not set (a fresh clone), one is generated once and
 * kept in `data/.payload-secret` (git-ignored) so sessions survive restarts. Set it in production.
 */
export const payloadSecret = (root: string): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(root, 'data', '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}
