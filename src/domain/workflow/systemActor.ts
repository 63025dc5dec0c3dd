import type { Actor } from './types'

/** The actor the job queue uses for `run-scheduled-publish`. Never built from a request's user. */
export const systemActor: Actor = { id: 'system:scheduler', roles: [], system: true }
