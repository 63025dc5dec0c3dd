import type { LoginAttempt } from '@/domain/signIn'

/**
 * Flags Galley passes through `req.context`, declared once so every hook spells them the same way.
 */
declare module 'payload' {
  export interface RequestContext {
    /**
     * Set only by Galley's own publishing paths: `approved-change` when an editor publishes a change
     * the board approved, `approved-retirement` when it retires a document the board agreed to take
     * down, `initial-import` when the demo seed imports revision 1. Any other write that would
     * publish is refused.
     */
    galleyPublish?: 'approved-change' | 'approved-retirement' | 'initial-import'
    /** The sign-in attempt the login throttle counted, taken back if it succeeds (src/auth/loginThrottle.ts). */
    galleyLoginAttempt?: LoginAttempt
    /** Set only by src/endpoints/sectionEditing.ts when it fills a section edit from its summary's draft. */
    galleySectionOpen?: true
  }
}

export {}
