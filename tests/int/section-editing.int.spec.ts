import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@/domain/richtext/buildLexical'

import { login, rest, testPayload } from '../helpers/payload'
import { testSlugPrefix } from '../helpers/reviewClient'

/**
 * A long summary is edited one section at a time (src/endpoints/sectionEditing.ts): a section is opened
 * as a "section edit", and saving it writes the section into the summary's draft as the writer, through
 * the summary's own update. These tests work on a three-section draft summary of their own.
 */
const textOf = (body: unknown) => JSON.stringify(body).match(/"text":"([^"]*)"/)?.[1]

type Section = { id: string; title: string; level: number; body: unknown }

describe('editing a summary one section at a time', () => {
  const tokens: Record<string, string> = {}
  let id: number
  const created: number[] = []

  const draft = async () =>
    (await rest({ path: `/summaries/${id}?draft=true&depth=0`, token: tokens.writer })).body as { sections: Section[] }
  const open = (sectionId: string, who = 'writer') =>
    rest({ method: 'POST', path: `/summaries/${id}/sections/${sectionId}/edit`, token: tokens[who] })
  const save = (editId: number, body: unknown, who = 'writer') =>
    rest({ method: 'PATCH', path: `/section-edits/${editId}`, token: tokens[who], body })
  const reviewOf = async () => (await rest({ path: `/summaries/${id}/review`, token: tokens.editor })).body

  beforeAll(async () => {
    for (const who of ['writer', 'editor', 'reviewer1', 'reviewer2']) tokens[who] = await login(`${who}@galley.test`)
    const slug = `${testSlugPrefix('sections')}summary`
    const made = await rest({
      method: 'POST',
      path: '/summaries?draft=true',
      token: tokens.writer,
      body: {
        title: 'Section editing test summary',
        slug,
        audience: 'health-professional',
        language: 'en',
        summaryType: 'treatment',
        cancerType: 'Test cancer',
        sections: [
          { title: 'General Information', level: 1, sectionType: 'other', body: lexical(['First.']) },
          { title: 'Stage I', level: 2, sectionType: 'other', body: lexical(['Second.']) },
          { title: 'Stage II', level: 2, sectionType: 'other', body: lexical(['Third.']) },
        ],
      },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    id = made.body.doc.id
    created.push(id)
  })

  afterAll(async () => {
    const payload = await testPayload()
    for (const summary of created) await payload.delete({ collection: 'summaries', id: summary, overrideAccess: true })
  })

  it('opens a section with its content and saves a change into that section of the draft only', async () => {
    const before = await draft()
    const stageI = before.sections[1]
    const opened = await open(stageI.id)
    expect(opened.status).toBe(200)
    const edit = (await rest({ path: `/section-edits/${opened.body.id}?depth=0`, token: tokens.writer })).body
    expect(edit).toMatchObject({ summary: id, sectionId: stageI.id, title: 'Stage I', level: 2 })
    expect(textOf(edit.body)).toBe('Second.')

    const saved = await save(opened.body.id, { title: 'Stage I disease', body: lexical(['Second, revised.']) })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)

    const after = await draft()
    expect(after.sections.map((section) => section.id)).toEqual(before.sections.map((section) => section.id))
    expect(after.sections[1]).toMatchObject({ id: stageI.id, title: 'Stage I disease', level: 2 })
    expect(textOf(after.sections[1].body)).toBe('Second, revised.')
    expect(textOf(after.sections[0].body)).toBe('First.')
    expect(textOf(after.sections[2].body)).toBe('Third.')
    // An edit like any other: the writer is recorded as an editor of the change.
    const history = (await reviewOf()).history as { action: string }[]
    expect(history.at(-1)?.action).toBe('edit')
  })

  it('refuses with 409, saving nothing, when the section changed in the summary since it was opened', async () => {
    const section = (await draft()).sections[2]
    const opened = await open(section.id)
    const sections = (await draft()).sections.map((row) =>
      row.id === section.id ? { ...row, body: lexical(['The editor’s text.']) } : row,
    )
    expect((await rest({ method: 'PATCH', path: `/summaries/${id}?draft=true`, token: tokens.editor, body: { sections } })).status).toBe(
      200,
    )

    const refused = await save(opened.body.id, { body: lexical(['The writer’s text.']) })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/changed in the summary since you opened it/)
    expect(textOf((await draft()).sections[2].body)).toBe('The editor’s text.')
    const edit = (await rest({ path: `/section-edits/${opened.body.id}?depth=0`, token: tokens.writer })).body
    expect(textOf(edit.body)).toBe('Third.')
  })

  it('adds a new section after another on its first save', async () => {
    const anchor = (await draft()).sections[0]
    const added = await rest({ method: 'POST', path: `/summaries/${id}/sections/${anchor.id}/add-after`, token: tokens.writer })
    expect(added.status).toBe(201)
    expect((await draft()).sections).toHaveLength(3)
    expect((await save(added.body.id, { title: 'Incidence', body: lexical(['New.']) })).status).toBe(200)
    const sections = (await draft()).sections
    expect(sections.map((section) => section.title)).toEqual(['General Information', 'Incidence', 'Stage I disease', 'Stage II'])
    expect(sections[1].level).toBe(1)
  })

  it('removes a section, but never the last one', async () => {
    const sections = (await draft()).sections
    const removed = await rest({ method: 'DELETE', path: `/summaries/${id}/sections/${sections[1].id}`, token: tokens.writer })
    expect(removed.status).toBe(200)
    expect((await draft()).sections.map((section) => section.title)).toEqual(['General Information', 'Stage I disease', 'Stage II'])
    const gone = await rest({ method: 'DELETE', path: `/summaries/${id}/sections/${sections[1].id}`, token: tokens.writer })
    expect(gone.status).toBe(404)
    expect(gone.body.errors[0]).toMatchObject({ field: 'sectionId' })
  })

  it('needs approval again when an approved change is edited through a section', async () => {
    const submitted = await rest({
      method: 'POST',
      path: `/summaries/${id}/submit`,
      token: tokens.writer,
      body: { changeType: 'new', note: 'test' },
    })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    for (const who of ['reviewer1', 'reviewer2']) {
      const vote = await rest({ method: 'POST', path: `/summaries/${id}/vote`, token: tokens[who], body: { decision: 'approve' } })
      expect(vote.status, JSON.stringify(vote.body)).toBe(200)
    }
    expect((await reviewOf()).state).toBe('approved')

    const opened = await open((await draft()).sections[0].id)
    expect((await save(opened.body.id, { body: lexical(['First, after approval.']) })).status).toBe(200)
    const review = await reviewOf()
    expect(review.state).toBe('in-review')
    expect(review.tally.approvals).toBe(0)
  })

  it('is refused to a reviewer, to anonymous callers, and for a section the summary does not have', async () => {
    const sectionId = (await draft()).sections[0].id
    const reviewer = await open(sectionId, 'reviewer1')
    expect(reviewer.status).toBe(403)
    expect(reviewer.body.errors[0].message).toMatch(/Only writers, editors and admins/)
    expect((await rest({ method: 'POST', path: `/summaries/${id}/sections/${sectionId}/edit` })).status).toBe(401)
    const missing = await open('0123456789abcdef01234567')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0]).toMatchObject({ field: 'sectionId' })
    expect((await rest({ path: '/section-edits', token: tokens.reviewer1 })).status).toBe(403)
    expect((await rest({ path: '/section-edits' })).status).toBe(403)
    const edit = (await open(sectionId)).body.id
    expect((await save(edit, { title: 'A reviewer’s title' }, 'reviewer1')).status).toBe(403)
    expect((await rest({ method: 'DELETE', path: `/section-edits/${edit}`, token: tokens.reviewer1 })).status).toBe(403)
    expect((await draft()).sections[0].title).toBe('General Information')
  })

  it('cannot be created directly, only opened from the summary', async () => {
    const direct = await rest({
      method: 'POST',
      path: '/section-edits',
      token: tokens.writer,
      body: { summary: id, sectionId: 'x', title: 'Sneaky', level: 1 },
    })
    expect(direct.status).toBe(403)
  })
})
