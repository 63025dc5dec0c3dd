import { describe, expect, it } from 'vitest'

import { composeNotifications } from './composeNotifications'

const people = new Map([
  ['1', { id: '1', email: 'writer@galley.test', name: 'Wren Writer' }],
  ['2', { id: '2', email: 'reviewer1@galley.test', name: 'Dr. Rosa Reyes' }],
  ['3', { id: '3', email: 'reviewer2@galley.test', name: 'Dr. Sam Okafor' }],
])
const document = { title: 'pazopanib', collection: 'drugs', url: 'http://localhost:3000/admin/collections/drugs/1' }
const managingEditors = [{ id: '9', email: 'editor@galley.test', name: 'Erin Editor' }]

describe('composeNotifications', () => {
  it('emails each eligible reviewer when a change is submitted', () => {
    const notes = composeNotifications({
      effects: [{ type: 'notify-reviewers', reason: 'submitted', round: 1, reviewerIds: ['2', '3'] }],
      document,
      people,
      managingEditors,
    })
    expect(notes.map((note) => note.to)).toEqual(['reviewer1@galley.test', 'reviewer2@galley.test'])
    expect(notes[0].subject).toBe('[Galley] “pazopanib” (drugs) awaits your review')
  })

  it('tells the submitter who decided what, with the comment', () => {
    const [note] = composeNotifications({
      effects: [
        { type: 'notify-submitter', submitterId: '1', voterId: '2', decision: 'request-changes', round: 2, comment: 'Cite the trial' },
      ],
      document,
      people,
      managingEditors,
    })
    expect(note.to).toBe('writer@galley.test')
    expect(note.subject).toBe('[Galley] Dr. Rosa Reyes requested changes to “pazopanib” (drugs)')
    expect(note.text).toContain('Comment: Cite the trial')
  })

  it('tells the managing editors when quorum is met', () => {
    const notes = composeNotifications({
      effects: [{ type: 'notify-managing-editors-quorum', round: 1, approvedBy: ['2', '3'] }],
      document,
      people,
      managingEditors,
    })
    expect(notes).toEqual([
      expect.objectContaining({ to: 'editor@galley.test', subject: '[Galley] “pazopanib” (drugs) is approved and ready to publish' }),
    ])
  })

  it('sends nothing for effects that are not notifications', () => {
    expect(
      composeNotifications({ effects: [{ type: 'publish', round: 1, intent: 'publish' }], document, people, managingEditors }),
    ).toEqual([])
  })
})
