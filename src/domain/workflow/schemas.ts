/**
 * The review workflow's vocabulary. These schemas are the single source of truth: the types in
 * `types.ts` are inferred from them, `decide` validates every action with `reviewActionSchema`, and the
 * HTTP endpoints validate untrusted JSON with the `*BodySchema`s (every message names its field).
 */
import { z } from 'zod'
import { roleSchema } from '../people/roles'

export const MAX_NOTE_LENGTH = 2000
export const MAX_PUBLIC_NOTE_LENGTH = 1000
export const MAX_COMMENT_LENGTH = 10_000

const oneOf = (field: string, values: readonly string[]) => `${field} must be one of ${values.join(', ')}`

export const reviewStates = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
  'rejected',
  'withdrawn',
  'retired',
] as const
export const reviewStateSchema = z.enum(reviewStates, { error: oneOf('state', reviewStates) })

export const changeTypes = ['new', 'major-change', 'minor-change', 'reformat', 'comprehensive-review'] as const
export const changeTypeSchema = z.enum(changeTypes, { error: oneOf('changeType', changeTypes) })

export const voteDecisions = ['approve', 'request-changes', 'reject'] as const
export const voteDecisionSchema = z.enum(voteDecisions, { error: oneOf('decision', voteDecisions) })

/** What an approved change does when published: make the draft live, or take the document down. */
export const intents = ['publish', 'retire'] as const
export const intentSchema = z.enum(intents, { error: oneOf('intent', intents) })

// ---------------------------------------------------------------------------------------------
// Fields shared by request bodies and actions

const requiredText = (field: string, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a string`),
    })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` })

/** Blank text counts as absent, so a form that always sends `comment: ""` still works. */
const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be a string` })
    .trim()
    .max(max, { error: `${field} must be at most ${max} characters` })
    .optional()
    .transform((value) => (value === '' ? undefined : value))

/** Rejects unknown keys, so a misspelt field ("comments") is reported instead of ignored. */
const body = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : 'request body must be a JSON object',
  })

const submitFields = {
  changeType: changeTypeSchema,
  /** The board's internal note: what changed and why, for the reviewers. Never published. */
  note: requiredText('note', MAX_NOTE_LENGTH),
  /** What readers are told under "Changes to this summary" when this change is published; optional. */
  publicNote: optionalText('publicNote', MAX_PUBLIC_NOTE_LENGTH),
  intent: intentSchema.optional(),
  /** The caller's word that the draft differs from the published version. */
  hasPendingChanges: z.boolean({ error: 'hasPendingChanges must be true or false' }).optional(),
}

const voteFields = {
  decision: voteDecisionSchema,
  comment: optionalText('comment', MAX_COMMENT_LENGTH),
}

const requireCommentUnlessApproval = (value: { decision: (typeof voteDecisions)[number]; comment?: string }, ctx: z.RefinementCtx) => {
  if (value.decision !== 'approve' && value.comment === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['comment'],
      message: `comment is required when decision is ${value.decision}`,
    })
  }
}

const publishFields = {
  at: z.iso
    .datetime({
      offset: true,
      error: 'at must be an ISO 8601 date-time with a time zone, e.g. 2026-03-01T09:00:00Z',
    })
    .optional(),
}

const withdrawFields = { note: requiredText('note', MAX_NOTE_LENGTH) }

const scheduledRunFields = {
  /** The round the job was scheduled for (from the schedule-publish effect). */
  round: z.number({ error: 'round must be a number' }).int().min(1, 'round must be 1 or more').optional(),
}

// ---------------------------------------------------------------------------------------------
// Request bodies (untrusted JSON)

export const submitBodySchema = body(submitFields)
export const voteBodySchema = body(voteFields).superRefine(requireCommentUnlessApproval)
export const publishBodySchema = body(publishFields)
export const withdrawBodySchema = body(withdrawFields)

// ---------------------------------------------------------------------------------------------
// Actions

export const reviewActionTypes = ['submit', 'vote', 'edit', 'publish', 'withdraw', 'run-scheduled-publish'] as const

export const reviewActionSchema = z.discriminatedUnion(
  'type',
  [
    body({
      type: z.literal('submit'),
      ...submitFields,
      /** From the glue, never the request: whether a version is published now (only that can be retired). */
      hasPublishedVersion: z.boolean().optional(),
    }),
    body({ type: z.literal('vote'), ...voteFields }).superRefine(requireCommentUnlessApproval),
    body({ type: z.literal('edit') }),
    body({ type: z.literal('publish'), ...publishFields }),
    body({ type: z.literal('withdraw'), ...withdrawFields }),
    body({ type: z.literal('run-scheduled-publish'), ...scheduledRunFields }),
  ],
  { error: oneOf('type', reviewActionTypes) },
)

// ---------------------------------------------------------------------------------------------
// Stored state and inputs from the glue (trusted, but validated when read back from JSON)

const isoDateTime = z.iso.datetime({ offset: true })

export const voteSchema = z.object({
  round: z.number().int().min(1),
  voterId: z.string().min(1),
  decision: voteDecisionSchema,
  comment: z.string().optional(),
  at: isoDateTime,
})

export const reviewSchema = z.object({
  state: reviewStateSchema,
  /** 0 until the first submission; each submission or re-opening edit starts round + 1. */
  round: z.number().int().min(0),
  /** When the current round opened (submission or re-opening edit); drives the queue's overdue list. */
  roundOpenedAt: isoDateTime.optional(),
  intent: intentSchema,
  changeType: changeTypeSchema.optional(),
  /** The submitter's note to the board for the change under review: internal, never published. */
  note: z.string().optional(),
  /** The text readers see for this change once it is published ("Changes to this summary"). */
  publicNote: z.string().optional(),
  submittedBy: z.string().optional(),
  /**
   * Everyone who submitted or edited the change under review (four eyes: none of them may vote on it).
   * Carried into later rounds, because their work is still in the text; emptied when it is published.
   */
  roundEditors: z.array(z.string()),
  /** Every vote of every round, append-only. */
  votes: z.array(voteSchema),
  scheduledFor: isoDateTime.optional(),
  scheduledRound: z.number().int().min(1).optional(),
  approvedAt: isoDateTime.optional(),
  approvedBy: z.array(z.string()).optional(),
})

export const actorSchema = z.object({
  id: z.string().min(1),
  roles: z.array(roleSchema),
  /** Only the job queue sets this (see `systemActor`); never derived from a request. */
  system: z.boolean().optional(),
})

export const boardSchema = z.object({
  id: z.string().min(1),
  memberIds: z.array(z.string()),
  quorum: z.number().int().min(1),
  autoPublish: z.boolean(),
})

// ---------------------------------------------------------------------------------------------
// Effects: what the glue must do after storing the new review. `decide` performs none of them.

export const effectSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('notify-reviewers'),
    reason: z.enum(['submitted', 'reopened', 'withdrawn']),
    round: z.number().int(),
    /** Board members allowed to vote in this round (submitter and editors left out). */
    reviewerIds: z.array(z.string()),
  }),
  z.object({
    type: z.literal('notify-submitter'),
    submitterId: z.string(),
    decision: voteDecisionSchema,
    round: z.number().int(),
    voterId: z.string(),
    comment: z.string().optional(),
  }),
  z.object({
    type: z.literal('notify-managing-editors-quorum'),
    round: z.number().int(),
    approvedBy: z.array(z.string()),
  }),
  z.object({ type: z.literal('publish'), round: z.number().int(), intent: intentSchema }),
  z.object({ type: z.literal('schedule-publish'), round: z.number().int(), at: isoDateTime }),
  z.object({
    type: z.literal('cancel-scheduled-publish'),
    round: z.number().int(),
    at: isoDateTime,
  }),
])
