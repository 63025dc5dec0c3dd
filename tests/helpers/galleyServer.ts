import type { ChildProcess } from 'node:child_process'

import { spawn } from 'node:child_process'
import path from 'node:path'

/**
 * `npm start` (src/cli/start.ts: build if the sources changed, migrate, seed on first run, serve) as a
 * child process of its own process group, for benchmarks and tests that need a real server they can
 * stop, or kill, and start again.
 */
const root = path.resolve(import.meta.dirname, '..', '..')

export type GalleyServer = {
  origin: string
  child: ChildProcess
  /** The last 20 KB the server printed. */
  output: () => string
  /** SIGTERM to the server and everything it spawned; resolves when it has exited. */
  stop: () => Promise<void>
  /** SIGKILL (`kill -9`) to the server and everything it spawned: no shutdown code runs. */
  kill: () => Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid!, signal)
    } catch {
      resolve()
    }
  })

/** SIGTERM to a server started by `spawnServer` and everything it spawned; resolves when it has exited. */
export const stopProcessGroup = (child: ChildProcess) => signalGroup(child, 'SIGTERM')

/** Waits until `url` answers 200; fails with the server's output if the server exits or it never does. */
export const waitForAnswer = async (url: string, child: ChildProcess, output: () => string, seconds = 600) => {
  for (let waited = 0; waited < seconds * 10; waited++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`)
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await sleep(100)
  }
  throw new Error(`${url} did not answer in ${seconds} s:\n${output()}`)
}

export const spawnServer = (command: string, args: string[], env: Record<string, string>) => {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  return { child, output: () => log }
}

/** Galley as `npm start` runs it, on `database`, answering on 127.0.0.1:`port` once its feed answers. */
export const startGalley = async (port: number, database: string, env: Record<string, string> = {}): Promise<GalleyServer> => {
  const { child, output } = spawnServer(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/start.ts'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URI: database,
    PAYLOAD_SECRET: 'galley-bench',
    DEMO_PASSWORD: 'galley-demo',
    ...env,
  })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitForAnswer(`${origin}/feed/v1/index.json`, child, output)
  } catch (error) {
    await signalGroup(child, 'SIGKILL')
    throw error
  }
  return { origin, child, output, stop: () => signalGroup(child, 'SIGTERM'), kill: () => signalGroup(child, 'SIGKILL') }
}

/** `{ authorization, content-type }` headers of a demo account signed in on `origin`. */
export const tokenOf = async (origin: string, email: string, password = 'galley-demo') => {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login ${email}: ${response.status}`)
  return { authorization: `JWT ${((await response.json()) as { token: string }).token}`, 'content-type': 'application/json' }
}
