import { commitTransaction, initTransaction, killTransaction } from 'payload'
import { describe, expect, it } from 'vitest'

import { login, requestAs, rest, testPayload } from '../helpers/payload'
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

  it('emails about an edit that re-opens review only once the save commits, and not at all if it rolls back', async () => {
    const payload = await testPayload()
    const writer = await login('writer@galley.test')
    const found = await rest({ path: '/drugs?where[slug][equals]=larotrectinib', token: writer })
    const id = found.body.docs[0].id
    await rest({ method: 'PATCH', path: `/drugs/${id}?draft=true`, token: writer, body: { drugClass: 'TRK inhibitor' } })
    expect(
      (
        await rest({
          method: 'POST',
          path: `/drugs/${id}/submit`,
          token: writer,
          body: { changeType: 'minor-change', note: 'Name the target' },
        })
      ).status,
    ).toBe(200)
    const round = async () => (await rest({ path: `/drugs/${id}/review`, token: writer })).body.round
    const reopened = '[Galley] “larotrectinib” (drugs) changed and needs fresh votes'

    /** The writer's save, inside a transaction the test commits or rolls back itself. */
    const saveInTransaction = async (drugClass: string) => {
      const req = await requestAs('writer@galley.test')
      await initTransaction(req)
      await payload.update({ collection: 'drugs', id, data: { drugClass }, draft: true, req, overrideAccess: false })
      return req
    }

    receivedMail.length = 0
    const rolledBack = await saveInTransaction('Tropomyosin receptor kinase inhibitor')
    expect(mailTo('reviewer1@galley.test')).toEqual([])
    await killTransaction(rolledBack)
    expect(mailTo('reviewer1@galley.test')).toEqual([])
    expect(await round()).toBe(1)

    const committed = await saveInTransaction('Selective TRK inhibitor')
    expect(mailTo('reviewer1@galley.test')).toEqual([])
    await commitTransaction(committed)
    expect(mailTo('reviewer1@galley.test').map((mail) => mail.subject)).toEqual([reopened])
    expect(await round()).toBe(2)
  })
})
