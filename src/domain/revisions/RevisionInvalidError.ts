import type { z } from 'zod'

/** One thing wrong with a revision: a dotted path ('content.sections.0.title') and what is wrong there. */
export type RevisionIssue = { path: string; message: string }

/** Thrown when a document cannot be published as a revision; `issues` lists every problem found. */
export class RevisionInvalidError extends Error {
  override readonly name = 'RevisionInvalidError'
  readonly issues: readonly RevisionIssue[]

  constructor({ subject, issues }: { subject: string; issues: readonly RevisionIssue[] }) {
    super(`${subject} cannot be published: ${issues.map((issue) => `${issue.path || '(revision)'}: ${issue.message}`).join('; ')}`)
    this.issues = issues
  }
}

/** zod issues as revision issues, their paths under `prefix`. */
export const toRevisionIssues = (issues: readonly z.core.$ZodIssue[], prefix = ''): RevisionIssue[] =>
  issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }))
