/**
 * `npm run fuzz -- --count 20000 [--seed 123] [--check-each]`: the hostile-request fuzz test
 * (tests/int/fuzz.int.spec.ts) with more requests, on a fresh database. Set TEST_POSTGRES_URL to run
 * it on PostgreSQL.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    'check-each': { type: 'boolean', default: false },
  },
})

if (!/^[1-9][0-9]*$/.test(values.count)) throw new Error(`--count must be a whole number, got "${values.count}"`)

const root = path.resolve(import.meta.dirname, '..')
const result = spawnSync(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'int', 'tests/int/fuzz.int.spec.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_COUNT: values.count,
    ...(values.seed ? { FUZZ_SEED: values.seed } : {}),
    ...(values['check-each'] ? { FUZZ_CHECK_EACH: '1' } : {}),
  },
})
process.exit(result.status ?? 1)
