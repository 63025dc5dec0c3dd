import { describe, expect, it } from 'vitest'

import { login, rest } from '../helpers/payload'
import { mailTo, receivedMail } from '../helpers/mail'

describe('review notifications, sent over SMTP', () => {
  it('emails the board on submit, the writer on each decision and the editor on quorum', async () => {
    const writer = await login('writer@galley.test')
    const found = await rest({ path: '/drugs?where[slug][equals]=tazemetostat', token: writer })
    const id = found.body.docs[0].id
    await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: writer, body: { drugClass: 'EZH2 inhibitor' } })

    receivedMail.length = 0
    await rest({
      method: 'POST',
      path: `/drugs/${id}/submit`,
      token: writer,
      body: { changeType: 'minor-change', note: 'Name the target' },
    })
    for (const reviewer of ['reviewer1', 'reviewer2', 'reviewer3']) {
      expect(mailTo(`${reviewer}@galley.test`).map((mail) => mail.subject)).toEqual(['[Galley] “tazemetostat” (drugs) awaits your review'])
    }
    expect(mailTo('reviewer4@galley.test')).toEqual([])
    expect(mailTo('writer@galley.test')).toEqual([])

    await rest({
      method: 'POST',
      path: `/drugs/${id}/vote`,
      token: await login('reviewer1@galley.test'),
      body: { decision: 'request-changes', comment: 'Say it is a histone methyltransferase inhibitor' },
    })
    const [decision] = mailTo('writer@galley.test')
    expect(decision.subject).toBe('[Galley] Dr. Rosa Reyes requested changes to “tazemetostat” (drugs)')
    expect(decision.text).toContain('histone methyltransferase')

    await rest({ method: 'POST', path: `/drugs/${id}/vote`, token: await login('reviewer1@galley.test'), body: { decision: 'approve' } })
    await rest({ method: 'POST', path: `/drugs/${id}/vote`, token: await login('reviewer2@galley.test'), body: { decision: 'approve' } })
    expect(mailTo('editor@galley.test').map((mail) => mail.subject)).toEqual([
      '[Galley] “tazemetostat” (drugs) is approved and ready to publish',
    ])
    expect(mailTo('writer@galley.test')).toHaveLength(3)
  })
})
