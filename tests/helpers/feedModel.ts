import type { PublishedState, VersionSummary } from './feedClient'
import type { DrugText, Intent, Reviewer } from './demoStaff'
import type { SeededRandom } from './seededRandom'

import { reviewers } from './demoStaff'

/**
 * A small model of the review workflow and of what it publishes, for the feed's property test: which
 * steps are possible now, what Galley should answer, and what a partner should then see. Plain data,
 * no I/O; it mirrors src/domain/workflow for one board (quorum 2, manual publishing) and a writer who
 * edits and submits.
 */

export type DocState = 'draft' | 'in-review' | 'changes-requested' | 'approved' | 'published' | 'retired'

/** Draft text that is never approved: if it shows up in the feed, a draft leaked. */
export const UNAPPROVED = 'UNAPPROVED-DRAFT-TEXT'

export type ModelDoc = {
  id: number
  slug: string
  state: DocState
  intent: Intent
  draft: DrugText
  /** The draft holds UNAPPROVED text: nobody may approve it for publication. */
  unapproved: boolean
  /** Each reviewer's latest vote in the open round. */
  votes: Partial<Record<Reviewer, 'approve' | 'request-changes'>>
  /** What was published or retired, version by version. */
  versions: VersionSummary[]
}

export type Model = {
  docs: ModelDoc[]
  /** The feed's change log for these documents: `slug vN kind`, in order. */
  events: string[]
}

export type Step =
  | { type: 'create' }
  | { type: 'edit'; doc: number; unapproved: boolean }
  | { type: 'submit'; doc: number; intent: Intent }
  | { type: 'vote'; doc: number; reviewer: Reviewer; decision: 'approve' | 'request-changes' }
  /** Publishing is also tried when it must be refused (not approved yet, or edited since). */
  | { type: 'publish'; doc: number }

const MAX_DOCS = 3
const QUORUM = 2

const OPEN: readonly DocState[] = ['in-review', 'changes-requested', 'approved']

const lastVersion = (doc: ModelDoc) => doc.versions.at(-1)

/** Submitting the draft for publication, or the document for retirement, is allowed now. */
const canSubmit = (doc: ModelDoc, intent: Intent): boolean => {
  if (intent === 'publish') return ['draft', 'changes-requested', 'retired'].includes(doc.state) && !doc.unapproved
  // Only what is published is retired here; retiring a document never published has its own test.
  return ['draft', 'changes-requested', 'published'].includes(doc.state) && lastVersion(doc)?.kind === 'published'
}

/** The next step, at random among those that make sense now (and the odd publish that must be refused). */
export const nextStep = ({ model, random }: { model: Model; random: SeededRandom }): Step => {
  const options: { weight: number; value: Step }[] = []
  if (model.docs.length < MAX_DOCS) options.push({ weight: model.docs.length === 0 ? 1 : 0.8, value: { type: 'create' } })
  model.docs.forEach((doc, index) => {
    // Weighted towards progress: most rounds end in a publication, some are edited or sent back first.
    const cleanEdit = doc.unapproved ? 2 : doc.state === 'published' ? 1.5 : doc.state === 'approved' ? 1.2 : 0.25
    options.push({ weight: cleanEdit, value: { type: 'edit', doc: index, unapproved: false } })
    options.push({ weight: 0.25, value: { type: 'edit', doc: index, unapproved: true } })
    if (canSubmit(doc, 'publish')) options.push({ weight: 3, value: { type: 'submit', doc: index, intent: 'publish' } })
    if (canSubmit(doc, 'retire')) options.push({ weight: 1.5, value: { type: 'submit', doc: index, intent: 'retire' } })
    if (OPEN.includes(doc.state)) {
      // Mostly a reviewer who has not approved yet; now and then one who changes or repeats a vote.
      const pending = reviewers.filter((reviewer) => doc.votes[reviewer] !== 'approve')
      const anyone = reviewers[Math.floor(random.next() * reviewers.length)]
      const approver = pending.length > 0 && random.next() < 0.8 ? pending[Math.floor(random.next() * pending.length)] : anyone
      const mayApprove = doc.intent === 'retire' || !doc.unapproved
      if (mayApprove)
        options.push({
          weight: doc.state === 'approved' ? 0.5 : 4,
          value: { type: 'vote', doc: index, reviewer: approver, decision: 'approve' },
        })
      options.push({ weight: 0.4, value: { type: 'vote', doc: index, reviewer: anyone, decision: 'request-changes' } })
    }
    options.push({ weight: doc.state === 'approved' ? 6 : 0.15, value: { type: 'publish', doc: index } })
  })
  return random.weighted(options)
}

/** The text an edit saves: unique to the step, and marked when it must never be published. */
export const textFor = ({ slug, step, unapproved }: { slug: string; step: number; unapproved: boolean }): DrugText =>
  unapproved
    ? { drugClass: `${UNAPPROVED} class ${step}`, mechanism: `${UNAPPROVED} mechanism ${step}` }
    : { drugClass: `${slug} class ${step}`, mechanism: `${slug} mechanism ${step}` }

/** A change that brings back a retired document, or publishes one for the first time, is `new`. */
export const changeTypeFor = (doc: ModelDoc): string => (lastVersion(doc)?.kind === 'published' ? 'minor-change' : 'new')

const stateAfterVotes = (doc: ModelDoc): DocState => {
  const decisions = Object.values(doc.votes)
  if (decisions.includes('request-changes')) return 'changes-requested'
  return decisions.filter((decision) => decision === 'approve').length >= QUORUM ? 'approved' : 'in-review'
}

/** The status Galley answers to `step` on `doc`: every generated step is allowed, except publishing what is not approved. */
export const expectedStatus = (doc: ModelDoc, step: Exclude<Step, { type: 'create' }>): number =>
  step.type === 'publish' && doc.state !== 'approved' ? 409 : 200

/** Applies a step Galley accepted to the model. */
export const applyStep = (doc: ModelDoc, step: Exclude<Step, { type: 'create' }>, model: Model, text?: DrugText): void => {
  switch (step.type) {
    case 'edit':
      doc.draft = text!
      doc.unapproved = step.unapproved
      // An edit under review opens a new round; one after a decision or a publication starts a new draft.
      if (doc.state === 'in-review' || doc.state === 'approved') {
        doc.state = 'in-review'
        doc.votes = {}
      } else if (doc.state === 'changes-requested' || doc.state === 'published') {
        doc.state = 'draft'
      }
      return
    case 'submit':
      doc.state = 'in-review'
      doc.intent = step.intent
      doc.votes = {}
      return
    case 'vote':
      doc.votes[step.reviewer] = step.decision
      doc.state = stateAfterVotes(doc)
      return
    case 'publish': {
      if (doc.state !== 'approved') return
      const version = doc.versions.length + 1
      const published: VersionSummary =
        doc.intent === 'retire' ? { version, kind: 'retired' } : { version, kind: 'published', ...doc.draft }
      doc.versions.push(published)
      doc.state = doc.intent === 'retire' ? 'retired' : 'published'
      doc.votes = {}
      model.events.push(`${doc.slug} v${version} ${published.kind}`)
    }
  }
}

/** What index.json and the latest URLs should say about the model's documents. */
export const expectedPublished = (model: Model): Record<string, PublishedState> =>
  Object.fromEntries(
    model.docs.flatMap((doc) => {
      const last = lastVersion(doc)
      if (!last) return []
      const state: PublishedState =
        last.kind === 'retired'
          ? { version: last.version, retired: true }
          : { version: last.version, retired: false, drugClass: last.drugClass, mechanism: last.mechanism }
      return [[doc.slug, state]]
    }),
  )

export const describeStep = (model: Model, step: Step): string => {
  if (step.type === 'create') return `create ${model.docs.length + 1}`
  const doc = model.docs[step.doc]
  const where = `${doc.slug} (${doc.state})`
  switch (step.type) {
    case 'edit':
      return `edit ${where}${step.unapproved ? ' with unapproved text' : ''}`
    case 'submit':
      return `submit ${where} to ${step.intent}`
    case 'vote':
      return `${step.reviewer} votes ${step.decision} on ${where}`
    case 'publish':
      return `publish ${where}`
  }
}
